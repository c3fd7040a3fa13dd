// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/personcommand.h"
#include "peoplestore.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Attache::Gui {

/** Edits a person of the register: name, kind, role and institution, in one step. */
class PersonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonDialog)

public:
    explicit PersonDialog(const PeopleStore::Person &person, QWidget *parent = nullptr);

    /** The edited fields, trimmed. */
    PersonCommand::Fields fields() const;

private:
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_role = nullptr;
    QLineEdit *m_institution = nullptr;
};

} // namespace Attache::Gui

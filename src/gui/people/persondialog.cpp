// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "persondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Attache::Gui {

PersonDialog::PersonDialog(const PeopleStore::Person &person, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(person.name, this))
    , m_kind(new QComboBox(this))
    , m_role(new QLineEdit(person.role, this))
    , m_institution(new QLineEdit(person.institution, this))
{
    setWindowTitle(tr("Edit Person"));
    for (const Analysis::SpeakerKind kind : Analysis::kSpeakerKinds) {
        m_kind->addItem(Analysis::speakerKindLabel(kind), QVariant::fromValue(kind));
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(QVariant::fromValue(person.kind))));
    m_role->setPlaceholderText(tr("e.g. foreign minister"));
    m_institution->setPlaceholderText(tr("e.g. Ministry of Foreign Affairs"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A person always has a name: the register finds people by it.
    connect(m_name, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("&Kind:"), m_kind);
    layout->addRow(tr("&Role:"), m_role);
    layout->addRow(tr("&Institution:"), m_institution);
    layout->addRow(buttons);
    m_name->selectAll();
}

PersonCommand::Fields PersonDialog::fields() const
{
    return {m_name->text().trimmed(), m_kind->currentData().value<Analysis::SpeakerKind>(), m_role->text().trimmed(),
            m_institution->text().trimmed()};
}

} // namespace Attache::Gui

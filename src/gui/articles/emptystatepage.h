// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Attache::Gui {

/** Shown instead of a blank reading view: what to do next, with the buttons to do it. */
class EmptyStatePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)

public:
    explicit EmptyStatePage(QWidget *parent = nullptr);

    /** Asks for a project when none is open, else for articles (importable when canImport). */
    void setState(bool projectOpen, bool canImport);

Q_SIGNALS:
    void importRequested();
    void openRequested();
    void newRequested();

private:
    QLabel *m_text;
    QPushButton *m_import;
};

} // namespace Attache::Gui

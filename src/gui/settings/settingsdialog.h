// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QSpinBox;

namespace Attache::Gui {

/**
 * Preferences, one page per topic: appearance (with the interface's language), spelling, analysis, backups. Reads the
 * current values from Settings and writes them back when accepted.
 */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /** Writes the dialog's values to Settings. */
    void save() const;

private:
    QWidget *appearancePage();
    QWidget *spellingPage();
    QWidget *analysisPage();
    QWidget *backupPage();

    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_dictionary = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QSpinBox *m_backupCount = nullptr;
    QSpinBox *m_backupInterval = nullptr;
};

} // namespace Attache::Gui

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "reader/syntaxrepository.h"
#include "settings.h"
#include "spell/hunspellchecker.h"
#include "uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Attache::Gui {

namespace {
QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(appearancePage(), tr("&Appearance"));
    tabs->addTab(spellingPage(), tr("&Spelling"));
    tabs->addTab(analysisPage(), tr("A&nalysis"));
    tabs->addTab(backupPage(), tr("&Backups"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(520, 380);
}

QWidget *SettingsDialog::appearancePage()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString &language : UiLanguage::available()) {
        m_language->addItem(UiLanguage::nativeName(language), language);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::stringValue(Settings::Key::UiLanguage))));
    m_theme = new QComboBox(page);
    m_theme->addItem(tr("Follow the system"), SyntaxRepository::kSystemTheme);
    m_theme->addItem(tr("Light"), SyntaxRepository::kLightTheme);
    m_theme->addItem(tr("Dark"), SyntaxRepository::kDarkTheme);
    for (const QString &name : SyntaxRepository::themeNames()) {
        m_theme->addItem(name, name);
    }
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Settings::stringValue(Settings::Key::Theme))));
    m_font = new QFontComboBox(page);
    const QString family = Settings::stringValue(Settings::Key::ReadingFontFamily);
    if (!family.isEmpty()) {
        m_font->setCurrentFont(QFont(family));
    }
    m_fontSize = new QSpinBox(page);
    m_fontSize->setRange(0, 40);
    m_fontSize->setSpecialValueText(tr("System size"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(qRound(Settings::doubleValue(Settings::Key::ReadingFontSize)));
    auto *layout = new QFormLayout(page);
    layout->addRow(tr("&Language:"), m_language);
    layout->addRow(explanation(tr("A new language is used from the next start of Attaché."), page));
    layout->addRow(tr("Reading &theme:"), m_theme);
    layout->addRow(tr("Reading &font:"), m_font);
    layout->addRow(tr("Font &size:"), m_fontSize);
    layout->addRow(explanation(tr("Themes colour quotations, numbers and dates in the reading view."), page));
    return page;
}

QWidget *SettingsDialog::spellingPage()
{
    auto *page = new QWidget(this);
    m_dictionary = new QComboBox(page);
    m_dictionary->addItem(tr("No spell checking"), QString());
    for (const QString &language : HunspellChecker::availableDictionaries().keys()) {
        const QString native = QLocale(language).nativeLanguageName();
        m_dictionary->addItem(native.isEmpty() ? language : QStringLiteral("%1 (%2)").arg(native, language), language);
    }
    m_dictionary->setCurrentIndex(
        std::max(0, m_dictionary->findData(Settings::stringValue(Settings::Key::SpellingLanguage))));
    auto *layout = new QFormLayout(page);
    layout->addRow(tr("&Dictionary for notes:"), m_dictionary);
    layout->addRow(explanation(tr("Dictionaries installed on the system are listed (for example the hunspell-de-de, "
                                  "hunspell-fr and hunspell-ru packages). Words you add are kept in each project."),
                               page));
    return page;
}

QWidget *SettingsDialog::analysisPage()
{
    auto *page = new QWidget(this);
    m_threshold = new QDoubleSpinBox(page);
    m_threshold->setRange(0.0, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(Settings::doubleValue(Settings::Key::ReviewThreshold));
    auto *layout = new QFormLayout(page);
    layout->addRow(tr("Mark for &review below confidence:"), m_threshold);
    layout->addRow(
        explanation(tr("Attributions the engine is less sure of than this get a red wavy underline."), page));
    return page;
}

QWidget *SettingsDialog::backupPage()
{
    auto *page = new QWidget(this);
    m_backupCount = new QSpinBox(page);
    m_backupCount->setRange(1, 100);
    m_backupCount->setValue(Settings::intValue(Settings::Key::BackupCount));
    m_backupInterval = new QSpinBox(page);
    m_backupInterval->setRange(0, 168);
    m_backupInterval->setSpecialValueText(tr("Never"));
    m_backupInterval->setSuffix(tr(" h"));
    m_backupInterval->setValue(Settings::intValue(Settings::Key::BackupIntervalHours));
    auto *layout = new QFormLayout(page);
    layout->addRow(tr("&Keep this many backups:"), m_backupCount);
    layout->addRow(tr("Back up the open project &every:"), m_backupInterval);
    layout->addRow(explanation(tr("Backups are kept beside each project in a folder named after it. A backup is also "
                                  "made before a project is upgraded to a newer format."),
                               page));
    return page;
}

void SettingsDialog::save() const
{
    Settings::setValue(Settings::Key::UiLanguage, m_language->currentData());
    Settings::setValue(Settings::Key::Theme, m_theme->currentData());
    Settings::setValue(Settings::Key::ReadingFontFamily, m_font->currentFont().family());
    Settings::setValue(Settings::Key::ReadingFontSize, double(m_fontSize->value()));
    Settings::setValue(Settings::Key::SpellingLanguage, m_dictionary->currentData());
    Settings::setValue(Settings::Key::ReviewThreshold, m_threshold->value());
    Settings::setValue(Settings::Key::BackupCount, m_backupCount->value());
    Settings::setValue(Settings::Key::BackupIntervalHours, m_backupInterval->value());
}

} // namespace Attache::Gui

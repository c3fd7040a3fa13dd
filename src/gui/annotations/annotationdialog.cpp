// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationdialog.h"

#include "settings.h"
#include "spell/hunspellchecker.h"
#include "spell/noteeditor.h"
#include "tags/tagtreemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTreeView>

namespace Attache::Gui {

namespace {
QIcon swatch(const QString &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.setBrush(QColor(color));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3);
    return pixmap;
}
} // namespace

QList<std::pair<QString, QString>> AnnotationDialog::palette()
{
    return {{tr("Yellow"), QStringLiteral("#ffe066")}, {tr("Green"), QStringLiteral("#a8e6a1")},
            {tr("Blue"), QStringLiteral("#a5d8ff")},   {tr("Pink"), QStringLiteral("#ffc9e3")},
            {tr("Orange"), QStringLiteral("#ffc078")}, {tr("Purple"), QStringLiteral("#d0bfff")}};
}

AnnotationDialog::AnnotationDialog(const Annotation &annotation, TagStore *tags, PersonalDictionary *dictionary,
                                   QWidget *parent)
    : QDialog(parent)
    , m_annotation(annotation)
    , m_note(new NoteEditor(this))
    , m_language(new QComboBox(this))
    , m_color(new QComboBox(this))
    , m_tagModel(new TagTreeModel(this))
{
    setWindowTitle(annotation.id > 0 ? tr("Edit Annotation") : tr("New Annotation"));
    auto *passage = new QLabel(this);
    passage->setTextFormat(Qt::PlainText);
    passage->setWordWrap(true);
    passage->setText(annotation.anchor ? QStringLiteral("“%1”").arg(annotation.anchor->exact.simplified())
                                       : tr("A note on the whole article"));
    QFont italic = passage->font();
    italic.setItalic(true);
    passage->setFont(italic);

    m_note->setPlainText(annotation.note);
    m_note->setPlaceholderText(tr("Your note"));
    m_note->setTabChangesFocus(true);
    m_note->setPersonalDictionary(dictionary);

    // The spelling language: any dictionary installed on the system, remembered between notes.
    m_language->addItem(tr("No spell checking"), QString());
    for (const QString &language : HunspellChecker::availableDictionaries().keys()) {
        m_language->addItem(QLocale(language).nativeLanguageName().isEmpty()
                                ? language
                                : QStringLiteral("%1 (%2)").arg(QLocale(language).nativeLanguageName(), language),
                            language);
    }
    const QString preferred = Settings::stringValue(Settings::Key::SpellingLanguage);
    const int languageIndex = m_language->findData(preferred);
    m_language->setCurrentIndex(languageIndex >= 0 ? languageIndex : std::min(1, m_language->count() - 1));
    m_note->setLanguage(m_language->currentData().toString());
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString language = m_language->currentData().toString();
        m_note->setLanguage(language);
        Settings::setValue(Settings::Key::SpellingLanguage, language);
    });

    m_color->addItem(tr("No colour"), QString());
    for (const auto &[name, value] : palette()) {
        m_color->addItem(swatch(value), name, value);
    }
    const int current = m_color->findData(annotation.color);
    m_color->setCurrentIndex(current >= 0 ? current : 0);

    m_tagModel->setStore(tags);
    m_tagModel->setCheckable(true);
    m_tagModel->setCheckedIds(annotation.tagIds);
    auto *tagView = new QTreeView(this);
    tagView->setModel(m_tagModel);
    tagView->setHeaderHidden(true);
    tagView->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QFormLayout(this);
    layout->addRow(passage);
    layout->addRow(tr("&Note:"), m_note);
    layout->addRow(tr("&Spelling:"), m_language);
    layout->addRow(tr("&Colour:"), m_color);
    layout->addRow(tr("&Tags:"), tagView);
    layout->addRow(buttons);
    resize(480, 420);
    m_note->setFocus();
}

Annotation AnnotationDialog::annotation() const
{
    Annotation result = m_annotation;
    result.note = m_note->toPlainText().trimmed();
    result.color = m_color->currentData().toString();
    result.tagIds = m_tagModel->checkedIds();
    return result;
}

} // namespace Attache::Gui

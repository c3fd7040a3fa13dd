// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "article.h"
#include "articlehighlighter.h"

#include <KSyntaxHighlighting/Theme>

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Attache::Gui {

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    // Article text is never interpreted as markup.
    m_title->setTextFormat(Qt::PlainText);
    m_meta->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setPlaceholderText(tr("Select an article to read it."));
    m_text->setFrameShape(QFrame::NoFrame);
    QFont bodyFont = m_text->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.15);
    m_text->setFont(bodyFont);
    m_highlighter = new ArticleHighlighter(m_text->document());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 4, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_text, 1);
    clear();
}

ReaderView::~ReaderView() = default;

void ReaderView::setArticle(const Article &article)
{
    m_title->setText(article.title.isEmpty() ? tr("(untitled)") : article.title);
    QStringList meta;
    if (!article.outlet.isEmpty()) {
        meta.append(article.outlet);
    }
    if (article.published.isValid()) {
        meta.append(QLocale().toString(article.published, QLocale::LongFormat));
    }
    if (!article.authors.isEmpty()) {
        meta.append(article.authors.join(QStringLiteral(", ")));
    }
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_meta->setVisible(!meta.isEmpty());
    m_title->setVisible(true);
    m_text->setPlainText(article.cleanText);
}

void ReaderView::clear()
{
    m_title->clear();
    m_title->setVisible(false);
    m_meta->clear();
    m_meta->setVisible(false);
    m_text->clear();
}

void ReaderView::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    palette.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    palette.setColor(QPalette::Highlight,
                     QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    m_text->setPalette(palette);
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

QString ReaderView::title() const
{
    return m_title->text();
}

QString ReaderView::text() const
{
    return m_text->toPlainText();
}

} // namespace Attache::Gui

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "article.h"
#include "articlehighlighter.h"
#include "findbar.h"
#include "settings.h"

#include <KSyntaxHighlighting/Theme>

#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QToolTip>
#include <QVBoxLayout>

namespace Attache::Gui {

namespace {
constexpr qreal kMinPointSize = 7;
constexpr qreal kMaxPointSize = 40;
} // namespace

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
    m_text->viewport()->installEventFilter(this);
    m_text->setAccessibleName(tr("Article text"));
    m_title->setAccessibleName(tr("Article title"));
    m_findBar = new FindBar(m_text, m_highlighter, this);
    m_defaultPointSize = bodyFont.pointSizeF();
    applySettings();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 4, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_findBar);
    clear();
}

ReaderView::~ReaderView() = default;

void ReaderView::zoom(int steps)
{
    const qreal size = steps == 0 ? m_defaultPointSize
                                  : std::clamp(m_text->font().pointSizeF() + steps, kMinPointSize, kMaxPointSize);
    Settings::setValue(Settings::Key::ReadingFontSize, steps == 0 ? 0.0 : size);
    applySettings();
}

void ReaderView::applySettings()
{
    QFont font = m_text->font();
    const QString family = Settings::stringValue(Settings::Key::ReadingFontFamily);
    font.setFamily(family.isEmpty() ? QWidget::font().family() : family);
    const qreal size = Settings::doubleValue(Settings::Key::ReadingFontSize);
    font.setPointSizeF(size >= kMinPointSize && size <= kMaxPointSize ? size : m_defaultPointSize);
    m_text->setFont(font);
}

qreal ReaderView::fontPointSize() const
{
    return m_text->font().pointSizeF();
}

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

std::optional<std::pair<qsizetype, qsizetype>> ReaderView::selectedRange() const
{
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection()) {
        return std::nullopt;
    }
    return std::pair<qsizetype, qsizetype>(cursor.selectionStart(), cursor.selectionEnd());
}

void ReaderView::showRange(qsizetype start, qsizetype end)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(std::min<qsizetype>(start, m_text->document()->characterCount() - 1)));
    cursor.setPosition(int(std::min<qsizetype>(end, m_text->document()->characterCount() - 1)),
                       QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

qsizetype ReaderView::positionAt(const QPoint &viewportPoint) const
{
    return m_text->cursorForPosition(viewportPoint).position();
}

bool ReaderView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QStringList tips;
        for (const HighlightSpan &span : m_highlighter->spansAt(positionAt(help->pos()))) {
            if (!span.toolTip.isEmpty()) {
                tips.append(span.toolTip);
            }
        }
        if (tips.isEmpty()) {
            QToolTip::hideText();
        } else {
            // Tooltips are rich text in Qt; escape the article's and the user's words.
            QStringList escaped;
            for (const QString &tip : std::as_const(tips)) {
                escaped.append(tip.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
            }
            QToolTip::showText(help->globalPos(), escaped.join(QStringLiteral("<hr>")), m_text->viewport());
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
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

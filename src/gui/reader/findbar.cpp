// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "articlehighlighter.h"
#include "readablecolors.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QTextDocument>
#include <QToolButton>

namespace Attache::Gui {

namespace {
// Beyond this, "highlight all" stops marking: a one-letter search in a long text is not useful to paint.
constexpr int kMaxPaintedMatches = 5000;
} // namespace

FindBar::FindBar(QPlainTextEdit *text, ArticleHighlighter *highlighter, QWidget *parent)
    : QWidget(parent)
    , m_text(text)
    , m_highlighter(highlighter)
    , m_input(new QLineEdit(this))
    , m_highlightAll(new QCheckBox(tr("Highlight &all"), this))
    , m_status(new QLabel(this))
{
    m_input->setPlaceholderText(tr("Find in article"));
    m_input->setAccessibleName(tr("Find in article"));
    m_input->setClearButtonEnabled(true);
    m_highlightAll->setChecked(true);
    auto *previous = new QToolButton(this);
    previous->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    previous->setToolTip(tr("Previous match (%1)").arg(QKeySequence(QKeySequence::FindPrevious).toString()));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    next->setToolTip(tr("Next match (%1)").arg(QKeySequence(QKeySequence::FindNext).toString()));
    next->setAccessibleName(tr("Next match"));
    auto *close = new QToolButton(this);
    close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close the find bar"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_input, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_highlightAll);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_input, &QLineEdit::textChanged, this, &FindBar::update);
    connect(m_input, &QLineEdit::returnPressed, this, [this] { find(true); });
    connect(m_highlightAll, &QCheckBox::toggled, this, &FindBar::update);
    connect(next, &QToolButton::clicked, this, [this] { find(true); });
    connect(previous, &QToolButton::clicked, this, [this] { find(false); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_text, &QPlainTextEdit::textChanged, this, &FindBar::update);
    hide();
}

void FindBar::activate()
{
    const QString selected = m_text->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
        m_input->setText(selected);
    }
    show();
    m_input->setFocus();
    m_input->selectAll();
}

void FindBar::setSearchText(const QString &text)
{
    m_input->setText(text);
}

bool FindBar::find(bool forward)
{
    const QString needle = m_input->text();
    if (needle.isEmpty()) {
        return false;
    }
    const QTextDocument::FindFlags flags = forward ? QTextDocument::FindFlags() : QTextDocument::FindBackward;
    QTextCursor found = m_text->document()->find(needle, m_text->textCursor(), flags);
    if (found.isNull()) {
        QTextCursor wrap(m_text->document());
        wrap.movePosition(forward ? QTextCursor::Start : QTextCursor::End);
        found = m_text->document()->find(needle, wrap, flags);
    }
    if (found.isNull()) {
        return false;
    }
    m_text->setTextCursor(found);
    m_text->centerCursor();
    return true;
}

void FindBar::update()
{
    // Repainting the matches changes formats, which the editor reports as a text change.
    if (m_updating) {
        return;
    }
    const QScopedValueRollback guard(m_updating, true);
    const QString needle = m_input->text();
    QList<HighlightSpan> spans;
    m_matchCount = 0;
    if (!needle.isEmpty()) {
        const QString text = m_text->toPlainText();
        for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
            ++m_matchCount;
            if (m_highlightAll->isChecked() && spans.size() < kMaxPaintedMatches) {
                HighlightSpan span;
                span.start = at;
                span.end = at + needle.size();
                span.background = palette().color(QPalette::Highlight).lighter(160);
                spans.append(span);
            }
        }
    }
    // Each repaint rehighlights the whole article: skip the one that would change nothing.
    if (!spans.isEmpty() || !m_highlighter->spans(ArticleHighlighter::FindMatches).isEmpty()) {
        m_highlighter->setSpans(ArticleHighlighter::FindMatches, spans);
    }
    m_status->setText(needle.isEmpty() ? QString() : tr("%n match(es)", nullptr, m_matchCount));
    QPalette inputPalette = m_input->palette();
    // A red wash that keeps the typed text readable on a light or a dark field.
    const QColor base = palette().color(QPalette::Base);
    inputPalette.setColor(
        QPalette::Base,
        !needle.isEmpty() && m_matchCount == 0
            ? ReadableColors::background(QColor(0xff, 0x30, 0x30, 60), base, palette().color(QPalette::Text))
            : base);
    m_input->setPalette(inputPalette);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_highlighter->setSpans(ArticleHighlighter::FindMatches, {});
        m_text->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Attache::Gui

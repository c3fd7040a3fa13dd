// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>
#include <utility>

class QLabel;
class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Theme;
}

namespace Attache {
struct Article;
}

namespace Attache::Gui {

class ArticleHighlighter;
class FindBar;

/**
 * The reading view: an article's title, its metadata line and its cleaned text, highlighted.
 * Document positions equal offsets into the article's cleaned text, so analysis and annotation
 * ranges map onto it directly.
 */
class ReaderView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void setArticle(const Article &article);
    void clear();
    void setTheme(const KSyntaxHighlighting::Theme &theme);

    /** The selected range of the text, if any, as offsets into the article's cleaned text. */
    std::optional<std::pair<qsizetype, qsizetype>> selectedRange() const;
    /** Scrolls to and selects text[start, end). */
    void showRange(qsizetype start, qsizetype end);
    /** The text offset under a point of the text view's viewport. */
    qsizetype positionAt(const QPoint &viewportPoint) const;

    QString title() const;
    QString text() const;
    QPlainTextEdit *textView() const { return m_text; }
    FindBar *findBar() const { return m_findBar; }

    /** Changes the reading font size by steps (0 resets); the size is remembered. */
    void zoom(int steps);
    /** Applies the reading font from the settings. */
    void applySettings();
    qreal fontPointSize() const;
    ArticleHighlighter *highlighter() const { return m_highlighter; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QPlainTextEdit *m_text = nullptr;
    ArticleHighlighter *m_highlighter = nullptr;
    FindBar *m_findBar = nullptr;
    qreal m_defaultPointSize = 0;
};

} // namespace Attache::Gui

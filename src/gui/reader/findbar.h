// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Attache::Gui {

class ArticleHighlighter;

/** Find in the article being read: next, previous, highlight all, with the number of matches. */
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    FindBar(QPlainTextEdit *text, ArticleHighlighter *highlighter, QWidget *parent = nullptr);

    /** Shows the bar with the current selection (if any) as the search text, and focuses it. */
    void activate();
    /** Selects the next (or previous) match, wrapping around; false when there is none. */
    bool find(bool forward);
    void setSearchText(const QString &text);
    int matchCount() const { return m_matchCount; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void update();

    QPlainTextEdit *m_text;
    ArticleHighlighter *m_highlighter;
    QLineEdit *m_input = nullptr;
    QCheckBox *m_highlightAll = nullptr;
    QLabel *m_status = nullptr;
    int m_matchCount = 0;
    bool m_updating = false;
};

} // namespace Attache::Gui

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QObject>
#include <QPointer>

class QLineEdit;
class QMenu;
class QPoint;
class QTableView;
class QWidget;

namespace Attache {
class Project;
struct SearchHit;
} // namespace Attache

namespace Attache::Gui {

class ArticleListModel;
class ReaderView;
class TagTreeModel;

/**
 * Shows the article chosen in the article list in the reader: its text, who said what in it (from
 * the people store) and the user's highlights, as highlight spans that follow the stores' signals.
 * It owns the list's model and filter box, and opens an article at a quote or a search result.
 * Docks add their entries to the reader's context menu through contextMenuRequested().
 */
class ReaderController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderController)

public:
    /** articleView and reader (not owned) are the window's list and reading view. */
    ReaderController(QTableView *articleView, ReaderView *reader, QWidget *parent);

    /** Lists the articles of project (not owned) and shows the first; nullptr empties list and reader. */
    void setProject(Project *project);
    ArticleListModel *articleModel() const { return m_articleModel; }
    /** The filter box above the list, for the window to lay out. */
    QLineEdit *filterEdit() const { return m_filter; }
    ReaderView *reader() const { return m_reader; }

    /** The article shown in the reader, or 0. */
    qint64 currentArticleId() const { return m_currentArticleId; }
    /** Who said what in the article shown. */
    const Analysis::AnalysisResult &analysis() const { return m_analysis; }

    /** Opens an article with [start, end) selected and in view; false when it is not in the project. */
    bool openQuote(qint64 articleId, qint64 start, qint64 end);
    /** Opens the article of a search hit and selects what matched. */
    void openSearchHit(const SearchHit &hit);
    /** Edits the shown article's title, outlet and date in a dialog. */
    void editArticleProperties();
    /** Takes the review threshold and reading font from the settings. */
    void applySettings();

Q_SIGNALS:
    /** The reader shows another article (0 for none). */
    void articleShown(qint64 articleId);
    /** Who said what in the shown article changed (another article, or a correction). */
    void analysisChanged();
    /** The reader's context menu is being built; add entries for the text at offset. */
    void contextMenuRequested(QMenu *menu, qsizetype offset);

private:
    void showCurrentArticle();
    /** Selects the shown article again after the list was re-read (sorted or filtered). */
    void keepCurrentArticleSelected();
    /** Reads the shown article's who-said-what from the people store. */
    void reloadAnalysis();
    void refreshQuotes();
    void refreshHighlights();
    void showContextMenu(const QPoint &position);

    QWidget *m_parent;
    QTableView *m_articleView;
    ReaderView *m_reader;
    ArticleListModel *m_articleModel;
    QLineEdit *m_filter;
    /** Names tags in the highlights' tooltips. */
    TagTreeModel *m_tagPaths;
    QPointer<Project> m_project;
    qint64 m_currentArticleId = 0;
    Analysis::AnalysisResult m_analysis;
    bool m_keepingSelection = false;
};

} // namespace Attache::Gui

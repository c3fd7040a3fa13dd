// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchdock.h"

#include "articlestore.h"
#include "commands/savedsearchcommand.h"
#include "commands/undopusher.h"
#include "project.h"
#include "search.h"
#include "search/searchpanel.h"
#include "search/searchresultmodel.h"
#include "tagstore.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QToolButton>

namespace Attache::Gui {

SearchDock::SearchDock(QUndoStack *undoStack, QWidget *parent)
    : QDockWidget(tr("Search"), parent)
    , m_pusher(new UndoPusher(undoStack, this))
    , m_model(new SearchResultModel(this))
    , m_panel(new SearchPanel(m_model, this))
    , m_searchAction(new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Search Project…"), this))
{
    setObjectName(QStringLiteral("searchDock"));
    setWidget(m_panel);
    connect(m_pusher, &UndoPusher::failed, this, &SearchDock::failed);
    connect(m_panel, &SearchPanel::searchRequested, this, &SearchDock::runSearch);
    connect(m_panel, &SearchPanel::resultActivated, this, &SearchDock::activateHit);
    auto *save = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save Search…"), this);
    save->setToolTip(tr("Keep this search and its filters in the project"));
    connect(save, &QAction::triggered, this, &SearchDock::saveSearchDialog);
    m_panel->saveButton()->setDefaultAction(save);

    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_searchAction, &QAction::triggered, this, [this] {
        present();
        m_panel->queryInput()->setFocus();
        m_panel->queryInput()->selectAll();
    });
}

void SearchDock::setProject(Project *project)
{
    if (m_project) {
        disconnect(m_project->tags(), nullptr, this, nullptr);
        disconnect(m_project->articles(), nullptr, this, nullptr);
    }
    m_project = project;
    m_model->setHits({});
    if (project) {
        // The filter row offers the project's tags and outlets as they are now.
        for (const auto signal : {&TagStore::tagAdded, &TagStore::tagChanged, &TagStore::tagRemoved}) {
            connect(project->tags(), signal, this, &SearchDock::refreshChoices);
        }
        for (const auto signal :
             {&ArticleStore::articleAdded, &ArticleStore::articleChanged, &ArticleStore::articleRemoved}) {
            connect(project->articles(), signal, this, &SearchDock::refreshChoices);
        }
    }
    refreshChoices();
}

void SearchDock::refreshChoices()
{
    m_panel->setChoices(m_project ? m_project->tags()->tags() : QList<Tag>(),
                        m_project ? Search::of(*m_project).outlets() : QStringList());
}

void SearchDock::present()
{
    show();
    raise();
}

int SearchDock::searchProject(const QString &query)
{
    m_panel->queryInput()->setText(query);
    return runSearch();
}

int SearchDock::runSearch()
{
    const QString query = m_panel->query();
    const SearchFilter filter = m_panel->filter();
    QList<SearchHit> hits;
    QString error;
    if (!m_project || (query.trimmed().isEmpty() && filter.isEmpty())) {
        m_model->setHits({});
        return 0;
    }
    if (!Search::of(*m_project).run(query, filter, kMaxHits, &hits, &error)) {
        m_model->setHits({});
        Q_EMIT failed(tr("Cannot search for that: %1").arg(error));
        return 0;
    }
    m_model->setHits(hits);
    Q_EMIT message(query.trimmed().isEmpty() ? tr("%n results for the filters", nullptr, int(hits.size()))
                                             : tr("%n results for “%1”", nullptr, int(hits.size())).arg(query));
    return int(hits.size());
}

void SearchDock::activateHit(int row)
{
    if (m_project && row >= 0 && row < m_model->rowCount()) {
        Q_EMIT hitActivated(m_model->hitAt(row));
    }
}

void SearchDock::saveSearchDialog()
{
    if (!m_project) {
        return;
    }
    if (m_panel->query().trimmed().isEmpty() && m_panel->filter().isEmpty()) {
        Q_EMIT failed(tr("Type words or choose a filter first, then save the search"));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name:"), QLineEdit::Normal,
                                               m_panel->query().trimmed(), &ok);
    if (ok) {
        saveSearch(name);
    }
}

qint64 SearchDock::saveSearch(const QString &name)
{
    if (!m_project) {
        return 0;
    }
    auto *command = new SavedSearchCommand(m_project->savedSearches(), SavedSearchCommand::Action::Add, {},
                                           {0, name, m_panel->query(), m_panel->filter()}, m_pusher->error());
    // Only a command that was done is still alive: the stack deletes one that failed.
    return m_pusher->push(command) ? command->savedSearchId() : 0;
}

} // namespace Attache::Gui

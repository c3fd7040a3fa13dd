// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedsearchesdock.h"

#include "commands/savedsearchcommand.h"
#include "commands/undopusher.h"
#include "savedsearchstore.h"
#include "search/savedsearchlistmodel.h"
#include "search/searchdock.h"
#include "search/searchpanel.h"

#include <QAction>
#include <QInputDialog>
#include <QListView>

namespace Attache::Gui {

SavedSearchesDock::SavedSearchesDock(SearchDock *search, QUndoStack *undoStack, QWidget *parent)
    : QDockWidget(tr("Saved Searches"), parent)
    , m_search(search)
    , m_pusher(new UndoPusher(undoStack, this))
    , m_model(new SavedSearchListModel(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("savedSearchesDock"));
    connect(m_pusher, &UndoPusher::failed, this, &SavedSearchesDock::failed);
    m_view->setObjectName(QStringLiteral("savedSearchView"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Saved searches"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        runSavedSearch(index.data(SavedSearchListModel::SavedSearchIdRole).toLongLong());
    });
    const auto addAction = [this](const QString &text, const QString &icon, auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, m_view);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
    };
    addAction(tr("Run"), QStringLiteral("edit-find"), [this] { runSavedSearch(selectedId()); });
    addAction(tr("Rename…"), QStringLiteral("edit-rename"), &SavedSearchesDock::renameSelected);
    addAction(tr("Replace with Current Search"), QStringLiteral("document-save"),
              [this] { replaceSavedSearch(selectedId()); });
    addAction(tr("Delete"), QStringLiteral("edit-delete"), [this] { removeSavedSearch(selectedId()); });
    setWidget(m_view);
}

void SavedSearchesDock::setStore(SavedSearchStore *store)
{
    m_store = store;
    m_model->setStore(store);
}

qint64 SavedSearchesDock::selectedId() const
{
    return m_view->currentIndex().data(SavedSearchListModel::SavedSearchIdRole).toLongLong();
}

int SavedSearchesDock::runSavedSearch(qint64 id)
{
    const std::optional<SavedSearch> search = m_store ? m_store->savedSearch(id) : std::nullopt;
    if (!search) {
        return -1;
    }
    m_search->present();
    m_search->panel()->setSearch(search->query, search->filter);
    return m_search->runSearch();
}

void SavedSearchesDock::renameSelected()
{
    const std::optional<SavedSearch> search = m_store ? m_store->savedSearch(selectedId()) : std::nullopt;
    if (!search) {
        return;
    }
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename Saved Search"), tr("Name:"), QLineEdit::Normal, search->name, &ok);
    if (ok) {
        renameSavedSearch(search->id, name);
    }
}

bool SavedSearchesDock::renameSavedSearch(qint64 id, const QString &name)
{
    const std::optional<SavedSearch> before = m_store ? m_store->savedSearch(id) : std::nullopt;
    if (!before || before->name == name.trimmed()) {
        return false;
    }
    SavedSearch after = *before;
    after.name = name;
    return m_pusher->push(
        new SavedSearchCommand(m_store, SavedSearchCommand::Action::Edit, *before, after, m_pusher->error()));
}

bool SavedSearchesDock::replaceSavedSearch(qint64 id)
{
    const std::optional<SavedSearch> before = m_store ? m_store->savedSearch(id) : std::nullopt;
    if (!before) {
        return false;
    }
    const SavedSearch after {id, before->name, m_search->panel()->query(), m_search->panel()->filter()};
    return m_pusher->push(
        new SavedSearchCommand(m_store, SavedSearchCommand::Action::Edit, *before, after, m_pusher->error()));
}

bool SavedSearchesDock::removeSavedSearch(qint64 id)
{
    const std::optional<SavedSearch> before = m_store ? m_store->savedSearch(id) : std::nullopt;
    return before
        && m_pusher->push(
            new SavedSearchCommand(m_store, SavedSearchCommand::Action::Remove, *before, {}, m_pusher->error()));
}

} // namespace Attache::Gui

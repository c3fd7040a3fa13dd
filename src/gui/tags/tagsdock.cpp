// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagsdock.h"

#include "commands/tagcommand.h"
#include "commands/undopusher.h"
#include "tags/tagtreemodel.h"
#include "tagstore.h"

#include <QAction>
#include <QColorDialog>
#include <QInputDialog>
#include <QTreeView>

namespace Attache::Gui {

TagsDock::TagsDock(QUndoStack *undoStack, QWidget *parent)
    : QDockWidget(tr("Tags"), parent)
    , m_pusher(new UndoPusher(undoStack, this))
    , m_model(new TagTreeModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("tagsDock"));
    connect(m_pusher, &UndoPusher::failed, this, &TagsDock::failed);
    m_view->setObjectName(QStringLiteral("tagView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto addAction = [this](const QString &text, auto slot) {
        auto *action = new QAction(text, m_view);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
    };
    addAction(tr("New Tag…"), [this] { newTag(false); });
    addAction(tr("New Child Tag…"), [this] { newTag(true); });
    addAction(tr("Rename or Describe…"), &TagsDock::editSelectedTag);
    addAction(tr("Colour…"), &TagsDock::recolorSelectedTag);
    addAction(tr("Remove Tag"), [this] {
        if (const auto tag = selectedTag()) {
            removeTag(tag->id);
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    setWidget(m_view);
}

void TagsDock::setStore(TagStore *store)
{
    m_store = store;
    m_model->setStore(store);
}

qint64 TagsDock::addTag(const QString &name, qint64 parentId)
{
    if (!m_store) {
        return 0;
    }
    auto *command
        = new TagCommand(m_store, TagCommand::Action::Add, {}, {0, parentId, name, {}, {}}, m_pusher->error());
    // Only a command that was done is still alive: the stack deletes one that failed.
    return m_pusher->push(command) ? command->tagId() : 0;
}

bool TagsDock::updateTag(const Tag &edited)
{
    const auto before = m_store ? m_store->tag(edited.id) : std::nullopt;
    if (!before || *before == edited) {
        return false;
    }
    return m_pusher->push(new TagCommand(m_store, TagCommand::Action::Edit, *before, edited, m_pusher->error()));
}

bool TagsDock::removeTag(qint64 id)
{
    const auto tag = m_store ? m_store->tag(id) : std::nullopt;
    if (!tag) {
        return false;
    }
    return m_pusher->push(new TagCommand(m_store, TagCommand::Action::Remove, *tag, {}, m_pusher->error()));
}

std::optional<Tag> TagsDock::selectedTag() const
{
    return m_store ? m_store->tag(m_view->currentIndex().data(TagTreeModel::TagIdRole).toLongLong()) : std::nullopt;
}

void TagsDock::newTag(bool asChild)
{
    if (!m_store) {
        return;
    }
    const qint64 parent = asChild ? m_view->currentIndex().data(TagTreeModel::TagIdRole).toLongLong() : 0;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Tag"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty()) {
        addTag(name, parent);
    }
}

void TagsDock::editSelectedTag()
{
    const auto tag = selectedTag();
    if (!tag) {
        return;
    }
    bool ok = false;
    Tag edited = *tag;
    edited.name = QInputDialog::getText(this, tr("Edit Tag"), tr("Name:"), QLineEdit::Normal, tag->name, &ok);
    if (!ok) {
        return;
    }
    edited.description
        = QInputDialog::getMultiLineText(this, tr("Edit Tag"), tr("What this tag means:"), tag->description, &ok);
    if (ok) {
        updateTag(edited);
    }
}

void TagsDock::recolorSelectedTag()
{
    const auto tag = selectedTag();
    if (!tag) {
        return;
    }
    const QColor color = QColorDialog::getColor(tag->color.isEmpty() ? QColor(Qt::yellow) : QColor(tag->color), this,
                                                tr("Tag Colour"));
    if (color.isValid()) {
        Tag edited = *tag;
        edited.color = color.name();
        updateTag(edited);
    }
}

} // namespace Attache::Gui

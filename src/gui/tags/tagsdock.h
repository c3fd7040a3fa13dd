// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

#include <optional>

class QTreeView;
class QUndoStack;

namespace Attache {
struct Tag;
class TagStore;
} // namespace Attache

namespace Attache::Gui {

class TagTreeModel;
class UndoPusher;

/**
 * The Tags dock: the project's tags as a tree, with its context menu to create, rename, describe,
 * recolor and remove them. Every change is an undoable step through the tag store.
 */
class TagsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsDock)

public:
    explicit TagsDock(QUndoStack *undoStack, QWidget *parent = nullptr);

    /** Shows the tags of store (not owned) and follows its changes; nullptr empties the dock. */
    void setStore(TagStore *store);
    TagTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    /** Adds a tag (undoable); returns its id, or 0 after failed() said why. */
    qint64 addTag(const QString &name, qint64 parentId = 0);
    /** Stores edited over the tag of the same id (undoable); false after failed() said why. */
    bool updateTag(const Tag &edited);
    /** Removes a tag with its children and uses (undoable); false when it could not be done. */
    bool removeTag(qint64 id);

Q_SIGNALS:
    /** A step failed; message is one line for the status bar. */
    void failed(const QString &message);

private:
    std::optional<Tag> selectedTag() const;
    void newTag(bool asChild);
    void editSelectedTag();
    void recolorSelectedTag();

    UndoPusher *m_pusher;
    TagStore *m_store = nullptr;
    TagTreeModel *m_model;
    QTreeView *m_view;
};

} // namespace Attache::Gui

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

namespace Attache::Gui {

/**
 * Adding, editing or removing one Item through its store as an undoable step. Redo and undo pick the
 * store call for the action: Add is undone by remove, Edit by updating back to before, Remove by
 * restore. A step that fails makes itself obsolete (QUndoStack then drops it) and puts the store's
 * reason in error (not owned). Subclasses make the store calls and set the command's text.
 */
template<typename Item> class StoreCommand : public QUndoCommand
{
public:
    enum class Action { Add, Edit, Remove };

    void redo() override
    {
        switch (m_action) {
        case Action::Add:
            return finish(add(m_after));
        case Action::Edit:
            return finish(update(m_after));
        case Action::Remove:
            return finish(remove(m_before));
        }
    }

    void undo() override
    {
        switch (m_action) {
        case Action::Add:
            return finish(remove(m_after));
        case Action::Edit:
            return finish(update(m_before));
        case Action::Remove:
            return finish(restore(m_before));
        }
    }

protected:
    /** before is the stored state (Edit, Remove); after the new state (Add, Edit). */
    StoreCommand(Action action, Item before, Item after, QString *error)
        : m_action(action)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_error(error)
    {
    }

    /** Stores item and gives it the id it was stored under. */
    virtual bool add(Item &item) = 0;
    virtual bool update(const Item &item) = 0;
    virtual bool remove(const Item &item) = 0;
    /** Puts back what remove() took; adding the item again unless the store keeps more. */
    virtual bool restore(Item &item) { return add(item); }
    /** What error says when a store call fails without a reason. */
    virtual QString unexplainedFailure() const { return {}; }

    Action m_action;
    Item m_before;
    Item m_after;
    /** Set by the store calls when they fail. */
    QString m_message;

private:
    void finish(bool ok)
    {
        if (ok) {
            return;
        }
        if (m_error) {
            *m_error = m_message.isEmpty() ? unexplainedFailure() : m_message;
        }
        setObsolete(true);
    }

    QString *m_error;
};

} // namespace Attache::Gui

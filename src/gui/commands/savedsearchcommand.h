// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "savedsearch.h"

#include <QUndoCommand>

namespace Attache {
class SavedSearchStore;
}

namespace Attache::Gui {

/**
 * Saves, renames or changes, or removes a saved search as one undoable step. Undoing a removal
 * puts the same search back. A step that fails when first done makes itself obsolete and reports
 * through error.
 */
class SavedSearchCommand final : public QUndoCommand
{
public:
    enum class Action { Add, Edit, Remove };

    SavedSearchCommand(SavedSearchStore *store, Action action, SavedSearch before, SavedSearch after, QString *error);

    void redo() override;
    void undo() override;

    /** The saved search this command added or changes (known after the first redo of an Add). */
    qint64 savedSearchId() const { return m_action == Action::Remove ? m_before.id : m_after.id; }

private:
    void fail();

    SavedSearchStore *m_store;
    Action m_action;
    SavedSearch m_before;
    SavedSearch m_after;
    QString *m_error;
    QString m_message;
};

} // namespace Attache::Gui

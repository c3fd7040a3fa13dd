// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/storecommand.h"
#include "savedsearch.h"

namespace Attache {
class SavedSearchStore;
}

namespace Attache::Gui {

/**
 * Saves, renames or changes, or removes a saved search as one undoable step. Undoing a removal
 * puts the same search back. A step that fails when first done makes itself obsolete and reports
 * through error.
 */
class SavedSearchCommand final : public StoreCommand<SavedSearch>
{
public:
    SavedSearchCommand(SavedSearchStore *store, Action action, SavedSearch before, SavedSearch after, QString *error);

    /** The saved search this command added or changes (known after the first redo of an Add). */
    qint64 savedSearchId() const { return m_action == Action::Remove ? m_before.id : m_after.id; }

private:
    bool add(SavedSearch &search) override;
    bool update(const SavedSearch &search) override;
    bool remove(const SavedSearch &search) override;
    bool restore(SavedSearch &search) override;
    /** The caller tells success by an empty error, so a failure always says something. */
    QString unexplainedFailure() const override;

    SavedSearchStore *m_store;
};

} // namespace Attache::Gui

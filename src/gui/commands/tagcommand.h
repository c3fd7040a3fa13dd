// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/storecommand.h"
#include "tagstore.h"

namespace Attache::Gui {

/**
 * Adds, edits or removes a tag as one undoable step. Undoing a removal puts back the tag, its
 * descendants and their uses. A step that fails when first done makes itself obsolete and reports
 * through error.
 */
class TagCommand final : public StoreCommand<Tag>
{
public:
    TagCommand(TagStore *store, Action action, Tag before, Tag after, QString *error);

    /** The tag this command added or changes (known after the first redo of an Add). */
    qint64 tagId() const { return m_action == Action::Remove ? m_before.id : m_after.id; }

private:
    bool add(Tag &tag) override;
    bool update(const Tag &tag) override;
    bool remove(const Tag &tag) override;
    bool restore(Tag &tag) override;

    TagStore *m_store;
    TagStore::Removal m_removal;
};

} // namespace Attache::Gui

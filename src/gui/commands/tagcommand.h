// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagstore.h"

#include <QUndoCommand>

namespace Attache::Gui {

/**
 * Adds, edits or removes a tag as one undoable step. Undoing a removal puts back the tag, its
 * descendants and their uses. A step that fails when first done makes itself obsolete and reports
 * through error.
 */
class TagCommand final : public QUndoCommand
{
public:
    enum class Action { Add, Edit, Remove };

    TagCommand(TagStore *store, Action action, Tag before, Tag after, QString *error);

    void redo() override;
    void undo() override;

    /** The tag this command added or changes (known after the first redo of an Add). */
    qint64 tagId() const { return m_action == Action::Remove ? m_before.id : m_after.id; }

private:
    void fail();

    TagStore *m_store;
    Action m_action;
    Tag m_before;
    Tag m_after;
    TagStore::Removal m_removal;
    QString *m_error;
    QString m_message;
};

} // namespace Attache::Gui

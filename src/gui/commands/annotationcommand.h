// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "commands/storecommand.h"

namespace Attache {
class AnnotationStore;
}

namespace Attache::Gui {

/**
 * Adds, edits or removes an annotation as one undoable step. The annotation keeps its id across
 * undo and redo, so later commands that name it stay valid. A step that fails when first done
 * makes itself obsolete (QUndoStack then drops it) and reports through error.
 */
class AnnotationCommand final : public StoreCommand<Annotation>
{
public:
    /** before is the stored state (Edit, Remove); after the new state (Add, Edit). error is not owned. */
    AnnotationCommand(AnnotationStore *store, Action action, Annotation before, Annotation after, QString *error);

    qint64 annotationId() const { return m_after.id > 0 ? m_after.id : m_before.id; }

private:
    bool add(Annotation &annotation) override;
    bool update(const Annotation &annotation) override;
    bool remove(const Annotation &annotation) override;

    AnnotationStore *m_store;
};

} // namespace Attache::Gui

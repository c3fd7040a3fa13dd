// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QUndoCommand>

namespace Attache {
class AnnotationStore;
}

namespace Attache::Gui {

/**
 * Adds, edits or removes an annotation as one undoable step. The annotation keeps its id across
 * undo and redo, so later commands that name it stay valid. A step that fails when first done
 * makes itself obsolete (QUndoStack then drops it) and reports through error.
 */
class AnnotationCommand final : public QUndoCommand
{
public:
    enum class Action { Add, Edit, Remove };

    /** before is the stored state (Edit, Remove); after the new state (Add, Edit). error is not owned. */
    AnnotationCommand(AnnotationStore *store, Action action, Annotation before, Annotation after, QString *error);

    void redo() override;
    void undo() override;

    qint64 annotationId() const { return m_after.id > 0 ? m_after.id : m_before.id; }

private:
    bool add(Annotation &annotation);
    bool remove(const Annotation &annotation);
    bool update(const Annotation &annotation);
    void fail();

    AnnotationStore *m_store;
    Action m_action;
    Annotation m_before;
    Annotation m_after;
    QString *m_error;
    QString m_message;
};

} // namespace Attache::Gui

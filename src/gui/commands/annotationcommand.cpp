// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcommand.h"

#include "annotationstore.h"

#include <QCoreApplication>

namespace Attache::Gui {

namespace {
QString describe(AnnotationCommand::Action action, const Annotation &annotation)
{
    const bool note = !annotation.note.isEmpty();
    switch (action) {
    case AnnotationCommand::Action::Add:
        if (annotation.coversWholeArticle()) {
            return QCoreApplication::translate("AnnotationCommand", "Add Note to Article");
        }
        return note ? QCoreApplication::translate("AnnotationCommand", "Add Note")
                    : QCoreApplication::translate("AnnotationCommand", "Highlight");
    case AnnotationCommand::Action::Edit:
        return QCoreApplication::translate("AnnotationCommand", "Edit Annotation");
    case AnnotationCommand::Action::Remove:
        return QCoreApplication::translate("AnnotationCommand", "Remove Annotation");
    }
    return {};
}
} // namespace

AnnotationCommand::AnnotationCommand(AnnotationStore *store, Action action, Annotation before, Annotation after,
                                     QString *error)
    : m_store(store)
    , m_action(action)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_error(error)
{
    setText(describe(action, action == Action::Remove ? m_before : m_after));
}

void AnnotationCommand::redo()
{
    bool ok = false;
    switch (m_action) {
    case Action::Add:
        ok = add(m_after);
        break;
    case Action::Edit:
        ok = update(m_after);
        break;
    case Action::Remove:
        ok = remove(m_before);
        break;
    }
    if (!ok) {
        fail();
    }
}

void AnnotationCommand::undo()
{
    bool ok = false;
    switch (m_action) {
    case Action::Add:
        ok = remove(m_after);
        break;
    case Action::Edit:
        ok = update(m_before);
        break;
    case Action::Remove:
        ok = add(m_before);
        break;
    }
    if (!ok) {
        fail();
    }
}

bool AnnotationCommand::add(Annotation &annotation)
{
    const qint64 id = m_store->add(annotation, &m_message);
    if (id > 0) {
        annotation.id = id;
    }
    return id > 0;
}

bool AnnotationCommand::remove(const Annotation &annotation)
{
    return m_store->remove(annotation.id, &m_message);
}

bool AnnotationCommand::update(const Annotation &annotation)
{
    return m_store->update(annotation, &m_message);
}

void AnnotationCommand::fail()
{
    if (m_error) {
        *m_error = m_message;
    }
    setObsolete(true);
}

} // namespace Attache::Gui

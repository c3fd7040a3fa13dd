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
    : StoreCommand(action, std::move(before), std::move(after), error)
    , m_store(store)
{
    setText(describe(action, action == Action::Remove ? m_before : m_after));
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

} // namespace Attache::Gui

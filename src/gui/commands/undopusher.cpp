// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "undopusher.h"

#include <QUndoStack>

namespace Attache::Gui {

UndoPusher::UndoPusher(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{
}

bool UndoPusher::push(QUndoCommand *command)
{
    m_error.clear();
    // A command that fails makes itself obsolete and the stack deletes it: only m_error is read afterwards.
    m_stack->push(command);
    if (!m_error.isEmpty()) {
        Q_EMIT failed(m_error);
    }
    return m_error.isEmpty();
}

} // namespace Attache::Gui

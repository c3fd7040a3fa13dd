// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QUndoCommand;
class QUndoStack;

namespace Attache::Gui {

/**
 * Pushes the undo commands of one dock or controller onto the window's stack. Commands report a
 * failure through the string error() points to, which lives as long as this pusher (a command may
 * fail again on a later undo or redo); a failure when first done is also signalled.
 */
class UndoPusher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoPusher)

public:
    explicit UndoPusher(QUndoStack *stack, QObject *parent = nullptr);

    QUndoStack *stack() const { return m_stack; }
    /** Where the commands built for push() put the reason they failed. */
    QString *error() { return &m_error; }
    /** Pushes command, which is done at once; false when it failed (see failed()). */
    bool push(QUndoCommand *command);
    QString lastError() const { return m_error; }

Q_SIGNALS:
    /** A pushed command could not be done; message is one line for the status bar. */
    void failed(const QString &message);

private:
    QUndoStack *m_stack;
    QString m_error;
};

} // namespace Attache::Gui

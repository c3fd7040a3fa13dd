// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class QAction;

namespace Attache::Gui {

/** Every command that has a keyboard shortcut, for the Help ▸ Keyboard Shortcuts list. */
class ShortcutListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutListModel)

public:
    enum Column { Command, Shortcut, ColumnCount };

    explicit ShortcutListModel(QObject *parent = nullptr);

    /** Lists the actions among actions that have a shortcut, sorted by command name. */
    void setActions(const QList<QAction *> &actions);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QPointer<QAction>> m_actions;
};

} // namespace Attache::Gui

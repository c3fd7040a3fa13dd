// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutlistmodel.h"

#include <QAction>

#include <algorithm>

namespace Attache::Gui {

namespace {
QString plainText(const QAction *action)
{
    return action->text().remove(u'&').remove(u'…');
}
} // namespace

ShortcutListModel::ShortcutListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ShortcutListModel::setActions(const QList<QAction *> &actions)
{
    beginResetModel();
    m_actions.clear();
    for (QAction *action : actions) {
        if (action && !action->shortcuts().isEmpty() && !action->text().isEmpty()) {
            m_actions.append(action);
        }
    }
    std::ranges::sort(m_actions, [](const QPointer<QAction> &a, const QPointer<QAction> &b) {
        return plainText(a).localeAwareCompare(plainText(b)) < 0;
    });
    endResetModel();
}

int ShortcutListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ShortcutListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortcutListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole) {
        return {};
    }
    const QAction *action = m_actions.at(index.row());
    if (!action) {
        return {};
    }
    if (index.column() == Command) {
        return plainText(action);
    }
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts()) {
        keys.append(sequence.toString(QKeySequence::NativeText));
    }
    return keys.join(QStringLiteral(", "));
}

QVariant ShortcutListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return section == Command ? tr("Command") : tr("Shortcut");
}

} // namespace Attache::Gui

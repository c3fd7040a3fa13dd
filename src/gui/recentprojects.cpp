// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentprojects.h"

#include <QFileInfo>
#include <QSettings>

namespace Attache::Gui {

namespace {
constexpr QLatin1StringView kKey {"recentProjects"};
}

RecentProjects::RecentProjects(QObject *parent)
    : QObject(parent)
    , m_paths(QSettings().value(kKey).toStringList().mid(0, kMaximum))
{
}

void RecentProjects::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_paths.removeAll(absolute);
    m_paths.prepend(absolute);
    m_paths = m_paths.mid(0, kMaximum);
    save();
}

void RecentProjects::remove(const QString &path)
{
    if (m_paths.removeAll(QFileInfo(path).absoluteFilePath()) > 0) {
        save();
    }
}

void RecentProjects::clear()
{
    m_paths.clear();
    save();
}

void RecentProjects::save()
{
    QSettings().setValue(kKey, m_paths);
    Q_EMIT changed();
}

} // namespace Attache::Gui

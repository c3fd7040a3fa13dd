// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace Attache::Gui {

/** The most recently opened projects, newest first, kept in the application's settings. */
class RecentProjects final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentProjects)

public:
    static constexpr int kMaximum = 10;

    explicit RecentProjects(QObject *parent = nullptr);

    QStringList paths() const { return m_paths; }
    /** Moves path to the front (adding it if new) and saves the list. */
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void save();

    QStringList m_paths;
};

} // namespace Attache::Gui

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Attache {

/**
 * The source of the current time for everything stored in a project. Tests install their own
 * instance so that timestamps are predictable; the default reads the system clock in UTC.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const;

    /** The clock in force; never null. */
    static const Clock &instance();
    /** Installs clock (not owned; nullptr restores the system clock). Not thread-safe: call at start-up. */
    static void setInstance(const Clock *clock);
};

} // namespace Attache

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

namespace Attache {

namespace {
const Clock systemClock;
const Clock *currentClock = &systemClock;
} // namespace

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &Clock::instance()
{
    return *currentClock;
}

void Clock::setInstance(const Clock *clock)
{
    currentClock = clock ? clock : &systemClock;
}

} // namespace Attache

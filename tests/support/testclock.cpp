// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testclock.h"

namespace Attache::Test {

TestClock::TestClock(const QDateTime &start)
    : m_now(start)
{
    Clock::setInstance(this);
}

TestClock::~TestClock()
{
    Clock::setInstance(nullptr);
}

} // namespace Attache::Test

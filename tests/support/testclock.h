// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

namespace Attache::Test {

/** A clock that stands still until advanced; installs itself for its lifetime. */
class TestClock final : public Clock
{
public:
    explicit TestClock(const QDateTime &start);
    ~TestClock() override;
    Q_DISABLE_COPY_MOVE(TestClock)

    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace Attache::Test

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Attache {

/** A user's tag: hierarchical (parentId 0 for a top-level tag), with a colour and what it means. */
struct Tag
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QString color; ///< "#rrggbb", or empty for no colour of its own
    QString description;

    friend bool operator==(const Tag &, const Tag &) = default;
};

} // namespace Attache

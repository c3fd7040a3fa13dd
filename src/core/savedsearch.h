// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search.h"

#include <QString>

namespace Attache {

/** A search the user named to run again: its words and its filters. */
struct SavedSearch
{
    qint64 id = 0;
    QString name; ///< unique in the project, ignoring case
    QString query; ///< may be empty when the filter is not
    SearchFilter filter;

    friend bool operator==(const SavedSearch &, const SavedSearch &) = default;
};

} // namespace Attache

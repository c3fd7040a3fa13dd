// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Attache {

/**
 * Where a passage sits in an article, recorded both as offsets and as the quoted text with some
 * context on each side (as in W3C TextQuoteSelector), so the passage can be found again after the
 * article's text changes.
 */
struct TextAnchor
{
    static constexpr qsizetype kContextLength = 32;

    qsizetype start = 0;
    qsizetype end = 0;
    QString exact;
    QString prefix;
    QString suffix;

    /** The anchor of text[start, end); the range must lie within text. */
    static TextAnchor fromRange(const QString &text, qsizetype start, qsizetype end);

    /**
     * The passage's range in text: the stored offsets when the exact text is still there, otherwise
     * the occurrence whose surrounding text agrees best (nearest the old offsets on a tie); nullopt
     * when the exact text is gone.
     */
    std::optional<std::pair<qsizetype, qsizetype>> locate(const QString &text) const;
};

} // namespace Attache

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textanchor.h"

#include <limits>

namespace Attache {

namespace {

// Bounds the work on texts where the passage occurs very often (a single common word).
constexpr int kMaxCandidates = 10000;

qsizetype commonSuffix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n)) {
        ++n;
    }
    return n;
}

qsizetype commonPrefix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n)) {
        ++n;
    }
    return n;
}

} // namespace

TextAnchor TextAnchor::fromRange(const QString &text, qsizetype start, qsizetype end)
{
    TextAnchor anchor;
    anchor.start = start;
    anchor.end = end;
    anchor.exact = text.mid(start, end - start);
    const qsizetype prefixStart = std::max<qsizetype>(0, start - kContextLength);
    anchor.prefix = text.mid(prefixStart, start - prefixStart);
    anchor.suffix = text.mid(end, kContextLength);
    return anchor;
}

std::optional<std::pair<qsizetype, qsizetype>> TextAnchor::locate(const QString &text) const
{
    if (exact.isEmpty()) {
        return std::nullopt;
    }
    if (end <= text.size() && QStringView(text).sliced(start, end - start) == exact) {
        return std::pair(start, end);
    }
    qsizetype best = -1;
    qsizetype bestScore = -1;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    qsizetype from = 0;
    for (int candidates = 0; candidates < kMaxCandidates; ++candidates) {
        const qsizetype at = text.indexOf(exact, from);
        if (at < 0) {
            break;
        }
        const QStringView before = QStringView(text).first(at).last(std::min(at, prefix.size()));
        const QStringView after = QStringView(text)
                                      .sliced(at + exact.size())
                                      .first(std::min(text.size() - at - exact.size(), suffix.size()));
        const qsizetype score = commonSuffix(before, prefix) + commonPrefix(after, suffix);
        const qsizetype distance = at > start ? at - start : start - at;
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = at;
            bestScore = score;
            bestDistance = distance;
        }
        from = at + 1;
    }
    if (best < 0) {
        return std::nullopt;
    }
    return std::pair(best, best + exact.size());
}

} // namespace Attache

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Attache {

/**
 * Converts offsets in a text between UTF-16 units (QString positions, how Attaché stores them) and
 * Unicode code points (how JSON, the CLI and W3C annotations count). Built once per text, then
 * each conversion is constant time.
 */
class TextOffsets
{
public:
    explicit TextOffsets(const QString &text);

    qsizetype codePointLength() const { return m_utf16ByCodePoint.size() - 1; }
    /** The code point index of a UTF-16 offset (one inside a surrogate pair counts as its pair). */
    qsizetype toCodePoint(qsizetype utf16) const;
    /** The UTF-16 offset of a code point index; -1 when outside the text. */
    qsizetype toUtf16(qsizetype codePoint) const;

private:
    QList<qsizetype> m_codePointByUtf16;
    QList<qsizetype> m_utf16ByCodePoint;
};

} // namespace Attache

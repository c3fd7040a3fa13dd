// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textoffsets.h"

namespace Attache {

TextOffsets::TextOffsets(const QString &text)
{
    m_codePointByUtf16.resize(text.size() + 1);
    m_utf16ByCodePoint.reserve(text.size() + 1);
    qsizetype codePoint = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        m_codePointByUtf16[i] = codePoint;
        if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate()) {
            m_utf16ByCodePoint.append(i);
            ++codePoint;
        } else {
            m_codePointByUtf16[i] = codePoint - 1;
        }
    }
    m_codePointByUtf16[text.size()] = codePoint;
    m_utf16ByCodePoint.append(text.size());
}

qsizetype TextOffsets::toCodePoint(qsizetype utf16) const
{
    return m_codePointByUtf16.value(std::clamp<qsizetype>(utf16, 0, m_codePointByUtf16.size() - 1));
}

qsizetype TextOffsets::toUtf16(qsizetype codePoint) const
{
    return codePoint < 0 || codePoint >= m_utf16ByCodePoint.size() ? -1 : m_utf16ByCodePoint.at(codePoint);
}

} // namespace Attache

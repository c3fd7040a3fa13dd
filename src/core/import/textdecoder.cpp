// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

namespace Attache::Import {

namespace {

/** Windows-1252 for 0x80..0x9F; 0 marks the five bytes the code page leaves undefined. */
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

QChar cp1252(uchar byte)
{
    if (byte >= 0x80 && byte < 0xA0) {
        const char16_t mapped = kCp1252High[byte - 0x80];
        return mapped ? QChar(mapped) : QChar(QChar::ReplacementCharacter);
    }
    return QChar(char16_t(byte));
}

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

/** The length of the well-formed UTF-8 sequence starting at data[0] (RFC 3629, no overlongs or surrogates), or 0. */
qsizetype utf8SequenceLength(const uchar *data, qsizetype available)
{
    const uchar lead = data[0];
    if (lead < 0x80) {
        return 1;
    }
    qsizetype length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (available < length || data[1] < low || data[1] > high) {
        return 0;
    }
    for (qsizetype i = 2; i < length; ++i) {
        if (!isContinuation(data[i])) {
            return 0;
        }
    }
    return length;
}

/** UTF-16 without a BOM shows up as NUL bytes in every other position. */
std::optional<QStringConverter::Encoding> sniffUtf16(const QByteArray &bytes)
{
    const qsizetype pairs = std::min<qsizetype>(bytes.size() / 2, 4096);
    if (pairs < 2) {
        return std::nullopt;
    }
    qsizetype evenZero = 0;
    qsizetype oddZero = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZero += bytes.at(2 * i) == 0 ? 1 : 0;
        oddZero += bytes.at(2 * i + 1) == 0 ? 1 : 0;
    }
    if (oddZero * 10 >= pairs * 6 && evenZero * 20 <= pairs) {
        return QStringConverter::Utf16LE;
    }
    if (evenZero * 10 >= pairs * 6 && oddZero * 20 <= pairs) {
        return QStringConverter::Utf16BE;
    }
    return std::nullopt;
}

bool isBadControl(char16_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v' || c == 0x1A) {
        return false; // 0x1A: the DOS end-of-file marker some old editors still append
    }
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == QChar::ReplacementCharacter;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Attache::Import::TextDecoder", text);
}

/** Refuses text that is really binary data: any NUL, or more than 1 in 100 characters being control codes. */
QString checkIsText(const QString &text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        if (c.unicode() == 0) {
            return QCoreApplication::translate("Attache::Import::TextDecoder",
                                               "binary data (NUL bytes), not a text file");
        }
        controls += isBadControl(c.unicode()) ? 1 : 0;
    }
    if (controls > 0 && controls * 100 > text.size()) {
        return QCoreApplication::translate("Attache::Import::TextDecoder",
                                           "binary data (%1 control characters), not a text file")
            .arg(controls);
    }
    return {};
}

TextDecoder::Result decodeWith(QStringConverter::Encoding encoding, const QByteArray &bytes, const QString &name)
{
    TextDecoder::Result result;
    result.encoding = name;
    const bool utf16 = encoding == QStringConverter::Utf16LE || encoding == QStringConverter::Utf16BE;
    if (utf16 && bytes.size() % 2 != 0) {
        result.error = tr("invalid %1 data (an odd number of bytes)").arg(name);
        return result;
    }
    QStringDecoder decoder(encoding, QStringDecoder::Flag::ConvertInitialBom | QStringDecoder::Flag::Stateless);
    result.text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.error = tr("invalid %1 data").arg(name);
        return result;
    }
    if (!result.text.isEmpty() && result.text.front() == QChar::ByteOrderMark) {
        result.text.remove(0, 1);
    }
    result.error = checkIsText(result.text);
    return result;
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    const auto bom = QStringConverter::encodingForData(bytes);
    if (bom && *bom != QStringConverter::Utf8) {
        return decodeWith(*bom, bytes, QString::fromLatin1(QStringConverter::nameForEncoding(*bom)));
    }
    if (bytes.contains('\0')) {
        if (const auto utf16 = sniffUtf16(bytes)) {
            return decodeWith(*utf16, bytes, QString::fromLatin1(QStringConverter::nameForEncoding(*utf16)));
        }
        Result result;
        result.error = tr("binary data (NUL bytes), not a text file");
        return result;
    }

    // Valid UTF-8 stays UTF-8; every byte that cannot start a valid sequence is read as Windows-1252.
    Result result;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype begin = bom ? 3 : 0;
    qsizetype multiByte = 0;
    qsizetype fallbackBytes = 0;
    qsizetype asciiLetters = 0;
    result.text.reserve(size);
    qsizetype runStart = begin;
    for (qsizetype i = begin; i < size;) {
        const qsizetype length = utf8SequenceLength(data + i, size - i);
        if (length == 1 && ((data[i] | 0x20) >= 'a' && (data[i] | 0x20) <= 'z')) {
            ++asciiLetters;
        }
        if (length > 0) {
            multiByte += length > 1 ? 1 : 0;
            i += length;
            continue;
        }
        result.text += QString::fromUtf8(bytes.constData() + runStart, i - runStart);
        result.text += cp1252(data[i]);
        ++fallbackBytes;
        ++i;
        runStart = i;
    }
    result.text += QString::fromUtf8(bytes.constData() + runStart, size - runStart);

    if (fallbackBytes == 0) {
        result.encoding = QStringLiteral("UTF-8");
    } else if (multiByte == 0) {
        result.encoding = QStringLiteral("Windows-1252");
    } else {
        result.encoding = QStringLiteral("UTF-8+Windows-1252");
    }
    result.error = checkIsText(result.text);
    // Western text has a few accented letters among many ASCII ones; a Cyrillic or Greek code page
    // (or random bytes) has mostly high bytes, and reading it as Windows-1252 would be gibberish.
    if (result.ok() && fallbackBytes * 10 > (fallbackBytes + asciiLetters) * 3) {
        result.error = tr("not UTF-8 and not Windows-1252 text (an unknown legacy encoding?); convert it to UTF-8");
    }
    if (!result.ok()) {
        result.text.clear();
    }
    return result;
}

} // namespace Attache::Import

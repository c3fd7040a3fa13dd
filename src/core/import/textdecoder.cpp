// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <KEncodingProber>

#include <algorithm>
#include <array>
#include <optional>

namespace Attache::Import {

namespace {

/** Below this the prober is guessing; reading the file in its guess would garble it. */
constexpr float kMinimumConfidence = 0.5F;

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

TextDecoder::Result decodeWith(QStringDecoder &decoder, const QByteArray &bytes, const QString &name)
{
    TextDecoder::Result result;
    result.encoding = name;
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

TextDecoder::Result decodeWith(QStringConverter::Encoding encoding, const QByteArray &bytes, const QString &name)
{
    const bool utf16 = encoding == QStringConverter::Utf16LE || encoding == QStringConverter::Utf16BE;
    if (utf16 && bytes.size() % 2 != 0) {
        TextDecoder::Result result;
        result.encoding = name;
        result.error = tr("invalid %1 data (an odd number of bytes)").arg(name);
        return result;
    }
    QStringDecoder decoder(encoding, QStringDecoder::Flag::ConvertInitialBom | QStringDecoder::Flag::Stateless);
    return decodeWith(decoder, bytes, name);
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

    // Valid UTF-8 stays UTF-8. A file that is mostly UTF-8 with some stray bytes was edited with two
    // encodings: the stray bytes are Windows-1252, as such mixes nearly always are.
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    const qsizetype begin = bom ? 3 : 0;
    qsizetype multiByte = 0;
    qsizetype strayBytes = 0;
    for (qsizetype i = begin; i < size;) {
        const qsizetype length = utf8SequenceLength(data + i, size - i);
        multiByte += length > 1 ? 1 : 0;
        strayBytes += length == 0 ? 1 : 0;
        i += std::max<qsizetype>(length, 1);
    }
    if (strayBytes == 0) {
        return decodeWith(QStringConverter::Utf8, bytes, QStringLiteral("UTF-8"));
    }
    if (multiByte > strayBytes) {
        Result result;
        result.encoding = QStringLiteral("UTF-8+Windows-1252");
        QStringDecoder western("windows-1252");
        qsizetype runStart = begin;
        for (qsizetype i = begin; i < size;) {
            const qsizetype length = utf8SequenceLength(data + i, size - i);
            if (length > 0) {
                i += length;
                continue;
            }
            result.text += QString::fromUtf8(bytes.constData() + runStart, i - runStart);
            result.text += western.decode(bytes.mid(i, 1));
            runStart = ++i;
        }
        result.text += QString::fromUtf8(bytes.constData() + runStart, size - runStart);
        result.error = checkIsText(result.text);
        if (!result.ok()) {
            result.text.clear();
        }
        return result;
    }

    // A legacy encoding: KEncodingProber names it (Windows-1251, KOI8-R, GB18030, Big5, Shift-JIS, ...)
    // and ICU, behind QStringDecoder, reads it.
    KEncodingProber prober(KEncodingProber::Universal);
    prober.feed(QByteArrayView(bytes).mid(begin));
    QByteArray name = prober.encoding();
    // What calls itself Latin-1 is nearly always Windows-1252 (browsers read it so): its curly quotes
    // and dashes would otherwise become control codes.
    if (name.compare("ISO-8859-1", Qt::CaseInsensitive) == 0) {
        name = "windows-1252";
    }
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    if (prober.state() == KEncodingProber::NotMe || prober.confidence() < kMinimumConfidence || name.isEmpty()
        || !decoder.isValid()) {
        Result result;
        result.error = tr("not UTF-8 and not in an encoding that could be recognised; convert it to UTF-8");
        return result;
    }
    Result result = decodeWith(decoder, bytes.mid(begin), QString::fromLatin1(name));
    if (!result.ok()) {
        result.text.clear();
    }
    return result;
}

} // namespace Attache::Import

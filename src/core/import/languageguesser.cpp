// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/languageguesser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <utility>

namespace Attache::Import {

namespace {

using namespace Qt::StringLiterals;

/** Short, frequent words that are (nearly) unique to one language. */
const QList<std::pair<QString, QSet<QString>>> &functionWords()
{
    static const QList<std::pair<QString, QSet<QString>>> words = {
        {QStringLiteral("en"),
         {u"the"_s, u"and"_s, u"of"_s, u"to"_s, u"is"_s, u"that"_s, u"with"_s, u"was"_s, u"for"_s, u"said"_s}},
        {QStringLiteral("de"),
         {u"der"_s, u"die"_s, u"und"_s, u"das"_s, u"nicht"_s, u"ist"_s, u"mit"_s, u"sich"_s, u"auch"_s, u"dem"_s}},
        {QStringLiteral("fr"),
         {u"le"_s, u"les"_s, u"et"_s, u"des"_s, u"est"_s, u"une"_s, u"dans"_s, u"pour"_s, u"qui"_s, u"du"_s}},
        {QStringLiteral("es"),
         {u"el"_s, u"los"_s, u"y"_s, u"las"_s, u"que"_s, u"del"_s, u"por"_s, u"una"_s, u"con"_s, u"para"_s}},
        {QStringLiteral("it"),
         {u"il"_s, u"di"_s, u"che"_s, u"della"_s, u"per"_s, u"non"_s, u"sono"_s, u"gli"_s, u"nel"_s, u"anche"_s}},
        {QStringLiteral("pt"),
         {u"os"_s, u"não"_s, u"uma"_s, u"com"_s, u"para"_s, u"que"_s, u"do"_s, u"da"_s, u"em"_s, u"foi"_s}},
        {QStringLiteral("nl"),
         {u"de"_s, u"het"_s, u"een"_s, u"en"_s, u"van"_s, u"niet"_s, u"dat"_s, u"ook"_s, u"zijn"_s, u"met"_s}},
    };
    return words;
}

} // namespace

QString LanguageGuesser::guess(const QString &text)
{
    const QString sample = text.left(20000);
    QHash<QString, int> scripts;
    int letters = 0;
    for (const QChar c : sample) {
        if (!c.isLetter()) {
            continue;
        }
        ++letters;
        switch (c.script()) {
        case QChar::Script_Cyrillic:
            ++scripts[QStringLiteral("cyrillic")];
            break;
        case QChar::Script_Han:
            ++scripts[QStringLiteral("han")];
            break;
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
            ++scripts[QStringLiteral("kana")];
            break;
        case QChar::Script_Hangul:
            ++scripts[QStringLiteral("ko")];
            break;
        case QChar::Script_Arabic:
            ++scripts[QStringLiteral("ar")];
            break;
        case QChar::Script_Hebrew:
            ++scripts[QStringLiteral("he")];
            break;
        case QChar::Script_Greek:
            ++scripts[QStringLiteral("el")];
            break;
        case QChar::Script_Latin:
            ++scripts[QStringLiteral("latin")];
            break;
        default:
            break;
        }
    }
    if (letters < 20) {
        return {};
    }
    const auto share = [&](const char16_t *script) { return scripts.value(QString::fromUtf16(script)) * 2 > letters; };
    if (scripts.value(QStringLiteral("kana")) * 10 > letters) {
        return QStringLiteral("ja");
    }
    if (share(u"han")) {
        return QStringLiteral("zh");
    }
    if (share(u"cyrillic")) {
        // Letters Ukrainian has and Russian lacks.
        static const QRegularExpression ukrainian(QStringLiteral("[іїєґІЇЄҐ]"));
        return sample.count(ukrainian) * 200 > scripts.value(QStringLiteral("cyrillic")) ? QStringLiteral("uk")
                                                                                         : QStringLiteral("ru");
    }
    for (const char16_t *code : {u"ko", u"ar", u"he", u"el"}) {
        if (share(code)) {
            return QString::fromUtf16(code);
        }
    }
    if (!share(u"latin")) {
        return {};
    }
    static const QRegularExpression word(QStringLiteral(R"(\b\p{L}+\b)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, int> counts;
    int total = 0;
    for (auto it = word.globalMatch(sample); it.hasNext();) {
        const QString token = it.next().captured(0).toLower();
        ++total;
        for (const auto &[code, words] : functionWords()) {
            if (words.contains(token)) {
                ++counts[code];
            }
        }
    }
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    // Unsure unless function words make up a fair share of the text, as they do in running prose.
    return bestCount * 20 >= total ? best : QString();
}

} // namespace Attache::Import

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quoteextractor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;
using Attache::Analysis::QuoteExtractor;

namespace {

const QStringList kFirst = {u"Anna"_s, u"Tomas"_s, u"Dmitry"_s,  u"Lena"_s,  u"Omar"_s,   u"Priya"_s,  u"Karin"_s,
                            u"Ben"_s,  u"Marta"_s, u"Hiroshi"_s, u"Olena"_s, u"Carlos"_s, u"Fatima"_s, u"Jean"_s};
const QStringList kLast = {u"Weiss"_s,  u"Varga"_s, u"Orlov"_s,  u"Park"_s,    u"Haddad"_s, u"Nair"_s,  u"Holt"_s,
                           u"Okafor"_s, u"Silva"_s, u"Tanaka"_s, u"Marchuk"_s, u"Ruiz"_s,   u"Zahra"_s, u"Dupont"_s};
const QStringList kRoles = {u"Foreign Minister"_s, u"Kremlin spokesman"_s,   u"Defense Secretary"_s,
                            u"senior analyst"_s,   u"opposition lawmaker"_s, u"Deputy Prime Minister"_s};
const QStringList kAppositives
    = {u"a professor of politics at Leiden University"_s, u"the director of the Baltic Security Institute"_s,
       u"a senior fellow at the Atlantic Policy Centre"_s, u"a correspondent for Radio Nord"_s};
const QStringList kCues = {u"said"_s, u"told reporters"_s, u"added"_s, u"argued"_s, u"warned"_s, u"noted"_s};
const QStringList kClauses = {u"the talks have reached a decisive stage"_s,
                              u"nobody in the region wants another winter of war"_s,
                              u"sanctions alone will not change the calculation in the capital"_s,
                              u"we are ready to return to the table at any moment"_s,
                              u"the ceasefire is fragile and any provocation could end it"_s,
                              u"the markets have already priced in a long confrontation"_s};

QString pick(QRandomGenerator &random, const QStringList &list)
{
    return list.at(random.bounded(qsizetype(list.size())));
}

QString capitalised(QString s)
{
    s[0] = s[0].toUpper();
    return s;
}

/** An article-like text mixing every quoting style the engine handles. */
QString makeArticle(QRandomGenerator &random)
{
    QString text;
    const int paragraphs = 12 + random.bounded(12);
    for (int p = 0; p < paragraphs; ++p) {
        const QString first = pick(random, kFirst);
        const QString last = pick(random, kLast);
        const QString clause = pick(random, kClauses);
        switch (random.bounded(9)) {
        case 0:
            text += u"\""_s + capitalised(clause) + u",\" "_s + pick(random, kRoles) + u' ' + first + u' ' + last + u' '
                + pick(random, kCues) + u"."_s;
            break;
        case 1:
            text += u"\u201C"_s + capitalised(clause) + u",\u201D said "_s + first + u' ' + last + u", "_s
                + pick(random, kAppositives) + u"."_s;
            break;
        case 2:
            text += last + u" said that \""_s + clause + u".\" He added: \""_s + capitalised(pick(random, kClauses))
                + u".\""_s;
            break;
        case 3:
            text += u"\""_s + capitalised(clause) + u",\" he said. \""_s + capitalised(pick(random, kClauses))
                + u".\""_s;
            break;
        case 4:
            text += first.toUpper() + u' ' + last.toUpper() + u": "_s + capitalised(clause) + u'.';
            break;
        case 5:
            text += u"Officials described the plan as \"unworkable\" while the so-called \"Peace Framework\" "_s
                    u"stalled; "_s
                + clause + u'.';
            break;
        case 6:
            text += first + u' ' + last + u" noted that "_s + clause + u", according to the transcript."_s;
            break;
        case 7:
            text += u"\""_s + capitalised(clause) + u",\" a senior Western diplomat "_s + pick(random, kCues) + u"."_s;
            break;
        default:
            text += u"Delegations from both capitals met on Tuesday and "_s + clause
                + u". The meeting lasted several hours and ended without a joint statement."_s;
            break;
        }
        text += u"\n\n"_s;
    }
    return text;
}

double seconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

void report(QTextStream &out, const QString &label, const QString &text)
{
    volatile qsizetype sink = 0;
    const double s = seconds([&] { sink = sink + QuoteExtractor::analyze(text).quotes.size(); });
    const double mb = double(text.toUtf8().size()) / 1e6;
    out << label << ": " << QString::number(mb, 'f', 1) << " MB in " << QString::number(s, 'f', 3) << " s ("
        << QString::number(mb / s, 'f', 1) << " MB/s)\n";
}

QString repeatTo(const QString &unit, qsizetype size)
{
    QString text;
    text.reserve(size + unit.size());
    while (text.size() < size) {
        text += unit;
    }
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QTextStream out(stdout);
    QRandomGenerator random(20260404);
    QStringList corpus;
    qsizetype bytes = 0;
    for (int i = 0; i < 1500; ++i) {
        corpus.append(makeArticle(random));
        bytes += corpus.back().toUtf8().size();
    }
    qsizetype quotes = 0;
    const double s = seconds([&] {
        for (const QString &article : std::as_const(corpus)) {
            quotes += QuoteExtractor::analyze(article).quotes.size();
        }
    });
    out << "corpus: " << corpus.size() << " articles, " << QString::number(bytes / 1e6, 'f', 1) << " MB, " << quotes
        << " statements in " << QString::number(s, 'f', 3) << " s = " << QString::number(bytes / 1e6 / s, 'f', 1)
        << " MB/s\n";

    const qsizetype tenMb = 10 * 1000 * 1000;
    report(out, u"1 MB without a full stop"_s, repeatTo(u"and the talks went on, "_s, tenMb / 10));
    report(out, u"10 MB without a full stop"_s, repeatTo(u"and the talks went on, "_s, tenMb));
    report(out, u"10,000 quote marks in one paragraph"_s, repeatTo(u"\" word "_s, 10000 * 7));
    report(out, u"10 MB of quote marks, one paragraph"_s, repeatTo(u"a \" b \u201C c \u201D "_s, tenMb));
    report(out, u"10 MB of unbalanced marks and names"_s, repeatTo(u"\"Maria Holm said \"Peter Kraus told "_s, tenMb));
    report(out, u"1 MB without quotes"_s, repeatTo(u"The delegation met officials in the capital. "_s, tenMb / 10));
    report(out, u"10 MB without quotes"_s, repeatTo(u"The delegation met officials in the capital. "_s, tenMb));
    report(out, u"10 MB one corpus article repeated"_s, repeatTo(corpus.constFirst(), tenMb));
    // A realistic article: the repository's own sample, or the one named on the command line.
    QFile seed(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(ATTACHE_SAMPLE_ARTICLE));
    if (seed.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(seed.readAll());
        QStringList copies;
        for (int i = 0; i < 1000; ++i) {
            copies.append(text);
        }
        const double t = seconds([&] {
            for (const QString &copy : std::as_const(copies)) {
                QuoteExtractor::analyze(copy);
            }
        });
        const double mb = double(text.toUtf8().size()) * 1000 / 1e6;
        out << "sample article x1000 (separate texts): " << QString::number(mb, 'f', 1) << " MB in "
            << QString::number(t, 'f', 3) << " s (" << QString::number(mb / t, 'f', 1) << " MB/s)\n";
    }
    return 0;
}

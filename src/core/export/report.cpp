// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Attache::Export {

PageSize pageSizeForLocale(const QLocale &locale)
{
    // CLDR supplemental data, paperSize "US-Letter".
    static constexpr std::array kLetterTerritories = {
        QLocale::Belize,      QLocale::Canada,     QLocale::Chile,        QLocale::Colombia,  QLocale::CostaRica,
        QLocale::ElSalvador,  QLocale::Guatemala,  QLocale::Mexico,       QLocale::Nicaragua, QLocale::Panama,
        QLocale::Philippines, QLocale::PuertoRico, QLocale::UnitedStates, QLocale::Venezuela,
    };
    if (locale.language() == QLocale::C) {
        return PageSize::A4;
    }
    if (locale.measurementSystem() == QLocale::ImperialUSSystem
        || std::ranges::find(kLetterTerritories, locale.territory()) != kLetterTerritories.end()) {
        return PageSize::Letter;
    }
    return PageSize::A4;
}

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Attache::Export::Report", text, disambiguation, n);
}

} // namespace

QString ReportQuote::attribution() const
{
    if (speaker.isEmpty()) {
        return QCoreApplication::translate("Attache::Export::ReportQuote", "no speaker found");
    }
    if (needsReview) {
        return QCoreApplication::translate("Attache::Export::ReportQuote", "speaker uncertain (suggested: %1)")
            .arg(speaker);
    }
    return speaker;
}

QList<QuoteGroup> Report::quoteGroups(QuoteGrouping grouping) const
{
    QList<QuoteGroup> groups;
    if (grouping == QuoteGrouping::BySpeaker) {
        for (int person = -1; person < people.size(); ++person) {
            QuoteGroup group;
            group.person = person;
            for (const ReportQuote &quote : quotes) {
                if (quote.person == person) {
                    group.quotes.append(&quote);
                }
            }
            if (!group.quotes.isEmpty()) {
                groups.append(group);
            }
        }
        return groups;
    }
    for (const Article &candidate : articles) {
        QuoteGroup group;
        group.article = &candidate;
        for (const ReportQuote &quote : quotes) {
            if (quote.articleId == candidate.id) {
                group.quotes.append(&quote);
            }
        }
        if (!group.quotes.isEmpty()) {
            groups.append(group);
        }
    }
    return groups;
}

QString Report::countsText() const
{
    return tr("%1, %2, %3", "counts of articles, quotes and annotations")
        .arg(tr("%Ln article(s)", nullptr, int(articles.size())), tr("%Ln quote(s)", nullptr, int(quotes.size())),
             tr("%Ln annotation(s)", nullptr, int(annotations.size())));
}

QString Report::generatedText() const
{
    const QLocale locale;
    const QDateTime local = generatedAt.toLocalTime();
    return tr("%1, %2", "date, time")
        .arg(locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), QLocale::ShortFormat));
}

QString Report::overviewText() const
{
    const QLocale locale;
    QStringList outlets;
    QDate first;
    QDate last;
    for (const Article &article : articles) {
        if (!article.outlet.isEmpty() && !outlets.contains(article.outlet)) {
            outlets.append(article.outlet);
        }
        if (article.published.isValid()) {
            first = first.isValid() ? std::min(first, article.published) : article.published;
            last = last.isValid() ? std::max(last, article.published) : article.published;
        }
    }
    QString text = tr("%Ln article(s)", nullptr, int(articles.size()));
    if (!outlets.isEmpty()) {
        text = tr("%1 from %2").arg(text, tr("%Ln outlet(s)", nullptr, int(outlets.size())));
    }
    if (first.isValid() && first == last) {
        text = tr("%1, published %2").arg(text, locale.toString(first, QLocale::LongFormat));
    } else if (first.isValid()) {
        text = tr("%1, published %2 to %3")
                   .arg(text, locale.toString(first, QLocale::LongFormat), locale.toString(last, QLocale::LongFormat));
    }
    return tr("%1.", "end of the overview sentence").arg(text);
}

QString Report::dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QList<AnnotationGroup> Report::annotationGroups() const
{
    QList<AnnotationGroup> groups;
    for (const Article &candidate : articles) {
        AnnotationGroup group;
        group.article = &candidate;
        for (const ReportAnnotation &annotation : annotations) {
            if (annotation.articleId == candidate.id) {
                group.annotations.append(&annotation);
            }
        }
        if (!group.annotations.isEmpty()) {
            groups.append(group);
        }
    }
    return groups;
}

} // namespace Attache::Export

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <QCoreApplication>

namespace Attache::Export {

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

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace Attache::Export {

/** How the quotes section is ordered. */
enum class QuoteGrouping { BySpeaker, ByArticle };

/** The paper size of paged formats (PDF). */
enum class PageSize { A4, Letter };

/**
 * The paper used where locale is: Letter in the territories that use it (CLDR's list: the United
 * States, Canada, Mexico, the Philippines and most of Central America, Chile, Colombia and
 * Venezuela) and wherever the measurement system is US imperial, A4 everywhere else and for the C
 * locale. The GUI and the CLI both ask with QLocale::system(), so they agree.
 */
PageSize pageSizeForLocale(const QLocale &locale);

/** What a report shows and how; every section is on by default. */
struct ReportOptions
{
    QString title;
    bool overview = true;
    bool chart = true;
    bool people = true;
    bool quotes = true;
    bool annotations = true;
    bool tagIndex = true;
    QuoteGrouping grouping = QuoteGrouping::BySpeaker;
    PageSize pageSize = PageSize::A4;
};

/**
 * Which articles go into a report. Criteria of different kinds must all hold; several values of one
 * kind are alternatives. Empty criteria select every article.
 */
struct ReportSelection
{
    QList<qint64> articleIds;
    /** Tag names (case-insensitive); an article qualifies through an annotation with the tag or a sub-tag. */
    QStringList tags;
    /** Part of a speaker's name or alias (case-insensitive). Also limits the quotes to those speakers. */
    QStringList speakers;
    /** Speaker kinds ("official", "expert"...). Also limits the quotes to speakers of those kinds. */
    QStringList speakerKinds;
    /** Outlet names (case-insensitive, exact). */
    QStringList outlets;
    /** Inclusive publication date range; a null date leaves that end open. */
    QDate from;
    QDate to;
};

/** One statement in a report. Offsets are given both in UTF-16 units and in Unicode code points. */
struct ReportQuote
{
    qint64 articleId = 0;
    /** Index into Report::people, or -1 when the engine found no speaker. */
    int person = -1;
    QString speaker;
    QString speakerKind;
    QString speakerRole;
    QString text;
    QString kind;
    QString cue;
    double confidence = 0.0;
    bool needsReview = false;
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype codePointStart = 0;
    qsizetype codePointEnd = 0;
    /** Some words of the text on each side of the quote, cut at word boundaries. */
    QString contextBefore;
    QString contextAfter;

    /**
     * Who said it, as a report shows it: the speaker; "speaker uncertain (suggested: X)" when the
     * attribution is below the review threshold, so that a weak guess is never cited as a fact; or
     * "no speaker found".
     */
    QString attribution() const;
};

/** A highlight or note with the passage it marks (none for a note on a whole article). */
struct ReportAnnotation
{
    qint64 id = 0;
    qint64 articleId = 0;
    bool hasPassage = false;
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype codePointStart = 0;
    qsizetype codePointEnd = 0;
    QString exact;
    QString prefix;
    QString suffix;
    QString note;
    QString color;
    /** Full tag paths ("Parent/Child"). */
    QStringList tags;
    QList<qint64> tagIds;
    QDateTime createdAt;
    QDateTime modifiedAt;
};

/** A speaker over all the selected articles, merged by name. */
struct ReportPerson
{
    QString name;
    QStringList aliases;
    QString kind;
    /** Role and institution as the text gives them. */
    QString role;
    int quoteCount = 0;
    QList<qint64> articleIds;
};

/** A tag with where it is used in the report. */
struct ReportTag
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    /** "Parent/Child", unique in a project. */
    QString path;
    QString color;
    QString description;
    int depth = 0;
    QList<qint64> annotationIds;
};

/** The quotes of one speaker or of one article, as a report's quotes section lists them. */
struct QuoteGroup
{
    /** Grouped by speaker: index into Report::people, or -1 for the quotes without a speaker. */
    int person = -1;
    /** Grouped by article: the article; nullptr when grouped by speaker. */
    const Article *article = nullptr;
    QList<const ReportQuote *> quotes;
};

/** The highlights and notes on one article. */
struct AnnotationGroup
{
    const Article *article = nullptr;
    QList<const ReportAnnotation *> annotations;
};

/** Everything a report writer needs, collected once from a project by ReportBuilder. */
struct Report
{
    QString title;
    QString projectName;
    QDateTime generatedAt;
    /** Selected articles in date order; rawText is left empty. */
    QList<Article> articles;
    /** By quote count, most quoted first. */
    QList<ReportPerson> people;
    /** By article, then in text order. */
    QList<ReportQuote> quotes;
    /** By article, then as AnnotationStore orders them. */
    QList<ReportAnnotation> annotations;
    /** Parents before children, as TagStore orders them. */
    QList<ReportTag> tags;

    /**
     * The quotes section in the order every writer lists it: by speaker, the quotes without a speaker
     * first, then each person's; by article, article by article. Groups without quotes are left out.
     * The pointers are into this report and live as long as it is unchanged.
     */
    QList<QuoteGroup> quoteGroups(QuoteGrouping grouping) const;
    /** The annotations article by article; articles without any are left out. Pointers as above. */
    QList<AnnotationGroup> annotationGroups() const;

    // The texts below follow the default locale, QLocale(), which the GUI sets to the interface
    // language and the CLI leaves at the system's.
    /** "2 articles, 5 quotes, 1 annotation". */
    QString countsText() const;
    /** When the report was made, as a long local date and a short time ("7 December 2026, 06:22"). */
    QString generatedText() const;
    /** "2 articles from 1 outlet, published 3 December 2026 to 5 December 2026." as far as the articles say. */
    QString overviewText() const;
    /** A publication date as tables show it, in the locale's short form; empty for a null date. */
    static QString dateText(const QDate &date);

    /** The selected article with id, or nullptr. */
    const Article *article(qint64 id) const
    {
        for (const Article &candidate : articles) {
            if (candidate.id == id) {
                return &candidate;
            }
        }
        return nullptr;
    }
};

} // namespace Attache::Export

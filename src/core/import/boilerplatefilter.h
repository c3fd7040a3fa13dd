// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QDate>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

namespace Attache::Import {

/**
 * Separates an article's reading text from the page furniture around it, line by line, with
 * rules about the *shape* of a line rather than any outlet's wording: photo keyword lines, photo
 * captions and credits, bylines, datelines, promotion and subscription blocks, share and
 * newsletter prompts, advertisement markers. Every line it keeps out becomes an ExcludedRange of
 * the raw text with its reason; nothing is deleted. Shared by all importers; stateless.
 */
class BoilerplateFilter
{
public:
    /** The reasons an ExcludedRange can carry (stable strings: the CLI and the project file show them). */
    struct Reason
    {
        static constexpr QLatin1StringView Title {"title"};
        static constexpr QLatin1StringView PhotoKeywords {"photo keywords"};
        static constexpr QLatin1StringView Caption {"caption"};
        static constexpr QLatin1StringView Credit {"credit"};
        static constexpr QLatin1StringView Byline {"byline"};
        static constexpr QLatin1StringView Metadata {"metadata"};
        static constexpr QLatin1StringView Promotion {"promotion"};
        static constexpr QLatin1StringView Advertisement {"advertisement"};
        static constexpr QLatin1StringView Navigation {"navigation"};
        static constexpr QLatin1StringView Boilerplate {"boilerplate"};
        static constexpr QLatin1StringView HeaderFooter {"header/footer"};
    };

    struct Options
    {
        /** The title when the source states it (HTML metadata); else the first body-looking line is the title. */
        QString knownTitle;
        /** Ranges of the raw text a structural importer already knows are not body text (navigation, ...). */
        QList<ExcludedRange> preExcluded;
        /** Join "inter-\nnational" across line breaks (PDF text); plain text keeps hyphens as they are. */
        bool dehyphenate = false;
        /** Every line break inside a block is a wrap (PDF); paragraphs split by excluded lines are rejoined. */
        bool unwrapLines = false;
        /** Merge neighbouring excluded blocks with the same reason into one range (HTML menus, PDF footers). */
        bool mergeAcrossBlocks = false;
    };

    struct Result
    {
        QString title;
        /** Body paragraphs joined by "\n\n"; hard-wrapped lines are rejoined. */
        QString cleanText;
        /** Sorted, non-overlapping ranges of the raw text that are not in cleanText, each with its reason. */
        QList<ExcludedRange> excluded;
        QStringList authors; ///< from a byline, if one was found
        QDate published; ///< from a dateline, if one was found
    };

    /** Splits rawText (line endings already "\n") into body and furniture. */
    static Result clean(const QString &rawText, const Options &options);
    static Result clean(const QString &rawText) { return clean(rawText, Options()); }

    /** The reason a single line, out of context, is not body text; empty when it may be body text. */
    static QString lineReason(const QString &line);
};

} // namespace Attache::Import

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/speakerkind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Attache::Analysis {

/** How a statement appears in the text. */
enum class QuoteKind { Direct, Partial, Transcript, Indirect };

/** One source the article quotes: a person, an institution or an unnamed source. */
struct Speaker
{
    /** Canonical name: the fullest form seen, without titles ("Artyom Lukin", "Chinese Foreign Ministry"). */
    QString name;
    /** Other forms of the name met in the text ("Lukin", "Dr Terry"). */
    QStringList aliases;
    /** Role and institution from appositives and titles; empty when the text gives none. */
    QString role;
    SpeakerKind kind = SpeakerKind::Other;
    /** Statements attributed to this speaker, indirect ones included. */
    int quoteCount = 0;
};

/** One statement. Offsets are UTF-16 indexes (QString) into the analysed text; end is exclusive. */
struct Quote
{
    qsizetype start = 0;
    qsizetype end = 0;
    /** The words without the surrounding quote marks: text.mid(start, end - start). */
    QString text;
    /** Index into AnalysisResult::speakers, or -1 when no speaker was found. */
    int speaker = -1;
    /** The attribution cue as written ("said", "according to", "he added"); empty without a speaker. */
    QString cue;
    QuoteKind kind = QuoteKind::Direct;
    /** Confidence of the attribution in [0, 1]. */
    double confidence = 0.0;
    /** Set when the attribution is weak enough that a person should review it. */
    bool needsReview = false;
};

/** A quoted span that is not a statement: a scare quote, a title, a nickname. */
struct QuotedTerm
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
};

/** Everything the engine found in one text. Quotes are in text order. */
struct AnalysisResult
{
    QList<Speaker> speakers;
    QList<Quote> quotes;
    QList<QuotedTerm> quotedTerms;

    /** "direct", "partial", "transcript" or "indirect". */
    static QString kindName(QuoteKind kind);
};

} // namespace Attache::Analysis

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Attache {

/** A span of an article's raw text that is kept out of the reading text, with why. */
struct ExcludedRange
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString reason;

    friend bool operator==(const ExcludedRange &, const ExcludedRange &) = default;
};

/** An imported article: where it came from, its metadata, and its raw and cleaned text. */
struct Article
{
    enum class SourceKind { Text, Html, Markdown, Pdf, Url, Other };

    qint64 id = 0;
    SourceKind sourceKind = SourceKind::Text;
    QString sourcePath;
    QString url;
    QString title;
    QString outlet;
    QStringList authors;
    QDate published;
    QString language;
    QString rawText;
    QString cleanText;
    QList<ExcludedRange> excluded;
    QDateTime importedAt;
    QDateTime modifiedAt;

    /** SHA-256 of the cleaned text in hex: two imports with the same reading text are duplicates. */
    QString contentHash() const;

    static QString sourceKindName(SourceKind kind);
    static SourceKind sourceKindFromName(const QString &name);
};

/** What the article list shows, without the article's text. */
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString outlet;
    QDate published;
    QDateTime importedAt;
    int quoteCount = 0;
    int noteCount = 0;
};

} // namespace Attache

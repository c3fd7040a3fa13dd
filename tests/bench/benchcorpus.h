// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Attache::Test {

/**
 * Article-like Markdown for benchmarks, generated from a seed: many outlets, dates over several
 * years, 8–40 paragraphs of 2–15 KB, a register of thousands of people with roles and institutions,
 * direct quotes with different cue verbs before and after, partial quotes, reported speech,
 * unnamed sources and plain narrative. Article i depends only on the seed and i, so a project of
 * any size is a prefix of a bigger one.
 */
class BenchCorpus
{
public:
    struct Person
    {
        QString name;
        QString role;
        QString institution;
        QString country;
    };

    struct Query
    {
        QString text;
        SearchFilter filter;
    };

    /** A register of people (fewer when the generator runs out of distinct surnames). */
    explicit BenchCorpus(quint32 seed, int people = 6000);

    /** Article index as a Markdown file with front matter (title, outlet, date, author). */
    QByteArray article(int index) const;
    /** Writes articles 0..count-1 into folder as NNNNN.md; returns their paths, or an empty list on failure. */
    QStringList writeArticles(const QString &folder, int count) const;
    /** count searches: words, phrases, prefixes, boolean queries, some filtered by speaker or tag. */
    QList<Query> queries(int count, const QStringList &tags) const;

    const QList<Person> &people() const { return m_people; }

private:
    QList<Person> m_people;
    quint32 m_seed;
};

} // namespace Attache::Test

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Attache {
class ArticleStore;
class PeopleStore;
} // namespace Attache

namespace Attache::Analysis {

/**
 * Analyses every article as it enters a project and stores who said what in the people register,
 * so that counts, the register and search are complete whichever way the article came in (GUI,
 * CLI, batch). The analysis is written in the article's own transaction, so views see the quotes
 * when they hear of the article, and an import pays one commit per article, not two.
 */
class AutoAnalysis final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoAnalysis)

public:
    AutoAnalysis(ArticleStore *articles, PeopleStore *people, QObject *parent = nullptr);

    /** The last failure to store an analysis (the article itself is kept; reanalyze repairs it). */
    QString lastError() const { return m_lastError; }

private:
    void analyze(qint64 articleId);

    ArticleStore *m_articles;
    PeopleStore *m_people;
    QString m_lastError;
};

} // namespace Attache::Analysis

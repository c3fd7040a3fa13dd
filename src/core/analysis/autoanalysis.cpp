// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoanalysis.h"

#include "analysis/quoteextractor.h"
#include "articlestore.h"
#include "peoplestore.h"

#include <QLoggingCategory>

namespace Attache::Analysis {

namespace {
Q_LOGGING_CATEGORY(lcAnalysis, "attache.analysis")
}

AutoAnalysis::AutoAnalysis(ArticleStore *articles, PeopleStore *people, QObject *parent)
    : QObject(parent)
    , m_articles(articles)
    , m_people(people)
{
    connect(articles, &ArticleStore::articleInserted, this, &AutoAnalysis::analyze);
}

void AutoAnalysis::analyze(qint64 articleId)
{
    const std::optional<Article> article = m_articles->article(articleId);
    if (!article) {
        return;
    }
    if (!m_people->saveAnalysisInTransaction(articleId, QuoteExtractor::analyze(article->cleanText), &m_lastError)) {
        qCWarning(lcAnalysis) << "could not store the analysis of article" << articleId << ":" << m_lastError;
    }
}

} // namespace Attache::Analysis

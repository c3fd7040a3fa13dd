// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"
#include "tempproject.h"
#include "testclock.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>

using namespace Attache;

class TestArticleStore : public QObject
{
    Q_OBJECT

private:
    static Article makeArticle(const QString &title, const QString &body)
    {
        Article article;
        article.sourceKind = Article::SourceKind::Html;
        article.sourcePath = QStringLiteral("/tmp/") + title + QStringLiteral(".html");
        article.url = QStringLiteral("https://example.org/") + title;
        article.title = title;
        article.outlet = QStringLiteral("The Example Times");
        article.authors = {QStringLiteral("Ana Ruiz"), QStringLiteral("Li Wei")};
        article.published = QDate(2022, 2, 3);
        article.language = QStringLiteral("en");
        article.rawText = title + QStringLiteral("\n\n") + body;
        article.cleanText = body;
        return article;
    }

private Q_SLOTS:
    void addStoresEveryFieldAndSignals()
    {
        const Test::TestClock clock(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC));
        Test::TempProject project;
        QVERIFY(project.isValid());
        ArticleStore *store = project->articles();
        QSignalSpy added(store, &ArticleStore::articleAdded);

        const Article article
            = makeArticle(QStringLiteral("Summit"), QStringLiteral("Leaders met. “We agreed,” one said."));
        const ArticleStore::AddResult result = store->add(article);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.id > 0);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.constFirst().constFirst().toLongLong(), result.id);

        const std::optional<Article> stored = store->article(result.id);
        QVERIFY(stored);
        QCOMPARE(stored->sourceKind, Article::SourceKind::Html);
        QCOMPARE(stored->sourcePath, article.sourcePath);
        QCOMPARE(stored->url, article.url);
        QCOMPARE(stored->outlet, article.outlet);
        QCOMPARE(stored->authors, article.authors);
        QCOMPARE(stored->published, article.published);
        QCOMPARE(stored->language, article.language);
        QCOMPARE(stored->rawText, article.rawText);
        QCOMPARE(stored->cleanText, article.cleanText);
        QCOMPARE(stored->importedAt, clock.now());
    }

    void duplicateIsReportedNotStored()
    {
        Test::TempProject project;
        ArticleStore *store = project->articles();
        const qint64 first = store->add(makeArticle(QStringLiteral("One"), QStringLiteral("Same body."))).id;
        QSignalSpy added(store, &ArticleStore::articleAdded);
        const ArticleStore::AddResult again
            = store->add(makeArticle(QStringLiteral("Two"), QStringLiteral("Same body.")));
        QCOMPARE(again.id, 0);
        QCOMPARE(again.duplicateOf, first);
        QCOMPARE(added.size(), 0);
        QCOMPARE(store->count(), 1);
    }

    void summariesListInInsertionOrder()
    {
        Test::TempProject project;
        ArticleStore *store = project->articles();
        store->add(makeArticle(QStringLiteral("Alpha"), QStringLiteral("a")));
        store->add(makeArticle(QStringLiteral("Beta"), QStringLiteral("b")));
        const QList<ArticleSummary> summaries = store->summaries();
        QCOMPARE(summaries.size(), 2);
        QCOMPARE(summaries.at(0).title, QStringLiteral("Alpha"));
        QCOMPARE(summaries.at(1).title, QStringLiteral("Beta"));
        QCOMPARE(summaries.at(1).outlet, QStringLiteral("The Example Times"));
        QCOMPARE(store->summary(summaries.at(1).id)->title, QStringLiteral("Beta"));
        QVERIFY(!store->summary(9999));
    }

    void removeSignalsAroundTheDeletion()
    {
        Test::TempProject project;
        ArticleStore *store = project->articles();
        const qint64 id = store->add(makeArticle(QStringLiteral("Gone"), QStringLiteral("soon"))).id;
        QSignalSpy aboutToBeRemoved(store, &ArticleStore::articleAboutToBeRemoved);
        QSignalSpy removed(store, &ArticleStore::articleRemoved);
        QString error;
        QVERIFY(store->remove(id, &error));
        QCOMPARE(aboutToBeRemoved.size(), 1);
        QCOMPARE(removed.size(), 1);
        QVERIFY(!store->article(id));
        QVERIFY(!store->remove(id, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(removed.size(), 1);
    }

    void metadataCanBeEdited()
    {
        Test::TempProject project;
        ArticleStore *store = project->articles();
        Article article = makeArticle(QStringLiteral("Draft title"), QStringLiteral("Body stays."));
        article.id = store->add(article).id;
        QSignalSpy changed(store, &ArticleStore::articleChanged);
        article.title = QStringLiteral("Final title");
        article.outlet.clear();
        article.authors = {QStringLiteral("Ana Ruiz")};
        article.published = QDate(2023, 5, 6);
        article.cleanText = QStringLiteral("ignored: text is not metadata");
        QString error;
        QVERIFY2(store->updateMetadata(article, &error), qPrintable(error));
        QCOMPARE(changed.size(), 1);
        const Article stored = *store->article(article.id);
        QCOMPARE(stored.title, QStringLiteral("Final title"));
        QVERIFY(stored.outlet.isEmpty());
        QCOMPARE(stored.authors, QStringList {QStringLiteral("Ana Ruiz")});
        QCOMPARE(stored.published, QDate(2023, 5, 6));
        QCOMPARE(stored.cleanText, QStringLiteral("Body stays."));
        article.id = 999;
        QVERIFY(!store->updateMetadata(article, &error));
    }

    void articlesAreAnalysedOnArrival()
    {
        Test::TempProject project;
        ArticleStore *store = project->articles();
        Article article = makeArticle(QStringLiteral("Envoy speaks"),
                                      QStringLiteral("\"We will not retreat,\" said Defence Minister Ola Berg."));
        QSignalSpy added(store, &ArticleStore::articleAdded);
        qint64 quotesSeenBySignal = -1;
        // A view that asks for the summary when it hears of the article already sees its quotes.
        connect(store, &ArticleStore::articleAdded, this,
                [store, &quotesSeenBySignal](qint64 id) { quotesSeenBySignal = store->summary(id)->quoteCount; });
        const qint64 id = store->add(article).id;
        QVERIFY(id > 0);
        QCOMPARE(quotesSeenBySignal, 1);
        QCOMPARE(project->counts().quotes, 1);
        QCOMPARE(project->counts().people, 1);
    }

    void analysisIsWrittenInTheArticlesTransaction()
    {
        Test::TempProject project;
        ArticleStore *store = project->articles();
        QStringList order;
        int quotesWhileOpen = -1;
        bool transactionOpen = false;
        connect(store, &ArticleStore::articleInserted, this, [&](qint64) { order.append(QStringLiteral("inserted")); });
        // Connected after the project's own analysis, so it runs once the analysis is written.
        connect(store, &ArticleStore::articleInserted, this, [&](qint64 id) {
            quotesWhileOpen = store->summary(id)->quoteCount;
            QSqlDatabase db = project->database();
            transactionOpen = !db.transaction();
        });
        connect(store, &ArticleStore::articleAdded, this, [&](qint64) { order.append(QStringLiteral("added")); });
        const qint64 id = store
                              ->add(makeArticle(QStringLiteral("Envoy speaks"),
                                                QStringLiteral("\"We will not retreat,\" said Minister Ola Berg.")))
                              .id;
        QVERIFY(id > 0);
        QCOMPARE(order, (QStringList {QStringLiteral("inserted"), QStringLiteral("added")}));
        QCOMPARE(quotesWhileOpen, 1);
        QVERIFY(transactionOpen);
        QCOMPARE(project->counts().quotes, 1);
    }

    void failedWriteLeavesNothingBehind()
    {
        Test::TempProject project;
        ArticleStore *store = project->articles();
        Article article = makeArticle(QStringLiteral("Bad range"), QStringLiteral("text"));
        article.excluded = {{5, 1, QStringLiteral("end before start")}};
        const ArticleStore::AddResult result = store->add(article);
        QCOMPARE(result.id, 0);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(store->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestArticleStore)
#include "tst_articlestore.moc"

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlelistmodel.h"
#include "articlestore.h"
#include "tempproject.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Attache;
using Attache::Gui::ArticleListModel;

class TestArticleListModel : public QObject
{
    Q_OBJECT

private:
    static qint64 addArticle(ArticleStore *store, const QString &title, const QString &outlet,
                             const QDate &published = {})
    {
        Article article;
        article.title = title;
        article.outlet = outlet;
        article.published = published;
        article.rawText = article.cleanText = title + QStringLiteral(" body");
        return store->add(article).id;
    }

    /** "Article 000" … : more than two pages, sorted by title in the order they were added. */
    static QList<qint64> addNumbered(ArticleStore *store, int count)
    {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            ids.append(addArticle(store, QStringLiteral("Article %1").arg(i, 3, 10, QLatin1Char('0')),
                                  i % 2 ? QStringLiteral("Odd Times") : QStringLiteral("Even Post")));
        }
        return ids;
    }

    /** A model tester watching model for its whole life. */
    static std::unique_ptr<QAbstractItemModelTester> checked(ArticleListModel *model)
    {
        auto tester
            = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester would fetch inside the model's reset signal, before it notes the reset as done.
        tester->setUseFetchMore(false);
        return tester;
    }

    static QStringList titles(const ArticleListModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row) {
            result.append(model.index(row, ArticleListModel::Title).data().toString());
        }
        return result;
    }

private Q_SLOTS:
    void followsTheStore()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        ArticleStore *store = project->articles();
        addArticle(store, QStringLiteral("Zeta talks"), QStringLiteral("Outlet B"));

        ArticleListModel model;
        const auto tester = checked(&model);
        model.setStore(store);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const qint64 id = addArticle(store, QStringLiteral("Alpha summit"), QStringLiteral("Outlet A"));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        // Sorted by title: the new article goes where it belongs, not at the end.
        QCOMPARE(model.rowOf(id), 0);
        const QModelIndex title = model.index(model.rowOf(id), ArticleListModel::Title);
        QCOMPARE(title.data().toString(), QStringLiteral("Alpha summit"));
        QCOMPARE(title.data(ArticleListModel::ArticleIdRole).toLongLong(), id);
        QCOMPARE(model.index(model.rowOf(id), ArticleListModel::Outlet).data().toString(), QStringLiteral("Outlet A"));
        QCOMPARE(model.index(model.rowOf(id), ArticleListModel::Quotes).data().toInt(), 0);

        QString error;
        Article edited = *store->article(id);
        edited.title = QStringLiteral("Alpha summit, updated");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(store->updateMetadata(edited, &error));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(model.rowOf(id), ArticleListModel::Title).data().toString(),
                 QStringLiteral("Alpha summit, updated"));

        // A new title that sorts elsewhere moves the row (keeping a view's selection on it).
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        edited.title = QStringLiteral("Zz last");
        QVERIFY(store->updateMetadata(edited, &error));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.rowOf(id), 1);
        QCOMPARE(titles(model), QStringList({QStringLiteral("Zeta talks"), QStringLiteral("Zz last")}));

        QVERIFY(store->remove(id, &error));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(id), -1);

        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.headerData(ArticleListModel::Published, Qt::Horizontal).toString(), QStringLiteral("Published"));
    }

    void sortsInSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("title, any case") << int(ArticleListModel::Title) << Qt::AscendingOrder
                                         << QStringList {QStringLiteral("Alpha"), QStringLiteral("beta"),
                                                         QStringLiteral("Gamma")};
        QTest::newRow("title, descending")
            << int(ArticleListModel::Title) << Qt::DescendingOrder
            << QStringList {QStringLiteral("Gamma"), QStringLiteral("beta"), QStringLiteral("Alpha")};
        QTest::newRow("outlet") << int(ArticleListModel::Outlet) << Qt::AscendingOrder
                                << QStringList {QStringLiteral("Gamma"), QStringLiteral("Alpha"),
                                                QStringLiteral("beta")};
        QTest::newRow("published, newest first")
            << int(ArticleListModel::Published) << Qt::DescendingOrder
            << QStringList {QStringLiteral("beta"), QStringLiteral("Gamma"), QStringLiteral("Alpha")};
    }

    void sortsInSql()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        Test::TempProject project;
        ArticleStore *store = project->articles();
        addArticle(store, QStringLiteral("beta"), QStringLiteral("the Times"), QDate(2024, 5, 1));
        addArticle(store, QStringLiteral("Alpha"), QStringLiteral("Monde"), QDate(2019, 1, 2));
        addArticle(store, QStringLiteral("Gamma"), QStringLiteral("herald"), QDate(2021, 7, 3));
        ArticleListModel model;
        const auto tester = checked(&model);
        model.setStore(store);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(column, order);
        QCOMPARE(titles(model), expected);
        QCOMPARE(reset.size(), column == ArticleListModel::Title && order == Qt::AscendingOrder ? 0 : 1);
    }

    void fetchesAPageAtATime()
    {
        Test::TempProject project;
        ArticleStore *store = project->articles();
        const QList<qint64> ids = addNumbered(store, 450);
        ArticleListModel model;
        const auto tester = checked(&model);
        model.setStore(store);
        QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);
        QCOMPARE(model.totalCount(), 450);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ArticleListModel::kPageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        const QStringList all = titles(model);
        for (int row = 0; row < all.size(); ++row) {
            QCOMPARE(all.at(row), QStringLiteral("Article %1").arg(row, 3, 10, QLatin1Char('0')));
        }
        QCOMPARE(model.index(449, 0).data(ArticleListModel::ArticleIdRole).toLongLong(), ids.constLast());

        // Sorting reads from the top again, in the new order.
        model.sort(ArticleListModel::Title, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Article 449"));
    }

    void findsRowsBeyondTheFirstPage()
    {
        Test::TempProject project;
        ArticleStore *store = project->articles();
        const QList<qint64> ids = addNumbered(store, 450);
        ArticleListModel model;
        const auto tester = checked(&model);
        model.setStore(store);
        QCOMPARE(model.rowOf(ids.at(300)), -1);
        QCOMPARE(model.loadRowOf(ids.at(300)), 300);
        QCOMPARE(model.rowOf(ids.at(300)), 300);
        // Read up to the end of that article's page, in one go.
        QCOMPARE(model.rowCount(), 2 * ArticleListModel::kPageSize);
        model.setFilter(QStringLiteral("Odd"));
        QCOMPARE(model.loadRowOf(ids.at(300)), -1);
        QCOMPARE(model.loadRowOf(ids.at(301)), 150);
        QCOMPARE(model.loadRowOf(0), -1);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << QString()
                              << QStringList {QStringLiteral("100% sure"), QStringLiteral("Alpha summit"),
                                              QStringLiteral("Zeta talks")};
        QTest::newRow("title, any case") << QStringLiteral("SUMMIT") << QStringList {QStringLiteral("Alpha summit")};
        QTest::newRow("outlet") << QStringLiteral("herald") << QStringList {QStringLiteral("Zeta talks")};
        QTest::newRow("date") << QStringLiteral("2019-03") << QStringList {QStringLiteral("Alpha summit")};
        QTest::newRow("wildcards are text") << QStringLiteral("0%") << QStringList {QStringLiteral("100% sure")};
        QTest::newRow("underscore is text") << QStringLiteral("a_") << QStringList {};
        QTest::newRow("nothing") << QStringLiteral("nowhere") << QStringList {};
    }

    void filters()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        Test::TempProject project;
        ArticleStore *store = project->articles();
        addArticle(store, QStringLiteral("Zeta talks"), QStringLiteral("Herald"), QDate(2021, 1, 1));
        addArticle(store, QStringLiteral("Alpha summit"), QStringLiteral("Monde"), QDate(2019, 3, 9));
        addArticle(store, QStringLiteral("100% sure"), QString());
        ArticleListModel model;
        const auto tester = checked(&model);
        model.setStore(store);
        model.setFilter(filter);
        QCOMPARE(titles(model), expected);
        QCOMPARE(model.totalCount(), expected.size());

        // Articles added while filtering show only when the filter keeps them.
        addArticle(store, QStringLiteral("Unrelated"), QStringLiteral("Elsewhere"), QDate(2000, 1, 1));
        QCOMPARE(model.rowCount(), filter.isEmpty() ? 4 : expected.size());
    }

    void followsTheStoreBeyondTheFetchedRows()
    {
        Test::TempProject project;
        ArticleStore *store = project->articles();
        const QList<qint64> ids = addNumbered(store, 450);
        ArticleListModel model;
        const auto tester = checked(&model);
        model.setStore(store);

        // One that sorts first is inserted; one that sorts after the fetched rows waits for fetchMore.
        const qint64 first = addArticle(store, QStringLiteral("000 first"), QString());
        QCOMPARE(model.rowOf(first), 0);
        QCOMPARE(model.rowCount(), ArticleListModel::kPageSize + 1);
        const qint64 last = addArticle(store, QStringLiteral("Zulu"), QString());
        QCOMPARE(model.rowOf(last), -1);
        QCOMPARE(model.rowCount(), ArticleListModel::kPageSize + 1);
        QCOMPARE(model.totalCount(), 452);

        QString error;
        QVERIFY(store->remove(ids.at(400), &error));
        QCOMPARE(model.totalCount(), 451);
        QCOMPARE(model.rowCount(), ArticleListModel::kPageSize + 1);
        QVERIFY(store->remove(ids.at(10), &error));
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);

        // Renamed out of the fetched rows: it leaves them, and comes back with the page it belongs to.
        Article renamed = *store->article(ids.at(5));
        renamed.title = QStringLiteral("Yankee");
        QVERIFY(store->updateMetadata(renamed, &error));
        QCOMPARE(model.rowOf(ids.at(5)), -1);
        QCOMPARE(model.rowCount(), ArticleListModel::kPageSize - 1);
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.rowOf(ids.at(5)), 448);
        QCOMPARE(model.rowOf(last), 449);
    }

    void addsInDescendingOrderToo()
    {
        Test::TempProject project;
        ArticleStore *store = project->articles();
        addNumbered(store, 250);
        ArticleListModel model;
        const auto tester = checked(&model);
        model.setStore(store);
        model.sort(ArticleListModel::Title, Qt::DescendingOrder);
        const qint64 first = addArticle(store, QStringLiteral("Zulu"), QString());
        const qint64 last = addArticle(store, QStringLiteral("Aardvark"), QString());
        QCOMPARE(model.rowOf(first), 0);
        QCOMPARE(model.rowOf(last), -1);
        QCOMPARE(model.totalCount(), 252);
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), 252);
        QCOMPARE(model.rowOf(last), 251);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Article 249"));
    }
};

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"

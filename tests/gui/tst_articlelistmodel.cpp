// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlelistmodel.h"
#include "articlestore.h"
#include "tempproject.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Attache;
using Attache::Gui::ArticleListModel;

class TestArticleListModel : public QObject
{
    Q_OBJECT

private:
    static qint64 addArticle(ArticleStore *store, const QString &title, const QString &outlet)
    {
        Article article;
        article.title = title;
        article.outlet = outlet;
        article.rawText = article.cleanText = title + QStringLiteral(" body");
        return store->add(article).id;
    }

private Q_SLOTS:
    void followsTheStore()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        ArticleStore *store = project->articles();
        addArticle(store, QStringLiteral("Zeta talks"), QStringLiteral("Outlet B"));

        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const qint64 id = addArticle(store, QStringLiteral("Alpha summit"), QStringLiteral("Outlet A"));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
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
        QVERIFY(store->remove(id, &error));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(id), -1);

        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsThroughAProxy()
    {
        Test::TempProject project;
        ArticleStore *store = project->articles();
        addArticle(store, QStringLiteral("beta"), QString());
        addArticle(store, QStringLiteral("Alpha"), QString());
        addArticle(store, QStringLiteral("Gamma"), QString());
        ArticleListModel model;
        model.setStore(store);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(ArticleListModel::SortRole);
        proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
        proxy.sort(ArticleListModel::Title);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("beta"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Gamma"));
        QCOMPARE(model.headerData(ArticleListModel::Published, Qt::Horizontal).toString(), QStringLiteral("Published"));
    }
};

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"

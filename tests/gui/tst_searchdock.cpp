// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"
#include "project.h"
#include "savedsearchstore.h"
#include "search/savedsearchesdock.h"
#include "search/savedsearchlistmodel.h"
#include "search/searchdock.h"
#include "search/searchpanel.h"
#include "search/searchresultmodel.h"
#include "tagstore.h"
#include "tempproject.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Attache;
using namespace Attache::Gui;

class TestSearchDock : public QObject
{
    Q_OBJECT

    static void addArticle(Test::TempProject &project, const QString &title, const QString &outlet, const QString &text)
    {
        Article article;
        article.title = title;
        article.outlet = outlet;
        article.rawText = article.cleanText = text;
        QVERIFY(project->articles()->add(article).id > 0);
    }

private Q_SLOTS:
    void searchesTheProjectAndOffersItsOutletsAndTags()
    {
        Test::TempProject project;
        addArticle(project, QStringLiteral("Grid talks"), QStringLiteral("Reuters"),
                   QStringLiteral("The cable will be finished."));
        QUndoStack stack;
        SearchDock dock(&stack);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy messages(&dock, &SearchDock::message);
        QSignalSpy failures(&dock, &SearchDock::failed);
        QSignalSpy opened(&dock, &SearchDock::hitActivated);
        QCOMPARE(dock.searchProject(QStringLiteral("cable")), 0); // no project yet
        dock.setProject(project.get());

        auto *outlets = dock.panel()->findChild<QComboBox *>(QStringLiteral("searchOutlet"));
        auto *tags = dock.panel()->findChild<QComboBox *>(QStringLiteral("searchTag"));
        QVERIFY(outlets && tags);
        QCOMPARE(outlets->count(), 2);
        // New outlets and tags are offered as they come.
        addArticle(project, QStringLiteral("Trade summit"), QStringLiteral("AP"), QStringLiteral("No cable here."));
        QCOMPARE(outlets->count(), 3);
        QString error;
        QVERIFY(project->tags()->add({0, 0, QStringLiteral("Energy"), {}, {}}, &error) > 0);
        QCOMPARE(tags->itemText(1), QStringLiteral("Energy"));

        QCOMPARE(dock.searchProject(QStringLiteral("cable")), 2);
        QCOMPARE(dock.model()->rowCount(), 2);
        QCOMPARE(messages.constLast().constFirst().toString(), QStringLiteral("2 results for “cable”"));
        dock.activateHit(1);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.constFirst().constFirst().value<SearchHit>().articleId, dock.model()->hitAt(1).articleId);
        dock.activateHit(5);
        QCOMPARE(opened.size(), 1);

        QCOMPARE(dock.searchProject(QStringLiteral("\"cable")), 2); // taken literally
        QVERIFY(failures.isEmpty());

        QCOMPARE(dock.searchAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        dock.setProject(nullptr);
        QCOMPARE(dock.model()->rowCount(), 0);
        QCOMPARE(outlets->count(), 1);
    }

    void keepsRunsRenamesReplacesAndDeletesSavedSearches()
    {
        Test::TempProject project;
        addArticle(project, QStringLiteral("Grid talks"), QStringLiteral("Reuters"),
                   QStringLiteral("The cable will be finished."));
        addArticle(project, QStringLiteral("Trade summit"), QStringLiteral("AP"), QStringLiteral("No cable here."));
        QUndoStack stack;
        SearchDock search(&stack);
        SavedSearchesDock saved(&search, &stack);
        QAbstractItemModelTester tester(saved.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failures(&search, &SearchDock::failed);
        search.setProject(project.get());
        saved.setStore(project->savedSearches());

        SearchFilter reuters;
        reuters.outlet = QStringLiteral("Reuters");
        search.panel()->setSearch(QStringLiteral("cable"), reuters);
        const qint64 id = search.saveSearch(QStringLiteral("Reuters cables"));
        QVERIFY(id > 0);
        QCOMPARE(saved.model()->rowCount(), 1);
        QCOMPARE(search.saveSearch(QStringLiteral("reuters CABLES")), 0); // the same name
        QCOMPARE(failures.size(), 1);

        search.panel()->setSearch(QString(), {});
        QCOMPARE(saved.runSavedSearch(id), 1);
        QCOMPARE(search.panel()->query(), QStringLiteral("cable"));
        QCOMPARE(saved.runSavedSearch(987654), -1);

        search.panel()->setSearch(QStringLiteral("cable"), {});
        QVERIFY(saved.replaceSavedSearch(id));
        QVERIFY(project->savedSearches()->savedSearch(id)->filter.isEmpty());
        QVERIFY(saved.renameSavedSearch(id, QStringLiteral("All cables")));
        QVERIFY(!saved.renameSavedSearch(id, QStringLiteral("All cables"))); // nothing to change
        QCOMPARE(saved.model()->index(0).data().toString(), QStringLiteral("All cables"));
        QVERIFY(saved.removeSavedSearch(id));
        QCOMPARE(saved.model()->rowCount(), 0);
        stack.undo();
        stack.undo();
        stack.undo();
        const SavedSearch restored = *project->savedSearches()->savedSearch(id);
        QCOMPARE(restored.name, QStringLiteral("Reuters cables"));
        QCOMPARE(restored.filter.outlet, QStringLiteral("Reuters"));

        QCOMPARE(saved.objectName(), QStringLiteral("savedSearchesDock"));
        QCOMPARE(saved.view()->actions().size(), 4);
        saved.setStore(nullptr);
        QCOMPARE(saved.model()->rowCount(), 0);
        stack.clear();
    }
};

QTEST_MAIN(TestSearchDock)
#include "tst_searchdock.moc"

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"
#include "commands/savedsearchcommand.h"
#include "mainwindow.h"
#include "reader/readerview.h"
#include "savedsearchstore.h"
#include "search/savedsearchesdock.h"
#include "search/savedsearchlistmodel.h"
#include "search/searchdock.h"
#include "search/searchpanel.h"
#include "search/searchresultmodel.h"
#include "tagstore.h"
#include "tempproject.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Attache;
using namespace Attache::Gui;

class TestSavedSearches : public QObject
{
    Q_OBJECT

private:
    static SavedSearch named(const QString &name, const QString &query) { return {0, name, query, {}}; }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelFollowsTheStore()
    {
        Test::TempProject project;
        SavedSearchStore &store = *project->savedSearches();
        SavedSearchListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        store.add(named(QStringLiteral("Tariffs"), QStringLiteral("tariff*")), &error);
        model.setStore(&store);
        QCOMPARE(model.rowCount(), 1);
        SavedSearch experts = named(QStringLiteral("Experts"), QString());
        experts.filter.kind = QStringLiteral("expert");
        experts.filter.from = QDate(2024, 1, 1);
        experts.id = store.add(experts, &error);
        QVERIFY2(experts.id > 0, qPrintable(error));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data().toString(), QStringLiteral("Experts"));
        QCOMPARE(first.data(SavedSearchListModel::SavedSearchIdRole).toLongLong(), experts.id);
        QCOMPARE(first.data(Qt::ToolTipRole).toString(), QStringLiteral("kind: expert · from 2024-01-01"));
        QCOMPARE(model.rowOf(experts.id), 0);

        experts.name = QStringLiteral("Think tanks");
        QVERIFY(store.update(experts, &error));
        QCOMPARE(model.rowOf(experts.id), 1);
        QVERIFY(store.remove(experts.id, &error));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(experts.id), -1);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void commandsUndoAndRedo_data()
    {
        QTest::addColumn<int>("action");
        QTest::newRow("save") << int(SavedSearchCommand::Action::Add);
        QTest::newRow("rename") << int(SavedSearchCommand::Action::Edit);
        QTest::newRow("delete") << int(SavedSearchCommand::Action::Remove);
    }

    void commandsUndoAndRedo()
    {
        QFETCH(int, action);
        Test::TempProject project;
        SavedSearchStore &store = *project->savedSearches();
        QString error;
        SavedSearch existing = named(QStringLiteral("Grid"), QStringLiteral("grid"));
        existing.id = store.add(existing, &error);
        const QList<SavedSearch> before = store.savedSearches();
        SavedSearch renamed = existing;
        renamed.name = QStringLiteral("Power grid");

        QUndoStack stack;
        const auto kind = SavedSearchCommand::Action(action);
        stack.push(new SavedSearchCommand(
            &store, kind, kind == SavedSearchCommand::Action::Add ? SavedSearch() : existing,
            kind == SavedSearchCommand::Action::Add ? named(QStringLiteral("Cable"), QStringLiteral("cable")) : renamed,
            &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<SavedSearch> after = store.savedSearches();
        QVERIFY(after != before);
        stack.undo();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(store.savedSearches(), before);
        stack.redo();
        QCOMPARE(store.savedSearches(), after);
    }

    void failedCommandReportsAndLeavesNothing()
    {
        Test::TempProject project;
        SavedSearchStore &store = *project->savedSearches();
        QString error;
        QVERIFY(store.add(named(QStringLiteral("Grid"), QStringLiteral("grid")), &error));
        QUndoStack stack;
        stack.push(new SavedSearchCommand(&store, SavedSearchCommand::Action::Add, {},
                                          named(QStringLiteral("GRID"), QStringLiteral("cable")), &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(store.savedSearches().size(), 1);
    }

    void panelSearchesOnceTypingPauses()
    {
        SearchResultModel model;
        SearchPanel panel(&model);
        QSignalSpy requests(&panel, &SearchPanel::searchRequested);
        QTest::keyClicks(panel.queryInput(), QStringLiteral("cab"));
        QCOMPARE(requests.count(), 0);
        QVERIFY(requests.wait(SearchPanel::kTypingPauseMs * 8));
        QCOMPARE(requests.count(), 1);

        // Enter searches at once and cancels the search the typing had scheduled.
        QTest::keyClicks(panel.queryInput(), QStringLiteral("le"));
        QTest::keyClick(panel.queryInput(), Qt::Key_Return);
        QCOMPARE(requests.count(), 2);
        QVERIFY(!requests.wait(SearchPanel::kTypingPauseMs * 3));
        QCOMPARE(requests.count(), 2);

        // Filling the panel from a saved search is not typing.
        panel.setSearch(QStringLiteral("grid"), {});
        QVERIFY(!requests.wait(SearchPanel::kTypingPauseMs * 3));
        QCOMPARE(requests.count(), 2);
    }

    void windowSavesRunsRenamesAndDeletes()
    {
        Test::TempProject project;
        Article grid;
        grid.title = QStringLiteral("Baltic grid talks stall");
        grid.outlet = QStringLiteral("Reuters");
        grid.published = QDate(2024, 3, 1);
        grid.rawText = grid.cleanText = QStringLiteral(
            "Officials met on Monday.\n\n\"The cable must be finished before winter,\" said Latvian Foreign "
            "Minister Edgars Rinkēvičs.");
        Article trade;
        trade.title = QStringLiteral("Trade summit in Hanoi");
        trade.outlet = QStringLiteral("AP");
        trade.published = QDate(2024, 5, 10);
        trade.rawText = trade.cleanText = QStringLiteral("No cable was discussed in Hanoi.");
        QVERIFY(project->articles()->add(grid).id > 0);
        QVERIFY(project->articles()->add(trade).id > 0);
        QString error;
        QVERIFY(project->tags()->add({0, 0, QStringLiteral("Energy"), {}, {}}, &error));
        const QString path = project.path();
        project.close();

        MainWindow window;
        QVERIFY2(window.openProject(path, &error), qPrintable(error));
        auto *search = window.findChild<SearchDock *>();
        auto *saved = window.findChild<SavedSearchesDock *>();
        QVERIFY(search && saved);
        QAbstractItemModelTester tester(search->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        SearchPanel *panel = search->panel();
        // The filter row offers the project's tags and outlets.
        auto *outlets = panel->findChild<QComboBox *>(QStringLiteral("searchOutlet"));
        QCOMPARE(outlets->count(), 3);
        QCOMPARE(outlets->itemText(1), QStringLiteral("AP"));
        QCOMPARE(panel->findChild<QComboBox *>(QStringLiteral("searchTag"))->itemText(1), QStringLiteral("Energy"));

        QCOMPARE(search->searchProject(QStringLiteral("cable")), 3);
        SearchFilter reuters;
        reuters.outlet = QStringLiteral("reuters");
        panel->setSearch(QStringLiteral("cable"), reuters);
        QVERIFY(panel->filtersVisible());
        QCOMPARE(panel->filter().outlet, QStringLiteral("Reuters"));
        QCOMPARE(outlets->count(), 3);
        QCOMPARE(search->runSearch(), 2);
        SearchFilter experts;
        experts.kind = QStringLiteral("expert");
        panel->setSearch(QStringLiteral("cable"), experts);
        QCOMPARE(panel->findChild<QComboBox *>(QStringLiteral("searchKind"))->count(), 7);
        QCOMPARE(search->runSearch(), 0);
        panel->setSearch(QStringLiteral("cable"), reuters);

        const qint64 id = search->saveSearch(QStringLiteral("Reuters cables"));
        QVERIFY(id > 0);
        QCOMPARE(saved->model()->rowCount(), 1);
        QCOMPARE(search->saveSearch(QStringLiteral("reuters CABLES")), 0);

        // Running it fills the panel again and finds the same.
        panel->setSearch(QString(), {});
        QCOMPARE(search->runSearch(), 0);
        QCOMPARE(saved->runSavedSearch(id), 2);
        QCOMPARE(panel->query(), QStringLiteral("cable"));
        QCOMPARE(panel->filter().outlet, QStringLiteral("Reuters"));

        // A hit opens its article at the match.
        int quoteRow = -1;
        for (int row = 0; row < search->model()->rowCount(); ++row) {
            if (search->model()->hitAt(row).kind == SearchHit::Kind::Quote) {
                quoteRow = row;
            }
        }
        QVERIFY(quoteRow >= 0);
        search->activateHit(quoteRow);
        auto *reader = window.findChild<ReaderView *>(QStringLiteral("readerView"));
        QCOMPARE(reader->title(), QStringLiteral("Baltic grid talks stall"));
        QVERIFY2(reader->textView()->textCursor().selectedText().contains(QStringLiteral("cable")),
                 qPrintable(reader->textView()->textCursor().selectedText()));

        QVERIFY(saved->renameSavedSearch(id, QStringLiteral("Cables in Reuters")));
        QCOMPARE(saved->model()->index(0).data().toString(), QStringLiteral("Cables in Reuters"));
        QVERIFY(saved->removeSavedSearch(id));
        QCOMPARE(saved->model()->rowCount(), 0);
        window.findChild<QUndoStack *>()->undo();
        QCOMPARE(saved->model()->rowCount(), 1);
        window.findChild<QUndoStack *>()->undo();
        QCOMPARE(saved->model()->index(0).data().toString(), QStringLiteral("Reuters cables"));
        window.findChild<QUndoStack *>()->undo();
        QCOMPARE(saved->model()->rowCount(), 0);

        // Filters alone search too: everything published since April.
        SearchFilter dated;
        dated.from = QDate(2024, 4, 1);
        panel->setSearch(QString(), dated);
        QCOMPARE(search->runSearch(), 1);
        QCOMPARE(search->model()->hitAt(0).articleTitle, QStringLiteral("Trade summit in Hanoi"));
    }
};

QTEST_MAIN(TestSavedSearches)
#include "tst_savedsearches.moc"

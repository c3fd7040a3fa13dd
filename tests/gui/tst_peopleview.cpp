// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/peopleregister.h"
#include "analysis/quoteextractor.h"
#include "articlestore.h"
#include "commands/correctioncommand.h"
#include "mainwindow.h"
#include "people/peoplemodel.h"
#include "people/peoplepanel.h"
#include "people/personquotemodel.h"
#include "peoplestore.h"
#include "project.h"
#include "project/projectcontroller.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"
#include "speakers/speakerlistmodel.h"
#include "speakers/speakersdock.h"
#include "tempproject.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Attache;
using namespace Attache::Gui;
using namespace Qt::StringLiterals;

namespace {

const QString kEarly = u"\"The sanctions have not worked,\" said Ben Okafor, a senior fellow at the Lisbon Policy "
                       "Institute.\n\n\"Markets will adapt,\" Okafor said."_s;
const QString kLate = u"\"We will see,\" said Benedict Okafor.\n\n\"Nothing is agreed yet,\" said Foreign Minister "
                      "Tomas Varga."_s;

} // namespace

class TestPeopleView : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Test::TempProject project;
        qint64 early = 0;
        qint64 late = 0;
        QString path;
    };

    void makeProject(Fixture &fixture)
    {
        makeArticles(fixture);
        fixture.path = fixture.project.path();
        fixture.project.close();
    }

    void makeArticles(Fixture &fixture)
    {
        Analysis::PeopleRegister people(fixture.project->database());
        for (const auto &[text, date, id] : {std::tuple {kEarly, QDate(2026, 2, 1), &fixture.early},
                                             std::tuple {kLate, QDate(2026, 4, 1), &fixture.late}}) {
            Article article;
            article.title = date.month() == 2 ? u"Early"_s : u"Late"_s;
            article.published = date;
            article.rawText = article.cleanText = text;
            *id = fixture.project->articles()->add(article).id;
            QVERIFY(*id > 0);
            QVERIFY(people.saveAnalysis(*id, Analysis::QuoteExtractor::analyze(text)));
        }
    }

    static PeopleStore::Person person(MainWindow &window, qint64 id)
    {
        return window.findChild<Attache::Gui::ProjectController *>()->project()->people()->person(id);
    }

    static QStringList speakerNames(MainWindow &window)
    {
        QStringList names;
        for (const Analysis::Speaker &speaker : window.findChild<Gui::SpeakersDock *>()->model()->result().speakers) {
            names.append(speaker.name);
        }
        names.sort();
        return names;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void isADockBesideSpeakers()
    {
        MainWindow window;
        auto *dock = window.findChild<QDockWidget *>(u"peopleDock"_s);
        QVERIFY(dock);
        QCOMPARE(dock->widget(), window.findChild<PeoplePanel *>());
        QVERIFY(window.tabifiedDockWidgets(dock).contains(window.findChild<QDockWidget *>(u"speakersDock"_s)));
    }

    void editMergeSplitUndoAndOpen()
    {
        Fixture fixture;
        makeProject(fixture);
        MainWindow window;
        QString error;
        QVERIFY2(window.openProject(fixture.path, &error), qPrintable(error));
        PeoplePanel *panel = window.findChild<PeoplePanel *>();
        PeopleModel *model = panel->peopleModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(window.findChild<Gui::ReaderController *>()->currentArticleId(), fixture.early);
        QCOMPARE(speakerNames(window), QStringList {u"Ben Okafor"_s});
        const qint64 okafor
            = window.findChild<Attache::Gui::ProjectController *>()->project()->people()->findPerson(u"Ben Okafor"_s);
        const qint64 benedict = window.findChild<Attache::Gui::ProjectController *>()->project()->people()->findPerson(
            u"Benedict Okafor"_s);
        QVERIFY(okafor > 0 && benedict > 0);
        QSignalSpy changed(window.findChild<Attache::Gui::ProjectController *>()->project()->people(),
                           &PeopleStore::peopleChanged);

        // Edit: four fields in one step, shown in the list, the Speakers dock and undone together.
        QVERIFY(panel->editPerson(okafor,
                                  {u"Benjamin Okafor"_s, Analysis::SpeakerKind::Official, u"economist"_s, u"LPI"_s}));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(window.findChild<QUndoStack *>()->count(), 1);
        const int row = model->rowOf(okafor);
        QCOMPARE(model->index(row, PeopleModel::Name).data().toString(), u"Benjamin Okafor"_s);
        QCOMPARE(model->index(row, PeopleModel::Institution).data().toString(), u"LPI"_s);
        QCOMPARE(speakerNames(window), QStringList {u"Benjamin Okafor"_s});
        QCOMPARE(window.findChild<Gui::SpeakersDock *>()->model()->result().speakers.constFirst().kind,
                 Analysis::SpeakerKind::Official);
        window.findChild<QUndoStack *>()->undo();
        const PeopleStore::Person restored = person(window, okafor);
        QCOMPARE(restored.name, u"Ben Okafor"_s);
        QCOMPARE(restored.kind, Analysis::SpeakerKind::Expert);
        QVERIFY(restored.institution.isEmpty());
        QVERIFY(!restored.aliases.contains(u"Benjamin Okafor"_s));
        QCOMPARE(speakerNames(window), QStringList {u"Ben Okafor"_s});
        window.findChild<QUndoStack *>()->redo();
        QCOMPARE(person(window, okafor).institution, u"LPI"_s);

        // Merge: Benedict's quote moves to Benjamin; undo brings Benedict back as he was.
        QVERIFY(panel->mergePeople(okafor, {benedict}));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(person(window, okafor).quotes, 3);
        QCOMPARE(person(window, okafor).articles, 2);
        QVERIFY(panel->showPerson(okafor));
        QCOMPARE(panel->quoteModel()->rowCount(), 3);
        window.findChild<QUndoStack *>()->undo();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(person(window, benedict).name, u"Benedict Okafor"_s);
        QCOMPARE(person(window, benedict).quotes, 1);
        QCOMPARE(person(window, okafor).quotes, 2);
        QCOMPARE(panel->quoteModel()->rowCount(), 2);
        window.findChild<QUndoStack *>()->redo();
        QCOMPARE(person(window, okafor).quotes, 3);

        // Split: "Okafor" becomes a person of its own and takes the quote attributed under it.
        const qint64 split = panel->splitAlias(okafor, u"Okafor"_s);
        QVERIFY2(split > 0, qPrintable(panel->lastError()));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(person(window, split).name, u"Okafor"_s);
        QVERIFY(!person(window, okafor).aliases.contains(u"Okafor"_s));
        QCOMPARE(window.findChild<QUndoStack *>()->count(), 3);
        window.findChild<QUndoStack *>()->undo();
        QCOMPARE(person(window, split).id, 0);
        QCOMPARE(person(window, okafor).quotes, 3);
        QVERIFY(person(window, okafor).aliases.contains(u"Okafor"_s));

        // Undo everything: the register is as the engine left it.
        window.findChild<QUndoStack *>()->undo();
        window.findChild<QUndoStack *>()->undo();
        QCOMPARE(person(window, okafor).name, u"Ben Okafor"_s);
        QCOMPARE(person(window, benedict).quotes, 1);
        QCOMPARE(model->rowCount(), 3);

        // Opening a quote reads it in its article, selected.
        auto *filter = window.findChild<QLineEdit *>(u"articleFilter"_s);
        QVERIFY(filter);
        filter->setText(u"Early"_s);
        QVERIFY(panel->showPerson(benedict));
        auto *quotes = panel->findChild<QTableView *>(u"personQuoteView"_s);
        QVERIFY(quotes);
        QCOMPARE(quotes->model()->rowCount(), 1);
        const QModelIndex quote = quotes->model()->index(0, PersonQuoteModel::Quote);
        Q_EMIT quotes->activated(quote);
        QCOMPARE(window.findChild<Gui::ReaderController *>()->currentArticleId(), fixture.late);
        auto *reader = window.findChild<ReaderView *>(u"readerView"_s);
        const auto selected = reader->selectedRange();
        QVERIFY(selected);
        QCOMPARE(reader->text().mid(selected->first, selected->second - selected->first), u"We will see,"_s);
        QCOMPARE(speakerNames(window), (QStringList {u"Benedict Okafor"_s, u"Tomas Varga"_s}));
    }

    void filterBoxNarrowsTheList()
    {
        Fixture fixture;
        makeProject(fixture);
        MainWindow window;
        QString error;
        QVERIFY(window.openProject(fixture.path, &error));
        auto *filter = window.findChild<PeoplePanel *>()->findChild<QLineEdit *>(u"peopleFilter"_s);
        QVERIFY(filter);
        QTest::keyClicks(filter, u"minister"_s);
        QCOMPARE(window.findChild<PeoplePanel *>()->peopleModel()->rowCount(), 1);
        QCOMPARE(window.findChild<PeoplePanel *>()->peopleModel()->index(0, PeopleModel::Name).data().toString(),
                 u"Tomas Varga"_s);
        filter->clear();
        QCOMPARE(window.findChild<PeoplePanel *>()->peopleModel()->rowCount(), 3);

        // A correction from the Speakers panel reaches the People view when it is next shown.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 varga
            = window.findChild<Attache::Gui::ProjectController *>()->project()->people()->findPerson(u"Tomas Varga"_s);
        window.findChild<QUndoStack *>()->push(
            CorrectionCommand::forPerson(window.findChild<Attache::Gui::ProjectController *>()->project()->people(),
                                         CorrectionCommand::Action::Rename, varga, u"Tomas Varga-Nagy"_s, &error));
        window.findChild<QDockWidget *>(u"peopleDock"_s)->raise();
        PeopleModel *model = window.findChild<PeoplePanel *>()->peopleModel();
        QTRY_COMPARE(model->index(model->rowOf(varga), PeopleModel::Name).data().toString(), u"Tomas Varga-Nagy"_s);
        window.closeProject();
        QCOMPARE(window.findChild<PeoplePanel *>()->peopleModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestPeopleView)
#include "tst_peopleview.moc"

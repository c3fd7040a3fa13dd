// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"
#include "peoplestore.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"
#include "speakers/speakerlistmodel.h"
#include "speakers/speakersdock.h"
#include "tempproject.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Attache;
using namespace Attache::Gui;

namespace {
const QString kText = QStringLiteral(
    "\"We will finish the cable,\" said Estonian Foreign Minister Kaja Linnus.\n\n"
    "\"The money is not there yet,\" said Marta Kowalczyk, a senior fellow at the Warsaw Institute.\n\n"
    "\"Tallinn has waited long enough,\" Linnus said.");
}

class TestSpeakersDock : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        Test::TempProject project;
        QWidget window;
        QTableView *list = new QTableView(&window);
        ReaderView *view = new ReaderView(&window);
        ReaderController controller {list, view, &window};
        QUndoStack stack;
        SpeakersDock dock {&controller, &stack};

        Fixture()
        {
            Article article;
            article.title = QStringLiteral("Grid talks");
            article.rawText = article.cleanText = kText;
            project->articles()->add(article);
            dock.setProject(project.get());
            controller.setProject(project.get());
        }
        ~Fixture() { stack.clear(); }
        Q_DISABLE_COPY_MOVE(Fixture)

        int speakerIndexOf(const QString &name) const
        {
            const QList<Analysis::Speaker> &speakers = dock.model()->result().speakers;
            for (int index = 0; index < speakers.size(); ++index) {
                if (speakers.at(index).name == name) {
                    return index;
                }
            }
            return -1;
        }
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsTheShownArticlesSpeakers()
    {
        Fixture fixture;
        QAbstractItemModelTester tester(fixture.dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(fixture.dock.objectName(), QStringLiteral("speakersDock"));
        QCOMPARE(fixture.dock.model()->rowCount(), 2);
        QCOMPARE(fixture.dock.model()->result().quotes.size(), 3);
        // The view sorts by quotes, most first.
        QCOMPARE(fixture.dock.view()->model()->index(0, SpeakerListModel::Name).data().toString(),
                 QStringLiteral("Kaja Linnus"));
        fixture.controller.setProject(nullptr);
        QCOMPARE(fixture.dock.model()->rowCount(), 0);
    }

    void stepsThroughASpeakersQuotesAndWrapsAround()
    {
        Fixture fixture;
        const int linnus = fixture.speakerIndexOf(QStringLiteral("Kaja Linnus"));
        QVERIFY(linnus >= 0);
        const QList<Analysis::Quote> quotes = fixture.dock.model()->result().quotes;
        QVERIFY(fixture.dock.stepThroughSpeaker(linnus, true));
        QCOMPARE(fixture.view->selectedRange()->first, quotes.at(0).start);
        QVERIFY(fixture.dock.stepThroughSpeaker(linnus, true));
        QCOMPARE(fixture.view->selectedRange()->first, quotes.at(2).start);
        QVERIFY(fixture.dock.stepThroughSpeaker(linnus, true)); // past the last: the first again
        QCOMPARE(fixture.view->selectedRange()->first, quotes.at(0).start);
        QVERIFY(fixture.dock.stepThroughSpeaker(linnus, false)); // before the first: the last
        QCOMPARE(fixture.view->selectedRange()->first, quotes.at(2).start);
        QVERIFY(!fixture.dock.stepThroughSpeaker(-1, true));

        // The actions step through the speaker chosen in the list.
        QCOMPARE(fixture.dock.nextQuoteAction()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Down));
        QCOMPARE(fixture.dock.previousQuoteAction()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Up));
        fixture.dock.view()->selectRow(0);
        fixture.dock.nextQuoteAction()->trigger();
        QCOMPARE(fixture.view->selectedRange()->first, quotes.at(0).start);
    }

    void correctsQuotesUndoably()
    {
        Fixture fixture;
        QCOMPARE(fixture.dock.model()->result().quotes.size(), 3);
        QVERIFY(fixture.dock.rejectQuote(1));
        QCOMPARE(fixture.dock.model()->result().quotes.size(), 2);
        fixture.stack.undo();
        QCOMPARE(fixture.dock.model()->result().quotes.size(), 3);
        QVERIFY(!fixture.dock.rejectQuote(99));

        const qint64 linnus = fixture.project->people()->findPerson(QStringLiteral("Kaja Linnus"));
        QVERIFY(linnus > 0);
        QVERIFY(fixture.dock.reassignQuote(1, linnus));
        const Analysis::AnalysisResult after = fixture.dock.model()->result();
        QCOMPARE(after.speakers.at(after.quotes.at(1).speaker).name, QStringLiteral("Kaja Linnus"));
        QCOMPARE(fixture.dock.model()->rowCount(), 1);
        fixture.stack.undo();
        QCOMPARE(fixture.dock.model()->rowCount(), 2);
    }

    void readerMenuOffersCorrectionsForTheQuoteUnderThePointer()
    {
        Fixture fixture;
        const Analysis::Quote quote = fixture.dock.model()->result().quotes.at(1);
        QMenu outside;
        Q_EMIT fixture.controller.contextMenuRequested(&outside, quote.end + 2);
        QVERIFY(outside.isEmpty());

        QMenu inside;
        Q_EMIT fixture.controller.contextMenuRequested(&inside, quote.start + 1);
        QStringList texts;
        QMenu *attributeTo = nullptr;
        for (QAction *action : inside.actions()) {
            texts.append(action->text());
            if (action->menu()) {
                attributeTo = action->menu();
            }
        }
        QVERIFY(texts.contains(QStringLiteral("Not a Quote")));
        QVERIFY(attributeTo);
        // Anyone but the quote's own speaker.
        QCOMPARE(attributeTo->actions().size(), 1);
        QVERIFY(attributeTo->actions().constFirst()->text().startsWith(QStringLiteral("Kaja Linnus")));
        attributeTo->actions().constFirst()->trigger();
        const Analysis::AnalysisResult after = fixture.dock.model()->result();
        QCOMPARE(after.speakers.at(after.quotes.at(1).speaker).name, QStringLiteral("Kaja Linnus"));
    }
};

QTEST_MAIN(TestSpeakersDock)
#include "tst_speakersdock.moc"

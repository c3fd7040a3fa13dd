// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tags/tagsdock.h"
#include "tags/tagtreemodel.h"
#include "tagstore.h"
#include "tempproject.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Attache;
using namespace Attache::Gui;

class TestTagsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsRenamesRecolorsAndRemovesTagsUndoably()
    {
        Test::TempProject project;
        QUndoStack stack;
        TagsDock dock(&stack);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&dock, &TagsDock::failed);
        dock.setStore(project->tags());

        const qint64 region = dock.addTag(QStringLiteral("Region"));
        QVERIFY(region > 0);
        const qint64 asia = dock.addTag(QStringLiteral("Asia"), region);
        QVERIFY(asia > 0);
        QCOMPARE(dock.model()->rowCount(), 1);
        QCOMPARE(dock.model()->rowCount(dock.model()->indexOf(region)), 1);
        QVERIFY(dock.view()->isExpanded(dock.model()->indexOf(region)));
        QCOMPARE(stack.undoText(), QStringLiteral("Add Tag Asia"));

        // A duplicate sibling is refused with the store's reason, and leaves no step behind.
        QCOMPARE(dock.addTag(QStringLiteral("Region")), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.constFirst().constFirst().toString().isEmpty());
        QCOMPARE(stack.count(), 2);

        Tag renamed = *project->tags()->tag(asia);
        renamed.name = QStringLiteral("East Asia");
        renamed.color = QStringLiteral("#3366cc");
        QVERIFY(dock.updateTag(renamed));
        QVERIFY(!dock.updateTag(renamed)); // nothing left to change
        QCOMPARE(dock.model()->pathOf(asia), QStringLiteral("Region › East Asia"));
        stack.undo();
        QCOMPARE(project->tags()->tag(asia)->name, QStringLiteral("Asia"));
        QVERIFY(project->tags()->tag(asia)->color.isEmpty());
        stack.redo();
        QCOMPARE(project->tags()->tag(asia)->color, QStringLiteral("#3366cc"));

        // Removing a parent takes its children; undo puts both back.
        QVERIFY(dock.removeTag(region));
        QCOMPARE(dock.model()->rowCount(), 0);
        QVERIFY(!project->tags()->tag(asia));
        stack.undo();
        QCOMPARE(dock.model()->pathOf(asia), QStringLiteral("Region › East Asia"));
        QVERIFY(!dock.removeTag(987654));
        QCOMPARE(failed.size(), 1);

        dock.setStore(nullptr);
        QCOMPARE(dock.model()->rowCount(), 0);
        QCOMPARE(dock.addTag(QStringLiteral("Nowhere")), 0);
        stack.clear();
    }

    void ownsItsViewAndContextMenu()
    {
        QUndoStack stack;
        TagsDock dock(&stack);
        QCOMPARE(dock.objectName(), QStringLiteral("tagsDock"));
        QCOMPARE(dock.widget(), dock.view());
        QCOMPARE(dock.view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QStringList texts;
        for (const QAction *action : dock.view()->actions()) {
            texts.append(action->text());
        }
        QCOMPARE(texts,
                 (QStringList {QStringLiteral("New Tag…"), QStringLiteral("New Child Tag…"),
                               QStringLiteral("Rename or Describe…"), QStringLiteral("Colour…"),
                               QStringLiteral("Remove Tag")}));
    }
};

QTEST_MAIN(TestTagsDock)
#include "tst_tagsdock.moc"

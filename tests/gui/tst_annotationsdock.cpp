// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationlistmodel.h"
#include "annotations/annotationsdock.h"
#include "annotationstore.h"
#include "articlestore.h"
#include "reader/articlehighlighter.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"
#include "tempproject.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMenu>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Attache;
using namespace Attache::Gui;

class TestAnnotationsDock : public QObject
{
    Q_OBJECT

    static QStringList texts(const QMenu &menu)
    {
        QStringList texts;
        for (const QAction *action : menu.actions()) {
            if (!action->isSeparator()) {
                texts.append(action->text());
            }
        }
        return texts;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void highlightsTheReadersSelectionAndRemovesItUndoably()
    {
        Test::TempProject project;
        Article article;
        article.title = QStringLiteral("Grid talks");
        article.rawText = article.cleanText = QStringLiteral("The minister said the cable would be finished in 2027.");
        article.id = project->articles()->add(article).id;
        QVERIFY(article.id > 0);

        QWidget window;
        auto *list = new QTableView(&window);
        auto *reader = new ReaderView(&window);
        ReaderController controller(list, reader, &window);
        QUndoStack stack;
        AnnotationsDock dock(&controller, &stack);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!dock.articleNoteAction()->isEnabled());
        dock.setProject(project.get());
        controller.setProject(project.get());
        QCOMPARE(dock.articleId(), article.id);
        QVERIFY(dock.articleNoteAction()->isEnabled());
        QVERIFY(!dock.highlightAction()->isEnabled());
        QVERIFY(!dock.highlightSelection(QStringLiteral("#ffe066"))); // nothing selected

        reader->showRange(4, 12);
        QVERIFY(dock.highlightAction()->isEnabled());
        QVERIFY(dock.addNoteAction()->isEnabled());
        QVERIFY(dock.highlightSelection(QStringLiteral("#ffe066")));
        QCOMPARE(dock.model()->rowCount(), 1);
        QCOMPARE(dock.model()->index(0, AnnotationListModel::Passage).data().toString(), QStringLiteral("minister"));
        const qint64 id = dock.model()->index(0, 0).data(AnnotationListModel::AnnotationIdRole).toLongLong();
        QCOMPARE(project->annotations()->annotation(id)->color, QStringLiteral("#ffe066"));
        QCOMPARE(stack.undoText(), QStringLiteral("Highlight"));

        // Choosing it in the list enables Edit and Remove; activating it selects its passage.
        QVERIFY(!dock.removeAction()->isEnabled());
        dock.view()->selectRow(0);
        QVERIFY(dock.editAction()->isEnabled());
        QVERIFY(dock.removeAction()->isEnabled());
        reader->showRange(0, 3);
        Q_EMIT dock.view()->activated(dock.model()->index(0, AnnotationListModel::Note));
        QVERIFY(reader->selectedRange());
        QCOMPARE(reader->selectedRange()->first, 4);
        QCOMPARE(reader->selectedRange()->second, 12);

        dock.removeAction()->trigger();
        QCOMPARE(dock.model()->rowCount(), 0);
        QVERIFY(!project->annotations()->annotation(id));
        stack.undo();
        QCOMPARE(dock.model()->rowCount(), 1);
        QVERIFY(!dock.removeAnnotation(987654));

        dock.setProject(nullptr);
        controller.setProject(nullptr);
        QCOMPARE(dock.model()->rowCount(), 0);
        QVERIFY(!dock.articleNoteAction()->isEnabled());
        stack.clear();
    }

    void readerMenuOffersTheAnnotationUnderThePointer()
    {
        Test::TempProject project;
        Article article;
        article.title = QStringLiteral("Grid talks");
        article.rawText = article.cleanText = QStringLiteral("The minister said the cable would be finished.");
        article.id = project->articles()->add(article).id;
        QWidget window;
        auto *list = new QTableView(&window);
        auto *reader = new ReaderView(&window);
        ReaderController controller(list, reader, &window);
        QUndoStack stack;
        AnnotationsDock dock(&controller, &stack);
        dock.setProject(project.get());
        controller.setProject(project.get());
        reader->showRange(4, 12);
        QVERIFY(dock.highlightSelection(QStringLiteral("#ffe066")));
        const qint64 id = dock.model()->index(0, 0).data(AnnotationListModel::AnnotationIdRole).toLongLong();
        // The controller drew the new highlight, which the menu finds under the pointer.
        const QList<HighlightSpan> spans = reader->highlighter()->spansAt(6);
        QVERIFY(std::any_of(spans.cbegin(), spans.cend(), [id](const HighlightSpan &span) { return span.id == id; }));

        QMenu outside;
        Q_EMIT controller.contextMenuRequested(&outside, 30);
        QCOMPARE(texts(outside),
                 (QStringList {QStringLiteral("&Highlight Selection"), QStringLiteral("Add &Note to Selection…"),
                               QStringLiteral("Add Note to &Article…")}));
        QMenu inside;
        Q_EMIT controller.contextMenuRequested(&inside, 6);
        QCOMPARE(texts(inside).mid(3),
                 (QStringList {QStringLiteral("Edit This Annotation…"), QStringLiteral("Remove This Annotation")}));
        inside.actions().constLast()->trigger();
        QVERIFY(!project->annotations()->annotation(id));
        stack.clear();
    }
};

QTEST_MAIN(TestAnnotationsDock)
#include "tst_annotationsdock.moc"

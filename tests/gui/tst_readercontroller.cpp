// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"
#include "articles/articlelistmodel.h"
#include "articlestore.h"
#include "peoplestore.h"
#include "reader/articlehighlighter.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"
#include "search.h"
#include "tagstore.h"
#include "tempproject.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Attache;
using namespace Attache::Gui;

namespace {
const QString kQuoted
    = QStringLiteral("\"We will finish the cable,\" said Estonian Foreign Minister Kaja Linnus.\n\n"
                     "\"The money is not there yet,\" said Marta Kowalczyk, a senior fellow at the Warsaw Institute.");
}

class TestReaderController : public QObject
{
    Q_OBJECT

    /** The list, the reader and the controller as the window lays them out. */
    struct Reader
    {
        QWidget window;
        QTableView *list = new QTableView(&window);
        ReaderView *view = new ReaderView(&window);
        ReaderController controller {list, view, &window};
    };

    static qint64 addArticle(Test::TempProject &project, const QString &title, const QString &text)
    {
        Article article;
        article.title = title;
        article.outlet = QStringLiteral("Outlet");
        article.rawText = article.cleanText = text;
        return project->articles()->add(article).id;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheChosenArticleWithWhoSaidWhat()
    {
        Test::TempProject project;
        const qint64 quoted = addArticle(project, QStringLiteral("Grid talks"), kQuoted);
        const qint64 plain = addArticle(project, QStringLiteral("Accord signed"), QStringLiteral("Nobody spoke."));
        QVERIFY(quoted > 0 && plain > 0);
        Reader reader;
        QAbstractItemModelTester tester(reader.controller.articleModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shown(&reader.controller, &ReaderController::articleShown);
        QSignalSpy analysed(&reader.controller, &ReaderController::analysisChanged);

        reader.controller.setProject(project.get());
        // Sorted by title: the first article is shown at once.
        QCOMPARE(reader.controller.articleModel()->rowCount(), 2);
        QCOMPARE(reader.controller.currentArticleId(), plain);
        QCOMPARE(shown.constLast().constFirst().toLongLong(), plain);
        QCOMPARE(reader.view->text(), QStringLiteral("Nobody spoke."));
        QVERIFY(reader.controller.analysis().quotes.isEmpty());

        reader.list->setCurrentIndex(reader.controller.articleModel()->index(1, ArticleListModel::Title));
        QCOMPARE(reader.controller.currentArticleId(), quoted);
        QCOMPARE(reader.controller.analysis().quotes.size(), 2);
        QVERIFY(!analysed.isEmpty());
        // Each quote is a span with its speaker in the tooltip; the names are bold where the text has them.
        const QList<HighlightSpan> quotes = reader.view->highlighter()->spans(ArticleHighlighter::Quotes);
        QVERIFY(quotes.size() >= 4);
        QVERIFY(quotes.constFirst().toolTip.contains(QStringLiteral("Kaja Linnus")));
        const qsizetype name = kQuoted.indexOf(QStringLiteral("Marta Kowalczyk"));
        bool bold = false;
        for (const HighlightSpan &span : reader.view->highlighter()->spansAt(name + 1)) {
            bold = bold || span.bold;
        }
        QVERIFY(bold);

        // A correction in the people store reaches the shown article.
        analysed.clear();
        QString error;
        QVERIFY(project->people()->rejectQuote(quoted, reader.controller.analysis().quotes.constFirst().text, &error));
        QVERIFY(!analysed.isEmpty());
        QCOMPARE(reader.controller.analysis().quotes.size(), 1);

        reader.controller.setProject(nullptr);
        QCOMPARE(reader.controller.currentArticleId(), 0);
        QCOMPARE(shown.constLast().constFirst().toLongLong(), 0);
        QVERIFY(reader.view->text().isEmpty());
        QCOMPARE(reader.controller.articleModel()->rowCount(), 0);
    }

    void drawsTheUsersHighlightsWithTheirNotesAndTags()
    {
        Test::TempProject project;
        const qint64 id = addArticle(project, QStringLiteral("Grid talks"), kQuoted);
        Reader reader;
        reader.controller.setProject(project.get());
        QVERIFY(reader.view->highlighter()->spans(ArticleHighlighter::UserHighlights).isEmpty());

        QString error;
        const qint64 region = project->tags()->add({0, 0, QStringLiteral("Region"), {}, {}}, &error);
        const qint64 baltic = project->tags()->add({0, region, QStringLiteral("Baltic"), {}, {}}, &error);
        Annotation annotation;
        annotation.articleId = id;
        annotation.anchor = TextAnchor::fromRange(kQuoted, 1, 5);
        annotation.color = QStringLiteral("#ffe066");
        annotation.note = QStringLiteral("Check the date");
        annotation.tagIds = {baltic};
        QVERIFY(project->annotations()->add(annotation, &error) > 0);

        const QList<HighlightSpan> spans = reader.view->highlighter()->spans(ArticleHighlighter::UserHighlights);
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.constFirst().start, 1);
        QCOMPARE(spans.constFirst().end, 5);
        QCOMPARE(spans.constFirst().background, QColor(QStringLiteral("#ffe066")));
        QVERIFY(spans.constFirst().toolTip.contains(QStringLiteral("Note: Check the date")));
        QVERIFY(spans.constFirst().toolTip.contains(QStringLiteral("Region › Baltic")));
    }

    void opensQuotesAndSearchHitsEvenWhenFilteredOut()
    {
        Test::TempProject project;
        const qint64 quoted = addArticle(project, QStringLiteral("Grid talks"), kQuoted);
        addArticle(project, QStringLiteral("Accord signed"), QStringLiteral("Nobody spoke about the grid."));
        Reader reader;
        reader.controller.setProject(project.get());

        reader.controller.filterEdit()->setText(QStringLiteral("accord"));
        QCOMPARE(reader.controller.articleModel()->rowCount(), 1);
        QVERIFY(reader.controller.openQuote(quoted, 1, 5));
        QVERIFY(reader.controller.filterEdit()->text().isEmpty());
        QCOMPARE(reader.controller.currentArticleId(), quoted);
        QCOMPARE(reader.view->selectedRange()->first, 1);
        QVERIFY(!reader.controller.openQuote(987654, 0, 1));

        // The filter keeps the shown article selected while it narrows the list.
        reader.controller.filterEdit()->setText(QStringLiteral("grid"));
        QCOMPARE(reader.list->currentIndex().data(ArticleListModel::ArticleIdRole).toLongLong(), quoted);

        // A search hit in the text selects the first word the index marked.
        SearchHit hit;
        hit.kind = SearchHit::Kind::Article;
        hit.articleId = quoted;
        hit.snippet = Search::kSnippetOpen + QStringLiteral("money") + Search::kSnippetClose + QStringLiteral(" is");
        reader.controller.openSearchHit(hit);
        const qsizetype money = kQuoted.indexOf(QStringLiteral("money"));
        QCOMPARE(reader.view->selectedRange()->first, money);
        QCOMPARE(reader.view->selectedRange()->second, money + 5);
    }
};

QTEST_MAIN(TestReaderController)
#include "tst_readercontroller.moc"

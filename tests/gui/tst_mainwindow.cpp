// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/peopleregister.h"
#include "annotations/annotationlistmodel.h"
#include "annotations/annotationsdock.h"
#include "annotationstore.h"
#include "articles/articlelistmodel.h"
#include "articlestore.h"
#include "commands/annotationcommand.h"
#include "commands/correctioncommand.h"
#include "import/articleimporter.h"
#include "import/importcontroller.h"
#include "mainwindow.h"
#include "peoplestore.h"
#include "project.h"
#include "project/projectcontroller.h"
#include "reader/articlehighlighter.h"
#include "reader/findbar.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"
#include "search/searchdock.h"
#include "search/searchresultmodel.h"
#include "speakers/speakerlistmodel.h"
#include "speakers/speakersdock.h"
#include "tags/tagsdock.h"
#include "tags/tagtreemodel.h"
#include "tempproject.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Attache;
using Attache::Gui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

    /** A closed project holding one short article per title and outlet; "" when one could not be added. */
    static QString projectWithArticles(Test::TempProject &project,
                                       std::initializer_list<std::pair<const char *, const char *>> articles)
    {
        for (const auto &[title, outlet] : articles) {
            Article article;
            article.title = QString::fromUtf8(title);
            article.outlet = QString::fromUtf8(outlet);
            article.rawText = article.cleanText = article.title + QStringLiteral(" body");
            if (project->articles()->add(article).id <= 0) {
                return {};
            }
        }
        project.close();
        return project.path();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensAProjectAndShowsItsArticles()
    {
        Test::TempProject project;
        Article article;
        article.title = QStringLiteral("Ministers meet");
        article.rawText = article.cleanText = QStringLiteral("The ministers met on Tuesday.");
        QVERIFY(project->articles()->add(article).id > 0);
        const QString path = project.path();
        project.close();

        MainWindow window;
        QString error;
        QVERIFY2(window.openProject(path, &error), qPrintable(error));
        QVERIFY(window.findChild<Attache::Gui::ProjectController *>()->project());
        QCOMPARE(window.findChild<Gui::ReaderController *>()->articleModel()->rowCount(), 1);
        auto *reader = window.findChild<Gui::ReaderView *>(QStringLiteral("readerView"));
        QVERIFY(reader);
        QCOMPARE(reader->title(), QStringLiteral("Ministers meet"));
        QCOMPARE(reader->text(), QStringLiteral("The ministers met on Tuesday."));
        QVERIFY(window.windowTitle().contains(QStringLiteral("test")));

        auto *recent = window.findChild<QMenu *>(QStringLiteral("menuRecent"));
        QVERIFY(recent);
        QCOMPARE(recent->actions().constFirst()->toolTip(), path);

        window.closeProject();
        QVERIFY(!window.findChild<Attache::Gui::ProjectController *>()->project());
        QCOMPARE(window.findChild<Gui::ReaderController *>()->articleModel()->rowCount(), 0);
    }

    void badProjectGivesAnErrorAndNoProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-project.attache"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain text");
        file.close();
        MainWindow window;
        QString error;
        QVERIFY(!window.openProject(path, &error));
        QVERIFY(error.contains(QStringLiteral("not an Attaché project")));
        QVERIFY(!window.findChild<Attache::Gui::ProjectController *>()->project());
    }

    void newProjectNeverReplacesAProject()
    {
        Test::TempProject other;
        const QString otherPath = projectWithArticles(other, {{"Kept", "Outlet"}});
        QVERIFY(!otherPath.isEmpty());
        const QByteArray otherDigest = Test::fileDigest(otherPath);
        Test::TempProject open;
        const QString openPath = projectWithArticles(open, {{"Open", "Outlet"}});
        QVERIFY(!openPath.isEmpty());

        MainWindow window;
        QString error;
        QVERIFY2(window.openProject(openPath, &error), qPrintable(error));
        QVERIFY(!window.findChild<Attache::Gui::ProjectController *>()->replaceWithProject(openPath, &error));
        QVERIFY2(error.contains(QStringLiteral("is the open project")), qPrintable(error));
        QCOMPARE(window.findChild<Attache::Gui::ProjectController *>()->project()->path(), openPath);
        QCOMPARE(window.findChild<Attache::Gui::ProjectController *>()->project()->articles()->count(), 1);

        QVERIFY(!window.findChild<Attache::Gui::ProjectController *>()->replaceWithProject(otherPath, &error));
        QVERIFY2(error.contains(QStringLiteral("is an Attaché project")), qPrintable(error));
        QCOMPARE(Test::fileDigest(otherPath), otherDigest);
        QCOMPARE(window.findChild<Attache::Gui::ProjectController *>()->project()->path(), openPath);

        // A file that is not a project may be replaced, once the save dialog has asked.
        const QString notes = open.dirPath() + QStringLiteral("/notes.attache");
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain notes");
        file.close();
        QVERIFY2(window.findChild<Attache::Gui::ProjectController *>()->replaceWithProject(notes, &error),
                 qPrintable(error));
        QCOMPARE(window.findChild<Attache::Gui::ProjectController *>()->project()->path(), notes);
    }

    void emptyStatesSayWhatToDo()
    {
        MainWindow window;
        auto *hint = window.findChild<QStackedWidget *>()->currentWidget()->findChild<QLabel *>();
        QVERIFY(hint);
        QVERIFY(hint->text().contains(QStringLiteral("Open a project")));
        Test::TempProject project;
        const QString path = project.path();
        project.close();
        QString error;
        QVERIFY(window.openProject(path, &error));
        QVERIFY(hint->text().contains(QStringLiteral("Import an article to begin")));
    }

    void filterNarrowsTheArticleList()
    {
        Test::TempProject project;
        const QString path = projectWithArticles(
            project, {{"Grid talks", "Baltic Times"}, {"Trade summit", "Nikkei"}, {"Grid outage", "Reuters"}});
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QString error;
        QVERIFY(window.openProject(path, &error));
        auto *view = window.findChild<QTableView *>(QStringLiteral("articleView"));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("articleFilter"));
        QVERIFY(view && filter);
        QCOMPARE(view->model()->rowCount(), 3);
        filter->setText(QStringLiteral("grid"));
        QCOMPARE(view->model()->rowCount(), 2);
        filter->setText(QStringLiteral("nikkei"));
        QCOMPARE(view->model()->rowCount(), 1);
        filter->clear();
        QCOMPARE(view->model()->rowCount(), 3);
    }

    void headerSortsTheArticleListAndKeepsTheArticleShown()
    {
        Test::TempProject project;
        const QString path = projectWithArticles(
            project, {{"Grid talks", "Reuters"}, {"Trade summit", "Baltic Times"}, {"Accord signed", "Nikkei"}});
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QString error;
        QVERIFY(window.openProject(path, &error));
        auto *view = window.findChild<QTableView *>(QStringLiteral("articleView"));
        QVERIFY(view);
        // Sorted by title at first, the first article shown.
        QCOMPARE(view->model()->index(0, Gui::ArticleListModel::Title).data().toString(),
                 QStringLiteral("Accord signed"));
        const qint64 shown = window.findChild<Gui::ReaderController *>()->currentArticleId();
        QCOMPARE(view->currentIndex().data(Gui::ArticleListModel::ArticleIdRole).toLongLong(), shown);

        view->sortByColumn(Gui::ArticleListModel::Outlet, Qt::AscendingOrder);
        QCOMPARE(view->model()->index(0, Gui::ArticleListModel::Outlet).data().toString(),
                 QStringLiteral("Baltic Times"));
        QCOMPARE(view->model()->index(2, Gui::ArticleListModel::Outlet).data().toString(), QStringLiteral("Reuters"));
        // The list was read again; the shown article stays shown and selected.
        QCOMPARE(window.findChild<Gui::ReaderController *>()->currentArticleId(), shown);
        QCOMPARE(view->currentIndex().row(), 1);
        QCOMPARE(view->currentIndex().data(Gui::ArticleListModel::ArticleIdRole).toLongLong(), shown);
    }

    void fileMenuHasItsActions()
    {
        MainWindow window;
        QStringList texts;
        for (const QAction *action : window.findChild<QMenu *>(QStringLiteral("menuFile"))->actions()) {
            texts.append(action->text());
        }
        QVERIFY(texts.contains(QStringLiteral("&New Project…")));
        QVERIFY(texts.contains(QStringLiteral("&Open Project…")));
        QVERIFY(texts.contains(QStringLiteral("Open &Recent")));
        QVERIFY(texts.contains(QStringLiteral("&Quit")));
    }

    void importsFilesAndDroppedFilesOffTheGuiThread()
    {
        Test::TempProject project;
        const QString path = project.path();
        project.close();
        QTemporaryDir sources;
        for (int i = 1; i <= 3; ++i) {
            QFile file(sources.filePath(QStringLiteral("article%1.txt").arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Talks in round " + QByteArray::number(i) + "\n\nThe envoy said the round "
                       + QByteArray::number(i) + " of talks had ended.\n");
        }
        QFile empty(sources.filePath(QStringLiteral("empty.txt")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();

        MainWindow window;
        QString error;
        QVERIFY(window.openProject(path, &error));
        QSignalSpy finished(window.findChild<Attache::Gui::ImportController *>(),
                            &Attache::Gui::ImportController::finished);
        window.findChild<Attache::Gui::ImportController *>()->importPaths(
            {sources.filePath(QStringLiteral("article1.txt")), sources.filePath(QStringLiteral("empty.txt"))});
        QVERIFY(window.findChild<Attache::Gui::ImportController *>()->isImporting());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toString(),
                 QStringLiteral("Imported 1, skipped 0 already in the project, failed 1."));
        QCOMPARE(window.findChild<Gui::ReaderController *>()->articleModel()->rowCount(), 1);
        auto *failures = window.findChild<QMessageBox *>();
        QVERIFY(failures);
        QVERIFY(failures->detailedText().contains(QStringLiteral("empty.txt")));
        failures->close();
        QTRY_VERIFY(!window.findChild<QMessageBox *>());

        QVERIFY(!window.findChild<Attache::Gui::ImportController *>()->importUrl(
            QStringLiteral("ftp://example.org/article.txt")));
        QVERIFY(!window.findChild<Attache::Gui::ImportController *>()->importUrl(QStringLiteral("file:///etc/passwd")));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(sources.path())});
        QVERIFY(window.acceptDrops());
        QVERIFY(window.findChild<Attache::Gui::ImportController *>()->importDropped(&mime));
        QVERIFY(!window.findChild<Attache::Gui::ImportController *>()->importDropped(&mime)); // one import at a time
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constLast().constFirst().toString(),
                 QStringLiteral("Imported 2, skipped 1 already in the project, failed 1."));
        QCOMPARE(window.findChild<Gui::ReaderController *>()->articleModel()->rowCount(), 3);
    }

    void highlightNoteUndoAndRedo()
    {
        Test::TempProject project;
        Article article;
        article.title = QStringLiteral("Grid talks");
        article.rawText = article.cleanText = QStringLiteral("The minister said the cable would be finished in 2027.");
        QVERIFY(project->articles()->add(article).id > 0);
        const QString path = project.path();
        project.close();

        MainWindow window;
        QString error;
        QVERIFY(window.openProject(path, &error));
        auto *reader = window.findChild<Gui::ReaderView *>(QStringLiteral("readerView"));
        auto *annotations = window.findChild<Gui::AnnotationsDock *>();
        auto *tags = window.findChild<Gui::TagsDock *>();
        QVERIFY(annotations && tags);
        QVERIFY(!annotations->highlightAction()->isEnabled());
        QVERIFY(!annotations->highlightSelection(QStringLiteral("#ffe066"))); // nothing selected
        reader->showRange(4, 12);
        QVERIFY(annotations->highlightAction()->isEnabled());
        QVERIFY(annotations->highlightSelection(QStringLiteral("#ffe066")));
        QCOMPARE(annotations->model()->rowCount(), 1);
        QCOMPARE(annotations->model()->index(0, 0).data().toString(), QStringLiteral("minister"));
        QCOMPARE(reader->highlighter()->spansAt(6).size(), 1);
        QCOMPARE(reader->highlighter()->spansAt(6).constFirst().background, QColor(QStringLiteral("#ffe066")));
        QCOMPARE(window.findChild<QUndoStack *>()->undoText(), QStringLiteral("Highlight"));

        window.findChild<QUndoStack *>()->undo();
        QCOMPARE(annotations->model()->rowCount(), 0);
        QVERIFY(reader->highlighter()->spansAt(6).isEmpty());
        window.findChild<QUndoStack *>()->redo();
        QCOMPARE(annotations->model()->rowCount(), 1);
        QCOMPARE(window.findChild<Attache::Gui::ProjectController *>()->project()->counts().annotations, 1);

        const qint64 tag = tags->addTag(QStringLiteral("Infrastructure"));
        QVERIFY(tag > 0);
        QCOMPARE(tags->model()->rowCount(), 1);
        QVERIFY(!tags->addTag(QStringLiteral("Infrastructure"))); // a duplicate sibling is refused
        window.findChild<QUndoStack *>()->undo();
        QCOMPARE(tags->model()->rowCount(), 0);
        window.findChild<QUndoStack *>()->redo();
        QCOMPARE(tags->model()->rowCount(), 1);
    }

    void findAndZoomInTheArticle()
    {
        Test::TempProject project;
        Article article;
        article.title = QStringLiteral("Sanctions");
        article.rawText = article.cleanText
            = QStringLiteral("Sanctions were lifted.\n\nLater the sanctions returned, and sanctions stayed.");
        QVERIFY(project->articles()->add(article).id > 0);
        const QString path = project.path();
        project.close();
        MainWindow window;
        QString error;
        QVERIFY(window.openProject(path, &error));
        auto *reader = window.findChild<Gui::ReaderView *>(QStringLiteral("readerView"));
        Gui::FindBar *find = reader->findBar();
        find->setSearchText(QStringLiteral("sanctions"));
        QCOMPARE(find->matchCount(), 3);
        QCOMPARE(reader->highlighter()->spans(Gui::ArticleHighlighter::FindMatches).size(), 3);
        QVERIFY(find->find(true));
        QCOMPARE(reader->selectedRange()->first, 0);
        QVERIFY(find->find(true));
        QVERIFY(find->find(true));
        QVERIFY(find->find(true)); // wraps to the first match
        QCOMPARE(reader->selectedRange()->first, 0);
        QVERIFY(find->find(false)); // and back to the last
        QCOMPARE(reader->selectedRange()->first, article.cleanText.lastIndexOf(QStringLiteral("sanctions")));
        find->setSearchText(QStringLiteral("embargo"));
        QCOMPARE(find->matchCount(), 0);
        QVERIFY(!find->find(true));

        const qreal size = reader->fontPointSize();
        reader->zoom(2);
        QCOMPARE(reader->fontPointSize(), size + 2);
        reader->zoom(0);
        QCOMPARE(reader->fontPointSize(), size);
    }

    void correctionsAreUndoableAndSurviveReopening()
    {
        Test::TempProject project;
        Article article;
        article.title = QStringLiteral("Grid talks");
        article.rawText = article.cleanText = QStringLiteral(
            "\"We will finish the cable,\" said Estonian Foreign Minister Kaja Linnus.\n\n"
            "\"The money is not there yet,\" said Marta Kowalczyk, a senior fellow at the Warsaw Institute.");
        QVERIFY(project->articles()->add(article).id > 0);
        const QString path = project.path();
        project.close();

        auto window = std::make_unique<MainWindow>();
        QString error;
        QVERIFY(window->openProject(path, &error));
        QCOMPARE(window->findChild<Gui::SpeakersDock *>()->model()->result().quotes.size(), 2);
        QCOMPARE(window->findChild<Gui::SpeakersDock *>()->model()->rowCount(), 2);

        QVERIFY(window->findChild<Gui::SpeakersDock *>()->rejectQuote(0));
        QCOMPARE(window->findChild<Gui::SpeakersDock *>()->model()->result().quotes.size(), 1);
        window->findChild<QUndoStack *>()->undo();
        QCOMPARE(window->findChild<Gui::SpeakersDock *>()->model()->result().quotes.size(), 2);
        window->findChild<QUndoStack *>()->redo();
        QCOMPARE(window->findChild<Gui::SpeakersDock *>()->model()->result().quotes.size(), 1);

        const qint64 linnus = window->findChild<Attache::Gui::ProjectController *>()->project()->people()->findPerson(
            QStringLiteral("Kaja Linnus"));
        QVERIFY(linnus > 0);
        QVERIFY(window->findChild<Gui::SpeakersDock *>()->reassignQuote(0, linnus));
        const Analysis::AnalysisResult after = window->findChild<Gui::SpeakersDock *>()->model()->result();
        QCOMPARE(after.speakers.at(after.quotes.at(0).speaker).name, QStringLiteral("Kaja Linnus"));

        window->findChild<QUndoStack *>()->push(Gui::CorrectionCommand::forPerson(
            window->findChild<Attache::Gui::ProjectController *>()->project()->people(),
            Gui::CorrectionCommand::Action::Rename, linnus, QStringLiteral("Kaja Linnus-Tamm"), &error));
        window->findChild<QUndoStack *>()->undo();
        window->findChild<QUndoStack *>()->push(Gui::CorrectionCommand::forPerson(
            window->findChild<Attache::Gui::ProjectController *>()->project()->people(),
            Gui::CorrectionCommand::Action::SetKind, linnus, QStringLiteral("expert"), &error));
        window->findChild<QUndoStack *>()->undo();

        window.reset();
        window = std::make_unique<MainWindow>();
        QVERIFY(window->openProject(path, &error));
        const Analysis::AnalysisResult reopened = window->findChild<Gui::SpeakersDock *>()->model()->result();
        QCOMPARE(reopened.quotes.size(), 1);
        QCOMPARE(reopened.speakers.at(reopened.quotes.at(0).speaker).name, QStringLiteral("Kaja Linnus"));
        QCOMPARE(reopened.speakers.at(reopened.quotes.at(0).speaker).kind, Analysis::SpeakerKind::Official);
    }

    void seedArticleRoundTrip()
    {
        Test::TempProject project;
        const Import::ImportResult seed = Import::ArticleImporter::importFile(Test::sampleArticlePath());
        QVERIFY2(seed.ok(), qPrintable(seed.error));
        const qint64 articleId = project->articles()->add(seed.article).id;
        QVERIFY(articleId > 0);
        const QString path = project.path();
        project.close();

        auto window = std::make_unique<MainWindow>();
        QString error;
        QVERIFY(window->openProject(path, &error));
        QVERIFY(window->findChild<Gui::SpeakersDock *>()->model()->rowCount() >= 6);
        auto *reader = window->findChild<Gui::ReaderView *>(QStringLiteral("readerView"));
        const qsizetype fund = reader->text().indexOf(QStringLiteral("joint insurance fund"));
        QVERIFY(fund > 0);
        reader->showRange(fund, fund + 20);
        QVERIFY(window->findChild<Gui::AnnotationsDock *>()->highlightSelection(QStringLiteral("#a5d8ff")));
        const qint64 tag = window->findChild<Gui::TagsDock *>()->addTag(QStringLiteral("Sanctions"));
        QVERIFY(tag > 0);
        Annotation note = *window->findChild<Attache::Gui::ProjectController *>()->project()->annotations()->annotation(
            window->findChild<Gui::AnnotationsDock *>()
                ->model()
                ->index(0, 0)
                .data(Gui::AnnotationListModel::AnnotationIdRole)
                .toLongLong());
        const Annotation before = note;
        note.note = QStringLiteral("The lever Washington keeps mentioning.");
        note.tagIds = {tag};
        window->findChild<QUndoStack *>()->push(
            new Gui::AnnotationCommand(window->findChild<Attache::Gui::ProjectController *>()->project()->annotations(),
                                       Gui::AnnotationCommand::Action::Edit, before, note, &error));
        window->findChild<QUndoStack *>()->undo();
        QVERIFY(window->findChild<Attache::Gui::ProjectController *>()
                    ->project()
                    ->annotations()
                    ->annotation(note.id)
                    ->note.isEmpty());
        window->findChild<QUndoStack *>()->redo();
        QCOMPARE(window->findChild<Attache::Gui::ProjectController *>()
                     ->project()
                     ->annotations()
                     ->annotation(note.id)
                     ->tagIds,
                 QList<qint64> {tag});

        const int quotes = int(window->findChild<Gui::SpeakersDock *>()->model()->result().quotes.size());
        const qint64 wrobel = window->findChild<Attache::Gui::ProjectController *>()->project()->people()->findPerson(
            QStringLiteral("Piotr Wrobel"));
        QVERIFY(wrobel > 0);
        QVERIFY(window->findChild<Gui::SpeakersDock *>()->reassignQuote(0, wrobel));

        window.reset();
        window = std::make_unique<MainWindow>();
        QVERIFY(window->openProject(path, &error));
        QCOMPARE(window->findChild<Gui::AnnotationsDock *>()->model()->rowCount(), 1);
        const Annotation reopened
            = *window->findChild<Attache::Gui::ProjectController *>()->project()->annotations()->annotation(note.id);
        QCOMPARE(reopened.anchor->exact, QStringLiteral("joint insurance fund"));
        QCOMPARE(reopened.note, QStringLiteral("The lever Washington keeps mentioning."));
        QCOMPARE(reopened.tagIds, QList<qint64> {tag});
        const Analysis::AnalysisResult analysis = window->findChild<Gui::SpeakersDock *>()->model()->result();
        QCOMPARE(int(analysis.quotes.size()), quotes);
        QCOMPARE(analysis.speakers.at(analysis.quotes.at(0).speaker).name, QStringLiteral("Piotr Wrobel"));

        // A search finds the note and opens the article at its passage.
        QVERIFY(window->findChild<Gui::SearchDock *>()->searchProject(QStringLiteral("lever")) >= 1);
        QCOMPARE(window->findChild<Gui::SearchDock *>()->model()->hitAt(0).kind, SearchHit::Kind::Annotation);
        window->findChild<Gui::SearchDock *>()->activateHit(0);
        auto *reopenedReader = window->findChild<Gui::ReaderView *>(QStringLiteral("readerView"));
        QCOMPARE(reopenedReader->textView()->textCursor().selectedText(), QStringLiteral("joint insurance fund"));

        // The search panel shows snippets as the index cut them, marked with "…" (never "â€¦").
        const int hits = window->findChild<Gui::SearchDock *>()->searchProject(QStringLiteral("insurers"));
        QVERIFY(hits >= 1);
        bool cut = false;
        for (int row = 0; row < hits; ++row) {
            const QString snippet = window->findChild<Gui::SearchDock *>()
                                        ->model()
                                        ->index(row, Gui::SearchResultModel::Match)
                                        .data()
                                        .toString();
            QVERIFY2(!snippet.contains(u'â'), qPrintable(snippet));
            cut = cut || snippet.contains(u'…');
        }
        QVERIFY(cut);
    }

    void screenshotRendersTheWindow()
    {
        Test::TempProject project;
        Article article;
        article.title = QStringLiteral("Screenshot article");
        article.rawText = article.cleanText = QStringLiteral("Body text.");
        QVERIFY(project->articles()->add(article).id > 0);
        project.close();
        const QString png = project.dirPath() + QStringLiteral("/shot.png");

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), project.dirPath());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ATTACHE_GUI_PATH), {QStringLiteral("--screenshot"), png, project.path()});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput().trimmed(), png.toUtf8());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1440, 900));
        // A real render has many colours (text, header, selection); a blank surface has one or two.
        QSet<QRgb> colors;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                colors.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colors.size() > 8, qPrintable(QString::number(colors.size())));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

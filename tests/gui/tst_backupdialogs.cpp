// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlelistmodel.h"
#include "articlestore.h"
#include "backup/backuplistmodel.h"
#include "backup/damagedprojectdialog.h"
#include "backup/restorebackupdialog.h"
#include "db/backup.h"
#include "mainwindow.h"
#include "project.h"
#include "project/projectcontroller.h"
#include "reader/readercontroller.h"
#include "tempproject.h"
#include "testclock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <functional>

using namespace Attache;
using namespace Attache::Gui;

namespace {

/** Runs answer on the next modal dialog to open, once it is showing; answer must close it. */
void whenModal(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(0, qApp, [answer = std::move(answer)] {
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = QApplication::activeModalWidget()) != nullptr);
        answer(dialog);
    });
}

void addArticle(Project *project, const QString &title)
{
    Article article;
    article.title = title;
    article.rawText = article.cleanText = title + QStringLiteral(" said nothing.");
    QVERIFY(project->articles()->add(article).id > 0);
}

/** Files beside path whose names say they were moved aside by a restore. */
QStringList movedAside(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().entryList({info.completeBaseName() + QStringLiteral("-before-restore-*.attache")},
                                        QDir::Files);
}

} // namespace

class TestBackupDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listShowsWhenHowLargeAndWhy()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        BackupListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);
        Test::TestClock clock(start);
        QString error;
        for (const QString &reason :
             {QStringLiteral("before-v2"), QStringLiteral("scheduled"), QStringLiteral("manual")}) {
            clock.advance(60);
            QVERIFY2(!Db::Backup::create(project->database(), project.path(), reason, 5, &error).isEmpty(),
                     qPrintable(error));
        }
        model.setProject(project.path());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(BackupListModel::ColumnCount));
        const QModelIndex newest = model.index(0, BackupListModel::Created);
        const QDateTime made = start.addSecs(180);
        QCOMPARE(newest.data(BackupListModel::CreatedRole).toDateTime(), made);
        QCOMPARE(newest.data().toString(), QLocale().toString(made.toLocalTime(), QLocale::ShortFormat));
        const QString path = newest.data(BackupListModel::PathRole).toString();
        QCOMPARE(path, Db::Backup::list(project.path()).constFirst());
        QCOMPARE(model.index(0, BackupListModel::Size).data().toString(),
                 QLocale().formattedDataSize(QFileInfo(path).size()));
        QCOMPARE(model.index(0, BackupListModel::Reason).data().toString(), QStringLiteral("Made on request"));
        QCOMPARE(model.index(1, BackupListModel::Reason).data().toString(), QStringLiteral("Scheduled"));
        QCOMPARE(model.index(2, BackupListModel::Reason).data().toString(),
                 QStringLiteral("Before upgrading to project format 2"));
        model.setProject({});
        QCOMPARE(model.rowCount(), 0);
    }

    void unknownReasonsStayBlank_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("described");
        QTest::newRow("manual") << QStringLiteral("manual") << QStringLiteral("Made on request");
        QTest::newRow("upgrade") << QStringLiteral("before-v12")
                                 << QStringLiteral("Before upgrading to project format 12");
        QTest::newRow("unknown") << QStringLiteral("before-lunch") << QString();
        QTest::newRow("none") << QString() << QString();
    }

    void unknownReasonsStayBlank()
    {
        QFETCH(QString, reason);
        QFETCH(QString, described);
        QCOMPARE(BackupListModel::describeReason(reason), described);
    }

    void restoreNeedsAChoiceAndSaysWhatHappensToTheFile()
    {
        Test::TempProject project;
        QString error;
        QVERIFY(!project->backup(&error).isEmpty());
        RestoreBackupDialog dialog(project.path());
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QVERIFY(dialog.selectedBackup().isEmpty());
        dialog.view()->selectRow(0);
        QVERIFY(dialog.restoreButton()->isEnabled());
        QCOMPARE(dialog.selectedBackup(), Db::Backup::list(project.path()).constFirst());
        const QString question = dialog.confirmationText();
        QVERIFY2(question.contains(dialog.model()->index(0, 0).data().toString()), qPrintable(question));
        QVERIFY2(question.contains(QFileInfo(project.path()).completeBaseName() + QStringLiteral("-before-restore-")),
                 qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("not deleted")), qPrintable(question));
    }

    void fileMenuRestoresABackupAndKeepsTheCurrentFile()
    {
        Test::TempProject project;
        addArticle(project.get(), QStringLiteral("Before the backup"));
        QString error;
        QVERIFY2(!project->backup(&error).isEmpty(), qPrintable(error));
        addArticle(project.get(), QStringLiteral("After the backup"));
        const QString path = project.path();
        project.close();

        MainWindow window;
        QVERIFY2(window.openProject(path, &error), qPrintable(error));
        QCOMPARE(window.findChild<Gui::ReaderController *>()->articleModel()->rowCount(), 2);
        auto *action = window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());

        bool confirmed = false;
        whenModal([&confirmed](QWidget *widget) {
            auto *dialog = qobject_cast<RestoreBackupDialog *>(widget);
            QVERIFY(dialog);
            dialog->view()->selectRow(0);
            whenModal([&confirmed](QWidget *question) {
                auto *box = qobject_cast<QMessageBox *>(question);
                QVERIFY(box);
                QVERIFY(box->text().contains(QStringLiteral("-before-restore-")));
                confirmed = true;
                box->button(QMessageBox::Yes)->click();
            });
            dialog->restoreButton()->click();
        });
        action->trigger();

        QVERIFY(confirmed);
        QVERIFY(window.findChild<Attache::Gui::ProjectController *>()->project());
        QCOMPARE(window.findChild<Attache::Gui::ProjectController *>()->project()->path(),
                 QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.findChild<Gui::ReaderController *>()->articleModel()->rowCount(), 1);
        const QStringList aside = movedAside(path);
        QCOMPARE(aside.size(), 1);
        ProjectError openError;
        const std::unique_ptr<Project> previous
            = Project::open(QFileInfo(path).absoluteDir().filePath(aside.constFirst()), &openError);
        QVERIFY2(previous, qPrintable(openError.message));
        QCOMPARE(previous->counts().articles, 2);
    }

    void cancellingTheConfirmationChangesNothing()
    {
        Test::TempProject project;
        addArticle(project.get(), QStringLiteral("Only article"));
        QString error;
        QVERIFY(!project->backup(&error).isEmpty());
        const QString path = project.path();
        project.close();
        MainWindow window;
        QVERIFY(window.openProject(path, &error));
        whenModal([](QWidget *widget) {
            auto *dialog = qobject_cast<RestoreBackupDialog *>(widget);
            QVERIFY(dialog);
            dialog->view()->selectRow(0);
            whenModal([](QWidget *question) {
                auto *box = qobject_cast<QMessageBox *>(question);
                QVERIFY(box);
                box->button(QMessageBox::Cancel)->click();
            });
            dialog->restoreButton()->click();
            // The confirmation was refused: the list stays open until cancelled too.
            QVERIFY(dialog->isVisible());
            dialog->reject();
        });
        window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"))->trigger();
        QVERIFY(window.findChild<Attache::Gui::ProjectController *>()->project());
        QVERIFY(movedAside(path).isEmpty());
    }

    void damagedProjectOffersItsNewestBackup()
    {
        Test::TempProject project;
        addArticle(project.get(), QStringLiteral("Saved in time"));
        QString error;
        QVERIFY2(!project->backup(&error).isEmpty(), qPrintable(error));
        const QString path = QFileInfo(project.path()).absoluteFilePath();
        project.close();

        MainWindow window;
        QVERIFY(window.openProject(path, &error));
        window.closeProject();
        QVERIFY(Test::scribble(path, 100, 3900));
        const QByteArray damaged = Test::fileDigest(path);

        QString informative;
        whenModal([&informative](QWidget *widget) {
            auto *dialog = qobject_cast<DamagedProjectDialog *>(widget);
            QVERIFY(dialog);
            informative = dialog->informativeText();
            dialog->restoreButton()->click();
        });
        auto *recent = window.findChild<QMenu *>(QStringLiteral("menuRecent"));
        QVERIFY(recent);
        QCOMPARE(recent->actions().constFirst()->toolTip(), path);
        recent->actions().constFirst()->trigger();

        QVERIFY2(informative.contains(QStringLiteral("-before-restore-")), qPrintable(informative));
        QVERIFY(window.findChild<Attache::Gui::ProjectController *>()->project());
        QCOMPARE(window.findChild<Gui::ReaderController *>()->articleModel()->rowCount(), 1);
        const QStringList aside = movedAside(path);
        QCOMPARE(aside.size(), 1);
        // The damaged file itself was moved, never written.
        QCOMPARE(Test::fileDigest(QFileInfo(path).absoluteDir().filePath(aside.constFirst())), damaged);
    }

    void damagedProjectIsFoundAfterTheWindowPainted()
    {
        Test::TempProject project;
        for (int i = 0; i < 40; ++i) {
            addArticle(project.get(), QStringLiteral("Article %1 ").arg(i).repeated(200));
        }
        QString error;
        QVERIFY2(!project->backup(&error).isEmpty(), qPrintable(error));
        const QString path = QFileInfo(project.path()).absoluteFilePath();
        project.close();
        // The articles' pages, not the schema: identity and schema still pass, so the project opens.
        QVERIFY(Test::scribble(path, QFileInfo(path).size() / 2, 16384));
        const QByteArray damaged = Test::fileDigest(path);

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy checked(window.findChild<Attache::Gui::ProjectController *>(),
                           &Attache::Gui::ProjectController::integrityChecked);
        QString informative;
        // Armed when the check reports, so that it runs inside the dialog's event loop.
        connect(window.findChild<Attache::Gui::ProjectController *>(),
                &Attache::Gui::ProjectController::integrityChecked, this, [&informative] {
                    whenModal([&informative](QWidget *widget) {
                        auto *dialog = qobject_cast<DamagedProjectDialog *>(widget);
                        QVERIFY(dialog);
                        informative = dialog->detailedText();
                        dialog->button(QMessageBox::Cancel)->click();
                    });
                });
        QVERIFY2(window.openProject(path, &error), qPrintable(error));
        // Open and on screen before the check has run.
        QVERIFY(window.findChild<Attache::Gui::ProjectController *>()->project());
        QCOMPARE(checked.size(), 0);
        QTRY_COMPARE(checked.size(), 1);
        QCOMPARE(checked.constFirst().constFirst().toBool(), false);
        QVERIFY(!window.findChild<Attache::Gui::ProjectController *>()->project());
        QTRY_VERIFY(!informative.isEmpty());
        QVERIFY2(informative.contains(QStringLiteral("damaged")), qPrintable(informative));
        QVERIFY2(informative.contains(Db::Backup::folderFor(path)), qPrintable(informative));
        QCOMPARE(Test::fileDigest(path), damaged);
    }

    void intactProjectIsCheckedAfterTheWindowPainted()
    {
        Test::TempProject project;
        addArticle(project.get(), QStringLiteral("Fine"));
        const QString path = QFileInfo(project.path()).absoluteFilePath();
        project.close();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy checked(window.findChild<Attache::Gui::ProjectController *>(),
                           &Attache::Gui::ProjectController::integrityChecked);
        QString error;
        QVERIFY2(window.openProject(path, &error), qPrintable(error));
        QTRY_COMPARE(checked.size(), 1);
        QCOMPARE(checked.constFirst().constFirst().toBool(), true);
        QVERIFY(window.findChild<Attache::Gui::ProjectController *>()->project());
        QCOMPARE(window.findChild<Gui::ReaderController *>()->articleModel()->rowCount(), 1);
    }

    void decliningTheOfferLeavesTheDamagedFileAlone()
    {
        Test::TempProject project;
        QString error;
        QVERIFY(!project->backup(&error).isEmpty());
        const QString path = QFileInfo(project.path()).absoluteFilePath();
        project.close();
        QVERIFY(Test::scribble(path, 100, 3900));
        const QByteArray damaged = Test::fileDigest(path);
        ProjectError openError;
        QVERIFY(!Project::open(path, &openError));
        QCOMPARE(openError.code, ProjectError::Code::Damaged);
        DamagedProjectDialog dialog(path, openError);
        QVERIFY(dialog.text().contains(QFileInfo(path).fileName()));
        QCOMPARE(dialog.detailedText(), openError.message);
        QVERIFY(dialog.restoreButton());
        QTimer::singleShot(0, &dialog, [&dialog] { dialog.button(QMessageBox::Cancel)->click(); });
        dialog.exec();
        QVERIFY(dialog.clickedButton() != dialog.restoreButton());
        QCOMPARE(Test::fileDigest(path), damaged);
        QVERIFY(movedAside(path).isEmpty());
    }
};

QTEST_MAIN(TestBackupDialogs)
#include "tst_backupdialogs.moc"

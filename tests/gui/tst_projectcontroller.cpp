// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"
#include "project.h"
#include "project/projectcontroller.h"
#include "recentprojects.h"
#include "tempproject.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Attache;
using namespace Attache::Gui;

class TestProjectController : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QWidget window;
        QStatusBar *painted = new QStatusBar(&window);
        RecentProjects recent;
        ProjectController projects {&recent, &window, painted};
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensClosesAndTellsThePartsInOrder()
    {
        Test::TempProject project;
        Article article;
        article.title = QStringLiteral("Ministers meet");
        article.rawText = article.cleanText = QStringLiteral("The ministers met.");
        QVERIFY(project->articles()->add(article).id > 0);
        project.close();

        Fixture fixture;
        QStringList order;
        connect(&fixture.projects, &ProjectController::aboutToChange, this,
                [&order] { order.append(QStringLiteral("about")); });
        connect(&fixture.projects, &ProjectController::projectChanged, this, [&order, &fixture](Project *opened) {
            // The parts are handed the new project while the controller already holds it.
            QCOMPARE(opened, fixture.projects.project());
            order.append(opened ? QStringLiteral("opened") : QStringLiteral("closed"));
        });
        QString error;
        QVERIFY2(fixture.projects.openProject(project.path(), &error), qPrintable(error));
        QCOMPARE(fixture.projects.project()->articles()->count(), 1);
        QCOMPARE(fixture.recent.paths().constFirst(), fixture.projects.project()->path());
        // Opening again closes first: a project is never open twice.
        QVERIFY(fixture.projects.openProject(project.path(), &error));
        fixture.projects.closeProject();
        QVERIFY(!fixture.projects.project());
        QCOMPARE(order,
                 (QStringList {QStringLiteral("about"), QStringLiteral("closed"), QStringLiteral("about"),
                               QStringLiteral("opened"), QStringLiteral("about"), QStringLiteral("closed"),
                               QStringLiteral("about"), QStringLiteral("opened"), QStringLiteral("about"),
                               QStringLiteral("closed")}));
    }

    void refusesWhatIsNotAProjectAndNeverReplacesOne()
    {
        QTemporaryDir dir;
        const QString notes = dir.filePath(QStringLiteral("notes.attache"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain notes");
        file.close();
        Fixture fixture;
        QString error;
        QVERIFY(!fixture.projects.openProject(notes, &error));
        QVERIFY(error.contains(QStringLiteral("not an Attaché project")));
        QVERIFY(!fixture.projects.project());

        const QString missing = dir.filePath(QStringLiteral("gone.attache"));
        fixture.recent.add(missing);
        QVERIFY(!fixture.projects.openProject(missing, &error));
        QVERIFY(!fixture.recent.paths().contains(missing)); // a missing project leaves the recent list

        Test::TempProject other;
        const QString otherPath = other.path();
        other.close();
        const QByteArray digest = Test::fileDigest(otherPath);
        QVERIFY(!fixture.projects.replaceWithProject(otherPath, &error));
        QVERIFY2(error.contains(QStringLiteral("is an Attaché project")), qPrintable(error));
        QCOMPARE(Test::fileDigest(otherPath), digest);

        // A file that is not a project may be replaced, once the save dialog has asked.
        QVERIFY2(fixture.projects.replaceWithProject(notes, &error), qPrintable(error));
        QCOMPARE(fixture.projects.project()->path(), notes);
        QVERIFY(!fixture.projects.replaceWithProject(notes, &error));
        QVERIFY2(error.contains(QStringLiteral("is the open project")), qPrintable(error));
        QVERIFY(!fixture.projects.createProject(dir.filePath(QStringLiteral("no/such/folder/x.attache")), &error));
        QVERIFY(!error.isEmpty());
    }

    void aWindowOnScreenChecksTheProjectOnceItHasPainted()
    {
        Test::TempProject project;
        const QString path = project.path();
        project.close();
        Fixture fixture;
        fixture.window.resize(300, 200);
        fixture.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fixture.window));
        QSignalSpy checked(&fixture.projects, &ProjectController::integrityChecked);
        QSignalSpy messages(&fixture.projects, &ProjectController::message);
        QString error;
        QVERIFY(fixture.projects.openProject(path, &error));
        QCOMPARE(messages.constFirst().constFirst().toString(), QStringLiteral("Checking the project…"));
        QVERIFY(checked.isEmpty());
        fixture.painted->update();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.constFirst().constFirst().toBool(), true);
        QVERIFY(fixture.projects.project());
    }
};

QTEST_MAIN(TestProjectController)
#include "tst_projectcontroller.moc"

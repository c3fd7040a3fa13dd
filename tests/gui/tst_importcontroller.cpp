// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"
#include "import/importcontroller.h"
#include "tempproject.h"

#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Attache;
using namespace Attache::Gui;

class TestImportController : public QObject
{
    Q_OBJECT

    static void write(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsOneRunAtATimeAndSummarises()
    {
        Test::TempProject project;
        QTemporaryDir sources;
        write(sources.filePath(QStringLiteral("one.txt")), "Talks\n\nThe envoy said the talks had ended.\n");
        write(sources.filePath(QStringLiteral("two.txt")), "More talks\n\nThe minister said more talks would come.\n");
        write(sources.filePath(QStringLiteral("empty.txt")), "");

        QWidget window;
        ImportController import(&window);
        QSignalSpy running(&import, &ImportController::runningChanged);
        QSignalSpy finished(&import, &ImportController::finished);
        QVERIFY(!import.canImport());
        QVERIFY(!import.importUrl(QStringLiteral("https://example.org/a.html"))); // no project
        import.setProject(project.get());
        QVERIFY(import.canImport());
        QVERIFY(!import.importUrl(QStringLiteral("ftp://example.org/article.txt")));
        QVERIFY(!import.importUrl(QStringLiteral("file:///etc/passwd")));

        import.importPaths(
            {sources.filePath(QStringLiteral("one.txt")), sources.filePath(QStringLiteral("empty.txt"))});
        QVERIFY(import.isImporting());
        QVERIFY(!import.canImport());
        QVERIFY(!import.progressBar()->isHidden());
        QVERIFY(!import.cancelButton()->isHidden());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toString(),
                 QStringLiteral("Imported 1, skipped 0 already in the project, failed 1."));
        QCOMPARE(running.size(), 2);
        QCOMPARE(running.constLast().constFirst().toBool(), false);
        QVERIFY(import.progressBar()->isHidden());
        QCOMPARE(project->articles()->count(), 1);
        auto *failures = window.findChild<QMessageBox *>();
        QVERIFY(failures);
        QVERIFY(failures->detailedText().contains(QStringLiteral("empty.txt")));
        failures->close();

        // A drop takes local files only, and only while nothing else is being imported.
        QMimeData remote;
        remote.setUrls({QUrl(QStringLiteral("https://example.org/a.html"))});
        QVERIFY(!import.importDropped(&remote));
        QMimeData folder;
        folder.setUrls({QUrl::fromLocalFile(sources.path())});
        QVERIFY(import.importDropped(&folder));
        QVERIFY(!import.importDropped(&folder));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constLast().constFirst().toString(),
                 QStringLiteral("Imported 1, skipped 1 already in the project, failed 1."));
        QCOMPARE(project->articles()->count(), 2);

        import.setProject(nullptr);
        QVERIFY(!import.canImport());
    }
};

QTEST_MAIN(TestImportController)
#include "tst_importcontroller.moc"

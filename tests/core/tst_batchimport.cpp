// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"
#include "import/batchimport.h"
#include "import/textimporter.h"
#include "tempproject.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

#include <sys/stat.h>

using namespace Attache;
using Attache::Import::BatchImport;

class TestBatchImport : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &content)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    static QByteArray article(int n)
    {
        return "Headline number " + QByteArray::number(n) + "\n\nThe minister said talks would resume in round "
            + QByteArray::number(n) + ".\n";
    }

private Q_SLOTS:
    void expandsFoldersRecursively()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("b/two.txt")), article(2));
        write(dir.filePath(QStringLiteral("a/one.txt")), article(1));
        write(dir.filePath(QStringLiteral("a/.hidden/skip.txt")), article(3));
        write(dir.filePath(QStringLiteral("top.txt")), article(4));
        bool truncated = true;
        const QStringList files = BatchImport::expandPaths({dir.path()}, 100, &truncated);
        QVERIFY(!truncated);
        QCOMPARE(files,
                 (QStringList {dir.filePath(QStringLiteral("a/one.txt")), dir.filePath(QStringLiteral("b/two.txt")),
                               dir.filePath(QStringLiteral("top.txt"))}));
        QCOMPARE(BatchImport::expandPaths({dir.path()}, 2, &truncated).size(), 2);
        QVERIFY(truncated);
    }

    void keepsPipesAndUnreadableFilesToSayWhy()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("locked.txt")), article(1));
        QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("locked.txt")), {}));
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe.txt"))).constData(), 0600), 0);
        bool truncated = true;
        // Left out, they would be lost without a word; the import says why each one fails.
        QCOMPARE(BatchImport::expandPaths({dir.path()}, 100, &truncated),
                 (QStringList {dir.filePath(QStringLiteral("locked.txt")), dir.filePath(QStringLiteral("pipe.txt"))}));
    }

    void importsReportsDuplicatesAndFailures()
    {
        Test::TempProject project;
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("1.txt")), article(1));
        write(dir.filePath(QStringLiteral("2.txt")), article(2));
        write(dir.filePath(QStringLiteral("copy.txt")), article(1));
        write(dir.filePath(QStringLiteral("empty.txt")), QByteArray());
        BatchImport batch(project->articles(), &Import::TextImporter::importFile);
        QSignalSpy finished(&batch, &BatchImport::finished);
        QSignalSpy progress(&batch, &BatchImport::progress);
        bool truncated = false;
        batch.start(BatchImport::expandPaths({dir.path()}, 100, &truncated));
        QVERIFY(batch.isRunning());
        QVERIFY(finished.wait(10000));
        QVERIFY(!batch.isRunning());
        const QList<BatchImport::Outcome> outcomes = batch.outcomes();
        QCOMPARE(outcomes.size(), 4);
        QCOMPARE(outcomes.at(0).status, BatchImport::Outcome::Status::Imported);
        QCOMPARE(outcomes.at(0).title, QStringLiteral("Headline number 1"));
        QCOMPARE(outcomes.at(1).status, BatchImport::Outcome::Status::Imported);
        QCOMPARE(outcomes.at(2).status, BatchImport::Outcome::Status::Duplicate);
        QCOMPARE(outcomes.at(2).articleId, outcomes.at(0).articleId);
        QCOMPARE(outcomes.at(3).status, BatchImport::Outcome::Status::Failed);
        QVERIFY(!outcomes.at(3).reason.isEmpty());
        QCOMPARE(project->articles()->count(), 2);
        QCOMPARE(progress.constLast().at(0).toInt(), 4);
    }

    void cancelKeepsWhatFinished()
    {
        Test::TempProject project;
        QStringList files;
        for (int i = 0; i < 50; ++i) {
            files.append(QString::number(i));
        }
        const auto slowParser = [](const QString &name) {
            QThread::msleep(20);
            return Import::TextImporter::importBytes(article(name.toInt()), name);
        };
        BatchImport batch(project->articles(), slowParser);
        QSignalSpy finished(&batch, &BatchImport::finished);
        connect(&batch, &BatchImport::itemFinished, &batch, [&batch](const BatchImport::Outcome &) {
            if (batch.outcomes().size() == 3) {
                batch.cancel();
            }
        });
        batch.start(files);
        QVERIFY(finished.wait(10000));
        QVERIFY(batch.wasCancelled());
        QCOMPARE(batch.outcomes().size(), 3);
        QCOMPARE(project->articles()->count(), 3);
    }

    void readsOnlyAFewFilesAheadOfTheStore()
    {
        Test::TempProject project;
        QStringList files;
        for (int i = 0; i < 100; ++i) {
            files.append(QString::number(i));
        }
        const auto parsed = std::make_shared<std::atomic_int>(0);
        const auto countingParser = [parsed](const QString &name) {
            ++*parsed;
            return Import::TextImporter::importBytes(article(name.toInt()), name);
        };
        BatchImport batch(project->articles(), countingParser);
        QSignalSpy finished(&batch, &BatchImport::finished);
        QSignalSpy progress(&batch, &BatchImport::progress);
        batch.start(files);
        // Nothing is stored while this thread is busy, so the reader must wait instead of holding
        // every parsed article in the queue.
        QThread::msleep(300);
        QVERIFY2(parsed->load() < 10, qPrintable(QString::number(parsed->load())));
        QVERIFY(finished.wait(20000));
        QCOMPARE(parsed->load(), 100);
        QCOMPARE(batch.outcomes().size(), 100);
        QCOMPARE(project->articles()->count(), 100);
        QCOMPARE(progress.constLast().at(0).toInt(), 100);
    }

    void destroyingWhileTheReaderWaitsReturns()
    {
        Test::TempProject project;
        QStringList files;
        for (int i = 0; i < 100; ++i) {
            files.append(QString::number(i));
        }
        auto batch = std::make_unique<BatchImport>(project->articles(), [](const QString &name) {
            return Import::TextImporter::importBytes(article(name.toInt()), name);
        });
        batch->start(files);
        QThread::msleep(100);
        QElapsedTimer timer;
        timer.start();
        batch.reset();
        QVERIFY(timer.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestBatchImport)
#include "tst_batchimport.moc"

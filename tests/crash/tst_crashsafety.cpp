// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Kills a writer (crashchild) with SIGKILL at random, reproducible moments and checks after each
// kill that the project opens, passes SQLite's full integrity check and holds every item the
// writer reported as committed. Set ATTACHE_CRASH_SEED to replay another schedule and
// ATTACHE_CRASH_RUNS to change the number of kills.

#include "db/sql.h"
#include "project.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Attache;

namespace {

constexpr quint32 kDefaultSeed = 20261128;
constexpr int kDefaultRuns = 120;
/** Kills this often target a project that does not exist yet, to hit Project::create. */
constexpr int kCreateEvery = 10;
constexpr int kMinDelayMs = 2;
constexpr int kMaxDelayMs = 300;
constexpr int kExtraRunsFactor = 3;

struct Reported
{
    bool created = false;
    QSet<qint64> articles;
    QSet<qint64> annotations;
};

Reported parse(const QByteArray &output)
{
    Reported reported;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (line == "created") {
            reported.created = true;
        } else if (words.size() == 2 && words.at(0) == "article") {
            reported.articles.insert(words.at(1).toLongLong());
        } else if (words.size() == 2 && words.at(0) == "annotation") {
            reported.annotations.insert(words.at(1).toLongLong());
        }
    }
    return reported;
}

QSet<qint64> ids(const QSqlDatabase &db, const QString &table)
{
    QSet<qint64> result;
    QSqlQuery query(db);
    // table is one of our own literals, never input.
    if (Db::exec(query, QStringLiteral("SELECT id FROM %1").arg(table))) {
        while (query.next()) {
            result.insert(query.value(0).toLongLong());
        }
    }
    return result;
}

QString integrity(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    QStringList lines;
    if (Db::exec(query, QStringLiteral("PRAGMA integrity_check"))) {
        while (query.next()) {
            lines << query.value(0).toString();
        }
    }
    return lines.join(u"; ");
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingCommitted()
    {
        const quint32 seed = qEnvironmentVariableIsSet("ATTACHE_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("ATTACHE_CRASH_SEED"))
            : kDefaultSeed;
        const int runs = qEnvironmentVariableIsSet("ATTACHE_CRASH_RUNS")
            ? qEnvironmentVariableIntValue("ATTACHE_CRASH_RUNS")
            : kDefaultRuns;
        qInfo("crash schedule seed %u, %d runs", seed, runs);
        QRandomGenerator schedule(seed);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString mainPath = dir.filePath(QStringLiteral("crash.attache"));
        QSet<qint64> allArticles;
        QSet<qint64> allAnnotations;
        int totalReported = 0;

        // A loaded machine starts the writer slowly and the kills then land before most commits: such a
        // schedule goes on, with longer delays, until the writers have committed enough to prove something.
        for (int run = 0; run < runs || (totalReported <= runs && run < kExtraRunsFactor * runs); ++run) {
            const bool fresh = run % kCreateEvery == kCreateEvery - 1;
            const QString path = fresh ? dir.filePath(QStringLiteral("fresh-%1.attache").arg(run)) : mainPath;
            // Until a writer has created the main project, a run on it creates it too; on a loaded machine the
            // kill can come before that.
            const bool creates = fresh || !QFileInfo::exists(mainPath);
            const int slowdown = 1 + run / runs;
            const int delayMs = slowdown * (kMinDelayMs + int(schedule.bounded(kMaxDelayMs - kMinDelayMs + 1)));
            const QString context = QStringLiteral("run %1 (seed %2, kill after %3 ms, %4)")
                                        .arg(run)
                                        .arg(seed)
                                        .arg(delayMs)
                                        .arg(fresh ? QStringLiteral("new project") : QStringLiteral("main project"));

            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QStringLiteral(ATTACHE_CRASHCHILD_PATH), {path, QString::number(quint64(seed) * 1000 + run)});
            QVERIFY2(child.waitForStarted(), qPrintable(context));
            QThread::msleep(delayMs);
            child.kill(); // SIGKILL on Unix: no destructor, no rollback, no flush runs
            QVERIFY2(child.waitForFinished(10000), qPrintable(context));
            const QByteArray err = child.readAllStandardError();
            if (child.exitStatus() == QProcess::NormalExit) {
                QFAIL(
                    qPrintable(context + QStringLiteral(": the writer stopped by itself: ") + QString::fromUtf8(err)));
            }
            const Reported reported = parse(child.readAllStandardOutput());

            if (creates && !reported.created) {
                // Killed inside Project::create: whatever is left must not pass for a good project
                // with missing data; either it opens cleanly or it is refused with a clear message.
                {
                    ProjectError error;
                    const std::unique_ptr<Project> partial = Project::open(path, &error);
                    if (partial) {
                        QCOMPARE(integrity(partial->database()), QStringLiteral("ok"));
                    } else {
                        QVERIFY2(!error.message.isEmpty(), qPrintable(context));
                    }
                }
                if (!fresh) {
                    // The next run creates the main project again.
                    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                        QFile::remove(mainPath + suffix);
                    }
                }
                continue;
            }

            ProjectError error;
            const std::unique_ptr<Project> project = Project::open(path, &error);
            QVERIFY2(project, qPrintable(context + QStringLiteral(": ") + error.message));
            const QSqlDatabase db = project->database();
            QCOMPARE(integrity(db), QStringLiteral("ok"));
            QSet<qint64> expectedArticles = reported.articles;
            QSet<qint64> expectedAnnotations = reported.annotations;
            if (!fresh) {
                allArticles.unite(reported.articles);
                allAnnotations.unite(reported.annotations);
                expectedArticles = allArticles;
                expectedAnnotations = allAnnotations;
            }
            totalReported += int(reported.articles.size() + reported.annotations.size());
            const QSet<qint64> articles = ids(db, QStringLiteral("articles"));
            const QSet<qint64> annotations = ids(db, QStringLiteral("annotations"));
            QVERIFY2(articles.contains(expectedArticles),
                     qPrintable(context + QStringLiteral(": a reported article is missing")));
            QVERIFY2(annotations.contains(expectedAnnotations),
                     qPrintable(context + QStringLiteral(": a reported annotation is missing")));
        }
        qInfo("%d committed items reported and found", totalReported);
        // A schedule that never let the writer commit anything would prove nothing.
        QVERIFY(totalReported > runs);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A project on a read-only medium and a project on a full disk, made real with small tmpfs mounts
// in a private mount namespace of this test process (children such as attache-cli share it).
// Skips cleanly where the sandbox does not allow mounting.

#include "../cli/clirunner.h"
#include "annotationstore.h"
#include "articlestore.h"
#include "db/sql.h"
#include "import/articleimporter.h"
#include "project.h"
#include "tempproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>
#include <sys/mount.h>

using namespace Attache;

namespace {

Article articleFrom(const QByteArray &bytes, const QString &name)
{
    const Import::ImportResult result = Import::ArticleImporter::importBytes(bytes, name);
    return result.article;
}

/** About size bytes of distinct words, so SQLite cannot store two of them in the same pages. */
QByteArray bulkyText(QRandomGenerator &random, int serial, int size)
{
    QByteArray text = "Bulky report " + QByteArray::number(serial) + "\n\n";
    while (text.size() < size) {
        text += "word" + QByteArray::number(random.generate()) + (random.bounded(12) == 0 ? ".\n\n" : " ");
    }
    return text;
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

/** Writes zeros to path until the disk has no room left; false when the disk never filled. */
bool fillDisk(const QString &path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return false;
    }
    const QByteArray block(4096, '\0');
    for (int i = 0; i < 1 << 16; ++i) {
        if (filler.write(block) != block.size()) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

    bool m_canMount = false;
    QTemporaryDir m_root;
    QStringList m_mounts;

    /** Mounts a tmpfs on a new folder under m_root; cleanup() unmounts it before m_root goes. */
    bool mountTmpfs(const QString &dir, const QByteArray &options)
    {
        if (!QDir().mkpath(dir)) {
            return false;
        }
        if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) != 0) {
            return false;
        }
        m_mounts << dir;
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A private mount namespace: nothing mounted here is seen outside this process tree.
        // In a chroot "/" is no mount point, so the temporary folder's mount is made private instead.
        const auto makePrivate = [](const QString &dir) {
            return ::mount("none", QFile::encodeName(dir).constData(), nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
        };
        m_canMount = m_root.isValid() && ::unshare(CLONE_NEWNS) == 0
            && (makePrivate(QStringLiteral("/")) || makePrivate(QDir::tempPath()));
    }

    void cleanup()
    {
        for (const QString &dir : std::as_const(m_mounts)) {
            ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH);
        }
        m_mounts.clear();
    }

    void readOnlyMediumOpensForReading()
    {
        if (!m_canMount) {
            QSKIP("this sandbox does not allow a private mount namespace");
        }
        const QString mountDir = m_root.filePath(QStringLiteral("readonly"));
        QVERIFY(mountTmpfs(mountDir, "size=8m"));
        const QString path = mountDir + QStringLiteral("/ro.attache");
        qint64 articleId = 0;
        {
            ProjectError error;
            const std::unique_ptr<Project> project = Project::create(path, &error);
            QVERIFY2(project, qPrintable(error.message));
            articleId
                = project->articles()->add(articleFrom("Title\n\nSome text to keep.", QStringLiteral("a.txt"))).id;
            QVERIFY(articleId > 0);
            Annotation note;
            note.articleId = articleId;
            note.note = QStringLiteral("kept");
            QString message;
            QVERIFY2(project->annotations()->add(note, &message) > 0, qPrintable(message));
        }
        const QByteArray digest = Test::fileDigest(path);
        QVERIFY(::mount("tmpfs", QFile::encodeName(mountDir).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=8m")
                == 0);

        {
            ProjectError error;
            const std::unique_ptr<Project> project = Project::open(path, &error);
            QVERIFY2(project, qPrintable(error.message));
            QVERIFY(project->isReadOnly());
            QCOMPARE(project->readOnlyReason(), QStringLiteral("%1 is read-only (opened for reading only)").arg(path));
            QCOMPARE(project->counts().articles, 1);
            QCOMPARE(project->counts().annotations, 1);
            QVERIFY(project->articles()->article(articleId).has_value());

            const ArticleStore::AddResult added
                = project->articles()->add(articleFrom("Other\n\nA new article.", QStringLiteral("b.txt")));
            QCOMPARE(added.id, 0);
            QVERIFY2(added.error.contains(u"read-only"), qPrintable(added.error));
            QVERIFY(!added.error.contains(u'\n'));
            Annotation note;
            note.articleId = articleId;
            note.note = QStringLiteral("lost?");
            QString message;
            QCOMPARE(project->annotations()->add(note, &message), 0);
            QVERIFY2(message.contains(u"read-only"), qPrintable(message));
            QCOMPARE(project->counts().annotations, 1);
        }

        const Test::CliResult list = Test::runCli({QStringLiteral("list"), path});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("Title"));
        QTemporaryDir inputs;
        const QString input = inputs.filePath(QStringLiteral("new.txt"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("New\n\nA new article.");
        file.close();
        const Test::CliResult import = Test::runCli({QStringLiteral("import"), path, input});
        QCOMPARE(import.exitCode, 2);
        QCOMPARE(import.err,
                 QByteArray("attache-cli: cannot import: " + QFile::encodeName(path)
                            + " is read-only (opened for reading only)\n"));
        const Test::CliResult annotate = Test::runCli({QStringLiteral("annotate"), path, QString::number(articleId),
                                                       QStringLiteral("--note"), QStringLiteral("x")});
        QCOMPARE(annotate.exitCode, 2);
        QVERIFY2(annotate.err.contains("cannot annotate:") && annotate.err.contains("is read-only"),
                 annotate.err.constData());
        QCOMPARE(Test::fileDigest(path), digest);
    }

    void readOnlyPermissionsOpenForReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("perm.attache"));
        {
            ProjectError error;
            QVERIFY2(Project::create(path, &error), qPrintable(error.message));
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        if (QFileInfo(path).isWritable()) {
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            QSKIP("running as root: file permissions do not stop writes (the read-only mount case covers this)");
        }
        ProjectError error;
        const std::unique_ptr<Project> project = Project::open(path, &error);
        QVERIFY2(project, qPrintable(error.message));
        QVERIFY(project->isReadOnly());
        QCOMPARE(project->counts().articles, 0);
    }

    void fullDiskKeepsWhatWasSaved()
    {
        if (!m_canMount) {
            QSKIP("this sandbox does not allow a private mount namespace");
        }
        const QString mountDir = m_root.filePath(QStringLiteral("full"));
        QVERIFY(mountTmpfs(mountDir, "size=1m"));
        const QString path = mountDir + QStringLiteral("/full.attache");
        QRandomGenerator random(9);
        QList<qint64> saved;
        QString failure;
        {
            ProjectError error;
            const std::unique_ptr<Project> project = Project::create(path, &error);
            QVERIFY2(project, qPrintable(error.message));
            for (int i = 0; i < 200 && failure.isEmpty(); ++i) {
                const ArticleStore::AddResult added = project->articles()->add(
                    articleFrom(bulkyText(random, i, 30000), QStringLiteral("bulk%1.txt").arg(i)));
                if (added.id > 0) {
                    saved << added.id;
                } else {
                    failure = added.error;
                }
            }
        }
        QVERIFY2(!saved.isEmpty(), "nothing fitted on the small disk");
        QVERIFY2(failure.contains(u"the disk is full"), qPrintable(failure));

        QTemporaryDir inputs;
        const QString input = inputs.filePath(QStringLiteral("more.txt"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bulkyText(random, 999, 60000));
        file.close();
        const Test::CliResult import = Test::runCli({QStringLiteral("import"), path, input});
        QCOMPARE(import.exitCode, 2);
        QVERIFY2(import.out.contains("the disk is full"), import.out.constData());

        ProjectError error;
        const std::unique_ptr<Project> project = Project::open(path, &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(integrity(project->database()), QStringLiteral("ok"));
        QCOMPARE(project->counts().articles, saved.size());
        for (const qint64 id : std::as_const(saved)) {
            QVERIFY(project->articles()->article(id).has_value());
        }
    }

    void fullDiskExportKeepsTheOldReport()
    {
        if (!m_canMount) {
            QSKIP("this sandbox does not allow a private mount namespace");
        }
        Test::TempProject project;
        QVERIFY(project.isValid());
        QVERIFY(
            project->articles()->add(articleFrom("Talks\n\n\"We agree,\" said Anna Berg.", QStringLiteral("a.txt"))).id
            > 0);
        project.close();
        const QString mountDir = m_root.filePath(QStringLiteral("reports"));
        QVERIFY(mountTmpfs(mountDir, "size=256k"));
        const QString report = mountDir + QStringLiteral("/report.html");
        {
            QFile old(report);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the old report");
        }
        QVERIFY(fillDisk(mountDir + QStringLiteral("/filler")));

        const Test::CliResult result
            = Test::runCli({QStringLiteral("export"), project.path(), QStringLiteral("--format"),
                            QStringLiteral("html"), QStringLiteral("-o"), report});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(QString::fromUtf8(result.err),
                 QStringLiteral("attache-cli: cannot write %1: the disk is full\n").arg(report));
        QFile old(report);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the old report"));
        QCOMPARE(QDir(mountDir).entryList(QDir::Files | QDir::Hidden),
                 (QStringList {QStringLiteral("filler"), QStringLiteral("report.html")}));
    }

    void fullDiskBackupSaysSoAndLeavesNoPart()
    {
        if (!m_canMount) {
            QSKIP("this sandbox does not allow a private mount namespace");
        }
        const QString mountDir = m_root.filePath(QStringLiteral("backups"));
        QVERIFY(mountTmpfs(mountDir, "size=1m"));
        const QString path = mountDir + QStringLiteral("/small.attache");
        {
            ProjectError error;
            const std::unique_ptr<Project> project = Project::create(path, &error);
            QVERIFY2(project, qPrintable(error.message));
            QRandomGenerator random(3);
            QVERIFY(project->articles()->add(articleFrom(bulkyText(random, 1, 100000), QStringLiteral("a.txt"))).id
                    > 0);
        }
        const QString backups = mountDir + QStringLiteral("/small.backups");
        QVERIFY(QDir().mkpath(backups));
        QVERIFY(fillDisk(mountDir + QStringLiteral("/filler")));

        const Test::CliResult result = Test::runCli({QStringLiteral("backup"), path});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("the disk is full"), result.err.constData());
        QCOMPARE(QDir(backups).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempproject.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Attache;

class TestMimeType : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataHome;

private Q_SLOTS:
    void initTestCase()
    {
        // The shipped shared-mime-info package, compiled into a private data folder before the
        // MIME database is first used, as the system does after installing the package.
        QVERIFY(QDir(m_dataHome.path()).mkpath(QStringLiteral("mime/packages")));
        QVERIFY(QFile::copy(QStringLiteral(ATTACHE_MIME_XML),
                            m_dataHome.filePath(QStringLiteral("mime/packages/org.attache.Attache.xml"))));
        QCOMPARE(
            QProcess::execute(QStringLiteral("update-mime-database"), {m_dataHome.filePath(QStringLiteral("mime"))}),
            0);
        qputenv("XDG_DATA_HOME", m_dataHome.path().toLocal8Bit());
    }

    void projectIsRecognisedByContentAndName()
    {
        Test::TempProject project;
        QVERIFY(project.isValid());
        const QString path = project.path();
        project.close();
        const QMimeDatabase database;
        QCOMPARE(database.mimeTypeForFile(path).name(), QStringLiteral("application/x-attache-project"));

        // Renamed, the content alone still identifies it.
        const QString renamed = project.dirPath() + QStringLiteral("/renamed.db");
        QVERIFY(QFile::rename(path, renamed));
        QCOMPARE(database.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(),
                 QStringLiteral("application/x-attache-project"));
    }

    void otherSqliteDatabaseIsNotAProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray header(100, '\0');
        header.replace(0, 16, QByteArrayView("SQLite format 3\0", 16));
        file.write(header);
        file.close();
        const QMimeDatabase database;
        QVERIFY(database.mimeTypeForFile(path, QMimeDatabase::MatchContent).name()
                != QStringLiteral("application/x-attache-project"));
    }
};

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include "analysis/autoanalysis.h"
#include "annotationstore.h"
#include "articlestore.h"
#include "clock.h"
#include "db/backup.h"
#include "db/migrator.h"
#include "db/schemaguard.h"
#include "db/searchrank.h"
#include "db/sql.h"
#include "peoplestore.h"
#include "personaldictionary.h"
#include "projectheader.h"
#include "savedsearchstore.h"
#include "tagstore.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <sqlite3.h>

namespace Attache {

namespace {

constexpr auto kSqliteBusy = "5";
constexpr auto kSqliteLocked = "6";

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("attache-project-%1").arg(++counter);
}

bool setError(ProjectError *error, ProjectError::Code code, const QString &message)
{
    error->code = code;
    error->message = message;
    return false;
}

std::unique_ptr<Project> fail(ProjectError *error, ProjectError::Code code, const QString &message)
{
    setError(error, code, message);
    return nullptr;
}

bool isLockError(const QSqlError &sqlError)
{
    return sqlError.nativeErrorCode() == QLatin1StringView(kSqliteBusy)
        || sqlError.nativeErrorCode() == QLatin1StringView(kSqliteLocked);
}

QString tooNewMessage(const QString &path, int version)
{
    return Project::tr("%1 was saved by a newer version of Attaché (project format %2; this version reads up to %3)")
        .arg(path)
        .arg(version)
        .arg(Db::Migrator::latestVersion());
}

/**
 * A clean close merges and removes the write-ahead log (and a rollback journal), so one left beside
 * the file means a crash, a kill or a power cut while it was open, or another Attaché holding it now.
 */
bool leftOpen(const QString &path)
{
    return QFileInfo::exists(path + QLatin1StringView("-wal"))
        || QFileInfo::exists(path + QLatin1StringView("-journal"));
}

bool checkHeader(const QString &path, ProjectError *error)
{
    const ProjectHeader header = ProjectHeader::read(path);
    switch (header.kind) {
    case ProjectHeader::Kind::Missing:
        return setError(error, ProjectError::Code::NotFound, Project::tr("%1 does not exist").arg(path));
    case ProjectHeader::Kind::Unreadable:
        return setError(error, ProjectError::Code::ReadFailed, Project::tr("%1 cannot be read").arg(path));
    case ProjectHeader::Kind::Empty:
        return setError(error, ProjectError::Code::NotAProject,
                        Project::tr("%1 is an empty file, not an Attaché project").arg(path));
    case ProjectHeader::Kind::NotSqlite:
        return setError(error, ProjectError::Code::NotAProject, Project::tr("%1 is not an Attaché project").arg(path));
    case ProjectHeader::Kind::Sqlite:
        break;
    }
    if (header.applicationId != Project::kApplicationId) {
        return setError(error, ProjectError::Code::NotAProject,
                        Project::tr("%1 is a SQLite database but not an Attaché project").arg(path));
    }
    if (header.userVersion > Db::Migrator::latestVersion()) {
        return setError(error, ProjectError::Code::TooNew, tooNewMessage(path, header.userVersion));
    }
    // With a log left beside it, the pages a failed checkpoint could not write are still in the log.
    if (header.isTruncated() && !leftOpen(path)) {
        return setError(error, ProjectError::Code::Damaged,
                        Project::tr("%1 is damaged: it is cut short (%2 of %3 bytes)")
                            .arg(path)
                            .arg(header.fileSize)
                            .arg(qint64(header.pageSize) * header.pageCount));
    }
    return true;
}

/** Whether SQLite could write path and create its journal beside it; access() also sees read-only mounts. */
bool isWritable(const QString &path)
{
    const QFileInfo info(path);
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

} // namespace

Project::Project(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_articles(new ArticleStore(m_connectionName, this))
    , m_tags(new TagStore(m_connectionName, this))
    , m_annotations(new AnnotationStore(m_connectionName, this))
    , m_dictionary(new PersonalDictionary(m_connectionName, this))
    , m_people(new PeopleStore(m_articles, m_connectionName, this))
    , m_savedSearches(new SavedSearchStore(m_connectionName, this))
    , m_autoAnalysis(new Analysis::AutoAnalysis(m_articles, m_people, this))
{
}

Project::~Project()
{
    delete m_autoAnalysis;
    delete m_savedSearches;
    delete m_people;
    delete m_dictionary;
    delete m_annotations;
    delete m_tags;
    delete m_articles;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_readOnly) {
        removeStaleIndex(m_path);
    }
}

void Project::removeStaleIndex(const QString &path)
{
    // A -shm only indexes the -wal: without one, no connection has the file open in WAL mode and
    // the index is left over (by a read-only reader, or a crash), clutter that would follow the file.
    if (!QFileInfo::exists(path + QLatin1StringView("-wal"))) {
        QFile::remove(path + QLatin1StringView("-shm"));
    }
}

std::unique_ptr<Project> Project::create(const QString &path, ProjectError *error)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.exists()) {
        return fail(error, ProjectError::Code::AlreadyExists, tr("%1 already exists").arg(absolute));
    }
    if (!info.absoluteDir().exists()) {
        return fail(error, ProjectError::Code::WriteFailed,
                    tr("the folder %1 does not exist").arg(info.absoluteDir().path()));
    }
    std::unique_ptr<Project> project(new Project(absolute, nextConnectionName()));
    if (!project->connect(error) || !project->acquireLock(error) || !project->writeApplicationId(error)
        || !project->configure(error)) {
        project.reset();
        QFile::remove(absolute);
        QFile::remove(absolute + QLatin1StringView("-wal"));
        QFile::remove(absolute + QLatin1StringView("-journal"));
        return nullptr;
    }
    return project;
}

namespace {

void moveWithJournals(const QString &from, const QString &to)
{
    for (const QLatin1StringView suffix : {QLatin1StringView("-wal"), QLatin1StringView("-shm")}) {
        if (QFileInfo::exists(from + suffix)) {
            QFile::rename(from + suffix, to + suffix);
        }
    }
}

void removeWithJournals(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QLatin1StringView("-wal"));
    QFile::remove(path + QLatin1StringView("-shm"));
}

} // namespace

std::unique_ptr<Project> Project::open(const QString &path, ProjectError *error, IntegrityCheck check)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::unique_ptr<Project> project = openChecked(absolute, error, check);
    if (!project) {
        addBackupHint(absolute, error);
    }
    return project;
}

void Project::addBackupHint(const QString &absolute, ProjectError *error)
{
    // A damaged project's message names its newest intact backup, the way back that needs no expert.
    if (error->code != ProjectError::Code::Damaged) {
        return;
    }
    error->backup = newestIntactBackup(absolute);
    if (!error->backup.isEmpty()) {
        error->message += tr("; the newest backup is %1 (attache-cli restore %2 %1)").arg(error->backup, absolute);
    }
}

bool Project::verifyIntegrity(ProjectError *error)
{
    if (checkIntegrity(error)) {
        return true;
    }
    addBackupHint(m_path, error);
    return false;
}

QString Project::newestIntactBackup(const QString &path)
{
    for (const QString &backup : Db::Backup::list(QFileInfo(path).absoluteFilePath())) {
        // Checked read-only, as the damaged project is: a backup is evidence too and is never written here.
        ProjectError error;
        if (!checkHeader(backup, &error)) {
            continue;
        }
        Project probe(backup, nextConnectionName());
        probe.m_readOnly = true;
        if (probe.connect(&error, Access::Immutable) && probe.checkIntegrity(&error) && probe.checkIdentity(&error)
            && probe.checkSchema(&error)) {
            return backup;
        }
    }
    return {};
}

bool Project::restore(const QString &path, const QString &backupPath, QString *movedAside, ProjectError *error)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (!QFileInfo(backupPath).isFile()) {
        return setError(error, ProjectError::Code::NotFound, tr("%1 does not exist").arg(backupPath));
    }
    // Another Attaché holding the project would keep writing to a file that is no longer the project.
    if (info.exists()) {
        ProjectError current;
        if (!openChecked(absolute, &current) && current.code == ProjectError::Code::Locked) {
            *error = current;
            return false;
        }
        removeStaleIndex(absolute);
    }
    const QString stamp = Clock::instance().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString base = info.absolutePath() + u'/' + info.completeBaseName();
    const QString staging = base + QStringLiteral("-restoring-") + stamp + u'.' + kFileSuffix;
    const QString aside = base + QStringLiteral("-before-restore-") + stamp + u'.' + kFileSuffix;
    if (!QFile::copy(backupPath, staging)) {
        return setError(error, ProjectError::Code::WriteFailed,
                        tr("cannot copy %1 into %2").arg(backupPath, info.absolutePath()));
    }
    // The copy is opened, not the backup: checking (and any migration) may write to it. A migration
    // backs the copy up first; that folder only repeats the user's backup, so it goes.
    {
        ProjectError check;
        const bool valid = openChecked(staging, &check, IntegrityCheck::BeforeOpening) != nullptr;
        QDir(Db::Backup::folderFor(staging)).removeRecursively();
        if (!valid) {
            removeWithJournals(staging);
            return setError(
                error, check.code,
                tr("%1 cannot be restored: %2").arg(backupPath, check.message.replace(staging, backupPath)));
        }
    }
    if (info.exists()) {
        if (!QFile::rename(absolute, aside)) {
            removeWithJournals(staging);
            return setError(error, ProjectError::Code::WriteFailed, tr("cannot move %1 aside").arg(absolute));
        }
        moveWithJournals(absolute, aside);
        *movedAside = aside;
    }
    if (!QFile::rename(staging, absolute)) {
        // Put the original back so that a failed restore changes nothing.
        if (info.exists()) {
            QFile::rename(aside, absolute);
            moveWithJournals(aside, absolute);
            movedAside->clear();
        }
        removeWithJournals(staging);
        return setError(error, ProjectError::Code::WriteFailed, tr("cannot write %1").arg(absolute));
    }
    return true;
}

QString Project::backup(QString *error) const
{
    return Db::Backup::create(database(), m_path, QStringLiteral("manual"), Db::Backup::kDefaultKeep, error);
}

std::unique_ptr<Project> Project::openChecked(const QString &absolute, ProjectError *error, IntegrityCheck check)
{
    if (!checkHeader(absolute, error)) {
        return nullptr;
    }
    if (check == IntegrityCheck::WhenNeeded && leftOpen(absolute)) {
        check = IntegrityCheck::BeforeOpening;
    }
    if (!isWritable(absolute)) {
        std::unique_ptr<Project> project(new Project(absolute, nextConnectionName()));
        project->m_readOnly = true;
        if (!project->connect(error, Access::Immutable) || !project->checkBeforeUse(check, error)
            || !project->configureReadOnly(error)) {
            return nullptr;
        }
        return project;
    }
    // Integrity, identity and schema are checked before the file is opened for writing: closing a
    // writable connection would merge a write-ahead log, hostile or not, into the file.
    if (!probe(absolute, check, error)) {
        return nullptr;
    }
    std::unique_ptr<Project> project(new Project(absolute, nextConnectionName()));
    if (!project->connect(error) || !project->acquireLock(error) || !project->configure(error)) {
        return nullptr;
    }
    return project;
}

bool Project::probe(const QString &absolute, IntegrityCheck check, ProjectError *error)
{
    const QString wal = absolute + QLatin1StringView("-wal");
    QTemporaryDir copyDir;
    QString target = absolute;
    if (QFileInfo::exists(wal) && !QFileInfo::exists(absolute + QLatin1StringView("-shm"))) {
        // Reading a log needs its -shm index, which a reader would create beside the project; a
        // private copy of the file and its log is read instead.
        target = copyDir.filePath(QFileInfo(absolute).fileName());
        if (!copyDir.isValid() || !QFile::copy(absolute, target)
            || !QFile::copy(wal, target + QLatin1StringView("-wal"))) {
            return setError(
                error, ProjectError::Code::ReadFailed,
                tr("%1 cannot be checked: there is no room for a copy of it in %2").arg(absolute, QDir::tempPath()));
        }
    }
    Project probe(target, nextConnectionName());
    probe.m_readOnly = true;
    if (probe.connect(error, Access::Probe) && probe.checkBeforeUse(check, error)) {
        return true;
    }
    error->message.replace(target, absolute);
    return false;
}

QSqlDatabase Project::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Project::schemaVersion() const
{
    return Db::scalar(database(), QStringLiteral("PRAGMA user_version")).toInt();
}

Project::Counts Project::counts() const
{
    QSqlQuery query(database());
    Counts counts;
    if (Db::exec(query,
                 QStringLiteral("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM people), "
                                "(SELECT count(*) FROM quotes WHERE rejected = 0), "
                                "(SELECT count(*) FROM annotations), (SELECT count(*) FROM tags)"))
        && query.next()) {
        counts = {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                  query.value(3).toLongLong(), query.value(4).toLongLong()};
    }
    return counts;
}

QString Project::readOnlyReason() const
{
    return m_readOnly ? tr("%1 is read-only (opened for reading only)").arg(m_path) : QString();
}

bool Project::connect(ProjectError *error, Access access)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    // Fail at once on a lock held elsewhere instead of waiting: the user gets a clear message.
    if (access == Access::ReadWrite) {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    } else if (access == Access::Probe) {
        // Without a log, "immutable" keeps SQLite from creating one (and its -shm) beside the file,
        // which even a read-only connection does for a WAL database. With a log, its -shm is only
        // read (a reader would otherwise write its read marks into it). A log without its -shm is
        // only ever probe()'s private copy, where SQLite may create one.
        QUrl uri = QUrl::fromLocalFile(m_path);
        uri.setQuery(!QFileInfo::exists(m_path + QLatin1StringView("-wal")) ? QStringLiteral("mode=ro&immutable=1")
                         : QFileInfo::exists(m_path + QLatin1StringView("-shm"))
                         ? QStringLiteral("mode=ro&readonly_shm=1")
                         : QStringLiteral("mode=ro"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else if (QFileInfo(m_path + QLatin1StringView("-wal")).size() > 0) {
        // Committed changes still sit in the write-ahead log; reading them needs SQLite's shared
        // memory file, which cannot be made here, so ask for the project to be made writable once.
        return setError(error, ProjectError::Code::ReadFailed,
                        tr("%1 is read-only and holds changes not yet merged into it (%1-wal); open it once where it "
                           "can be written")
                            .arg(m_path));
    } else {
        // A WAL project on a read-only medium can only be read as "immutable": with no log to merge
        // and no writer possible, that loses nothing.
        QUrl uri = QUrl::fromLocalFile(m_path);
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    if (!db.open()) {
        return setError(error, ProjectError::Code::ReadFailed,
                        tr("cannot open %1: %2").arg(m_path, db.lastError().databaseText()));
    }
    QString message;
    QSqlQuery query(db);
    // Hardened before the file's schema is read: project files are shared and may be hostile.
    if (!Db::SchemaGuard::harden(db, &message) || !Db::SearchRank::install(db, &message)) {
        return setError(error, ProjectError::Code::ReadFailed, tr("cannot open %1: %2").arg(m_path, message));
    }
    if (access == Access::Probe) {
        // Read-only already rules out a checkpoint; this says so to SQLite as well.
        sqlite3_db_config(Db::nativeHandle(db), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        return true;
    }
    if (!Db::exec(query, QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"), {}, &message)) {
        return setError(error, ProjectError::Code::ReadFailed, tr("cannot open %1: %2").arg(m_path, message));
    }
    return true;
}

bool Project::checkIntegrity(ProjectError *error)
{
    QSqlQuery query(database());
    QString message;
    if (!Db::exec(query, QStringLiteral("PRAGMA quick_check"), {}, &message)) {
        if (isLockError(query.lastError())) {
            return setError(error, ProjectError::Code::Locked, tr("%1 is open in another Attaché").arg(m_path));
        }
        return setError(error, ProjectError::Code::Damaged, tr("%1 is damaged: %2").arg(m_path, message));
    }
    QStringList problems;
    while (query.next()) {
        problems.append(query.value(0).toString());
    }
    if (problems != QStringList {QStringLiteral("ok")}) {
        return setError(
            error, ProjectError::Code::Damaged,
            tr("%1 is damaged: %2").arg(m_path, problems.value(0, tr("the integrity check gave no answer"))));
    }
    return true;
}

bool Project::checkBeforeUse(IntegrityCheck check, ProjectError *error)
{
    if (check == IntegrityCheck::BeforeOpening) {
        return checkIntegrity(error) && checkIdentity(error) && checkSchema(error);
    }
    if (!checkIdentity(error) || !checkSchema(error)) {
        // Damage or another Attaché's lock can look like a foreign file; the full check tells them apart.
        ProjectError integrity;
        if (!checkIntegrity(&integrity)) {
            *error = integrity;
        }
        return false;
    }
    // A migration writes, and a damaged file is never written to.
    return schemaVersion() >= Db::Migrator::latestVersion() || checkIntegrity(error);
}

bool Project::checkIdentity(ProjectError *error)
{
    // The header can lag behind a write-ahead log, so the authoritative values are asked of SQLite.
    const QSqlDatabase db = database();
    if (Db::scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong() != kApplicationId) {
        return setError(error, ProjectError::Code::NotAProject,
                        tr("%1 is a SQLite database but not an Attaché project").arg(m_path));
    }
    const int version = schemaVersion();
    if (version > Db::Migrator::latestVersion()) {
        return setError(error, ProjectError::Code::TooNew, tooNewMessage(m_path, version));
    }
    return true;
}

bool Project::checkSchema(ProjectError *error)
{
    QString problem;
    if (!Db::SchemaGuard::verify(database(), schemaVersion(), &problem)) {
        return setError(
            error, ProjectError::Code::Untrusted,
            tr("%1 was not opened and is unchanged: %2, so it may have been altered to run code").arg(m_path, problem));
    }
    return true;
}

bool Project::acquireLock(ProjectError *error)
{
    // In exclusive locking mode the lock taken by this write transaction is kept until close.
    QSqlQuery query(database());
    QString message;
    if (!Db::exec(query, QStringLiteral("BEGIN EXCLUSIVE"), {}, &message)) {
        if (isLockError(query.lastError())) {
            return setError(error, ProjectError::Code::Locked, tr("%1 is open in another Attaché").arg(m_path));
        }
        return setError(error, ProjectError::Code::WriteFailed, tr("cannot write to %1: %2").arg(m_path, message));
    }
    if (!Db::exec(query, QStringLiteral("COMMIT"), {}, &message)) {
        return setError(error, ProjectError::Code::WriteFailed, tr("cannot write to %1: %2").arg(m_path, message));
    }
    return true;
}

bool Project::writeApplicationId(ProjectError *error)
{
    // PRAGMA takes no bound parameters; the value is our own constant.
    QSqlQuery query(database());
    QString message;
    if (!Db::exec(query, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), {}, &message)) {
        return setError(error, ProjectError::Code::WriteFailed, tr("cannot write to %1: %2").arg(m_path, message));
    }
    return true;
}

bool Project::configureReadOnly(ProjectError *error)
{
    // Nothing may be written, so a project that needs upgrading cannot be opened this way.
    if (schemaVersion() < Db::Migrator::latestVersion()) {
        return setError(error, ProjectError::Code::WriteFailed,
                        tr("%1 is read-only and must be upgraded to project format %2 first; make it writable")
                            .arg(m_path)
                            .arg(Db::Migrator::latestVersion()));
    }
    QSqlQuery query(database());
    QString message;
    if (!Db::exec(query, QStringLiteral("PRAGMA foreign_keys = ON"), {}, &message)) {
        return setError(error, ProjectError::Code::ReadFailed, tr("cannot open %1: %2").arg(m_path, message));
    }
    return true;
}

bool Project::configure(ProjectError *error)
{
    const QSqlDatabase db = database();
    QSqlQuery query(db);
    QString message;
    const int version = schemaVersion();
    // An existing project is copied aside before its schema changes, so an upgrade can be undone.
    const bool needsBackup = version > 0 && version < Db::Migrator::latestVersion();
    const bool ok = Db::exec(query, QStringLiteral("PRAGMA journal_mode = WAL"), {}, &message)
        && Db::exec(query, QStringLiteral("PRAGMA foreign_keys = ON"), {}, &message)
        && (!needsBackup
            || !Db::Backup::create(db, m_path, QStringLiteral("before-v%1").arg(Db::Migrator::latestVersion()),
                                   Db::Backup::kDefaultKeep, &message)
                    .isEmpty())
        && Db::Migrator::migrate(db, Db::Migrator::bundled(), &message);
    if (!ok) {
        return setError(error, ProjectError::Code::WriteFailed, tr("cannot prepare %1: %2").arg(m_path, message));
    }
    return true;
}

} // namespace Attache

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projecterror.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Attache {

namespace Analysis {
class AutoAnalysis;
}
class AnnotationStore;
class ArticleStore;
class PeopleStore;
class PersonalDictionary;
class SavedSearchStore;
class TagStore;

/**
 * An open `*.attache` project: one SQLite file, held with an exclusive lock for as long as this
 * object lives so that a second Attaché gets a clear error instead of a silent conflict.
 * Bad files (not a project, damaged, from a newer version) are rejected before anything is written.
 * The connection belongs to the thread that created the Project; use it only there.
 */
class Project final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Project)

public:
    /** Stored in the SQLite header so that tools and file managers can recognise a project: "ATTC". */
    static constexpr quint32 kApplicationId = 0x41545443;
    static constexpr QLatin1StringView kFileSuffix {"attache"};

    struct Counts
    {
        qint64 articles = 0;
        qint64 people = 0;
        qint64 quotes = 0;
        qint64 annotations = 0;
        qint64 tags = 0;
    };

    /**
     * When open() runs SQLite's integrity check, which reads the whole file (about a second per
     * 300 MB). The header (including a file cut short), identity and schema are checked in every mode.
     */
    enum class IntegrityCheck {
        BeforeOpening, ///< always, before anything else: `attache-cli check`, restoring a backup
        /**
         * Only where damage is likely or would be written on: after an unclean shutdown (a write-ahead
         * log or rollback journal left beside the file), before a migration, and when the identity or
         * schema cannot be read. Backups check their copy themselves (Db::Backup::create).
         */
        WhenNeeded,
        /**
         * Left to the caller, who must call verifyIntegrity() right after showing the project and
         * before writing to it. The header, identity and schema are still checked first; a file that
         * fails them, or that needs a migration (a write), is checked in full before open() returns.
         */
        Deferred,
    };

    /** Makes a new project at path; fails with AlreadyExists rather than touch an existing file. */
    static std::unique_ptr<Project> create(const QString &path, ProjectError *error);
    /**
     * Opens an existing project, migrating an older schema in one transaction. A project whose file
     * or folder cannot be written (permissions, a read-only medium) is opened read-only instead:
     * isReadOnly() is then true, readOnlyReason() says why, reads work and every write fails with
     * an error without touching the file. A read-only project that needs a migration is refused.
     */
    static std::unique_ptr<Project> open(const QString &path, ProjectError *error,
                                         IntegrityCheck check = IntegrityCheck::WhenNeeded);
    /**
     * The newest of the project's backups that passes the same checks as open() (integrity,
     * identity, schema), read-only; "" when there is none. open() puts it in ProjectError::backup
     * when the project itself is damaged.
     */
    static QString newestIntactBackup(const QString &path);

    /**
     * Replaces the project at path with a copy of backupPath. The backup is checked first (on a
     * copy, so it stays untouched); a project open elsewhere is refused. The current file is never
     * deleted: it is renamed to "<name>-before-restore-<time>.attache" beside it, and that path is
     * put in movedAside. Returns false with error set when nothing was changed.
     */
    static bool restore(const QString &path, const QString &backupPath, QString *movedAside, ProjectError *error);

    ~Project() override;

    /**
     * Copies the project now into its backup folder (see Db::Backup), keeping the newest
     * Db::Backup::kDefaultKeep. Returns the new backup's path, or "" with error set.
     */
    QString backup(QString *error) const;

    /**
     * Runs the integrity check that open() skipped with IntegrityCheck::Deferred (blocking; about a
     * second per 300 MB). Returns false with error set as open() would set it, Damaged naming the
     * newest intact backup; the caller should then close the project without writing to it.
     */
    bool verifyIntegrity(ProjectError *error);

    QString path() const { return m_path; }
    /** True when the project was opened read-only because its file or folder cannot be written. */
    bool isReadOnly() const { return m_readOnly; }
    /** One line for the user, e.g. "/x/a.attache is read-only (opened for reading only)"; empty when writable. */
    QString readOnlyReason() const;
    int schemaVersion() const;
    Counts counts() const;

    ArticleStore *articles() const { return m_articles; }
    TagStore *tags() const { return m_tags; }
    AnnotationStore *annotations() const { return m_annotations; }
    /** The people register: who said what, and the user's corrections. */
    PeopleStore *people() const { return m_people; }
    SavedSearchStore *savedSearches() const { return m_savedSearches; }
    PersonalDictionary *dictionary() const { return m_dictionary; }

    /** The project's connection, for stores and tests on the owning thread. */
    QSqlDatabase database() const;

private:
    Project(QString path, QString connectionName);
    /** open() for an absolute path, without the backup hint. */
    static std::unique_ptr<Project> openChecked(const QString &absolute, ProjectError *error,
                                                IntegrityCheck check = IntegrityCheck::WhenNeeded);
    /** Adds the newest intact backup of the project at absolute to a Damaged error. */
    static void addBackupHint(const QString &absolute, ProjectError *error);
    /** The integrity (unless deferred), identity and schema checks, in the order open() needs them. */
    bool checkBeforeUse(IntegrityCheck check, ProjectError *error);
    /** How connect() opens the file. */
    enum class Access {
        ReadWrite,
        Immutable, ///< a file on a read-only medium, with no write-ahead log to read
        Probe, ///< read-only, seeing the write-ahead log but never merging it or writing anything
    };
    /**
     * Runs checkBeforeUse() on absolute through a Probe connection, so that a refused project, its
     * -wal and -shm stay byte for byte as they were.
     */
    static bool probe(const QString &absolute, IntegrityCheck check, ProjectError *error);
    /** Removes path's -shm when no -wal goes with it. */
    static void removeStaleIndex(const QString &path);
    bool connect(ProjectError *error, Access access = Access::ReadWrite);
    bool configureReadOnly(ProjectError *error);
    bool acquireLock(ProjectError *error);
    bool checkIntegrity(ProjectError *error);
    bool checkIdentity(ProjectError *error);
    bool checkSchema(ProjectError *error);
    bool writeApplicationId(ProjectError *error);
    bool configure(ProjectError *error);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    ArticleStore *m_articles = nullptr;
    TagStore *m_tags = nullptr;
    AnnotationStore *m_annotations = nullptr;
    PersonalDictionary *m_dictionary = nullptr;
    PeopleStore *m_people = nullptr;
    SavedSearchStore *m_savedSearches = nullptr;
    Analysis::AutoAnalysis *m_autoAnalysis = nullptr;
};

} // namespace Attache

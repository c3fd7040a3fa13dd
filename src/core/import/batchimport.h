// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importresult.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QSemaphore;
class QThread;

namespace Attache {
class ArticleStore;
}

namespace Attache::Import {

/**
 * Imports many files into a project without blocking its thread: files are read and cleaned on a
 * worker thread, one at a time, and each article is stored on the store's thread as soon as it is
 * ready. The worker stays at most a few articles ahead of the store, so memory does not grow with
 * the number of files. Cancelling keeps what finished.
 */
class BatchImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchImport)

public:
    /** Turns one file into an article; called on the worker thread, so it must be thread-safe. */
    using Parser = std::function<ImportResult(const QString &path)>;

    struct Outcome
    {
        enum class Status { Imported, Duplicate, Failed };
        QString path;
        Status status = Status::Failed;
        qint64 articleId = 0; ///< the new article, or the existing one for a duplicate
        QString title;
        QString reason;
    };

    /** Stores into store (not owned) what parser makes of each file. */
    BatchImport(ArticleStore *store, Parser parser, QObject *parent = nullptr);
    ~BatchImport() override;

    /**
     * The files to import for paths: files as given, folders searched recursively (hidden files and
     * folders skipped), in a stable order, at most maxFiles of them (truncated is set when more exist).
     */
    static QStringList expandPaths(const QStringList &paths, qsizetype maxFiles, bool *truncated);

    /** Starts importing files; does nothing while a run is in progress. */
    void start(const QStringList &files);
    /** Stops after the file being read; what was stored stays. */
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    bool wasCancelled() const { return m_cancelled; }

    QList<Outcome> outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void progress(int done, int total);
    void itemFinished(const Attache::Import::BatchImport::Outcome &outcome);
    void finished();

private:
    void store(const QString &path, const ImportResult &result);
    void finish();

    ArticleStore *m_store;
    Parser m_parser;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    /** Free places in the queue of parsed articles waiting for store(). */
    std::shared_ptr<QSemaphore> m_room;
    bool m_cancelled = false;
    int m_total = 0;
    QList<Outcome> m_outcomes;
};

} // namespace Attache::Import

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchimport.h"

#include "articlestore.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSemaphore>
#include <QThread>

#include <algorithm>

namespace Attache::Import {

namespace {
/**
 * Parsed articles that may wait to be stored: reading is faster than storing and analysing, and
 * without a bound the queue would hold most of a large batch in memory.
 */
constexpr int kQueuedArticles = 4;
/** How often a reader waiting for room looks whether the run was cancelled. */
constexpr int kCancelPollMs = 50;
} // namespace

BatchImport::BatchImport(ArticleStore *store, Parser parser, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_parser(std::move(parser))
{
}

BatchImport::~BatchImport()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

QStringList BatchImport::expandPaths(const QStringList &paths, qsizetype maxFiles, bool *truncated)
{
    QStringList files;
    *truncated = false;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(info.absoluteFilePath());
            continue;
        }
        QStringList found;
        // Pipes and unreadable files stay in, so that the import says why each one fails.
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            // Skips anything inside a hidden folder or hidden itself (.git, editor backups).
            if (!it.filePath().mid(info.absoluteFilePath().size()).contains(QLatin1StringView("/."))) {
                found.append(it.filePath());
            }
            if (files.size() + found.size() > maxFiles) {
                break;
            }
        }
        std::ranges::sort(found);
        files.append(found);
    }
    if (files.size() > maxFiles) {
        *truncated = true;
        files.resize(maxFiles);
    }
    return files;
}

void BatchImport::start(const QStringList &files)
{
    if (m_thread) {
        return;
    }
    m_outcomes.clear();
    m_cancelled = false;
    m_total = int(files.size());
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_room = std::make_shared<QSemaphore>(kQueuedArticles);
    Q_EMIT progress(0, m_total);
    if (files.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    // The worker owns copies of everything it touches; results come back as queued calls, and it
    // reads the next file only when store() has made room for it.
    m_thread = QThread::create([this, files, parser = m_parser, cancel = m_cancel, room = m_room] {
        for (const QString &path : files) {
            while (!room->tryAcquire(1, kCancelPollMs)) {
                if (cancel->load()) {
                    return;
                }
            }
            if (cancel->load()) {
                break;
            }
            ImportResult result = parser(path);
            QMetaObject::invokeMethod(
                this, [this, path, result = std::move(result)] { store(path, result); }, Qt::QueuedConnection);
        }
    });
    connect(m_thread, &QThread::finished, this, &BatchImport::finish, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

void BatchImport::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
        m_cancelled = true;
    }
}

void BatchImport::store(const QString &path, const ImportResult &result)
{
    m_room->release();
    Outcome outcome;
    outcome.path = path;
    if (!result.ok()) {
        outcome.reason = result.error;
    } else if (m_cancel->load()) {
        return;
    } else {
        const ArticleStore::AddResult added = m_store->add(result.article);
        outcome.title = result.article.title;
        if (added.id > 0) {
            outcome.status = Outcome::Status::Imported;
            outcome.articleId = added.id;
        } else if (added.duplicateOf > 0) {
            outcome.status = Outcome::Status::Duplicate;
            outcome.articleId = added.duplicateOf;
            outcome.reason = tr("the same text is already in the project");
        } else {
            outcome.reason = added.error;
        }
    }
    m_outcomes.append(outcome);
    Q_EMIT itemFinished(outcome);
    Q_EMIT progress(int(m_outcomes.size()), m_total);
}

void BatchImport::finish()
{
    // Queued results posted before the thread ended are delivered before this queued call.
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    Q_EMIT finished();
}

} // namespace Attache::Import

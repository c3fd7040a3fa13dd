// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <QTemporaryDir>

#include <memory>

namespace Attache::Test {

/** A fresh project in its own temporary folder, removed with it. */
class TempProject
{
public:
    TempProject();

    bool isValid() const { return m_project != nullptr; }
    QString errorString() const { return m_error.message; }
    QString path() const { return m_path; }
    QString dirPath() const { return m_dir.path(); }
    Project *operator->() const { return m_project.get(); }
    Project *get() const { return m_project.get(); }
    /** Closes the project (releasing its lock) and keeps the file. */
    void close() { m_project.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    ProjectError m_error;
    std::unique_ptr<Project> m_project;
};

/**
 * The folder holding the shared corpus: ATTACHE_SHARED_DIR/corpus when that variable is set (CI points it at an
 * empty folder to prove that nothing needs it), else ../shared/corpus beside the repository. It may not exist:
 * tests that use it check hasSharedCorpus() and skip only their extra checks.
 */
QString sharedCorpusDir();

/** Whether the shared corpus's seed article is at hand. */
bool hasSharedCorpus();

/** The repository's own invented article (tests/data/articles), with the same kinds of mess as the shared seed. */
QString sampleArticlePath();

/** The hand-made gold for sampleArticlePath(), in the shared corpus's gold format. */
QString sampleGoldPath();

/** SHA-256 of a file's bytes, to prove that a file was left untouched. */
QByteArray fileDigest(const QString &path);

/** Overwrites count bytes of the file from offset with 0x7f, as damage would; false when it cannot. */
bool scribble(const QString &path, qint64 offset, qsizetype count);

} // namespace Attache::Test

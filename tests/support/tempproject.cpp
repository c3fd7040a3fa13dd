// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempproject.h"

#include <QCryptographicHash>
#include <QFile>

namespace Attache::Test {

TempProject::TempProject()
    : m_path(m_dir.filePath(QStringLiteral("test.attache")))
    , m_project(Project::create(m_path, &m_error))
{
}

QString sharedCorpusDir()
{
    const QString shared = qEnvironmentVariableIsSet("ATTACHE_SHARED_DIR") ? qEnvironmentVariable("ATTACHE_SHARED_DIR")
                                                                           : QStringLiteral(ATTACHE_DEFAULT_SHARED_DIR);
    return shared + QStringLiteral("/corpus");
}

bool hasSharedCorpus()
{
    return QFile::exists(sharedCorpusDir() + QStringLiteral("/seed-newsweek-putin-xi.txt"));
}

QString sampleArticlePath()
{
    return QStringLiteral(ATTACHE_TEST_DATA_DIR "/articles/black-sea-shipping-pact.txt");
}

QString sampleGoldPath()
{
    return QStringLiteral(ATTACHE_TEST_DATA_DIR "/articles/black-sea-shipping-pact.gold.json");
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool scribble(const QString &path, qint64 offset, qsizetype count)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) && file.write(QByteArray(count, '\x7f')) == count;
}

} // namespace Attache::Test

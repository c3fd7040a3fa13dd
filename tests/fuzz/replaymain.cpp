// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Without libFuzzer (gcc, or a normal build), a target is linked with this main instead: it feeds
// every file under the given paths to LLVMFuzzerTestOneInput once. CTest runs it over the seed
// and saved corpora, so any input that once crashed a target stays a regression test.

#include "fuzzsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    Attache::Fuzz::ensureApplication();
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString root = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (QFileInfo(root).isDir()) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                files << it.next();
            }
            files.sort();
        } else {
            files << root;
        }
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray data = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size()));
            ++inputs;
        }
    }
    std::printf("%d inputs replayed without a crash\n", inputs);
    std::fflush(stdout);
    // The QCoreApplication is a function-local static here, destroyed after Qt's own globals; after a
    // refused project that order crashes at exit (seen with gcc, not in attache-cli, whose application
    // lives on main's stack). Skipping static destruction keeps the replay about the inputs.
    std::_Exit(inputs > 0 ? 0 : 1);
}

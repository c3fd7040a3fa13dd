// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // PDF and ODT exports lay out text, which needs a QGuiApplication; the offscreen platform keeps
    // the CLI usable without a display. Other commands stay on the lighter QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("attache-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Attache"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTACHE_VERSION));
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/attache_en.qm"))) {
        QCoreApplication::installTranslator(&plurals);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    Attache::Cli::CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments());
}

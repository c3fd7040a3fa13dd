// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("attache-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Attache"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTACHE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Attache::Cli::CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments());
}

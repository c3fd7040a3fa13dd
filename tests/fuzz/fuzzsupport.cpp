// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include <QCoreApplication>

namespace Attache::Fuzz {

void ensureApplication()
{
    if (QCoreApplication::instance()) {
        return;
    }
    static int argc = 1;
    static char name[] = "attache-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

void importAs(const std::uint8_t *data, std::size_t size, Import::ArticleImporter::Format format)
{
    ensureApplication();
    const QByteArray input = bytes(data, size);
    Import::ArticleImporter::detectFormat(input, QStringLiteral("fuzz"));
    Import::ArticleImporter::importBytes(input, QStringLiteral("fuzz"), format);
}

} // namespace Attache::Fuzz

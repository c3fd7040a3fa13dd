// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every importer on arbitrary bytes: through content sniffing, then forced into each format.

#include "fuzzsupport.h"
#include "import/articleimporter.h"

using Attache::Import::ArticleImporter;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Attache::Fuzz::ensureApplication();
    const QByteArray input = Attache::Fuzz::bytes(data, size);
    ArticleImporter::importBytes(input, QStringLiteral("fuzz"));
    for (const auto format : {ArticleImporter::Format::Text, ArticleImporter::Format::Html,
                              ArticleImporter::Format::Markdown, ArticleImporter::Format::Pdf}) {
        ArticleImporter::importBytes(input, QStringLiteral("fuzz"), format);
    }
    return 0;
}

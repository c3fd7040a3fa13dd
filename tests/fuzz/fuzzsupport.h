// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/articleimporter.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

/** The libFuzzer entry point each target defines; the replay main calls it for saved inputs too. */
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace Attache::Fuzz {

/** Makes the process's QCoreApplication once (SQL drivers and codecs need one). */
void ensureApplication();

/** Feeds the bytes to one importer, after content sniffing (which every file goes through first). */
void importAs(const std::uint8_t *data, std::size_t size, Import::ArticleImporter::Format format);

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace Attache::Fuzz

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One importer on arbitrary bytes. CMake compiles this file once per importer (fuzz_text, fuzz_html,
// fuzz_markdown, fuzz_pdf) with ATTACHE_FUZZ_FORMAT naming the format, so each target gets its own
// corpus and coverage feedback from one parser instead of four sharing one budget.

#include "fuzzsupport.h"

#ifndef ATTACHE_FUZZ_FORMAT
#error "ATTACHE_FUZZ_FORMAT must name an ArticleImporter::Format"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Attache::Fuzz::importAs(data, size, Attache::Import::ArticleImporter::Format::ATTACHE_FUZZ_FORMAT);
    return 0;
}

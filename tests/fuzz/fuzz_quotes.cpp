// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The quote engine on arbitrary text (the bytes read as UTF-8, invalid sequences replaced).

#include "analysis/quoteextractor.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Attache::Fuzz::ensureApplication();
    const QString text = QString::fromUtf8(Attache::Fuzz::bytes(data, size));
    Attache::Analysis::QuoteExtractor::analyze(text);
    return 0;
}

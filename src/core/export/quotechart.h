// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace Attache::Export {

struct Report;

/** The chart of quotes per speaker, bars coloured by the speaker's kind, drawn by Attaché itself. */
class QuoteChart
{
public:
    /** At most this many speakers are drawn, most quoted first. */
    static constexpr int kMaxBars = 15;

    /** The chart as a standalone SVG element with every label escaped; empty when nobody is quoted. */
    static QString svg(const Report &report);
    /** The chart painted into an image, for formats without SVG (PDF, ODT). Needs a QGuiApplication. */
    static QImage image(const Report &report);
};

} // namespace Attache::Export

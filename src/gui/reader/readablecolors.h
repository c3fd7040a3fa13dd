// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace Attache::Gui {

/**
 * Keeps text readable on the reader's tints (highlights, speaker tints, find matches) in any theme:
 * a tint is toned towards the page colour until the text on it has WCAG AA contrast. The tints
 * themselves stay defined where they are chosen; this only adapts them to the page.
 */
class ReadableColors
{
public:
    /** WCAG AA for body text. */
    static constexpr double kMinimumContrast = 4.5;

    /** The WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white). */
    static double contrastRatio(const QColor &a, const QColor &b);
    /**
     * wanted as an opaque background on page (its alpha blended in), mixed towards page just enough
     * that text on it reaches kMinimumContrast; page itself when even that is not enough.
     */
    static QColor background(const QColor &wanted, const QColor &page, const QColor &text);
};

} // namespace Attache::Gui

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readablecolors.h"

#include <algorithm>
#include <cmath>

namespace Attache::Gui {

namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor mixed(const QColor &from, const QColor &to, double amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

} // namespace

double ReadableColors::contrastRatio(const QColor &a, const QColor &b)
{
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor ReadableColors::background(const QColor &wanted, const QColor &page, const QColor &text)
{
    const QColor opaquePage = QColor(page.toRgb().rgb());
    const QColor opaque = mixed(opaquePage, QColor(wanted.toRgb().rgb()), wanted.alphaF());
    // Twenty steps are finer than the eye tells apart, and the last one is the page itself.
    constexpr int kSteps = 20;
    for (int step = 0; step <= kSteps; ++step) {
        const QColor candidate = mixed(opaque, opaquePage, double(step) / kSteps);
        if (contrastRatio(candidate, text) >= kMinimumContrast) {
            return candidate;
        }
    }
    return opaquePage;
}

} // namespace Attache::Gui

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/quotechart.h"

#include "analysis/speakerkind.h"
#include "export/report.h"

#include <QPainter>

#include <algorithm>

namespace Attache::Export {

namespace {

constexpr int kBarHeight = 18;
constexpr int kGap = 6;
constexpr int kLabelWidth = 200;
constexpr int kBarArea = 320;
constexpr int kLegendHeight = 28;

QString xmlEscaped(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return escaped;
}

int barCount(const Report &report)
{
    return int(std::min<qsizetype>(report.people.size(), QuoteChart::kMaxBars));
}

QColor colorOf(const QString &kindName)
{
    return Analysis::speakerKindColor(Analysis::speakerKindNamed(kindName));
}

} // namespace

QString QuoteChart::svg(const Report &report)
{
    const int bars = barCount(report);
    if (bars == 0) {
        return {};
    }
    const int most = std::max(1, report.people.constFirst().quoteCount);
    const int width = kLabelWidth + kBarArea + 80;
    const int height = bars * (kBarHeight + kGap) + kLegendHeight;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"12\">"
                                 "<title>Quotes per speaker</title>")
                      .arg(width)
                      .arg(height);
    for (int i = 0; i < bars; ++i) {
        const ReportPerson &person = report.people.at(i);
        const int y = i * (kBarHeight + kGap);
        const int length = std::max(2, person.quoteCount * kBarArea / most);
        QString name = person.name;
        if (name.size() > 30) {
            name = name.left(29) + QChar(0x2026);
        }
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
                   .arg(kLabelWidth - 6)
                   .arg(y + 13)
                   .arg(xmlEscaped(name));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6</title></rect>")
                   .arg(kLabelWidth)
                   .arg(y)
                   .arg(length)
                   .arg(kBarHeight)
                   .arg(colorOf(person.kind).name(), xmlEscaped(person.kind));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                   .arg(kLabelWidth + length + 4)
                   .arg(y + 13)
                   .arg(person.quoteCount);
    }
    int x = 0;
    const int legendY = bars * (kBarHeight + kGap) + 8;
    for (const Analysis::SpeakerKind kind : Analysis::kSpeakerKinds) {
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"%3\"/>"
                              "<text x=\"%4\" y=\"%5\">%6</text>")
                   .arg(x)
                   .arg(legendY)
                   .arg(Analysis::speakerKindColor(kind).name())
                   .arg(x + 14)
                   .arg(legendY + 10)
                   .arg(Analysis::speakerKindName(kind));
        x += 95;
    }
    svg += QLatin1String("</svg>");
    return svg;
}

QImage QuoteChart::image(const Report &report)
{
    const int bars = barCount(report);
    if (bars == 0) {
        return {};
    }
    const int most = std::max(1, report.people.constFirst().quoteCount);
    const int width = kLabelWidth + kBarArea + 80;
    const int height = bars * (kBarHeight + kGap) + kLegendHeight;
    // Twice the size, so that the chart stays sharp when printed.
    QImage image(width * 2, height * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(2, 2);
    QFont font = painter.font();
    font.setPixelSize(12);
    painter.setFont(font);
    for (int i = 0; i < bars; ++i) {
        const ReportPerson &person = report.people.at(i);
        const int y = i * (kBarHeight + kGap);
        const int length = std::max(2, person.quoteCount * kBarArea / most);
        painter.setPen(Qt::black);
        const QString name = painter.fontMetrics().elidedText(person.name, Qt::ElideRight, kLabelWidth - 10);
        painter.drawText(QRect(0, y, kLabelWidth - 6, kBarHeight), Qt::AlignRight | Qt::AlignVCenter, name);
        painter.fillRect(QRect(kLabelWidth, y, length, kBarHeight), colorOf(person.kind));
        painter.drawText(QRect(kLabelWidth + length + 4, y, 40, kBarHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(person.quoteCount));
    }
    int x = 0;
    const int legendY = bars * (kBarHeight + kGap) + 8;
    for (const Analysis::SpeakerKind kind : Analysis::kSpeakerKinds) {
        painter.fillRect(QRect(x, legendY, 10, 10), Analysis::speakerKindColor(kind));
        painter.drawText(QRect(x + 14, legendY - 3, 80, 16), Qt::AlignLeft | Qt::AlignVCenter,
                         Analysis::speakerKindName(kind));
        x += 95;
    }
    return image;
}

} // namespace Attache::Export

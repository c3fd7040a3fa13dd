// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QTextCharFormat>

namespace Attache::Gui {

/** A range of the reading text painted by a semantic layer (quotes, the user's highlights). */
struct HighlightSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    QColor background; ///< invalid: keep the text's own background
    QColor underline; ///< invalid: no underline
    QTextCharFormat::UnderlineStyle underlineStyle = QTextCharFormat::SingleUnderline;
    bool bold = false;
    QString toolTip;
    qint64 id = 0; ///< the annotation or quote behind the span
};

} // namespace Attache::Gui

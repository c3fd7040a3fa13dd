// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Attache::Export {

struct Report;

/**
 * Writes a report's annotations as W3C Web Annotation JSON-LD: an `AnnotationCollection` whose
 * first `AnnotationPage` holds one `Annotation` per highlight or note. A passage is targeted with a
 * `TextQuoteSelector` (exact, prefix, suffix) and a `TextPositionSelector` counted in Unicode code
 * points of the article's cleaned text; a note is a `TextualBody` with purpose `commenting`, each
 * tag a `TextualBody` with purpose `tagging`. The source is the article's http(s) URL when it has
 * one, otherwise `urn:attache:article:ID`.
 */
class W3cReportWriter
{
public:
    static QJsonObject toJson(const Report &report);
    static QByteArray write(const Report &report);
};

} // namespace Attache::Export

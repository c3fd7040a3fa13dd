// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textanchor.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Attache {

/**
 * A reader's highlight or note: on a passage of an article's cleaned text (anchor set), or on the
 * whole article (no anchor). Tags are referenced by id.
 */
struct Annotation
{
    qint64 id = 0;
    qint64 articleId = 0;
    std::optional<TextAnchor> anchor;
    QString note;
    QString color; ///< "#rrggbb" or empty
    QList<qint64> tagIds;
    QDateTime createdAt;
    QDateTime modifiedAt;

    bool coversWholeArticle() const { return !anchor.has_value(); }
};

} // namespace Attache

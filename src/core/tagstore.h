// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tag.h"

#include <QList>
#include <QObject>

#include <optional>
#include <utility>

namespace Attache {

/**
 * The single way tags are created, changed and removed. Each write is one transaction with its
 * change-log entry; signals follow the commit. Removing a tag removes its descendants and its uses.
 */
class TagStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagStore)

public:
    explicit TagStore(QString connectionName, QObject *parent = nullptr);

    /** What removing a tag takes with it, so that it can be put back exactly (undo). */
    struct Removal
    {
        QList<Tag> tags; ///< the tag and its descendants, parents first
        QList<std::pair<qint64, qint64>> annotationTags; ///< (annotation id, tag id)
        QList<std::pair<qint64, qint64>> articleTags; ///< (article id, tag id)
    };

    /**
     * Adds tag; a non-zero id is kept (undo restores the same tag). Returns the id, or 0 with error
     * set (empty or duplicate name, bad parent, bad colour).
     */
    qint64 add(const Tag &tag, QString *error);
    /** Renames, recolours, re-describes or moves a tag; moving a tag under its own descendant is refused. */
    bool update(const Tag &tag, QString *error);
    bool remove(qint64 id, QString *error);
    /** What remove(id) would take away. */
    Removal removal(qint64 id) const;
    /** Puts back what a remove took away, in one transaction. */
    bool restore(const Removal &removal, QString *error);

    std::optional<Tag> tag(qint64 id) const;
    /** Every tag, parents before children, siblings by name. */
    QList<Tag> tags() const;
    /** The ids of id and all its descendants. */
    QList<qint64> subtree(qint64 id) const;

Q_SIGNALS:
    void tagAdded(qint64 id);
    void tagChanged(qint64 id);
    void tagAboutToBeRemoved(qint64 id);
    void tagRemoved(qint64 id);

private:
    QString m_connectionName;
};

} // namespace Attache

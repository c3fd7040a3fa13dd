// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QList>
#include <QObject>

#include <optional>

namespace Attache {

/**
 * The single way annotations are created, changed and removed. Each write is one transaction with
 * its change-log entry; signals follow the commit.
 */
class AnnotationStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationStore)

public:
    explicit AnnotationStore(QString connectionName, QObject *parent = nullptr);

    /**
     * Stores annotation on its article. A passage is given by anchor->start/end; its exact text and
     * context are taken from the article. A non-zero id is kept (so undo restores the same
     * annotation). Returns the id, or 0 with error set (unknown article or tag, range outside the
     * text, empty annotation).
     */
    qint64 add(const Annotation &annotation, QString *error);
    /** Changes the note, colour and tags; the anchor stays. */
    bool update(const Annotation &annotation, QString *error);
    bool remove(qint64 id, QString *error);

    std::optional<Annotation> annotation(qint64 id) const;
    /** An article's annotations: whole-article notes first, then passages in text order. */
    QList<Annotation> annotationsFor(qint64 articleId) const;

    /**
     * Moves an article's passage annotations onto newText (after a re-import) by their quoted text
     * and context. Returns the ids that could not be placed; they keep their old anchor.
     */
    QList<qint64> reanchor(qint64 articleId, const QString &newText, QString *error);

Q_SIGNALS:
    void annotationAdded(qint64 id, qint64 articleId);
    void annotationChanged(qint64 id, qint64 articleId);
    void annotationRemoved(qint64 id, qint64 articleId);

private:
    bool writeTags(qint64 id, const QList<qint64> &tagIds, QString *error);

    QString m_connectionName;
};

} // namespace Attache

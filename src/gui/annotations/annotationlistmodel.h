// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Attache {
class AnnotationStore;
class TagStore;
} // namespace Attache

namespace Attache::Gui {

/** One article's annotations: whole-article notes first, then passages in reading order. */
class AnnotationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationListModel)

public:
    enum Column { Passage, Note, Tags, ColumnCount };
    enum Role { AnnotationIdRole = Qt::UserRole, StartRole };

    explicit AnnotationListModel(QObject *parent = nullptr);

    /** Shows articleId's annotations from store; tags (for names) may be null. Neither is owned. */
    void setSource(AnnotationStore *store, TagStore *tags, qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    const Annotation &annotationAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 annotationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reloadFor(qint64 annotationId, qint64 articleId);
    void reload();
    QString tagNames(const Annotation &annotation) const;

    QPointer<AnnotationStore> m_store;
    QPointer<TagStore> m_tags;
    qint64 m_articleId = 0;
    QList<Annotation> m_rows;
};

} // namespace Attache::Gui

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlistmodel.h"

#include "annotationstore.h"
#include "tagstore.h"

#include <QColor>

namespace Attache::Gui {

namespace {
constexpr qsizetype kPassagePreview = 80;
}

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnnotationListModel::setSource(AnnotationStore *store, TagStore *tags, qint64 articleId)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    if (m_tags) {
        disconnect(m_tags, nullptr, this, nullptr);
    }
    m_store = store;
    m_tags = tags;
    m_articleId = articleId;
    if (store) {
        connect(store, &AnnotationStore::annotationAdded, this, &AnnotationListModel::reloadFor);
        connect(store, &AnnotationStore::annotationChanged, this, &AnnotationListModel::reloadFor);
        connect(store, &AnnotationStore::annotationRemoved, this, &AnnotationListModel::reloadFor);
    }
    if (tags) {
        // Renamed or removed tags change the Tags column.
        connect(tags, &TagStore::tagChanged, this, &AnnotationListModel::reload);
        connect(tags, &TagStore::tagRemoved, this, &AnnotationListModel::reload);
    }
    reload();
}

void AnnotationListModel::reloadFor(qint64, qint64 articleId)
{
    if (articleId == m_articleId) {
        reload();
    }
}

void AnnotationListModel::reload()
{
    beginResetModel();
    m_rows = m_store && m_articleId > 0 ? m_store->annotationsFor(m_articleId) : QList<Annotation> {};
    endResetModel();
}

int AnnotationListModel::rowOf(qint64 annotationId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == annotationId) {
            return int(row);
        }
    }
    return -1;
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnnotationListModel::tagNames(const Annotation &annotation) const
{
    QStringList names;
    for (const qint64 id : annotation.tagIds) {
        if (const std::optional<Tag> tag = m_tags ? m_tags->tag(id) : std::nullopt) {
            names.append(tag->name);
        }
    }
    return names.join(QStringLiteral(", "));
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Annotation &annotation = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Passage:
            if (annotation.coversWholeArticle()) {
                return tr("(whole article)");
            }
            return annotation.anchor->exact.size() > kPassagePreview
                ? annotation.anchor->exact.first(kPassagePreview).simplified() + u'…'
                : annotation.anchor->exact.simplified();
        case Note:
            return annotation.note.simplified();
        case Tags:
            return tagNames(annotation);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Passage && annotation.anchor) {
            return annotation.anchor->exact;
        }
        return index.column() == Note && !annotation.note.isEmpty() ? QVariant(annotation.note) : QVariant();
    case Qt::DecorationRole:
        return index.column() == Passage && !annotation.color.isEmpty() ? QVariant(QColor(annotation.color))
                                                                        : QVariant();
    case AnnotationIdRole:
        return annotation.id;
    case StartRole:
        return annotation.anchor ? QVariant(annotation.anchor->start) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Passage:
        return tr("Passage");
    case Note:
        return tr("Note");
    case Tags:
        return tr("Tags");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Attache::Gui

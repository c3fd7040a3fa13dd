// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplemodel.h"

#include <QCollator>

#include <algorithm>

namespace Attache::Gui {

PeopleModel::PeopleModel(QObject *parent)
    : BatchedTableModel(parent)
{
}

void PeopleModel::setStore(const PeopleStore *store)
{
    m_store = store;
    reload();
}

void PeopleModel::reload()
{
    m_people = m_store ? m_store->people() : QList<PeopleStore::Person> {};
    rebuild();
}

void PeopleModel::setFilterText(const QString &text)
{
    if (text == m_filter) {
        return;
    }
    m_filter = text;
    rebuild();
}

bool PeopleModel::matches(const PeopleStore::Person &person) const
{
    const QString needle = m_filter.trimmed();
    if (needle.isEmpty() || person.name.contains(needle, Qt::CaseInsensitive)
        || person.role.contains(needle, Qt::CaseInsensitive)
        || person.institution.contains(needle, Qt::CaseInsensitive)) {
        return true;
    }
    return std::ranges::any_of(person.aliases,
                               [&needle](const QString &alias) { return alias.contains(needle, Qt::CaseInsensitive); });
}

void PeopleModel::rebuild()
{
    beginReplacingRows();
    m_matches.clear();
    for (qsizetype i = 0; i < m_people.size(); ++i) {
        if (matches(m_people.at(i))) {
            m_matches.append(i);
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    // Text columns sort by what the view shows.
    const auto text = [this](qsizetype i) { return value(m_people.at(i), m_sortColumn).toString(); };
    const auto less = [&](qsizetype a, qsizetype b) {
        const PeopleStore::Person &left = m_people.at(a);
        const PeopleStore::Person &right = m_people.at(b);
        if (m_sortColumn == Articles && left.articles != right.articles) {
            return left.articles < right.articles;
        }
        if (m_sortColumn == Quotes && left.quotes != right.quotes) {
            return left.quotes < right.quotes;
        }
        if (m_sortColumn != Articles && m_sortColumn != Quotes) {
            const int order = collator.compare(text(a), text(b));
            if (order != 0) {
                return order < 0;
            }
        }
        // Ties by name, so that the order never depends on how the register happened to be read.
        const int byName = collator.compare(left.name, right.name);
        return byName != 0 ? byName < 0 : left.id < right.id;
    };
    std::ranges::stable_sort(m_matches, [&](qsizetype a, qsizetype b) {
        return m_sortOrder == Qt::AscendingOrder ? less(a, b) : less(b, a);
    });
    endReplacingRows();
}

int PeopleModel::rowOf(qint64 personId)
{
    for (qsizetype row = 0; row < m_matches.size(); ++row) {
        if (m_people.at(m_matches.at(row)).id == personId) {
            fetchUpTo(int(row));
            return int(row);
        }
    }
    return -1;
}

PeopleStore::Person PeopleModel::personAt(int row) const
{
    return row >= 0 && row < fetched() ? m_people.at(m_matches.at(row)) : PeopleStore::Person {};
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::value(const PeopleStore::Person &person, int column)
{
    switch (column) {
    case Name:
        return person.name;
    case Kind:
        return Analysis::speakerKindLabel(person.kind);
    case Role:
        return person.role;
    case Institution:
        return person.institution;
    case Articles:
        return person.articles;
    case Quotes:
        return person.quotes;
    default:
        return {};
    }
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PeopleStore::Person &person = m_people.at(m_matches.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return value(person, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && !person.aliases.isEmpty()) {
            return tr("Also called: %1").arg(person.aliases.join(QStringLiteral(", ")));
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Articles || index.column() == Quotes ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                      : QVariant();
    case PersonIdRole:
        return person.id;
    case AliasesRole:
        return person.aliases;
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Role:
        return tr("Role");
    case Institution:
        return tr("Institution");
    case Articles:
        return tr("Articles");
    case Quotes:
        return tr("Quotes");
    default:
        return {};
    }
}

void PeopleModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
}

} // namespace Attache::Gui

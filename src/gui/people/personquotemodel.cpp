// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personquotemodel.h"

#include <QDate>
#include <QLocale>

namespace Attache::Gui {

PersonQuoteModel::PersonQuoteModel(QObject *parent)
    : BatchedTableModel(parent)
{
}

void PersonQuoteModel::setPerson(const PeopleStore *store, qint64 personId)
{
    beginReplacingRows();
    m_personId = store ? personId : 0;
    m_quotes = m_personId ? store->quotesOf(m_personId) : QList<PeopleStore::PersonQuote> {};
    endReplacingRows();
}

PeopleStore::PersonQuote PersonQuoteModel::quoteAt(int row) const
{
    return row >= 0 && row < fetched() ? m_quotes.at(row) : PeopleStore::PersonQuote {};
}

int PersonQuoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonQuoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PeopleStore::PersonQuote &quote = m_quotes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date: {
            const QDate date = QDate::fromString(quote.published, Qt::ISODate);
            return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : tr("undated");
        }
        case Article:
            return quote.title;
        case Outlet:
            return quote.outlet;
        case Kind:
            return quote.kind == u"direct"    ? tr("direct")
                : quote.kind == u"partial"    ? tr("partial")
                : quote.kind == u"transcript" ? tr("transcript")
                                              : tr("indirect");
        case Quote:
            // One line in the list; the whole quote is in the tooltip.
            return QString(quote.text).replace(u'\n', u' ');
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Quote ? QVariant(quote.text) : QVariant(quote.title);
    case ArticleIdRole:
        return quote.articleId;
    case StartRole:
        return quote.start;
    case EndRole:
        return quote.end;
    default:
        return {};
    }
}

QVariant PersonQuoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Article:
        return tr("Article");
    case Outlet:
        return tr("Outlet");
    case Kind:
        return tr("Kind");
    case Quote:
        return tr("Quote");
    default:
        return {};
    }
}

} // namespace Attache::Gui

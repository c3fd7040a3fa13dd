// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "savedsearch.h"

#include <QList>
#include <QObject>

#include <optional>

namespace Attache {

/**
 * The single way saved searches are created, changed and removed (schema v4). Each write is one
 * transaction with its change-log entry; signals follow the commit.
 */
class SavedSearchStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchStore)

public:
    explicit SavedSearchStore(QString connectionName, QObject *parent = nullptr);

    /**
     * Saves search; a non-zero id is kept (undo puts back the same one). Returns the id, or 0 with
     * error set (no name, a name in use, nothing to search for, a bad filter).
     */
    qint64 add(const SavedSearch &search, QString *error);
    /** Renames a saved search or changes what it searches for. */
    bool update(const SavedSearch &search, QString *error);
    bool remove(qint64 id, QString *error);

    std::optional<SavedSearch> savedSearch(qint64 id) const;
    /** The saved search called name, ignoring case. */
    std::optional<SavedSearch> find(const QString &name) const;
    /** Every saved search, by name. */
    QList<SavedSearch> savedSearches() const;

Q_SIGNALS:
    void savedSearchAdded(qint64 id);
    void savedSearchChanged(qint64 id);
    void savedSearchRemoved(qint64 id);

private:
    QList<SavedSearch> select(const QString &where, const QVariantList &values) const;

    QString m_connectionName;
};

} // namespace Attache

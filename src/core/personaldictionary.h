// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace Attache {

/** The project's own spelling words ("add to dictionary"), shared by every language. */
class PersonalDictionary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonalDictionary)

public:
    explicit PersonalDictionary(QString connectionName, QObject *parent = nullptr);

    QStringList words() const;
    /** Adds word (trimmed; one word, 1–100 characters). Adding a known word succeeds and changes nothing. */
    bool add(const QString &word, QString *error);

Q_SIGNALS:
    void wordAdded(const QString &word);

private:
    QString m_connectionName;
};

} // namespace Attache

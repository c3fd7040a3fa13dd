// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QAbstractTableModel>
#include <QColor>

namespace Attache::Gui {

/** The speakers the engine found in the article being read, with the colour their quotes are tinted in. */
class SpeakerListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakerListModel)

public:
    enum Column { Name, Kind, Role, Quotes, ColumnCount };
    enum Role { SpeakerIndexRole = Qt::UserRole, SortRole, ColorRole };

    explicit SpeakerListModel(QObject *parent = nullptr);

    void setResult(const Analysis::AnalysisResult &result);
    const Analysis::AnalysisResult &result() const { return m_result; }

    /** A translucent tint per speaker, readable over light and dark backgrounds alike. */
    static QColor colorFor(int speakerIndex);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Analysis::AnalysisResult m_result;
};

} // namespace Attache::Gui

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search.h"
#include "tag.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace Attache::Gui {

class SearchResultModel;

/**
 * The Search dock's contents: the words, a row of filters that folds away, and the results.
 * It only gathers what to search for; the main window runs the search.
 */
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    /** How long typing must pause before the words are searched for. */
    static constexpr int kTypingPauseMs = 250;

    SearchPanel(SearchResultModel *model, QWidget *parent = nullptr);

    QString query() const;
    SearchFilter filter() const;
    /** Fills in the words and every filter (showing the filter row when one is set). */
    void setSearch(const QString &query, const SearchFilter &filter);
    /** The tags and outlets offered in the filter row; a current choice stays. */
    void setChoices(const QList<Tag> &tags, const QStringList &outlets);
    void setFiltersVisible(bool visible);
    bool filtersVisible() const;

    QLineEdit *queryInput() const { return m_query; }
    QTableView *resultView() const { return m_results; }
    QToolButton *saveButton() const { return m_save; }

Q_SIGNALS:
    /** The words were confirmed or a filter changed. */
    void searchRequested();
    void resultActivated(int row);

private:
    void selectData(QComboBox *combo, const QString &value);
    void updateFilterButton();

    QLineEdit *m_query = nullptr;
    QToolButton *m_filterToggle = nullptr;
    QToolButton *m_save = nullptr;
    QWidget *m_filterRow = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_speaker = nullptr;
    QLineEdit *m_institution = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_outlet = nullptr;
    QCheckBox *m_fromSet = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toSet = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_results = nullptr;
    // Typing searches once the typist pauses, so results follow the words without a search per key.
    QTimer *m_typingPause = nullptr;
    // Filling the controls from a saved search must not start a search per control.
    bool m_filling = false;
};

} // namespace Attache::Gui

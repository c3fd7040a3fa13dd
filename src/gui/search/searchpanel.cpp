// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "analysis/speakerkind.h"
#include "search/searchresultmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Attache::Gui {

namespace {

QDateEdit *dateEdit(const QDate &date, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setAccessibleName(accessibleName);
    edit->setEnabled(false);
    return edit;
}

} // namespace

SearchPanel::SearchPanel(SearchResultModel *model, QWidget *parent)
    : QWidget(parent)
{
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchInput"));
    m_query->setPlaceholderText(tr("Search all articles, notes and quotes"));
    m_query->setAccessibleName(tr("Search the project"));
    m_query->setToolTip(tr("Words, \"phrases\", prefix*, AND, OR, NOT; case and accents are ignored"));
    m_query->setClearButtonEnabled(true);
    m_filterToggle = new QToolButton(this);
    m_filterToggle->setObjectName(QStringLiteral("searchFilterToggle"));
    m_filterToggle->setIcon(QIcon::fromTheme(QStringLiteral("view-filter")));
    m_filterToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_filterToggle->setCheckable(true);
    m_filterToggle->setToolTip(tr("Show or hide the filters"));
    m_save = new QToolButton(this);
    m_save->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_filterToggle);
    top->addWidget(m_save);

    m_filterRow = new QWidget(this);
    m_filterRow->setObjectName(QStringLiteral("searchFilterRow"));
    m_kind = new QComboBox(m_filterRow);
    m_kind->setObjectName(QStringLiteral("searchKind"));
    m_kind->setAccessibleName(tr("Speaker kind"));
    m_kind->addItem(tr("Any speaker"), QString());
    for (const Analysis::SpeakerKind kind : Analysis::kSpeakerKinds) {
        m_kind->addItem(Analysis::speakerKindLabel(kind), Analysis::speakerKindName(kind));
    }
    m_speaker = new QLineEdit(m_filterRow);
    m_speaker->setPlaceholderText(tr("Speaker"));
    m_speaker->setAccessibleName(tr("Speaker name"));
    m_speaker->setClearButtonEnabled(true);
    m_institution = new QLineEdit(m_filterRow);
    m_institution->setPlaceholderText(tr("Institution"));
    m_institution->setAccessibleName(tr("Speaker's institution"));
    m_institution->setClearButtonEnabled(true);
    m_tag = new QComboBox(m_filterRow);
    m_tag->setObjectName(QStringLiteral("searchTag"));
    m_tag->setAccessibleName(tr("Tag"));
    m_outlet = new QComboBox(m_filterRow);
    m_outlet->setObjectName(QStringLiteral("searchOutlet"));
    m_outlet->setAccessibleName(tr("Outlet"));
    const QDate today = QDate::currentDate();
    m_fromSet = new QCheckBox(tr("From"), m_filterRow);
    m_from = dateEdit(today.addYears(-1), tr("Published from"), m_filterRow);
    m_toSet = new QCheckBox(tr("To"), m_filterRow);
    m_to = dateEdit(today, tr("Published until"), m_filterRow);
    auto *clear = new QToolButton(m_filterRow);
    clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear-all")));
    clear->setText(tr("Clear"));
    clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    clear->setToolTip(tr("Clear the filters"));
    auto *row = new QHBoxLayout(m_filterRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_kind);
    row->addWidget(m_speaker, 1);
    row->addWidget(m_institution, 1);
    row->addWidget(m_tag, 1);
    row->addWidget(m_outlet, 1);
    row->addWidget(m_fromSet);
    row->addWidget(m_from);
    row->addWidget(m_toSet);
    row->addWidget(m_to);
    row->addWidget(clear);
    setChoices({}, {});
    m_filterRow->hide();

    m_results = new QTableView(this);
    m_results->setModel(model);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->resizeSection(SearchResultModel::Kind, 180);
    m_results->horizontalHeader()->resizeSection(SearchResultModel::Article, 280);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setWordWrap(false);
    m_results->setAccessibleName(tr("Search results"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_filterRow);
    layout->addWidget(m_results);

    const auto request = [this] {
        updateFilterButton();
        if (!m_filling) {
            Q_EMIT searchRequested();
        }
    };
    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &SearchPanel::searchRequested);
    const auto searchNow = [this] {
        m_typingPause->stop();
        Q_EMIT searchRequested();
    };
    connect(m_query, &QLineEdit::returnPressed, this, searchNow);
    for (QLineEdit *edit : {m_query, m_speaker, m_institution}) {
        connect(edit, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    }
    connect(m_filterToggle, &QToolButton::toggled, this, &SearchPanel::setFiltersVisible);
    for (QComboBox *combo : {m_kind, m_tag, m_outlet}) {
        connect(combo, &QComboBox::activated, this, request);
    }
    for (QLineEdit *edit : {m_speaker, m_institution}) {
        connect(edit, &QLineEdit::returnPressed, this, [this, request] {
            m_typingPause->stop();
            request();
        });
    }
    for (const auto &[set, edit] : {std::pair {m_fromSet, m_from}, std::pair {m_toSet, m_to}}) {
        connect(set, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(set, &QCheckBox::toggled, this, request);
        connect(edit, &QDateEdit::editingFinished, this, request);
    }
    connect(clear, &QToolButton::clicked, this, [this, request] {
        const QString words = query();
        m_filling = true;
        setSearch(words, {});
        m_filling = false;
        request();
    });
    connect(m_results, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT resultActivated(index.row()); });
    updateFilterButton();
}

QString SearchPanel::query() const
{
    return m_query->text();
}

SearchFilter SearchPanel::filter() const
{
    SearchFilter filter;
    filter.kind = m_kind->currentData().toString();
    filter.speaker = m_speaker->text().trimmed();
    filter.institution = m_institution->text().trimmed();
    filter.tag = m_tag->currentData().toString();
    filter.outlet = m_outlet->currentData().toString();
    filter.from = m_fromSet->isChecked() ? m_from->date() : QDate();
    filter.to = m_toSet->isChecked() ? m_to->date() : QDate();
    return filter;
}

void SearchPanel::setSearch(const QString &query, const SearchFilter &filter)
{
    const bool filling = m_filling;
    m_filling = true;
    m_query->setText(query);
    selectData(m_kind, filter.kind);
    m_speaker->setText(filter.speaker);
    m_institution->setText(filter.institution);
    selectData(m_tag, filter.tag);
    selectData(m_outlet, filter.outlet);
    m_fromSet->setChecked(filter.from.isValid());
    if (filter.from.isValid()) {
        m_from->setDate(filter.from);
    }
    m_toSet->setChecked(filter.to.isValid());
    if (filter.to.isValid()) {
        m_to->setDate(filter.to);
    }
    if (!filter.isEmpty()) {
        setFiltersVisible(true);
    }
    m_filling = filling;
    updateFilterButton();
}

void SearchPanel::setChoices(const QList<Tag> &tags, const QStringList &outlets)
{
    const QString tag = m_tag->currentData().toString();
    const QString outlet = m_outlet->currentData().toString();
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    // Tags come parents first; indenting shows that a parent's filter takes its children too.
    QHash<qint64, int> depth;
    for (const Tag &each : tags) {
        const int level = each.parentId ? depth.value(each.parentId) + 1 : 0;
        depth.insert(each.id, level);
        m_tag->addItem(QString(level * 2, u' ') + each.name, each.name);
    }
    m_outlet->clear();
    m_outlet->addItem(tr("Any outlet"), QString());
    for (const QString &each : outlets) {
        m_outlet->addItem(each, each);
    }
    selectData(m_tag, tag);
    selectData(m_outlet, outlet);
}

void SearchPanel::setFiltersVisible(bool visible)
{
    m_filterRow->setVisible(visible);
    m_filterToggle->setChecked(visible);
}

bool SearchPanel::filtersVisible() const
{
    return m_filterToggle->isChecked();
}

void SearchPanel::selectData(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value.trimmed(), Qt::UserRole, Qt::MatchFixedString);
    if (index < 0) {
        // A saved search may name a tag or outlet the project no longer has; it stays visible.
        combo->addItem(value.trimmed(), value.trimmed());
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void SearchPanel::updateFilterButton()
{
    const SearchFilter current = filter();
    const int active = int(!current.kind.isEmpty()) + int(!current.speaker.isEmpty())
        + int(!current.institution.isEmpty()) + int(!current.tag.isEmpty()) + int(!current.outlet.isEmpty())
        + int(current.from.isValid()) + int(current.to.isValid());
    m_filterToggle->setText(active ? tr("Filters (%1)").arg(active) : tr("Filters"));
}

} // namespace Attache::Gui

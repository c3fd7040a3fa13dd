// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplepanel.h"

#include "people/peoplemodel.h"
#include "people/persondialog.h"
#include "people/personquotemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Attache::Gui {

namespace {
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}
} // namespace

PeoplePanel::PeoplePanel(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_people(new PeopleModel(this))
    , m_quotes(new PersonQuoteModel(this))
    , m_filter(new QLineEdit(this))
    , m_peopleView(makeTable(m_people, this))
    , m_quoteView(makeTable(m_quotes, this))
    , m_quoteTitle(new QLabel(this))
    , m_edit(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this))
    , m_merge(new QAction(QIcon::fromTheme(QStringLiteral("merge")), tr("&Merge…"), this))
    , m_split(new QAction(QIcon::fromTheme(QStringLiteral("split")), tr("&Split…"), this))
    , m_reloadTimer(new QTimer(this))
{
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(500);
    connect(m_reloadTimer, &QTimer::timeout, this, &PeoplePanel::reloadWhenShown);
    m_filter->setObjectName(QStringLiteral("peopleFilter"));
    m_filter->setPlaceholderText(tr("Filter people"));
    m_filter->setToolTip(tr("Type part of a name, another name, a role or an institution"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const qint64 current = currentPersonId();
        m_people->setFilterText(text);
        showPerson(current);
    });

    m_edit->setToolTip(tr("Change the person's name, kind, role and institution"));
    m_merge->setToolTip(tr("Make the selected people one person"));
    m_split->setToolTip(tr("Make one of the person's other names a person of their own"));
    connect(m_edit, &QAction::triggered, this, &PeoplePanel::editCurrent);
    connect(m_merge, &QAction::triggered, this, &PeoplePanel::mergeSelected);
    connect(m_split, &QAction::triggered, this, &PeoplePanel::splitCurrent);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    for (QAction *action : {m_edit, m_merge, m_split}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        top->addWidget(button);
    }

    m_peopleView->setObjectName(QStringLiteral("peopleView"));
    m_peopleView->setAccessibleName(tr("People in the project"));
    m_peopleView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_peopleView->setSortingEnabled(true);
    m_peopleView->sortByColumn(PeopleModel::Quotes, Qt::DescendingOrder);
    m_peopleView->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_peopleView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->resizeSection(PeopleModel::Name, 150);
    header->resizeSection(PeopleModel::Kind, 80);
    header->resizeSection(PeopleModel::Role, 180);
    header->resizeSection(PeopleModel::Institution, 180);
    header->setSectionResizeMode(PeopleModel::Articles, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PeopleModel::Quotes, QHeaderView::ResizeToContents);
    connect(m_peopleView, &QWidget::customContextMenuRequested, this, &PeoplePanel::showMenu);
    connect(m_peopleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showQuotesOf(current.isValid() ? current.data(PeopleModel::PersonIdRole).toLongLong() : 0);
            });
    connect(m_peopleView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeoplePanel::updateActions);
    // Opening a person moves to their quotes, so that Enter twice reads the first of them.
    connect(m_peopleView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showQuotesOf(index.data(PeopleModel::PersonIdRole).toLongLong());
        m_quoteView->setFocus();
        if (m_quotes->rowCount() > 0 && !m_quoteView->currentIndex().isValid()) {
            m_quoteView->setCurrentIndex(m_quotes->index(0, PersonQuoteModel::Quote));
        }
    });

    m_quoteView->setObjectName(QStringLiteral("personQuoteView"));
    m_quoteView->setAccessibleName(tr("The person's quotes across the project"));
    m_quoteView->setSelectionMode(QAbstractItemView::SingleSelection);
    // The words first: the article's title and outlet are a scroll away in a narrow dock.
    QHeaderView *quoteHeader = m_quoteView->horizontalHeader();
    quoteHeader->setSectionResizeMode(QHeaderView::Interactive);
    quoteHeader->setSectionResizeMode(PersonQuoteModel::Date, QHeaderView::ResizeToContents);
    quoteHeader->resizeSection(PersonQuoteModel::Quote, 300);
    quoteHeader->resizeSection(PersonQuoteModel::Article, 200);
    connect(m_quoteView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT quoteActivated(index.data(PersonQuoteModel::ArticleIdRole).toLongLong(),
                              index.data(PersonQuoteModel::StartRole).toLongLong(),
                              index.data(PersonQuoteModel::EndRole).toLongLong());
    });
    m_quoteTitle->setTextFormat(Qt::PlainText);
    m_quoteTitle->setToolTip(tr("Double-click a quote, or press Enter, to read it in its article"));
    m_quoteTitle->setBuddy(m_quoteView);

    auto *quotes = new QWidget(this);
    auto *quotesLayout = new QVBoxLayout(quotes);
    quotesLayout->setContentsMargins(0, 0, 0, 0);
    quotesLayout->addWidget(m_quoteTitle);
    quotesLayout->addWidget(m_quoteView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_peopleView);
    splitter->addWidget(quotes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    showQuotesOf(0);
    updateActions();
}

void PeoplePanel::setStore(PeopleStore *store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (store) {
        // Every change to the register, from this view, the reader or an import, comes through the store.
        connect(store, &PeopleStore::peopleChanged, this, &PeoplePanel::reloadWhenShown);
        // An import adds articles many times a second: the list is read again at most every so often.
        connect(store, &PeopleStore::articleAnalysisChanged, this, [this] {
            if (!m_reloadTimer->isActive()) {
                m_reloadTimer->start();
            }
        });
    }
    // Reading a large register takes most of a second: while the window is on screen and this
    // panel is not (a tab behind another dock), it waits until the panel shows, so the project
    // paints sooner.
    if (store && window()->isVisible() && visibleRegion().isEmpty()) {
        m_people->setStore(nullptr);
        showQuotesOf(0);
        m_stale = true;
        m_unread = true;
        updateActions();
        return;
    }
    read();
}

void PeoplePanel::read()
{
    m_unread = false;
    m_people->setStore(m_store);
    // The most quoted person comes first: their quotes show at once.
    if (!showPerson(m_people->personAt(0).id)) {
        showQuotesOf(0);
    }
    m_stale = false;
    updateActions();
}

void PeoplePanel::reload()
{
    if (m_unread) {
        read();
        return;
    }
    m_stale = false;
    const qint64 current = currentPersonId();
    m_people->reload();
    if (!showPerson(current)) {
        showQuotesOf(0);
    }
    updateActions();
}

bool PeoplePanel::isCovered() const
{
    return window()->isVisible() && !isVisible();
}

void PeoplePanel::reloadWhenShown()
{
    if (isCovered()) {
        m_stale = true;
    } else {
        reload();
    }
}

void PeoplePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

bool PeoplePanel::showPerson(qint64 personId)
{
    const int row = personId ? m_people->rowOf(personId) : -1;
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_people->index(row, PeopleModel::Name);
    m_peopleView->selectionModel()->setCurrentIndex(index,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_peopleView->scrollTo(index);
    // The current row may not have changed (a reload), yet the quotes may have.
    showQuotesOf(personId);
    return true;
}

qint64 PeoplePanel::currentPersonId() const
{
    return m_quotes->personId();
}

QList<qint64> PeoplePanel::selectedPersonIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_peopleView->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    std::ranges::sort(rows);
    QList<qint64> ids;
    for (const int row : std::as_const(rows)) {
        ids.append(m_people->personAt(row).id);
    }
    return ids;
}

void PeoplePanel::showQuotesOf(qint64 personId)
{
    m_quotes->setPerson(m_store, personId);
    const PeopleStore::Person person = personId && m_store ? m_store->person(personId) : PeopleStore::Person {};
    if (person.id == 0) {
        m_quoteTitle->setText(tr("Choose a person to see everything they said."));
    } else {
        m_quoteTitle->setText(tr("Quotes by %1, oldest first: %2").arg(person.name).arg(m_quotes->quoteCount()));
    }
}

void PeoplePanel::updateActions()
{
    const bool open = m_store != nullptr;
    const qsizetype selected = m_peopleView->selectionModel()->selectedRows().size();
    const QModelIndex current = m_peopleView->currentIndex();
    m_edit->setEnabled(open && current.isValid());
    m_merge->setEnabled(open && selected >= 2);
    m_split->setEnabled(open && current.isValid() && !current.data(PeopleModel::AliasesRole).toStringList().isEmpty());
    m_filter->setEnabled(open);
}

bool PeoplePanel::push(PersonCommand *command)
{
    m_error.clear();
    m_undoStack->push(command);
    if (!m_error.isEmpty()) {
        Q_EMIT failed(m_error);
        return false;
    }
    return true;
}

bool PeoplePanel::editPerson(qint64 personId, const PersonCommand::Fields &fields)
{
    if (!m_store || personId <= 0 || fields.name.trimmed().isEmpty()) {
        return false;
    }
    return push(PersonCommand::edit(m_store, personId, fields, &m_error));
}

bool PeoplePanel::mergePeople(qint64 keepId, const QList<qint64> &others)
{
    if (!m_store || keepId <= 0 || others.isEmpty() || others.contains(keepId)) {
        return false;
    }
    return push(PersonCommand::merge(m_store, keepId, others, &m_error));
}

qint64 PeoplePanel::splitAlias(qint64 personId, const QString &alias)
{
    if (!m_store || personId <= 0 || alias.isEmpty()) {
        return 0;
    }
    PersonCommand *command = PersonCommand::split(m_store, personId, alias, &m_error);
    if (!push(command)) {
        return 0;
    }
    // A successful step is on the stack, which owns it.
    return command->splitPersonId();
}

void PeoplePanel::editCurrent()
{
    const PeopleStore::Person person = m_people->personAt(m_peopleView->currentIndex().row());
    if (person.id == 0) {
        return;
    }
    PersonDialog dialog(person, this);
    if (dialog.exec() == QDialog::Accepted) {
        editPerson(person.id, dialog.fields());
    }
}

void PeoplePanel::mergeSelected()
{
    const QList<qint64> ids = selectedPersonIds();
    if (ids.size() < 2) {
        return;
    }
    QStringList names;
    int mostQuoted = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const PeopleStore::Person person = m_people->personAt(m_people->rowOf(ids.at(i)));
        // Two people of the same name are the usual reason to merge: the count of quotes tells them apart.
        QString name = tr("%1 (%n quote(s))", nullptr, person.quotes)
                           .arg(person.role.isEmpty() ? person.name : tr("%1 — %2").arg(person.name, person.role));
        if (names.contains(name)) {
            name = tr("%1 #%2").arg(name).arg(i + 1);
        }
        names.append(name);
        if (person.quotes > m_people->personAt(m_people->rowOf(ids.at(mostQuoted))).quotes) {
            mostQuoted = int(i);
        }
    }
    bool ok = false;
    const QString kept = QInputDialog::getItem(
        this, tr("Merge People"),
        tr("The others' names become this person's aliases, and their quotes move to it.\nKeep:"), names, mostQuoted,
        false, &ok);
    const qsizetype keep = names.indexOf(kept);
    if (!ok || keep < 0) {
        return;
    }
    QList<qint64> others = ids;
    others.removeAt(keep);
    mergePeople(ids.at(keep), others);
}

void PeoplePanel::splitCurrent()
{
    const QModelIndex current = m_peopleView->currentIndex();
    const QStringList aliases = current.data(PeopleModel::AliasesRole).toStringList();
    if (aliases.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString alias = QInputDialog::getItem(
        this, tr("Split Person"),
        tr("This name becomes a person of their own; quotes attributed under it follow.\nName:"), aliases, 0, false,
        &ok);
    if (ok) {
        splitAlias(current.data(PeopleModel::PersonIdRole).toLongLong(), alias);
    }
}

void PeoplePanel::showMenu(const QPoint &position)
{
    if (!m_peopleView->indexAt(position).isValid()) {
        return;
    }
    QMenu menu(this);
    menu.addActions({m_edit, m_merge, m_split});
    menu.exec(m_peopleView->viewport()->mapToGlobal(position));
}

} // namespace Attache::Gui

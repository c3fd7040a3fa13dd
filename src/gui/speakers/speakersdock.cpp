// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "speakersdock.h"

#include "commands/correctioncommand.h"
#include "commands/undopusher.h"
#include "peoplestore.h"
#include "project.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"
#include "speakers/speakerlistmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace Attache::Gui {

SpeakersDock::SpeakersDock(ReaderController *reader, QUndoStack *undoStack, QWidget *parent)
    : QDockWidget(tr("Speakers"), parent)
    , m_reader(reader)
    , m_pusher(new UndoPusher(undoStack, this))
    , m_model(new SpeakerListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_nextQuote(new QAction(QIcon::fromTheme(QStringLiteral("go-down-search")), tr("&Next Quote by Speaker"), this))
    , m_previousQuote(
          new QAction(QIcon::fromTheme(QStringLiteral("go-up-search")), tr("&Previous Quote by Speaker"), this))
{
    setObjectName(QStringLiteral("speakersDock"));
    connect(m_pusher, &UndoPusher::failed, this, &SpeakersDock::failed);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SpeakerListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("speakerView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SpeakerListModel::Quotes, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(SpeakerListModel::Name, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SpeakerListModel::Kind, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SpeakerListModel::Role, QHeaderView::Stretch);
    header->setSectionResizeMode(SpeakerListModel::Quotes, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Speakers in this article"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        stepThroughSpeaker(index.data(SpeakerListModel::SpeakerIndexRole).toInt(), true);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &SpeakersDock::showSpeakerMenu);
    setWidget(m_view);

    m_nextQuote->setObjectName(QStringLiteral("actionNextQuote"));
    m_nextQuote->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_nextQuote, &QAction::triggered, this, [this] { stepThroughSpeaker(currentSpeakerIndex(), true); });
    m_previousQuote->setObjectName(QStringLiteral("actionPreviousQuote"));
    m_previousQuote->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_previousQuote, &QAction::triggered, this, [this] { stepThroughSpeaker(currentSpeakerIndex(), false); });

    connect(m_reader, &ReaderController::analysisChanged, this, [this] { m_model->setResult(m_reader->analysis()); });
    connect(m_reader, &ReaderController::contextMenuRequested, this, &SpeakersDock::addQuoteCorrections);
}

void SpeakersDock::setProject(Project *project)
{
    m_project = project;
}

int SpeakersDock::currentSpeakerIndex() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(SpeakerListModel::SpeakerIndexRole).toInt() : -1;
}

bool SpeakersDock::stepThroughSpeaker(int speakerIndex, bool forward)
{
    const QList<Analysis::Quote> &quotes = m_model->result().quotes;
    if (speakerIndex < 0 || quotes.isEmpty()) {
        return false;
    }
    ReaderView *view = m_reader->reader();
    const auto selection = view->selectedRange();
    const qsizetype here = selection ? selection->first : (forward ? -1 : view->text().size());
    const Analysis::Quote *found = nullptr;
    if (forward) {
        for (const Analysis::Quote &quote : quotes) {
            if (quote.speaker == speakerIndex && quote.start > here) {
                found = &quote;
                break;
            }
        }
    } else {
        for (auto it = quotes.crbegin(); it != quotes.crend(); ++it) {
            if (it->speaker == speakerIndex && it->start < here) {
                found = &*it;
                break;
            }
        }
    }
    // Past the last quote, wrap around to the first (or the last, going back).
    if (!found) {
        for (const Analysis::Quote &quote : quotes) {
            if (quote.speaker == speakerIndex && (!found || !forward)) {
                found = &quote;
                if (forward) {
                    break;
                }
            }
        }
    }
    if (!found) {
        return false;
    }
    view->showRange(found->start, found->end);
    return true;
}

bool SpeakersDock::rejectQuote(int quoteIndex)
{
    const QList<Analysis::Quote> &quotes = m_model->result().quotes;
    if (!m_project || quoteIndex < 0 || quoteIndex >= quotes.size()) {
        return false;
    }
    return m_pusher->push(CorrectionCommand::forQuote(m_project->people(), CorrectionCommand::Action::RejectQuote,
                                                      m_reader->currentArticleId(), quotes.at(quoteIndex).text, 0,
                                                      m_pusher->error()));
}

bool SpeakersDock::reassignQuote(int quoteIndex, qint64 personId)
{
    const QList<Analysis::Quote> &quotes = m_model->result().quotes;
    if (!m_project || quoteIndex < 0 || quoteIndex >= quotes.size() || personId <= 0) {
        return false;
    }
    return m_pusher->push(CorrectionCommand::forQuote(m_project->people(), CorrectionCommand::Action::ReassignQuote,
                                                      m_reader->currentArticleId(), quotes.at(quoteIndex).text,
                                                      personId, m_pusher->error()));
}

void SpeakersDock::addQuoteCorrections(QMenu *menu, qsizetype offset)
{
    if (!m_project) {
        return;
    }
    const Analysis::AnalysisResult &result = m_model->result();
    for (int index = 0; index < result.quotes.size(); ++index) {
        const Analysis::Quote &quote = result.quotes.at(index);
        if (offset < quote.start || offset >= quote.end) {
            continue;
        }
        menu->addSeparator();
        menu->addAction(tr("Not a Quote"), this, [this, index] { rejectQuote(index); });
        QMenu *reassign = menu->addMenu(tr("Attribute To"));
        for (const PeopleStore::Person &person : m_project->people()->people()) {
            if (quote.speaker >= 0 && person.name == result.speakers.at(quote.speaker).name) {
                continue;
            }
            const qint64 personId = person.id;
            reassign->addAction(person.role.isEmpty() ? person.name : tr("%1 — %2").arg(person.name, person.role), this,
                                [this, index, personId] { reassignQuote(index, personId); });
        }
        reassign->setEnabled(!reassign->isEmpty());
        return;
    }
}

void SpeakersDock::showSpeakerMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!m_project || !index.isValid()) {
        return;
    }
    const Analysis::Speaker &speaker
        = m_model->result().speakers.at(index.data(SpeakerListModel::SpeakerIndexRole).toInt());
    const qint64 personId = m_project->people()->findPerson(speaker.name);
    if (!personId) {
        return;
    }
    PeopleStore *people = m_project->people();
    const auto correct = [this, people, personId](CorrectionCommand::Action action, const QString &value) {
        m_pusher->push(CorrectionCommand::forPerson(people, action, personId, value, m_pusher->error()));
    };
    QMenu menu(this);
    QMenu *kinds = menu.addMenu(tr("Kind"));
    for (const Analysis::SpeakerKind kind : Analysis::kSpeakerKinds) {
        QAction *action = kinds->addAction(Analysis::speakerKindLabel(kind));
        action->setCheckable(true);
        action->setChecked(kind == speaker.kind);
        connect(action, &QAction::triggered, this, [correct, name = Analysis::speakerKindName(kind)] {
            correct(CorrectionCommand::Action::SetKind, name);
        });
    }
    menu.addAction(tr("Rename…"), this, [this, correct, name = speaker.name] {
        bool ok = false;
        const QString edited = QInputDialog::getText(this, tr("Rename"), tr("Name:"), QLineEdit::Normal, name, &ok);
        if (ok && !edited.trimmed().isEmpty() && edited.trimmed() != name) {
            correct(CorrectionCommand::Action::Rename, edited.trimmed());
        }
    });
    menu.addAction(tr("Set Role…"), this, [this, correct, role = speaker.role] {
        bool ok = false;
        const QString edited
            = QInputDialog::getText(this, tr("Set Role"), tr("Role and institution:"), QLineEdit::Normal, role, &ok);
        if (ok && edited.trimmed() != role) {
            correct(CorrectionCommand::Action::SetRole, edited.trimmed());
        }
    });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace Attache::Gui

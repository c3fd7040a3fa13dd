// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QAction;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace Attache {
class Project;
}

namespace Attache::Gui {

class ReaderController;
class SpeakerListModel;
class UndoPusher;

/**
 * The Speakers dock: who speaks in the article being read, with the actions that step through a
 * speaker's quotes, and the corrections a reader makes to the engine's work (not a quote, said by
 * someone else; a speaker's kind, name and role) as undoable steps through the people store.
 */
class SpeakersDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakersDock)

public:
    /** Lists the speakers of what reader (not owned) shows, and adds the corrections to its context menu. */
    SpeakersDock(ReaderController *reader, QUndoStack *undoStack, QWidget *parent = nullptr);

    /** Takes the people store of project (not owned), where corrections go; nullptr for none. */
    void setProject(Project *project);
    SpeakerListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *nextQuoteAction() const { return m_nextQuote; }
    QAction *previousQuoteAction() const { return m_previousQuote; }

    /** Selects the next (or previous) quote of a speaker in the reader, wrapping around; false when there is none. */
    bool stepThroughSpeaker(int speakerIndex, bool forward);
    /** "Not a quote" for the shown article's quote at index (undoable). */
    bool rejectQuote(int quoteIndex);
    /** Attributes the shown article's quote at index to the person personId (undoable). */
    bool reassignQuote(int quoteIndex, qint64 personId);
    /** Adds "Not a Quote" and "Attribute To" for the quote at offset, if there is one. */
    void addQuoteCorrections(QMenu *menu, qsizetype offset);

Q_SIGNALS:
    /** A step failed; message is one line for the status bar. */
    void failed(const QString &message);

private:
    int currentSpeakerIndex() const;
    void showSpeakerMenu(const QPoint &position);

    ReaderController *m_reader;
    UndoPusher *m_pusher;
    Project *m_project = nullptr;
    SpeakerListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_nextQuote;
    QAction *m_previousQuote;
};

} // namespace Attache::Gui

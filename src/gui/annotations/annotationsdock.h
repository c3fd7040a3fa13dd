// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QAction;
class QMenu;
class QTableView;
class QUndoStack;

namespace Attache {
struct Annotation;
class Project;
} // namespace Attache

namespace Attache::Gui {

class AnnotationListModel;
class ReaderController;
class ReaderView;
class UndoPusher;

/**
 * The Annotations dock: the notes and highlights of the article being read, with the actions that
 * make, edit and remove them from the reader's selection. Every change is an undoable step through
 * the annotation store. The window puts the actions into its Edit menu.
 */
class AnnotationsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationsDock)

public:
    /**
     * Lists the annotations of the article reader (not owned) shows; new highlights and notes take
     * its selection, and its context menu gets the annotation actions.
     */
    AnnotationsDock(ReaderController *reader, QUndoStack *undoStack, QWidget *parent = nullptr);

    /** Takes the annotations, tags and dictionary of project (not owned); nullptr empties the dock. */
    void setProject(Project *project);
    qint64 articleId() const { return m_articleId; }

    AnnotationListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *highlightAction() const { return m_highlight; }
    /** "Highlight With": one entry per highlight color. */
    QMenu *highlightWithMenu() const { return m_highlightWith; }
    QAction *addNoteAction() const { return m_addNote; }
    QAction *articleNoteAction() const { return m_articleNote; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }

    /** Highlights the reader's selection in color (undoable); false when nothing is selected or it failed. */
    bool highlightSelection(const QString &color);
    /** Removes an annotation (undoable); false when it is not there or could not be removed. */
    bool removeAnnotation(qint64 id);

Q_SIGNALS:
    /** A step failed; message is one line for the status bar. */
    void failed(const QString &message);

private:
    void setArticle(qint64 articleId);
    /** Adds to the reader's context menu what can be done there: notes, and the annotation under offset. */
    void addReaderMenuActions(QMenu *menu, qsizetype offset);
    void updateActions();
    qint64 selectedAnnotationId() const;
    void addNoteToSelection();
    void addArticleNote();
    void editAnnotation(qint64 id);
    void openAnnotationDialog(const Annotation &annotation, bool isNew);

    ReaderController *m_controller;
    ReaderView *m_reader;
    UndoPusher *m_pusher;
    Project *m_project = nullptr;
    qint64 m_articleId = 0;
    AnnotationListModel *m_model;
    QTableView *m_view;
    QAction *m_highlight;
    QMenu *m_highlightWith;
    QAction *m_addNote;
    QAction *m_articleNote;
    QAction *m_edit;
    QAction *m_remove;
};

} // namespace Attache::Gui

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationsdock.h"

#include "annotations/annotationdialog.h"
#include "annotations/annotationlistmodel.h"
#include "annotationstore.h"
#include "commands/annotationcommand.h"
#include "commands/undopusher.h"
#include "project.h"
#include "reader/articlehighlighter.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"
#include "settings.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableView>

namespace Attache::Gui {

namespace {
QAction *newAction(const QString &icon, const QString &text, const QString &name, const QKeySequence &shortcut,
                   QObject *parent)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : QIcon::fromTheme(icon), text, parent);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    return action;
}
} // namespace

AnnotationsDock::AnnotationsDock(ReaderController *reader, QUndoStack *undoStack, QWidget *parent)
    : QDockWidget(tr("Annotations"), parent)
    , m_controller(reader)
    , m_reader(reader->reader())
    , m_pusher(new UndoPusher(undoStack, this))
    , m_model(new AnnotationListModel(this))
    , m_view(new QTableView(this))
    , m_highlight(newAction(QStringLiteral("format-text-highlight"), tr("&Highlight Selection"),
                            QStringLiteral("actionHighlight"), QKeySequence(Qt::CTRL | Qt::Key_E), this))
    , m_highlightWith(new QMenu(tr("Highlight &With"), this))
    , m_addNote(newAction(QStringLiteral("note-new"), tr("Add &Note to Selection…"), QStringLiteral("actionAddNote"),
                          QKeySequence(Qt::CTRL | Qt::Key_M), this))
    , m_articleNote(newAction({}, tr("Add Note to &Article…"), QStringLiteral("actionArticleNote"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this))
    , m_edit(newAction(QStringLiteral("document-edit"), tr("&Edit Annotation…"), QStringLiteral("actionEditAnnotation"),
                       {}, this))
    , m_remove(newAction(QStringLiteral("edit-delete"), tr("&Remove Annotation"),
                         QStringLiteral("actionRemoveAnnotation"), {}, this))
{
    setObjectName(QStringLiteral("annotationsDock"));
    connect(m_pusher, &UndoPusher::failed, this, &AnnotationsDock::failed);
    m_view->setObjectName(QStringLiteral("annotationView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_edit, m_remove});
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const auto annotation = m_project
            ? m_project->annotations()->annotation(
                  index.siblingAtColumn(0).data(AnnotationListModel::AnnotationIdRole).toLongLong())
            : std::nullopt;
        if (annotation && annotation->anchor) {
            m_reader->showRange(annotation->anchor->start, annotation->anchor->end);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AnnotationsDock::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationsDock::updateActions);
    connect(m_reader->textView(), &QPlainTextEdit::selectionChanged, this, &AnnotationsDock::updateActions);
    connect(m_controller, &ReaderController::articleShown, this, &AnnotationsDock::setArticle);
    connect(m_controller, &ReaderController::contextMenuRequested, this, &AnnotationsDock::addReaderMenuActions);
    setWidget(m_view);

    for (const auto &[name, value] : AnnotationDialog::palette()) {
        m_highlightWith->addAction(name, this, [this, color = value] { highlightSelection(color); });
    }
    connect(m_highlight, &QAction::triggered, this,
            [this] { highlightSelection(Settings::stringValue(Settings::Key::HighlightColor)); });
    connect(m_addNote, &QAction::triggered, this, &AnnotationsDock::addNoteToSelection);
    connect(m_articleNote, &QAction::triggered, this, &AnnotationsDock::addArticleNote);
    connect(m_edit, &QAction::triggered, this, [this] { editAnnotation(selectedAnnotationId()); });
    connect(m_remove, &QAction::triggered, this, [this] { removeAnnotation(selectedAnnotationId()); });
    updateActions();
}

void AnnotationsDock::setProject(Project *project)
{
    m_project = project;
    setArticle(m_controller->currentArticleId());
}

void AnnotationsDock::setArticle(qint64 articleId)
{
    m_articleId = m_project ? articleId : 0;
    m_model->setSource(m_project ? m_project->annotations() : nullptr, m_project ? m_project->tags() : nullptr,
                       m_articleId);
    updateActions();
}

void AnnotationsDock::updateActions()
{
    const bool reading = m_articleId > 0;
    const bool selection = reading && m_reader->selectedRange().has_value();
    m_highlight->setEnabled(selection);
    m_addNote->setEnabled(selection);
    m_articleNote->setEnabled(reading);
    const bool annotationSelected = reading && selectedAnnotationId() > 0;
    m_edit->setEnabled(annotationSelected);
    m_remove->setEnabled(annotationSelected);
}

qint64 AnnotationsDock::selectedAnnotationId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row())) {
        return current.siblingAtColumn(0).data(AnnotationListModel::AnnotationIdRole).toLongLong();
    }
    return 0;
}

bool AnnotationsDock::highlightSelection(const QString &color)
{
    const auto range = m_reader->selectedRange();
    if (!m_articleId || !range) {
        return false;
    }
    Annotation annotation;
    annotation.articleId = m_articleId;
    annotation.anchor = TextAnchor {range->first, range->second, {}, {}, {}};
    annotation.color = color;
    Settings::setValue(Settings::Key::HighlightColor, color);
    return m_pusher->push(new AnnotationCommand(m_project->annotations(), AnnotationCommand::Action::Add, {},
                                                annotation, m_pusher->error()));
}

void AnnotationsDock::addNoteToSelection()
{
    const auto range = m_reader->selectedRange();
    if (!m_articleId || !range) {
        return;
    }
    Annotation annotation;
    annotation.articleId = m_articleId;
    annotation.anchor = TextAnchor::fromRange(m_reader->text(), range->first, range->second);
    annotation.color = Settings::stringValue(Settings::Key::HighlightColor);
    openAnnotationDialog(annotation, true);
}

void AnnotationsDock::addArticleNote()
{
    if (!m_articleId) {
        return;
    }
    Annotation annotation;
    annotation.articleId = m_articleId;
    openAnnotationDialog(annotation, true);
}

void AnnotationsDock::openAnnotationDialog(const Annotation &annotation, bool isNew)
{
    auto *dialog = new AnnotationDialog(annotation, m_project->tags(), m_project->dictionary(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, annotation, isNew] {
        if (!m_project) {
            return;
        }
        m_pusher->push(new AnnotationCommand(m_project->annotations(),
                                             isNew ? AnnotationCommand::Action::Add : AnnotationCommand::Action::Edit,
                                             annotation, dialog->annotation(), m_pusher->error()));
    });
    dialog->open();
}

void AnnotationsDock::editAnnotation(qint64 id)
{
    if (const auto annotation = m_project && id ? m_project->annotations()->annotation(id) : std::nullopt) {
        openAnnotationDialog(*annotation, false);
    }
}

bool AnnotationsDock::removeAnnotation(qint64 id)
{
    const auto annotation = m_project && id ? m_project->annotations()->annotation(id) : std::nullopt;
    return annotation
        && m_pusher->push(new AnnotationCommand(m_project->annotations(), AnnotationCommand::Action::Remove,
                                                *annotation, {}, m_pusher->error()));
}

void AnnotationsDock::addReaderMenuActions(QMenu *menu, qsizetype offset)
{
    menu->addSeparator();
    menu->addAction(m_highlight);
    menu->addAction(m_addNote);
    menu->addAction(m_articleNote);
    if (!m_project) {
        return;
    }
    for (const HighlightSpan &span : m_reader->highlighter()->spansAt(offset)) {
        if (m_project->annotations()->annotation(span.id)) {
            menu->addSeparator();
            const qint64 id = span.id;
            menu->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit This Annotation…"), this,
                            [this, id] { editAnnotation(id); });
            menu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Remove This Annotation"), this,
                            [this, id] { removeAnnotation(id); });
            break;
        }
    }
}

} // namespace Attache::Gui

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readercontroller.h"

#include "annotationstore.h"
#include "articles/articlelistmodel.h"
#include "articles/articlepropertiesdialog.h"
#include "articlestore.h"
#include "peoplestore.h"
#include "project.h"
#include "reader/articlehighlighter.h"
#include "reader/readerview.h"
#include "search.h"
#include "settings.h"
#include "speakers/speakerlistmodel.h"
#include "tags/tagtreemodel.h"
#include "tagstore.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QTableView>

namespace Attache::Gui {

namespace {
// The kind of a quotation as a reader sees it; AnalysisResult::kindName is the stored, untranslated name.
QString quoteKindLabel(Analysis::QuoteKind kind)
{
    switch (kind) {
    case Analysis::QuoteKind::Direct:
        return ReaderController::tr("direct quote");
    case Analysis::QuoteKind::Partial:
        return ReaderController::tr("partial quote", "a few quoted words inside reported speech");
    case Analysis::QuoteKind::Transcript:
        return ReaderController::tr("transcript", "a quotation from an interview or press-conference transcript");
    case Analysis::QuoteKind::Indirect:
        return ReaderController::tr("indirect quote", "reported speech, without quotation marks");
    }
    return {};
}

QString nameAndRole(const Analysis::Speaker &speaker)
{
    return speaker.role.isEmpty() ? speaker.name : ReaderController::tr("%1 — %2").arg(speaker.name, speaker.role);
}
} // namespace

ReaderController::ReaderController(QTableView *articleView, ReaderView *reader, QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_articleView(articleView)
    , m_reader(reader)
    , m_articleModel(new ArticleListModel(this))
    , m_filter(new QLineEdit(parent))
    , m_tagPaths(new TagTreeModel(this))
{
    // The model sorts in SQL (ArticleListModel::sort) and reads a page at a time.
    m_articleView->setModel(m_articleModel);
    m_articleView->sortByColumn(ArticleListModel::Title, Qt::AscendingOrder);
    m_articleView->setAccessibleName(tr("Articles"));
    QHeaderView *header = m_articleView->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ReaderController::keepCurrentArticleSelected);
    header->setSectionResizeMode(ArticleListModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    header->resizeSection(ArticleListModel::Outlet, 100);
    header->resizeSection(ArticleListModel::Published, 90);
    header->resizeSection(ArticleListModel::Quotes, 60);
    header->resizeSection(ArticleListModel::Notes, 50);
    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReaderController::showCurrentArticle);

    m_filter->setObjectName(QStringLiteral("articleFilter"));
    m_filter->setPlaceholderText(tr("Filter articles by title, outlet or date"));
    m_filter->setAccessibleName(tr("Filter articles"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_articleModel->setFilter(text);
        keepCurrentArticleSelected();
    });

    QPlainTextEdit *text = m_reader->textView();
    text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(text, &QWidget::customContextMenuRequested, this, &ReaderController::showContextMenu);
}

void ReaderController::setProject(Project *project)
{
    if (m_project) {
        disconnect(m_project->annotations(), nullptr, this, nullptr);
        disconnect(m_project->tags(), nullptr, this, nullptr);
        disconnect(m_project->people(), nullptr, this, nullptr);
    }
    m_project = project;
    m_currentArticleId = 0;
    m_tagPaths->setStore(project ? project->tags() : nullptr);
    m_articleModel->setStore(project ? project->articles() : nullptr);
    if (project) {
        for (const auto signal : {&AnnotationStore::annotationAdded, &AnnotationStore::annotationChanged,
                                  &AnnotationStore::annotationRemoved}) {
            connect(project->annotations(), signal, this, &ReaderController::refreshHighlights);
        }
        connect(project->tags(), &TagStore::tagChanged, this, &ReaderController::refreshHighlights);
        // Corrections from any view, and their undo, change who says what in the article being read.
        connect(project->people(), &PeopleStore::peopleChanged, this, &ReaderController::reloadAnalysis);
        connect(project->people(), &PeopleStore::articleAnalysisChanged, this, [this](qint64 articleId) {
            if (articleId == m_currentArticleId) {
                reloadAnalysis();
            }
        });
    }
    m_reader->clear();
    if (project && m_articleModel->rowCount() > 0) {
        m_articleView->setCurrentIndex(m_articleModel->index(0, ArticleListModel::Title));
    } else {
        showCurrentArticle();
    }
}

void ReaderController::showCurrentArticle()
{
    if (m_keepingSelection) {
        return;
    }
    const QModelIndex current = m_articleView->currentIndex();
    const std::optional<Article> article = m_project && current.isValid()
        ? m_project->articles()->article(current.data(ArticleListModel::ArticleIdRole).toLongLong())
        : std::nullopt;
    m_currentArticleId = article ? article->id : 0;
    if (article) {
        m_reader->setArticle(*article);
        // Articles from projects made before analysis was stored are analysed on first reading.
        m_project->people()->analyzeIfNeeded(*article);
    } else {
        m_reader->clear();
    }
    Q_EMIT articleShown(m_currentArticleId);
    reloadAnalysis();
    refreshHighlights();
}

void ReaderController::keepCurrentArticleSelected()
{
    const int row = m_currentArticleId ? m_articleModel->loadRowOf(m_currentArticleId) : -1;
    if (row < 0) {
        return;
    }
    // The reader already shows the article; selecting its row again must not reload it.
    const QScopedValueRollback keeping(m_keepingSelection, true);
    m_articleView->setCurrentIndex(m_articleModel->index(row, ArticleListModel::Title));
    m_articleView->scrollTo(m_articleModel->index(row, ArticleListModel::Title));
}

void ReaderController::reloadAnalysis()
{
    m_analysis = m_project && m_currentArticleId ? m_project->people()->storedAnalysis(m_currentArticleId)
                                                 : Analysis::AnalysisResult {};
    refreshQuotes();
    if (m_currentArticleId) {
        m_articleModel->refreshArticle(m_currentArticleId);
    }
    Q_EMIT analysisChanged();
}

void ReaderController::applySettings()
{
    m_reader->applySettings();
    refreshQuotes();
}

void ReaderController::refreshQuotes()
{
    const double reviewThreshold = Settings::doubleValue(Settings::Key::ReviewThreshold);
    QList<HighlightSpan> spans;
    const QString text = m_reader->text();
    for (const Analysis::Quote &quote : m_analysis.quotes) {
        HighlightSpan span;
        span.start = quote.start;
        span.end = quote.end;
        QStringList tip;
        if (quote.speaker >= 0) {
            const Analysis::Speaker &speaker = m_analysis.speakers.at(quote.speaker);
            span.background = SpeakerListModel::colorFor(quote.speaker);
            span.underline = Analysis::speakerKindColor(speaker.kind);
            tip.append(nameAndRole(speaker));
            //: speaker's kind · kind of quote · the verb that introduced it · how sure the engine is
            tip.append(tr("%1 · %2 · cue “%3” · confidence %4%")
                           .arg(Analysis::speakerKindLabel(speaker.kind), quoteKindLabel(quote.kind), quote.cue)
                           .arg(qRound(quote.confidence * 100)));
        } else {
            tip.append(tr("A quotation with no speaker found"));
        }
        if (quote.confidence < reviewThreshold || quote.speaker < 0) {
            // Low confidence: a red wavy line asks the reader to check the attribution.
            span.underline = QColor(0xd0, 0x30, 0x30);
            span.underlineStyle = QTextCharFormat::WaveUnderline;
            tip.append(tr("Check this attribution"));
        }
        span.toolTip = tip.join(u'\n');
        spans.append(span);
    }
    // Speakers' names in bold wherever the text names them.
    for (const Analysis::Speaker &speaker : std::as_const(m_analysis.speakers)) {
        QStringList names = speaker.aliases;
        names.prepend(speaker.name);
        for (const QString &name : std::as_const(names)) {
            for (qsizetype at = text.indexOf(name); at >= 0 && !name.isEmpty();
                 at = text.indexOf(name, at + name.size())) {
                const bool wordStart = at == 0 || !text.at(at - 1).isLetterOrNumber();
                const qsizetype end = at + name.size();
                const bool wordEnd = end >= text.size() || !text.at(end).isLetterOrNumber();
                if (wordStart && wordEnd) {
                    HighlightSpan mention;
                    mention.start = at;
                    mention.end = end;
                    mention.bold = true;
                    mention.toolTip = nameAndRole(speaker);
                    spans.append(mention);
                }
            }
        }
    }
    m_reader->highlighter()->setSpans(ArticleHighlighter::Quotes, spans);
}

void ReaderController::refreshHighlights()
{
    QList<HighlightSpan> spans;
    if (m_project && m_currentArticleId) {
        for (const Annotation &annotation : m_project->annotations()->annotationsFor(m_currentArticleId)) {
            if (!annotation.anchor) {
                continue;
            }
            HighlightSpan span;
            span.id = annotation.id;
            span.start = annotation.anchor->start;
            span.end = annotation.anchor->end;
            span.background = annotation.color.isEmpty() ? QColor() : QColor(annotation.color);
            QStringList tags;
            for (const qint64 tagId : annotation.tagIds) {
                tags.append(m_tagPaths->pathOf(tagId));
            }
            if (!annotation.note.isEmpty()) {
                // A dotted underline marks the passages that carry a note.
                span.underline = m_reader->palette().color(QPalette::Link);
                span.underlineStyle = QTextCharFormat::DotLine;
            }
            QStringList tip;
            if (!annotation.note.isEmpty()) {
                tip.append(tr("Note: %1").arg(annotation.note));
            }
            if (!tags.isEmpty()) {
                tip.append(tr("Tags: %1").arg(tags.join(QStringLiteral(", "))));
            }
            span.toolTip = tip.join(u'\n');
            spans.append(span);
        }
    }
    m_reader->highlighter()->setSpans(ArticleHighlighter::UserHighlights, spans);
}

void ReaderController::showContextMenu(const QPoint &position)
{
    QPlainTextEdit *text = m_reader->textView();
    QMenu *menu = text->createStandardContextMenu(position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    Q_EMIT contextMenuRequested(menu, m_reader->positionAt(position));
    menu->popup(text->viewport()->mapToGlobal(position));
}

bool ReaderController::openQuote(qint64 articleId, qint64 start, qint64 end)
{
    if (!m_project) {
        return false;
    }
    int row = m_articleModel->loadRowOf(articleId);
    // The article may be filtered out of the list; the whole list shows it.
    if (row < 0 && !m_articleModel->filter().isEmpty()) {
        m_filter->clear();
        row = m_articleModel->loadRowOf(articleId);
    }
    if (row < 0) {
        return false;
    }
    m_articleView->setCurrentIndex(m_articleModel->index(row, 0));
    m_reader->showRange(start, end);
    m_reader->textView()->setFocus();
    return m_currentArticleId == articleId;
}

void ReaderController::openSearchHit(const SearchHit &hit)
{
    if (!m_project) {
        return;
    }
    m_filter->clear();
    const int articleRow = m_articleModel->loadRowOf(hit.articleId);
    if (articleRow < 0) {
        return;
    }
    m_articleView->setCurrentIndex(m_articleModel->index(articleRow, 0));
    qsizetype start = -1;
    qsizetype end = -1;
    if (hit.kind == SearchHit::Kind::Quote) {
        if (const auto span = m_project->people()->quoteSpan(hit.id)) {
            std::tie(start, end) = *span;
        }
    } else if (hit.kind == SearchHit::Kind::Annotation) {
        const auto annotation = m_project->annotations()->annotation(hit.id);
        if (annotation && annotation->anchor) {
            start = annotation->anchor->start;
            end = annotation->anchor->end;
        }
    } else {
        // The first word the index marked in the snippet, found again in the text.
        const qsizetype open = hit.snippet.indexOf(Search::kSnippetOpen);
        const qsizetype close = hit.snippet.indexOf(Search::kSnippetClose, open);
        const QString word = open >= 0 && close > open ? hit.snippet.mid(open + 1, close - open - 1) : QString();
        start = word.isEmpty() ? -1 : m_reader->text().indexOf(word, 0, Qt::CaseInsensitive);
        end = start + word.size();
    }
    if (start >= 0) {
        m_reader->showRange(start, end);
    }
}

void ReaderController::editArticleProperties()
{
    const std::optional<Article> article
        = m_project && m_currentArticleId ? m_project->articles()->article(m_currentArticleId) : std::nullopt;
    if (!article) {
        return;
    }
    auto *dialog = new ArticlePropertiesDialog(*article, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        const Article edited = dialog->article();
        if (!m_project) {
            return;
        }
        if (!m_project->articles()->updateMetadata(edited, &error)) {
            QMessageBox::warning(m_parent, tr("Article Properties"), error);
        } else if (edited.id == m_currentArticleId) {
            m_reader->setArticle(*m_project->articles()->article(edited.id));
            refreshQuotes();
            refreshHighlights();
        }
    });
    dialog->open();
}

} // namespace Attache::Gui

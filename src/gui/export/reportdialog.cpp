// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportdialog.h"

#include "analysis/speakerkind.h"
#include "articlestore.h"
#include "export/documentreportwriter.h"
#include "export/htmlreportwriter.h"
#include "export/qdpxreportwriter.h"
#include "export/reportbuilder.h"
#include "outputfile.h"
#include "project.h"
#include "reader/syntaxrepository.h"
#include "tagstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <KSyntaxHighlighting/SyntaxHighlighter>

namespace Attache::Gui {

namespace {

enum ArticleChoice { AllArticles, SelectedArticles };

} // namespace

ReportDialog::ReportDialog(Project *project, QList<qint64> selectedArticleIds, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_selectedArticleIds(std::move(selectedArticleIds))
{
    setWindowTitle(tr("Export Report"));
    resize(1100, 720);

    m_format = new QComboBox(this);
    for (const Export::ReportFormat format : Export::ReportWriter::formats()) {
        m_format->addItem(Export::ReportWriter::description(format), int(format));
    }

    m_articles = new QComboBox(this);
    m_articles->addItem(tr("All articles"), AllArticles);
    m_articles->addItem(tr("Selected articles (%n)", nullptr, int(m_selectedArticleIds.size())), SelectedArticles);
    if (m_selectedArticleIds.isEmpty()) {
        // A disabled item says why the choice is missing better than a missing item would.
        if (auto *model = qobject_cast<QStandardItemModel *>(m_articles->model())) {
            model->item(SelectedArticles)->setEnabled(false);
        }
    } else {
        m_articles->setCurrentIndex(1);
    }
    m_tag = new QComboBox(this);
    m_tag->addItem(tr("Any tag"), QString());
    QHash<qint64, QString> paths;
    for (const Tag &tag : project->tags()->tags()) {
        const QString path = tag.parentId ? paths.value(tag.parentId) + QLatin1Char('/') + tag.name : tag.name;
        paths.insert(tag.id, path);
        m_tag->addItem(path, path);
    }
    m_speaker = new QLineEdit(this);
    m_speaker->setPlaceholderText(tr("Any speaker (part of a name)"));
    m_speaker->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Any kind"), QString());
    for (const Analysis::SpeakerKind kind : Analysis::kSpeakerKinds) {
        m_kind->addItem(Analysis::speakerKindLabel(kind), Analysis::speakerKindName(kind));
    }
    m_outlet = new QComboBox(this);
    m_outlet->addItem(tr("Any outlet"), QString());
    QStringList outlets;
    QDate first;
    QDate last;
    for (const ArticleSummary &summary : project->articles()->summaries()) {
        if (!summary.outlet.isEmpty() && !outlets.contains(summary.outlet)) {
            outlets.append(summary.outlet);
        }
        if (summary.published.isValid()) {
            first = first.isValid() ? std::min(first, summary.published) : summary.published;
            last = last.isValid() ? std::max(last, summary.published) : summary.published;
        }
    }
    outlets.sort(Qt::CaseInsensitive);
    for (const QString &outlet : std::as_const(outlets)) {
        m_outlet->addItem(outlet, outlet);
    }
    m_dateRange = new QCheckBox(tr("Published between"), this);
    m_from = new QDateEdit(first.isValid() ? first : QDate::currentDate(), this);
    m_to = new QDateEdit(last.isValid() ? last : QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("and", "published between DATE and DATE"), this));
    dates->addWidget(m_to);

    auto *articlesBox = new QGroupBox(tr("Articles"), this);
    auto *articlesForm = new QFormLayout(articlesBox);
    articlesForm->addRow(tr("&Articles:"), m_articles);
    articlesForm->addRow(tr("&Tag:"), m_tag);
    articlesForm->addRow(tr("S&peaker:"), m_speaker);
    articlesForm->addRow(tr("&Kind:"), m_kind);
    articlesForm->addRow(tr("&Outlet:"), m_outlet);
    articlesForm->addRow(m_dateRange, dates);

    m_overview = new QCheckBox(tr("O&verview"), this);
    m_chart = new QCheckBox(tr("&Chart of quotes per speaker"), this);
    m_people = new QCheckBox(tr("P&eople"), this);
    m_quotes = new QCheckBox(tr("&Quotes"), this);
    m_annotations = new QCheckBox(tr("&Highlights and notes"), this);
    m_tagIndex = new QCheckBox(tr("Ta&g index"), this);
    m_grouping = new QComboBox(this);
    m_grouping->addItem(tr("Quotes by speaker"), int(Export::QuoteGrouping::BySpeaker));
    m_grouping->addItem(tr("Quotes by article"), int(Export::QuoteGrouping::ByArticle));
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A4"), int(Export::PageSize::A4));
    m_pageSize->addItem(tr("Letter", "US paper size"), int(Export::PageSize::Letter));
    // The paper follows where the reader is, not the interface language, as in the CLI.
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(Export::pageSizeForLocale(QLocale::system()))));
    auto *sectionsBox = new QGroupBox(tr("Sections"), this);
    auto *sections = new QVBoxLayout(sectionsBox);
    for (QCheckBox *box : {m_overview, m_chart, m_people, m_quotes, m_annotations, m_tagIndex}) {
        box->setChecked(true);
        sections->addWidget(box);
    }
    sections->addWidget(m_grouping);
    auto *pageRow = new QFormLayout;
    pageRow->addRow(tr("Pa&per:"), m_pageSize);
    sections->addLayout(pageRow);

    auto *formatForm = new QFormLayout;
    formatForm->addRow(tr("&Format:"), m_format);

    auto *settings = new QWidget(this);
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    settingsLayout->addLayout(formatForm);
    settingsLayout->addWidget(articlesBox);
    settingsLayout->addWidget(sectionsBox);
    settingsLayout->addStretch();

    m_browser = new QTextBrowser(this);
    // Links in a report point outside; the preview must not follow them (or load anything) by itself.
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Report preview"));
    m_editor = new QPlainTextEdit(this);
    m_editor->setAccessibleName(tr("Report text"));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    m_highlighter->setTheme(SyntaxRepository::themeFor(QString(SyntaxRepository::kSystemTheme), palette()));
    m_previews = new QStackedWidget(this);
    m_previews->addWidget(m_browser);
    m_previews->addWidget(m_editor);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previews, 1);
    previewLayout->addWidget(m_status);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(settings);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportDialog::refreshPreview);
    for (QComboBox *combo : {m_format, m_articles, m_tag, m_kind, m_outlet, m_grouping, m_pageSize}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportDialog::schedulePreview);
    }
    for (QCheckBox *box : {m_overview, m_chart, m_people, m_quotes, m_annotations, m_tagIndex}) {
        connect(box, &QCheckBox::toggled, this, &ReportDialog::schedulePreview);
    }
    connect(m_dateRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        schedulePreview();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ReportDialog::schedulePreview);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportDialog::schedulePreview);
    connect(m_speaker, &QLineEdit::textChanged, this, &ReportDialog::schedulePreview);
    refreshPreview();
}

ReportDialog::~ReportDialog() = default;

Export::ReportFormat ReportDialog::format() const
{
    return Export::ReportFormat(m_format->currentData().toInt());
}

void ReportDialog::setFormat(Export::ReportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

Export::ReportSelection ReportDialog::selection() const
{
    Export::ReportSelection selection;
    if (m_articles->currentData().toInt() == SelectedArticles) {
        selection.articleIds = m_selectedArticleIds;
    }
    if (const QString tag = m_tag->currentData().toString(); !tag.isEmpty()) {
        selection.tags = {tag};
    }
    if (const QString speaker = m_speaker->text().trimmed(); !speaker.isEmpty()) {
        selection.speakers = {speaker};
    }
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty()) {
        selection.speakerKinds = {kind};
    }
    if (const QString outlet = m_outlet->currentData().toString(); !outlet.isEmpty()) {
        selection.outlets = {outlet};
    }
    if (m_dateRange->isChecked()) {
        selection.from = m_from->date();
        selection.to = m_to->date();
    }
    return selection;
}

Export::ReportOptions ReportDialog::options() const
{
    Export::ReportOptions options;
    options.overview = m_overview->isChecked();
    options.chart = m_chart->isChecked();
    options.people = m_people->isChecked();
    options.quotes = m_quotes->isChecked();
    options.annotations = m_annotations->isChecked();
    options.tagIndex = m_tagIndex->isChecked();
    options.grouping = Export::QuoteGrouping(m_grouping->currentData().toInt());
    options.pageSize = Export::PageSize(m_pageSize->currentData().toInt());
    return options;
}

std::optional<Export::Report> ReportDialog::buildReport(QString *error) const
{
    return Export::ReportBuilder::build(*m_project, selection(), options(), error);
}

void ReportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ReportDialog::refreshPreview()
{
    m_previewTimer->stop();
    m_pageSize->setEnabled(format() == Export::ReportFormat::Pdf);
    QString error;
    const std::optional<Export::Report> report = buildReport(&error);
    if (!report) {
        m_status->setText(error);
        return;
    }
    m_status->setText(tr("%L1 articles, %L2 quotes, %L3 annotations")
                          .arg(report->articles.size())
                          .arg(report->quotes.size())
                          .arg(report->annotations.size()));
    m_editorIsMarkdown = false;
    switch (format()) {
    case Export::ReportFormat::Html:
    case Export::ReportFormat::Pdf:
    case Export::ReportFormat::Odt: {
        // The paged formats are laid out from this same document, so it is a faithful preview.
        std::unique_ptr<QTextDocument> document = Export::DocumentReportWriter::document(*report, options());
        document->setParent(m_browser);
        // Only a document of ours is deleted here; the browser deletes its own initial one itself.
        QTextDocument *old = m_browser->document();
        const bool oldIsOurs = old && old->parent() == m_browser;
        m_browser->setDocument(document.release());
        if (oldIsOurs) {
            old->deleteLater();
        }
        m_previews->setCurrentWidget(m_browser);
        return;
    }
    case Export::ReportFormat::Markdown:
        m_editorIsMarkdown = true;
        m_editor->setReadOnly(false);
        m_highlighter->setDefinition(SyntaxRepository::repository().definitionForName(QStringLiteral("Markdown")));
        m_editor->setPlainText(
            QString::fromUtf8(Export::ReportWriter::write(*report, options(), Export::ReportFormat::Markdown, &error)));
        break;
    case Export::ReportFormat::Qdpx:
        m_editor->setReadOnly(true);
        m_highlighter->setDefinition(SyntaxRepository::repository().definitionForName(QStringLiteral("XML")));
        m_editor->setPlainText(QString::fromUtf8(Export::QdpxReportWriter::projectXml(*report)));
        break;
    case Export::ReportFormat::Csv:
    case Export::ReportFormat::Json:
    case Export::ReportFormat::W3c: {
        m_editor->setReadOnly(true);
        m_highlighter->setDefinition(SyntaxRepository::repository().definitionForName(
            format() == Export::ReportFormat::Csv ? QStringLiteral("CSV") : QStringLiteral("JSON")));
        QByteArray bytes = Export::ReportWriter::write(*report, options(), format(), &error);
        if (bytes.startsWith("\xEF\xBB\xBF")) {
            bytes.remove(0, 3);
        }
        m_editor->setPlainText(QString::fromUtf8(bytes));
        break;
    }
    }
    m_previews->setCurrentWidget(m_editor);
}

QString ReportDialog::previewText() const
{
    return m_previews->currentWidget() == m_browser ? m_browser->toPlainText() : m_editor->toPlainText();
}

QByteArray ReportDialog::reportBytes(QString *error) const
{
    if (m_editorIsMarkdown && format() == Export::ReportFormat::Markdown) {
        return m_editor->toPlainText().toUtf8();
    }
    const std::optional<Export::Report> report = buildReport(error);
    if (!report) {
        return {};
    }
    return Export::ReportWriter::write(*report, options(), format(), error);
}

bool ReportDialog::saveTo(const QString &path, QString *error) const
{
    if (const QString refusal = OutputFile::refusal(path, m_project->path()); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    const QByteArray bytes = reportBytes(error);
    return !bytes.isEmpty() && OutputFile::write(path, bytes, error);
}

void ReportDialog::save()
{
    const Export::ReportFormat chosen = format();
    const QString suffix = Export::ReportWriter::suffix(chosen);
    const QString suggested = QFileInfo(m_project->path()).completeBaseName() + QLatin1Char('.') + suffix;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Report"), QFileInfo(m_project->path()).dir().filePath(suggested),
        QStringLiteral("%1 (*.%2)").arg(Export::ReportWriter::description(chosen), suffix));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Save Report"), tr("The report could not be saved: %1").arg(error));
        return;
    }
    m_status->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace Attache::Gui

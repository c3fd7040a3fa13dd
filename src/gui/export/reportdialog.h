// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/report.h"
#include "export/reportwriter.h"

#include <QDialog>
#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Attache {
class Project;
}

namespace Attache::Gui {

/**
 * Builds a report: the user chooses the format, which articles (all, the selected ones, or by tag,
 * speaker, kind, outlet and date) and which sections, sees a preview, and saves. The Markdown
 * preview is editable (with Markdown highlighting) and what is saved is the edited text.
 */
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    /** selectedArticleIds are what "Selected articles" means (empty: that choice is disabled). */
    ReportDialog(Project *project, QList<qint64> selectedArticleIds, QWidget *parent = nullptr);
    ~ReportDialog() override;

    Export::ReportFormat format() const;
    void setFormat(Export::ReportFormat format);
    Export::ReportSelection selection() const;
    Export::ReportOptions options() const;

    /** The file contents Save would write now (the edited text for Markdown); empty with error set on failure. */
    QByteArray reportBytes(QString *error) const;
    /** Writes reportBytes() to path atomically. */
    bool saveTo(const QString &path, QString *error) const;
    /** Rebuilds the preview at once (it otherwise follows changes after a short pause). */
    void refreshPreview();

    /** The text the preview shows (HTML source for the browser preview). */
    QString previewText() const;

private:
    void schedulePreview();
    void save();
    std::optional<Export::Report> buildReport(QString *error) const;

    Project *m_project = nullptr;
    QList<qint64> m_selectedArticleIds;
    QComboBox *m_format = nullptr;
    QComboBox *m_articles = nullptr;
    QComboBox *m_tag = nullptr;
    QLineEdit *m_speaker = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_outlet = nullptr;
    QCheckBox *m_dateRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_overview = nullptr;
    QCheckBox *m_chart = nullptr;
    QCheckBox *m_people = nullptr;
    QCheckBox *m_quotes = nullptr;
    QCheckBox *m_annotations = nullptr;
    QCheckBox *m_tagIndex = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_previews = nullptr;
    QTextBrowser *m_browser = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QTimer *m_previewTimer = nullptr;
    /** Whether the editor holds Markdown the user may have changed (then it is what gets saved). */
    bool m_editorIsMarkdown = false;
};

} // namespace Attache::Gui

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"
#include "articlestore.h"
#include "export/reportdialog.h"
#include "tempproject.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Attache;

class TestReportDialog : public QObject
{
    Q_OBJECT

private:
    static constexpr QStringView kText
        = u"\"We will keep talking,\" said Josep Borrell, the EU foreign policy chief. Critics doubted it.";

    qint64 m_articleId = 0;
    qint64 m_otherId = 0;
    std::unique_ptr<Test::TempProject> m_project;

private Q_SLOTS:
    void initTestCase()
    {
        m_project = std::make_unique<Test::TempProject>();
        Article article;
        article.title = QStringLiteral("EU talks");
        article.outlet = QStringLiteral("Reuters");
        article.rawText = article.cleanText = kText.toString();
        m_articleId = m_project->get()->articles()->add(article).id;
        article.title = QStringLiteral("Other");
        article.rawText = article.cleanText = QStringLiteral("Nothing quoted here.");
        m_otherId = m_project->get()->articles()->add(article).id;
        Annotation note;
        note.articleId = m_articleId;
        note.note = QStringLiteral("<img src=x onerror=alert(1)>");
        QString error;
        QVERIFY2(m_project->get()->annotations()->add(note, &error), qPrintable(error));
    }

    void previewFollowsFormat_data()
    {
        QTest::addColumn<Export::ReportFormat>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("html") << Export::ReportFormat::Html << QStringLiteral("<img src=x onerror=alert(1)>");
        QTest::newRow("markdown") << Export::ReportFormat::Markdown << QStringLiteral("\\<img src\\=x");
        QTest::newRow("csv") << Export::ReportFormat::Csv << QStringLiteral("type,id,article_id");
        QTest::newRow("json") << Export::ReportFormat::Json << QStringLiteral("\"attache-report\"");
        QTest::newRow("qdpx") << Export::ReportFormat::Qdpx << QStringLiteral("urn:QDA-XML:project:1.0");
    }

    void previewFollowsFormat()
    {
        QFETCH(Export::ReportFormat, format);
        QFETCH(QString, expected);
        Gui::ReportDialog dialog(m_project->get(), {});
        dialog.setFormat(format);
        dialog.refreshPreview();
        // In the browser preview the note is shown as text, which is what toPlainText() gives back.
        QVERIFY2(dialog.previewText().contains(expected), qPrintable(dialog.previewText().left(300)));
    }

    void paperFollowsTheSystemLocaleAsInTheCli()
    {
        // The interface language (the default locale) does not choose the paper: an English
        // interface in Britain still prints on A4.
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Gui::ReportDialog dialog(m_project->get(), {});
        QLocale::setDefault(saved);
        QCOMPARE(dialog.options().pageSize, Export::pageSizeForLocale(QLocale::system()));
    }

    void selectedArticlesAreTheDefault()
    {
        Gui::ReportDialog dialog(m_project->get(), {m_otherId});
        QCOMPARE(dialog.selection().articleIds, QList<qint64> {m_otherId});
        Gui::ReportDialog none(m_project->get(), {});
        QVERIFY(none.selection().articleIds.isEmpty());
    }

    void savesEditedMarkdown()
    {
        Gui::ReportDialog dialog(m_project->get(), {});
        dialog.setFormat(Export::ReportFormat::Markdown);
        dialog.refreshPreview();
        auto *editor = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(editor);
        editor->appendPlainText(QStringLiteral("Edited by hand."));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.md"));
        QString error;
        QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("Edited by hand."));
        QVERIFY(saved.contains("Josep Borrell"));
    }

    void savesEveryFormat_data()
    {
        QTest::addColumn<Export::ReportFormat>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("html") << Export::ReportFormat::Html << QByteArray("<!DOCTYPE html>");
        QTest::newRow("pdf") << Export::ReportFormat::Pdf << QByteArray("%PDF-");
        QTest::newRow("md") << Export::ReportFormat::Markdown << QByteArray("# ");
        QTest::newRow("odt") << Export::ReportFormat::Odt << QByteArray("PK");
        QTest::newRow("csv") << Export::ReportFormat::Csv << QByteArray("\xEF\xBB\xBFtype,");
        QTest::newRow("json") << Export::ReportFormat::Json << QByteArray("{");
        QTest::newRow("w3c") << Export::ReportFormat::W3c << QByteArray("{");
        QTest::newRow("qdpx") << Export::ReportFormat::Qdpx << QByteArray("PK");
    }

    void savesEveryFormat()
    {
        QFETCH(Export::ReportFormat, format);
        QFETCH(QByteArray, magic);
        Gui::ReportDialog dialog(m_project->get(), {m_articleId});
        dialog.setFormat(format);
        dialog.refreshPreview();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.") + Export::ReportWriter::suffix(format));
        QString error;
        QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith(magic));
    }

    void cleanupTestCase() { m_project.reset(); }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"

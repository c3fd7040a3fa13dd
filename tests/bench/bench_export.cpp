// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export benchmark: 100 articles with 2,000 annotations, timed from project to bytes for HTML and
// PDF. Not part of ctest (timings on shared CI machines are noise); run it by hand:
//   build/dev/tests/bench/bench_export [seed.txt]
// Budgets from issue #6: HTML under 1 s, PDF under 5 s. Exits 1 when a budget is exceeded.
#include "annotationstore.h"
#include "articlestore.h"
#include "export/reportbuilder.h"
#include "export/reportwriter.h"
#include "import/articleimporter.h"
#include "project.h"
#include "tagstore.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Attache;

namespace {

constexpr int kArticles = 100;
constexpr int kAnnotationsPerArticle = 20;

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QString seedPath = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(ATTACHE_SAMPLE_ARTICLE);
    const Import::ImportResult seed = Import::ArticleImporter::importFile(seedPath);
    if (!seed.ok()) {
        out << "cannot import " << seedPath << ": " << seed.error << '\n';
        return 2;
    }
    QTemporaryDir dir;
    ProjectError projectError;
    const std::unique_ptr<Project> project
        = Project::create(dir.filePath(QStringLiteral("bench.attache")), &projectError);
    if (!project) {
        out << projectError.message << '\n';
        return 2;
    }

    QElapsedTimer setup;
    setup.start();
    QString error;
    QList<qint64> tags;
    for (int i = 0; i < 12; ++i) {
        tags.append(
            project->tags()->add({0, 0, QStringLiteral("Tag %1").arg(i), QStringLiteral("#336699"), {}}, &error));
    }
    QRandomGenerator random(6);
    for (int i = 0; i < kArticles; ++i) {
        Article article = seed.article;
        // Different text for each copy, or the store would see duplicates.
        article.cleanText += QStringLiteral("\nCopy %1 of the seed article.").arg(i);
        article.rawText = article.cleanText;
        article.title = QStringLiteral("%1 (%2)").arg(seed.article.title).arg(i);
        article.published = QDate(2021, 1, 1).addDays(i);
        const qint64 id = project->articles()->add(article).id;
        for (int j = 0; j < kAnnotationsPerArticle; ++j) {
            Annotation annotation;
            annotation.articleId = id;
            const qsizetype start = random.bounded(int(article.cleanText.size() - 200));
            annotation.anchor = TextAnchor {start, start + 20 + random.bounded(120), {}, {}, {}};
            annotation.note = QStringLiteral("Note %1 on article %2 <img src=x onerror=alert(1)>").arg(j).arg(i);
            annotation.tagIds = {tags.at(random.bounded(int(tags.size())))};
            if (!project->annotations()->add(annotation, &error)) {
                out << error << '\n';
                return 2;
            }
        }
    }
    out << "setup: " << kArticles << " articles, " << kArticles * kAnnotationsPerArticle << " annotations in "
        << setup.elapsed() << " ms\n";

    bool withinBudget = true;
    for (const auto &[format, budgetMs] :
         {std::pair {Export::ReportFormat::Html, 1000}, std::pair {Export::ReportFormat::Pdf, 5000},
          std::pair {Export::ReportFormat::Markdown, 1000}, std::pair {Export::ReportFormat::Csv, 1000},
          std::pair {Export::ReportFormat::Json, 1000}, std::pair {Export::ReportFormat::W3c, 1000},
          std::pair {Export::ReportFormat::Odt, 5000}, std::pair {Export::ReportFormat::Qdpx, 1000}}) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<Export::Report> report = Export::ReportBuilder::build(*project, {}, {}, &error);
        const qint64 buildMs = timer.elapsed();
        const QByteArray bytes = Export::ReportWriter::write(*report, {}, format, &error);
        const qint64 totalMs = timer.elapsed();
        withinBudget = withinBudget && totalMs <= budgetMs;
        out << Export::ReportWriter::name(format) << ": " << totalMs << " ms (collect " << buildMs << " ms, write "
            << totalMs - buildMs << " ms), " << bytes.size() / 1024 << " KiB, budget " << budgetMs << " ms"
            << (totalMs <= budgetMs ? "" : "  OVER BUDGET") << '\n';
    }
    return withinBudget ? 0 : 1;
}

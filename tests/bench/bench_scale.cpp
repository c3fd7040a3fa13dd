// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Scale benchmark (issue #7): builds a project of generated articles through the import path the
// app uses (BatchImport + the automatic analysis of every added article), then times opening it
// (core, and the main window until its article list has painted rows), and ~200 searches. Each
// phase runs in its own process so that its peak RSS (VmHWM) means that phase alone.
// Not part of ctest (timings on shared machines are noise); run it by hand or with `scripts/bench scale`:
//   build/dev/tests/bench/bench_scale [--articles N] [--seed S] [--queries Q] [--workdir DIR]
// Targets: import < 30 s, first paint < 0.5 s, search median < 20 ms, RSS < 200 MB. Exits 1 when one is missed.
#include "analysis/peopleregister.h"
#include "annotationstore.h"
#include "articlestore.h"
#include "benchcorpus.h"
#include "import/articleimporter.h"
#include "import/batchimport.h"
#include "mainwindow.h"
#include "project.h"
#include "project/projectcontroller.h"
#include "search.h"
#include "tagstore.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Attache;

namespace {

constexpr int kTagCount = 12;
constexpr int kAnnotatedEvery = 20; // one article in 20 gets tagged notes, for the tag-filtered searches
constexpr int kSearchLimit = 200; // what the main window asks for
constexpr int kWarmUpQueries = 10;

constexpr double kImportTargetMs = 30000;
constexpr double kOpenTargetMs = 500;
constexpr double kFirstPaintTargetMs = 500;
constexpr double kSearchMedianTargetMs = 20;
constexpr double kRssTargetMb = 200;

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/** Peak resident memory of this process so far, in MiB (Linux; 0 elsewhere). */
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const QRegularExpressionMatch match = hwm.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : 0;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : QString();
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/** Prints the phase's result as the last line of stdout, for the driver. */
int report(QJsonObject result)
{
    result.insert(QStringLiteral("rss_mb"), peakRssMb());
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

int fail(const QString &message)
{
    err() << "bench_scale: " << message << '\n';
    return 2;
}

QStringList tagNames()
{
    QStringList names;
    for (int i = 0; i < kTagCount; ++i) {
        names.append(QStringLiteral("Topic %1").arg(i));
    }
    return names;
}

int generate(const Test::BenchCorpus &corpus, const QString &folder, int articles)
{
    QElapsedTimer timer;
    timer.start();
    const QStringList paths = corpus.writeArticles(folder, articles);
    if (paths.size() != articles) {
        return fail(QStringLiteral("cannot write the articles into %1").arg(folder));
    }
    qint64 bytes = 0;
    qint64 smallest = std::numeric_limits<qint64>::max();
    qint64 largest = 0;
    for (const QString &path : paths) {
        const qint64 size = QFileInfo(path).size();
        bytes += size;
        smallest = std::min(smallest, size);
        largest = std::max(largest, size);
    }
    return report({{QStringLiteral("phase"), QStringLiteral("generate")},
                   {QStringLiteral("ms"), msSince(timer)},
                   {QStringLiteral("mb"), double(bytes) / 1048576.0},
                   {QStringLiteral("smallest_kb"), double(smallest) / 1024.0},
                   {QStringLiteral("largest_kb"), double(largest) / 1024.0}});
}

int import(const QString &folder, const QString &path, int articles)
{
    QStringList files;
    for (int i = 0; i < articles; ++i) {
        files.append(QStringLiteral("%1/%2.md").arg(folder).arg(i, 5, 10, QLatin1Char('0')));
    }
    ProjectError projectError;
    std::unique_ptr<Project> project = Project::create(path, &projectError);
    if (!project) {
        return fail(projectError.message);
    }
    Import::BatchImport batch(project->articles(), &Import::ArticleImporter::importFile);
    int imported = 0;
    int failed = 0;
    QObject::connect(&batch, &Import::BatchImport::itemFinished, &batch,
                     [&](const Import::BatchImport::Outcome &outcome) {
                         if (outcome.status == Import::BatchImport::Outcome::Status::Imported) {
                             ++imported;
                         } else {
                             ++failed;
                         }
                     });
    QEventLoop loop;
    QObject::connect(&batch, &Import::BatchImport::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    batch.start(files);
    loop.exec();
    const double importMs = msSince(timer);

    // Tagged notes on some articles, so that tag-filtered searches have something to find.
    timer.restart();
    QString error;
    QList<qint64> tags;
    for (const QString &name : tagNames()) {
        tags.append(project->tags()->add({0, 0, name, QStringLiteral("#336699"), {}}, &error));
    }
    for (qint64 id = 1; id <= articles; id += kAnnotatedEvery) {
        Annotation annotation;
        annotation.articleId = id;
        annotation.anchor = TextAnchor {0, 40, {}, {}, {}};
        annotation.note = QStringLiteral("Follow up on this for the briefing %1").arg(id);
        annotation.tagIds = {tags.at(int(id % kTagCount))};
        if (!project->annotations()->add(annotation, &error)) {
            return fail(error);
        }
    }
    const double notesMs = msSince(timer);
    const Project::Counts counts = project->counts();
    project.reset();
    return report({{QStringLiteral("phase"), QStringLiteral("import")},
                   {QStringLiteral("ms"), importMs},
                   {QStringLiteral("imported"), imported},
                   {QStringLiteral("failed"), failed},
                   {QStringLiteral("people"), counts.people},
                   {QStringLiteral("quotes"), counts.quotes},
                   {QStringLiteral("notes_ms"), notesMs},
                   {QStringLiteral("file_mb"), double(QFileInfo(path).size()) / 1048576.0}});
}

int open(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    ProjectError projectError;
    std::unique_ptr<Project> project = Project::open(path, &projectError);
    if (!project) {
        return fail(projectError.message);
    }
    const double openMs = msSince(timer);
    timer.restart();
    const Project::Counts counts = project->counts();
    const double countsMs = msSince(timer);
    timer.restart();
    const qsizetype summaries = project->articles()->summaries().size();
    const double summariesMs = msSince(timer);
    // What the People view reads when it is first shown.
    timer.restart();
    const qsizetype people = Analysis::PeopleRegister(project->database()).people().size();
    const double peopleMs = msSince(timer);
    // Warm: the file is in the page cache now, as it is right after Project::open.
    timer.restart();
    QSqlQuery check(project->database());
    check.exec(QStringLiteral("PRAGMA quick_check"));
    const double quickCheckMs = msSince(timer);
    check.finish();
    project.reset();
    // What every CLI command paid before the check moved to where it can matter.
    timer.restart();
    project = Project::open(path, &projectError, Project::IntegrityCheck::BeforeOpening);
    if (!project) {
        return fail(projectError.message);
    }
    const double fullCheckMs = msSince(timer);
    project.reset();
    // What the main window does: everything but the integrity check, which follows the first paint.
    timer.restart();
    const std::unique_ptr<Project> deferred = Project::open(path, &projectError, Project::IntegrityCheck::Deferred);
    if (!deferred) {
        return fail(projectError.message);
    }
    const double deferredMs = msSince(timer);
    return report({{QStringLiteral("phase"), QStringLiteral("open")},
                   {QStringLiteral("ms"), openMs},
                   {QStringLiteral("counts_ms"), countsMs},
                   {QStringLiteral("summaries_ms"), summariesMs},
                   {QStringLiteral("summaries"), qint64(summaries)},
                   {QStringLiteral("people_ms"), peopleMs},
                   {QStringLiteral("people"), qint64(people)},
                   {QStringLiteral("quick_check_ms"), quickCheckMs},
                   {QStringLiteral("full_check_open_ms"), fullCheckMs},
                   {QStringLiteral("deferred_ms"), deferredMs},
                   {QStringLiteral("articles"), counts.articles}});
}

/** Notes when a widget paints: what happens after the paint (in the same event loop turn) is not counted. */
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(const QElapsedTimer &timer)
        : m_timer(timer)
    {
    }
    bool painted = false;
    /** msSince(timer) at the last paint. */
    double paintedAtMs = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            painted = true;
            paintedAtMs = msSince(m_timer);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_timer;
};

int gui(const QString &path)
{
    QStandardPaths::setTestModeEnabled(true);
    QElapsedTimer timer;
    timer.start();
    Gui::MainWindow window;
    window.resize(1200, 800);
    window.show();
    QCoreApplication::processEvents();
    const double windowMs = msSince(timer);
    auto *view = window.findChild<QTableView *>(QStringLiteral("articleView"));
    if (!view) {
        return fail(QStringLiteral("the main window has no article view"));
    }
    PaintWatch watch(timer);
    view->viewport()->installEventFilter(&watch);
    double checkedAtMs = -1;
    QObject::connect(window.findChild<Attache::Gui::ProjectController *>(),
                     &Attache::Gui::ProjectController::integrityChecked, &window,
                     [&checkedAtMs, &timer] { checkedAtMs = msSince(timer); });

    timer.restart();
    QString error;
    if (!window.openProject(path, &error)) {
        return fail(error);
    }
    const double openMs = msSince(timer);
    watch.painted = false;
    while (!(watch.painted && view->model()->rowCount() > 0) && timer.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const double firstPaintMs = watch.paintedAtMs;
    const int firstRows = view->model()->rowCount();
    // The integrity check follows the first paint; it blocks the window while it runs.
    while (checkedAtMs < 0 && timer.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const double checkMs = checkedAtMs - firstPaintMs;

    // Scrolling to the end page by page, as a user dragging the scroll bar would: every step fetches
    // what the view needs and repaints; the slowest step is what a user feels.
    double slowestStepMs = 0;
    int steps = 0;
    timer.restart();
    QScrollBar *bar = view->verticalScrollBar();
    while (timer.elapsed() < 60000) {
        QElapsedTimer step;
        step.start();
        watch.painted = false;
        bar->setValue(bar->maximum());
        while (!watch.painted) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        slowestStepMs = std::max(slowestStepMs, msSince(step));
        ++steps;
        if (!view->model()->canFetchMore({})) {
            break;
        }
        view->model()->fetchMore({});
    }
    const double scrollMs = msSince(timer);
    return report({{QStringLiteral("phase"), QStringLiteral("gui")},
                   {QStringLiteral("window_ms"), windowMs},
                   {QStringLiteral("open_ms"), openMs},
                   {QStringLiteral("ms"), firstPaintMs},
                   {QStringLiteral("first_rows"), firstRows},
                   {QStringLiteral("check_ms"), checkMs},
                   {QStringLiteral("scroll_ms"), scrollMs},
                   {QStringLiteral("scroll_steps"), steps},
                   {QStringLiteral("scroll_slowest_step_ms"), slowestStepMs},
                   {QStringLiteral("rows"), view->model()->rowCount()}});
}

double percentile(QList<double> sorted, double p)
{
    std::ranges::sort(sorted);
    const qsizetype index = std::min(sorted.size() - 1, qsizetype(p * double(sorted.size() - 1) + 0.5));
    return sorted.at(index);
}

int search(const Test::BenchCorpus &corpus, const QString &path, int count)
{
    ProjectError projectError;
    const std::unique_ptr<Project> project = Project::open(path, &projectError);
    if (!project) {
        return fail(projectError.message);
    }
    const Search search(project->database());
    const QList<Test::BenchCorpus::Query> queries = corpus.queries(count + kWarmUpQueries, tagNames());
    QList<double> times;
    qint64 totalHits = 0;
    QString slowest;
    double slowestMs = 0;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const Test::BenchCorpus::Query &query = queries.at(i);
        QList<SearchHit> hits;
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!search.run(query.text, query.filter, kSearchLimit, &hits, &error)) {
            return fail(QStringLiteral("search %1 failed: %2").arg(query.text, error));
        }
        const double ms = msSince(timer);
        if (i < kWarmUpQueries) {
            continue;
        }
        times.append(ms);
        totalHits += hits.size();
        if (ms > slowestMs) {
            slowestMs = ms;
            slowest = query.text + (query.filter.speaker.isEmpty() ? QString() : u" speaker:" + query.filter.speaker)
                + (query.filter.tag.isEmpty() ? QString() : u" tag:" + query.filter.tag);
        }
    }
    return report({{QStringLiteral("phase"), QStringLiteral("search")},
                   {QStringLiteral("queries"), qint64(times.size())},
                   {QStringLiteral("median_ms"), percentile(times, 0.5)},
                   {QStringLiteral("p95_ms"), percentile(times, 0.95)},
                   {QStringLiteral("max_ms"), slowestMs},
                   {QStringLiteral("slowest"), slowest},
                   {QStringLiteral("mean_hits"), double(totalHits) / double(times.size())}});
}

/** Runs one phase in a child process and returns its result line. */
QJsonObject runPhase(const QString &phase, const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), QStringList {QStringLiteral("--phase"), phase} + arguments);
    child.waitForFinished(-1);
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || lines.isEmpty()) {
        return {};
    }
    return QJsonDocument::fromJson(lines.constLast()).object();
}

QString number(double value, int precision = 1)
{
    return QString::number(value, 'f', precision);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times import, open and search of a large generated project."));
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("How many articles."),
                                            QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the generated text."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("How many timed searches."),
                                           QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption workdirOption(QStringLiteral("workdir"),
                                           QStringLiteral("Keep the articles and project in this folder."),
                                           QStringLiteral("dir"));
    const QCommandLineOption phaseOption(QStringLiteral("phase"), QStringLiteral("Internal: run one phase."),
                                         QStringLiteral("name"));
    parser.addOptions({articlesOption, seedOption, queriesOption, workdirOption, phaseOption});
    parser.process(app);
    const int articles = parser.value(articlesOption).toInt();
    const quint32 seed = parser.value(seedOption).toUInt();
    const int queryCount = parser.value(queriesOption).toInt();
    if (articles < 1 || queryCount < 1) {
        return fail(QStringLiteral("--articles and --queries must be at least 1"));
    }

    QTemporaryDir temporary;
    const QString workdir = parser.isSet(workdirOption) ? parser.value(workdirOption) : temporary.path();
    const QString folder = workdir + QStringLiteral("/articles");
    const QString projectPath = workdir + QStringLiteral("/scale.attache");
    const Test::BenchCorpus corpus(seed);

    if (parser.isSet(phaseOption)) {
        const QString phase = parser.value(phaseOption);
        if (phase == u"generate") {
            return generate(corpus, folder, articles);
        }
        if (phase == u"import") {
            return import(folder, projectPath, articles);
        }
        if (phase == u"open") {
            return open(projectPath);
        }
        if (phase == u"gui") {
            return gui(projectPath);
        }
        if (phase == u"search") {
            return search(corpus, projectPath, queryCount);
        }
        return fail(QStringLiteral("unknown phase %1").arg(phase));
    }

    if (QFileInfo::exists(projectPath) && !QFile::remove(projectPath)) {
        return fail(QStringLiteral("cannot replace %1").arg(projectPath));
    }
    const QString loadBefore = loadAverage();
    const QStringList common {
        QStringLiteral("--articles"), QString::number(articles),   QStringLiteral("--seed"),    QString::number(seed),
        QStringLiteral("--queries"),  QString::number(queryCount), QStringLiteral("--workdir"), workdir};
    QJsonObject results;
    for (const QString &phase : {QStringLiteral("generate"), QStringLiteral("import"), QStringLiteral("open"),
                                 QStringLiteral("gui"), QStringLiteral("search")}) {
        err() << "bench_scale: " << phase << "…" << Qt::endl;
        const QJsonObject result = runPhase(phase, common);
        if (result.isEmpty()) {
            return fail(QStringLiteral("the %1 phase failed").arg(phase));
        }
        results.insert(phase, result);
    }
    const QJsonObject gen = results.value(QStringLiteral("generate")).toObject();
    const QJsonObject imp = results.value(QStringLiteral("import")).toObject();
    const QJsonObject opn = results.value(QStringLiteral("open")).toObject();
    const QJsonObject gui = results.value(QStringLiteral("gui")).toObject();
    const QJsonObject sea = results.value(QStringLiteral("search")).toObject();
    auto value
        = [](const QJsonObject &object, const char *key) { return object.value(QLatin1StringView(key)).toDouble(); };

    const double importMs = value(imp, "ms");
    const double paintMs = value(gui, "ms");
    const double medianMs = value(sea, "median_ms");
    const double rssMb
        = std::max({value(imp, "rss_mb"), value(opn, "rss_mb"), value(gui, "rss_mb"), value(sea, "rss_mb")});
    QTextStream out(stdout);
    out << "Attaché scale benchmark: " << articles << " articles (seed " << seed << ", " << number(value(gen, "mb"))
        << " MB of Markdown, " << number(value(gen, "smallest_kb")) << "–" << number(value(gen, "largest_kb"))
        << " KB each); load average " << loadBefore << " → " << loadAverage() << "\n\n";
    out << qSetFieldWidth(34) << Qt::left << "measure" << qSetFieldWidth(14) << Qt::right << "value"
        << qSetFieldWidth(14) << "target" << qSetFieldWidth(12) << "peak RSS" << qSetFieldWidth(0) << '\n';
    auto row = [&out](const QString &name, const QString &result, const QString &target, const QString &rss) {
        out << qSetFieldWidth(34) << Qt::left << name << qSetFieldWidth(14) << Qt::right << result << qSetFieldWidth(14)
            << target << qSetFieldWidth(12) << rss << qSetFieldWidth(0) << '\n';
    };
    row(QStringLiteral("import (batch + analysis)"), number(importMs / 1000.0, 2) + QStringLiteral(" s"),
        QStringLiteral("< 30 s"), number(value(imp, "rss_mb")) + QStringLiteral(" MB"));
    row(QStringLiteral("  people / quotes found"),
        QStringLiteral("%1 / %2").arg(value(imp, "people")).arg(value(imp, "quotes")), {}, {});
    row(QStringLiteral("  project file"), number(value(imp, "file_mb")) + QStringLiteral(" MB"), {}, {});
    row(QStringLiteral("Project::open (every CLI command)"), number(value(opn, "ms")) + QStringLiteral(" ms"),
        QStringLiteral("< 500 ms"), number(value(opn, "rss_mb")) + QStringLiteral(" MB"));
    row(QStringLiteral("  checking the whole file first"),
        number(value(opn, "full_check_open_ms")) + QStringLiteral(" ms"), {}, {});
    row(QStringLiteral("  deferring the integrity check"), number(value(opn, "deferred_ms")) + QStringLiteral(" ms"),
        {}, {});
    row(QStringLiteral("  quick_check (warm)"), number(value(opn, "quick_check_ms")) + QStringLiteral(" ms"), {}, {});
    row(QStringLiteral("  all article summaries"), number(value(opn, "summaries_ms")) + QStringLiteral(" ms"), {}, {});
    row(QStringLiteral("  the people register (People view)"), number(value(opn, "people_ms")) + QStringLiteral(" ms"),
        {}, {});
    row(QStringLiteral("open to first paint (window)"), number(paintMs) + QStringLiteral(" ms"),
        QStringLiteral("< 500 ms"), number(value(gui, "rss_mb")) + QStringLiteral(" MB"));
    row(QStringLiteral("  rows after first paint"), QString::number(value(gui, "first_rows")), {}, {});
    row(QStringLiteral("  integrity check after it"), number(value(gui, "check_ms")) + QStringLiteral(" ms"), {}, {});
    row(QStringLiteral("  slowest scroll step to the end"),
        number(value(gui, "scroll_slowest_step_ms")) + QStringLiteral(" ms"), {}, {});
    row(QStringLiteral("search median (%1 queries)").arg(value(sea, "queries")),
        number(medianMs, 2) + QStringLiteral(" ms"), QStringLiteral("< 20 ms"),
        number(value(sea, "rss_mb")) + QStringLiteral(" MB"));
    row(QStringLiteral("search p95"), number(value(sea, "p95_ms"), 2) + QStringLiteral(" ms"), {}, {});
    row(QStringLiteral("search max"), number(value(sea, "max_ms"), 2) + QStringLiteral(" ms"), {}, {});
    out << "slowest search: " << sea.value(QStringLiteral("slowest")).toString() << "\n\n";

    QJsonObject summary {{QStringLiteral("bench"), QStringLiteral("scale")},
                         {QStringLiteral("articles"), articles},
                         {QStringLiteral("seed"), qint64(seed)},
                         {QStringLiteral("load_before"), loadBefore},
                         {QStringLiteral("import_ms"), importMs},
                         {QStringLiteral("open_ms"), value(opn, "ms")},
                         {QStringLiteral("open_full_check_ms"), value(opn, "full_check_open_ms")},
                         {QStringLiteral("first_paint_ms"), paintMs},
                         {QStringLiteral("search_median_ms"), medianMs},
                         {QStringLiteral("search_p95_ms"), value(sea, "p95_ms")},
                         {QStringLiteral("rss_import_mb"), value(imp, "rss_mb")},
                         {QStringLiteral("rss_open_mb"), value(opn, "rss_mb")},
                         {QStringLiteral("rss_gui_mb"), value(gui, "rss_mb")},
                         {QStringLiteral("rss_search_mb"), value(sea, "rss_mb")}};
    out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
    const bool met = importMs < kImportTargetMs && value(opn, "ms") < kOpenTargetMs && paintMs < kFirstPaintTargetMs
        && medianMs < kSearchMedianTargetMs && rssMb < kRssTargetMb;
    return met ? 0 : 1;
}

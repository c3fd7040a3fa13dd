// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"
#include "articlestore.h"
#include "export/csvreportwriter.h"
#include "export/htmlreportwriter.h"
#include "export/reportbuilder.h"
#include "export/reportwriter.h"
#include "import/articleimporter.h"
#include "tagstore.h"
#include "tempproject.h"
#include "textoffsets.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <KZip>

using namespace Attache;
using Export::ReportFormat;

namespace {

const QString kScriptNote = QStringLiteral("<img src=x onerror=alert(1)>");
const QString kCdataNote = QStringLiteral("]]> <![CDATA[ x ]]>");
const QString kFormula = QStringLiteral("=cmd|' /C calc'!A0");
const QString kEmojiText
    = QStringLiteral("EU envoys meet\n\nThe 🇪🇺 envoy said the talks were useful.\n"
                     "\"We will keep talking,\" said Josep Borrell, the EU foreign policy chief.\n");

/** RFC 4180 rows of text (quoted cells, doubled quotes, line breaks inside quotes). */
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

QByteArray zipEntry(const QByteArray &zipBytes, const QString &name)
{
    QByteArray copy = zipBytes;
    QBuffer buffer(&copy);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::ReadOnly)) {
        return {};
    }
    const KArchiveFile *file = zip.directory()->file(name);
    return file ? file->data() : QByteArray();
}

/** The text content of an XML document, or a null string when it is not well-formed. */
QString xmlText(const QByteArray &xml, QStringList *elements = nullptr)
{
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters()) {
            text += reader.text();
        } else if (reader.isStartElement()) {
            if (elements) {
                elements->append(reader.name().toString());
            }
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                text += QLatin1Char(' ') + attribute.value();
            }
        }
    }
    return reader.hasError() ? QString() : text;
}

QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempProject> m_project;
    qint64 m_seedId = 0;
    qint64 m_emojiId = 0;
    qint64 m_envoyAnnotation = 0;
    QTemporaryDir m_dir;

    Export::Report report(const Export::ReportSelection &selection = {}) const
    {
        QString error;
        const auto built = Export::ReportBuilder::build(*m_project->get(), selection, {}, &error);
        if (!built) {
            qWarning() << error;
            return {};
        }
        return *built;
    }

    QByteArray exported(ReportFormat format, const Export::ReportOptions &options = {}) const
    {
        QString error;
        const QByteArray bytes = Export::ReportWriter::write(report(), options, format, &error);
        if (bytes.isEmpty()) {
            qWarning() << error;
        }
        return bytes;
    }

    qint64 annotate(qint64 articleId, const QString &text, const QString &exact, const QString &note,
                    const QList<qint64> &tags)
    {
        Annotation annotation;
        annotation.articleId = articleId;
        if (!exact.isEmpty()) {
            const qsizetype start = text.indexOf(exact);
            annotation.anchor = TextAnchor {start, start + exact.size(), {}, {}, {}};
        }
        annotation.note = note;
        annotation.color = QStringLiteral("#ff0000");
        annotation.tagIds = tags;
        QString error;
        const qint64 id = m_project->get()->annotations()->add(annotation, &error);
        if (!id) {
            qWarning() << error;
        }
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = std::make_unique<Test::TempProject>();
        QVERIFY2(m_project->isValid(), qPrintable(m_project->errorString()));
        Project *project = m_project->get();
        Import::ImportResult seed = Import::ArticleImporter::importFile(Test::sampleArticlePath());
        QVERIFY2(seed.ok(), qPrintable(seed.error));
        seed.article.url = QStringLiteral("https://meridian.example/black-sea-pact");
        seed.article.outlet = QStringLiteral("Meridian");
        seed.article.published = QDate(2021, 12, 15);
        m_seedId = project->articles()->add(seed.article).id;
        QVERIFY(m_seedId);
        Import::ImportResult emoji
            = Import::ArticleImporter::importBytes(kEmojiText.toUtf8(), QStringLiteral("eu.txt"));
        QVERIFY2(emoji.ok(), qPrintable(emoji.error));
        emoji.article.title = QStringLiteral("EU envoys <b>meet</b>");
        emoji.article.url = QStringLiteral("javascript:alert(1)");
        emoji.article.outlet = QStringLiteral("Reuters");
        emoji.article.published = QDate(2022, 3, 1);
        m_emojiId = project->articles()->add(emoji.article).id;
        QVERIFY(m_emojiId);

        QString error;
        const qint64 diplomacy = project->tags()->add(
            {0, 0, QStringLiteral("Diplomacy"), QStringLiteral("#336699"), QStringLiteral("Talks ]]> and envoys")},
            &error);
        const qint64 sanctions = project->tags()->add({0, diplomacy, QStringLiteral("Sanctions"), {}, {}}, &error);
        const qint64 hostile = project->tags()->add({0, 0, kFormula, {}, kScriptNote}, &error);
        QVERIFY2(diplomacy && sanctions && hostile, qPrintable(error));

        const QString seedText = project->articles()->article(m_seedId)->cleanText;
        const QString emojiText = project->articles()->article(m_emojiId)->cleanText;
        QVERIFY(annotate(m_seedId, seedText, seedText.mid(200, 40), kScriptNote, {hostile}));
        QVERIFY(annotate(m_seedId, seedText, {}, kFormula, {}));
        m_envoyAnnotation = annotate(m_emojiId, emojiText, QStringLiteral("envoy"), kCdataNote, {sanctions});
        QVERIFY(m_envoyAnnotation);
    }

    void builderCollectsEverything()
    {
        const Export::Report all = report();
        QCOMPARE(all.articles.size(), 2);
        QCOMPARE(all.articles.constFirst().id, m_seedId); // oldest first
        QCOMPARE(all.annotations.size(), 3);
        QCOMPARE(all.tags.size(), 3);
        QVERIFY(all.quotes.size() > 10);
        QVERIFY(!all.people.isEmpty());
        for (qsizetype i = 1; i < all.people.size(); ++i) {
            QVERIFY(all.people.at(i - 1).quoteCount >= all.people.at(i).quoteCount);
        }
        for (const Export::ReportQuote &quote : all.quotes) {
            if (quote.person >= 0) {
                QCOMPARE(all.people.at(quote.person).name, quote.speaker);
            }
        }
        const auto sanctions = std::find_if(all.tags.cbegin(), all.tags.cend(),
                                            [](const Export::ReportTag &tag) { return tag.name == u"Sanctions"; });
        QCOMPARE(sanctions->path, QStringLiteral("Diplomacy/Sanctions"));
        QCOMPARE(sanctions->depth, 1);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<int>("articles");

        QTest::newRow("everything") << QString() << QStringList() << 2;
        QTest::newRow("article id") << QStringLiteral("article") << QStringList {QStringLiteral("emoji")} << 1;
        QTest::newRow("tag and its sub-tags")
            << QStringLiteral("tag") << QStringList {QStringLiteral("diplomacy")} << 1;
        QTest::newRow("tag by path") << QStringLiteral("tag") << QStringList {QStringLiteral("Diplomacy/Sanctions")}
                                     << 1;
        QTest::newRow("speaker") << QStringLiteral("speaker") << QStringList {QStringLiteral("borrell")} << 1;
        QTest::newRow("unquoted speaker")
            << QStringLiteral("speaker") << QStringList {QStringLiteral("Nobody Else")} << 0;
        QTest::newRow("kind") << QStringLiteral("kind") << QStringList {QStringLiteral("expert")} << 1;
        QTest::newRow("outlet") << QStringLiteral("outlet") << QStringList {QStringLiteral("reuters")} << 1;
        QTest::newRow("two outlets") << QStringLiteral("outlet")
                                     << QStringList {QStringLiteral("Reuters"), QStringLiteral("Meridian")} << 2;
        QTest::newRow("from date") << QStringLiteral("from") << QStringList {QStringLiteral("2022-01-01")} << 1;
        QTest::newRow("to date") << QStringLiteral("to") << QStringList {QStringLiteral("2021-12-31")} << 1;
    }

    void filters()
    {
        QFETCH(QString, criterion);
        QFETCH(QStringList, values);
        QFETCH(int, articles);
        Export::ReportSelection selection;
        if (criterion == u"article") {
            selection.articleIds = {m_emojiId};
        } else if (criterion == u"tag") {
            selection.tags = values;
        } else if (criterion == u"speaker") {
            selection.speakers = values;
        } else if (criterion == u"kind") {
            selection.speakerKinds = values;
        } else if (criterion == u"outlet") {
            selection.outlets = values;
        } else if (criterion == u"from") {
            selection.from = QDate::fromString(values.constFirst(), Qt::ISODate);
        } else if (criterion == u"to") {
            selection.to = QDate::fromString(values.constFirst(), Qt::ISODate);
        }
        const Export::Report filtered = report(selection);
        QCOMPARE(filtered.articles.size(), articles);
        for (const Export::ReportQuote &quote : filtered.quotes) {
            QVERIFY(filtered.article(quote.articleId));
            if (criterion == u"speaker") {
                QVERIFY(quote.speaker.contains(values.constFirst(), Qt::CaseInsensitive));
            } else if (criterion == u"kind") {
                QCOMPARE(quote.speakerKind, values.constFirst());
            }
        }
        for (const Export::ReportAnnotation &annotation : filtered.annotations) {
            QVERIFY(filtered.article(annotation.articleId));
        }
    }

    void unknownArticleOrTagIsAnError_data()
    {
        QTest::addColumn<qint64>("articleId");
        QTest::addColumn<QString>("tag");
        QTest::newRow("article") << qint64(999) << QString();
        QTest::newRow("tag") << qint64(0) << QStringLiteral("No such tag");
    }

    void unknownArticleOrTagIsAnError()
    {
        QFETCH(qint64, articleId);
        QFETCH(QString, tag);
        Export::ReportSelection selection;
        if (articleId) {
            selection.articleIds = {articleId};
        } else {
            selection.tags = {tag};
        }
        QString error;
        QVERIFY(!Export::ReportBuilder::build(*m_project->get(), selection, {}, &error));
        QVERIFY(!error.isEmpty());
    }

    void htmlIsSelfContainedAndInert()
    {
        const QString html = QString::fromUtf8(exported(ReportFormat::Html));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<img")));
        QVERIFY(!html.contains(QLatin1String("<b>meet")));
        QVERIFY(!html.contains(QLatin1String("javascript:")));
        QVERIFY(html.contains(QLatin1String("&lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY(html.contains(QLatin1String("]]&gt; &lt;![CDATA[")));
        QVERIFY(html.contains(QLatin1String("<svg")));
        static const QRegularExpression link(QStringLiteral("(?:src|href)\\s*=\\s*\"([^\"]*)\""));
        int links = 0;
        for (const QRegularExpressionMatch &match : link.globalMatch(html)) {
            const QString target = match.captured(1);
            QVERIFY2(target.startsWith(QLatin1String("https://")) || target.startsWith(QLatin1String("http://"))
                         || target.startsWith(QLatin1Char('#')),
                     qPrintable(target));
            ++links;
        }
        QVERIFY(html.contains(QLatin1String("href=\"https://meridian.example/black-sea-pact\"")));
        QVERIFY(links > 0);
        for (const char *element : {"html", "body", "table", "h2", "h3", "div", "p", "svg", "blockquote"}) {
            const QString name = QString::fromLatin1(element);
            QCOMPARE(html.count(QLatin1Char('<') + name + QLatin1Char('>'))
                         + html.count(QLatin1Char('<') + name + QLatin1Char(' ')),
                     html.count(QLatin1String("</") + name + QLatin1Char('>')));
        }
        for (const Export::ReportQuote &quote : report().quotes) {
            QVERIFY2(html.contains(quote.text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"))),
                     qPrintable(quote.text));
        }
    }

    void quotesGroupedByArticle()
    {
        Export::ReportOptions options;
        options.grouping = Export::QuoteGrouping::ByArticle;
        const QString html = QString::fromUtf8(exported(ReportFormat::Html, options));
        const QString markdown = QString::fromUtf8(exported(ReportFormat::Markdown, options));
        QVERIFY(html.contains(QLatin1String("Josep Borrell")));
        QVERIFY(markdown.contains(QLatin1String("Josep Borrell")));
    }

    void sectionsCanBeLeftOut()
    {
        Export::ReportOptions options;
        options.chart = false;
        options.quotes = false;
        const QString html = QString::fromUtf8(exported(ReportFormat::Html, options));
        QVERIFY(!html.contains(QLatin1String("<svg")));
        QVERIFY(!html.contains(QLatin1String("id=\"quotes\"")));
        QVERIFY(html.contains(QLatin1String("id=\"people\"")));
    }

    void weakAttributionsAreShownAsUncertain_data()
    {
        QTest::addColumn<ReportFormat>("format");
        QTest::newRow("html") << ReportFormat::Html;
        QTest::newRow("markdown") << ReportFormat::Markdown;
    }

    void weakAttributionsAreShownAsUncertain()
    {
        QFETCH(ReportFormat, format);
        Export::Report weak = report();
        QVERIFY(!weak.quotes.isEmpty());
        for (Export::ReportQuote &quote : weak.quotes) {
            quote.speaker = QStringLiteral("Ilse Marquardt");
            quote.needsReview = true;
        }
        QString error;
        QString text = QString::fromUtf8(Export::ReportWriter::write(weak, {}, format, &error));
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        text.remove(u'\\'); // Markdown escapes the brackets
        QCOMPARE(text.count(QStringLiteral("speaker uncertain (suggested: Ilse Marquardt)")), weak.quotes.size());
        Export::ReportQuote sure = weak.quotes.constFirst();
        sure.needsReview = false;
        QCOMPARE(sure.attribution(), QStringLiteral("Ilse Marquardt"));
        sure.speaker.clear();
        QCOMPARE(sure.attribution(), QStringLiteral("no speaker found"));
    }

    void markdownEscapesUserText()
    {
        const QString markdown = QString::fromUtf8(exported(ReportFormat::Markdown));
        QVERIFY(markdown.startsWith(QLatin1String("# ")));
        // Every < of the user's text is escaped; only the link syntax's own brackets remain.
        static const QRegularExpression bareTag(QStringLiteral("(?<!\\\\)<(?!https?://)"));
        QVERIFY2(!bareTag.match(markdown).hasMatch(), qPrintable(bareTag.match(markdown).captured()));
        QVERIFY(!markdown.contains(QLatin1String("javascript:")));
        QVERIFY(markdown.contains(QLatin1String("\\<img src\\=x onerror\\=alert\\(1\\)\\>")));
        QVERIFY(markdown.contains(QLatin1String("\\]\\]\\>")));
        QVERIFY(markdown.contains(QLatin1String("(<https://meridian.example/black-sea-pact>)")));
        QVERIFY(markdown.contains(QLatin1String("Josep Borrell")));
    }

    void csvReadsBackAndDefusesFormulas()
    {
        const QByteArray bytes = exported(ReportFormat::Csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.constFirst(), Export::CsvReportWriter::columns());
        const Export::Report all = report();
        QCOMPARE(rows.size(), 1 + all.quotes.size() + all.annotations.size());
        const qsizetype columns = rows.constFirst().size();
        const qsizetype note = rows.constFirst().indexOf(QStringLiteral("note"));
        const qsizetype tags = rows.constFirst().indexOf(QStringLiteral("tags"));
        const qsizetype start = rows.constFirst().indexOf(QStringLiteral("start"));
        QStringList notes;
        QStringList tagCells;
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), columns);
            for (const QString &cell : row) {
                QVERIFY2(!cell.startsWith(QLatin1Char('=')) && !cell.startsWith(QLatin1Char('+'))
                             && !cell.startsWith(QLatin1Char('-')) && !cell.startsWith(QLatin1Char('@')),
                         qPrintable(cell));
            }
            if (row.constFirst() == u"annotation") {
                notes.append(row.at(note));
                tagCells.append(row.at(tags));
                if (row.at(note) == kCdataNote) {
                    // "envoy" sits after "The " and a flag of two code points (four UTF-16 units).
                    QCOMPARE(row.at(start), QStringLiteral("7"));
                }
            }
        }
        QVERIFY(notes.contains(kScriptNote));
        QVERIFY(notes.contains(kCdataNote));
        QVERIFY(notes.contains(QLatin1Char('\'') + kFormula));
        QVERIFY(tagCells.contains(QLatin1Char('\'') + kFormula));
        QCOMPARE(Export::CsvReportWriter::cell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(Export::CsvReportWriter::cell(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(Export::CsvReportWriter::cell(QStringLiteral("a,\"b\"")), QStringLiteral("\"a,\"\"b\"\"\""));
    }

    void jsonReadsBack()
    {
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(exported(ReportFormat::Json), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("attache-report"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        const Export::Report all = report();
        QCOMPARE(root.value(QStringLiteral("articles")).toArray().size(), all.articles.size());
        QCOMPARE(root.value(QStringLiteral("people")).toArray().size(), all.people.size());
        QCOMPARE(root.value(QStringLiteral("quotes")).toArray().size(), all.quotes.size());
        QCOMPARE(root.value(QStringLiteral("tags")).toArray().size(), all.tags.size());
        QJsonObject envoy;
        QStringList notes;
        for (const QJsonValue &value : root.value(QStringLiteral("annotations")).toArray()) {
            notes.append(value[QStringLiteral("note")].toString());
            if (value[QStringLiteral("id")].toInteger() == m_envoyAnnotation) {
                envoy = value.toObject();
            }
        }
        QVERIFY(notes.contains(kScriptNote) && notes.contains(kFormula) && notes.contains(kCdataNote));
        QCOMPARE(envoy.value(QStringLiteral("start")).toInt(), 7);
        QCOMPARE(envoy.value(QStringLiteral("end")).toInt(), 12);
        QCOMPARE(envoy.value(QStringLiteral("exact")).toString(), QStringLiteral("envoy"));
        QCOMPARE(envoy.value(QStringLiteral("tags")).toArray().first().toString(),
                 QStringLiteral("Diplomacy/Sanctions"));
        for (const QJsonValue &quote : root.value(QStringLiteral("quotes")).toArray()) {
            const qint64 articleId = quote[QStringLiteral("article_id")].toInteger();
            const QString text = m_project->get()->articles()->article(articleId)->cleanText;
            const TextOffsets offsets(text);
            const qsizetype start = offsets.toUtf16(quote[QStringLiteral("start")].toInteger());
            const qsizetype end = offsets.toUtf16(quote[QStringLiteral("end")].toInteger());
            QCOMPARE(text.mid(start, end - start), quote[QStringLiteral("text")].toString());
        }
    }

    void w3cUsesCodePointPositions()
    {
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(exported(ReportFormat::W3c), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        const QJsonArray items = root[QStringLiteral("first")][QStringLiteral("items")].toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(root.value(QStringLiteral("total")).toInt(), 3);
        bool sawEnvoy = false;
        bool sawWholeArticle = false;
        for (const QJsonValue &item : items) {
            QCOMPARE(item[QStringLiteral("type")].toString(), QStringLiteral("Annotation"));
            QVERIFY(item[QStringLiteral("id")].toString().startsWith(QLatin1String("urn:attache:annotation:")));
            const QJsonValue target = item[QStringLiteral("target")];
            if (target.isString()) {
                sawWholeArticle = true;
                QCOMPARE(target.toString(), QStringLiteral("https://meridian.example/black-sea-pact"));
                QCOMPARE(item[QStringLiteral("body")][QStringLiteral("value")].toString(), kFormula);
                continue;
            }
            const QJsonArray selectors = target[QStringLiteral("selector")].toArray();
            QCOMPARE(selectors.size(), 2);
            QCOMPARE(selectors.at(0)[QStringLiteral("type")].toString(), QStringLiteral("TextQuoteSelector"));
            QCOMPARE(selectors.at(1)[QStringLiteral("type")].toString(), QStringLiteral("TextPositionSelector"));
            if (selectors.at(0)[QStringLiteral("exact")].toString() == u"envoy") {
                sawEnvoy = true;
                // The javascript: URL is never a source; the article's URN stands in.
                QCOMPARE(target[QStringLiteral("source")].toString(),
                         QStringLiteral("urn:attache:article:%1").arg(m_emojiId));
                QCOMPARE(selectors.at(0)[QStringLiteral("prefix")].toString(), QStringLiteral("The 🇪🇺 "));
                QCOMPARE(selectors.at(1)[QStringLiteral("start")].toInt(), 7);
                QCOMPARE(selectors.at(1)[QStringLiteral("end")].toInt(), 12);
                const QJsonArray body = item[QStringLiteral("body")].toArray();
                QCOMPARE(body.size(), 2);
                QCOMPARE(body.at(0)[QStringLiteral("purpose")].toString(), QStringLiteral("commenting"));
                QCOMPARE(body.at(0)[QStringLiteral("value")].toString(), kCdataNote);
                QCOMPARE(body.at(1)[QStringLiteral("purpose")].toString(), QStringLiteral("tagging"));
                QCOMPARE(body.at(1)[QStringLiteral("value")].toString(), QStringLiteral("Diplomacy/Sanctions"));
            }
        }
        QVERIFY(sawEnvoy);
        QVERIFY(sawWholeArticle);
    }

    void pageSizeFollowsTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<Export::PageSize>("pageSize");
        QTest::newRow("C") << QLocale::c() << Export::PageSize::A4;
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << Export::PageSize::Letter;
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << Export::PageSize::A4;
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << Export::PageSize::A4;
        QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << Export::PageSize::Letter;
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << Export::PageSize::A4;
        QTest::newRow("es_MX") << QLocale(QLocale::Spanish, QLocale::Mexico) << Export::PageSize::Letter;
        QTest::newRow("en_AU") << QLocale(QLocale::English, QLocale::Australia) << Export::PageSize::A4;
        QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China) << Export::PageSize::A4;
    }

    void pageSizeFollowsTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(Export::PageSize, pageSize);
        QCOMPARE(Export::pageSizeForLocale(locale), pageSize);
    }

    void pdfReadsLikeAPrintedBriefing_data()
    {
        QTest::addColumn<Export::PageSize>("pageSize");
        QTest::addColumn<QString>("points");
        QTest::newRow("A4") << Export::PageSize::A4 << QStringLiteral("595 x 842");
        QTest::newRow("Letter") << Export::PageSize::Letter << QStringLiteral("612 x 792");
    }

    void pdfReadsLikeAPrintedBriefing()
    {
        QFETCH(Export::PageSize, pageSize);
        QFETCH(QString, points);
        Export::ReportOptions options;
        options.pageSize = pageSize;
        const Export::Report all = report();
        const QByteArray pdf = exported(ReportFormat::Pdf, options);
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdftotext.isEmpty() || pdfinfo.isEmpty()) {
            QSKIP("poppler-utils is not installed");
        }
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        const QString info = runTool(pdfinfo, {path});
        QVERIFY2(info.contains(points), qPrintable(info));
        static const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
        const int pages = pagesLine.match(info).captured(1).toInt();
        // Two articles and their quotes fill six pages; the layout that broke words inside took sixteen.
        QVERIFY2(pages >= 2 && pages <= 8, qPrintable(QString::number(pages)));

        const QString text = runTool(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(text.contains(kScriptNote));
        QVERIFY(text.contains(QLatin1String("Josep Borrell")));
        // Each page has the running header and its number; pdftotext ends every page with a form feed.
        const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        for (int page = 0; page < pages; ++page) {
            QVERIFY2(pageTexts.at(page).contains(all.title), qPrintable(pageTexts.at(page)));
            QVERIFY2(pageTexts.at(page).contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)),
                     qPrintable(pageTexts.at(page)));
        }
        // The first page carries the overview, its table and the chart, not a lone heading.
        for (const char *onFirstPage :
             {"Overview", "Outlet", "Published", "Authors", "Meridian", "Reuters", "Quotes per speaker"}) {
            QVERIFY2(pageTexts.constFirst().contains(QLatin1String(onFirstPage)), onFirstPage);
        }
        // Table cells wide enough for their words: no header or value broken inside.
        // NFKC turns the ligatures pdftotext reads ("ﬀ" in "official") back into letters.
        const QStringList words = text.normalized(QString::NormalizationForm_KC)
                                      .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const char *whole : {"Article", "Outlet", "Published", "Authors", "Quotes", "Name", "Kind", "Articles",
                                  "official", "Meridian", "Reuters", "Borrell"}) {
            QVERIFY2(words.contains(QLatin1String(whole)), whole);
        }
        // No heading is the last line of a page.
        for (int page = 0; page + 1 < pages; ++page) {
            QStringList lines = pageTexts.at(page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            lines.removeIf([](const QString &line) { return line.trimmed().isEmpty() || line.startsWith(u"Page "); });
            QVERIFY(!lines.isEmpty());
            for (const char *heading :
                 {"Overview", "Quotes per speaker", "People", "Quotes", "Highlights and notes", "Tag index"}) {
                QVERIFY2(lines.constLast().trimmed() != QLatin1String(heading), qPrintable(pageTexts.at(page)));
            }
        }
    }

    void longWordsCanBreakInDocuments()
    {
        // A note of one 200,000-character word: laid out whole, each line measured the rest of the word.
        Export::Report longNote = report();
        QVERIFY(!longNote.annotations.isEmpty());
        const QString word = QString(200000, u'x');
        longNote.annotations.first().note = word;
        const QString browser
            = Export::HtmlReportWriter::write(longNote, {}, Export::HtmlReportWriter::Target::Browser);
        QVERIFY(browser.contains(word));
        QVERIFY(!browser.contains(QChar(0x200B)));

        const QString document
            = Export::HtmlReportWriter::write(longNote, {}, Export::HtmlReportWriter::Target::TextDocument);
        qsizetype longest = 0;
        qsizetype run = 0;
        for (const QChar c : document) {
            run = c == QChar(0x200B) || c.isSpace() ? 0 : run + 1;
            longest = std::max(longest, run);
        }
        QVERIFY2(longest <= 200, qPrintable(QString::number(longest)));
        // Nothing is lost: without the break opportunities the text is as it was.
        QVERIFY(QString(document).remove(QChar(0x200B)).contains(word));
        QVERIFY(document.contains(QStringLiteral("<style>\n")));
    }

    void odtOpensAsOpenDocument()
    {
        const QByteArray odt = exported(ReportFormat::Odt);
        QCOMPARE(zipEntry(odt, QStringLiteral("mimetype")), QByteArray("application/vnd.oasis.opendocument.text"));
        const QString text = xmlText(zipEntry(odt, QStringLiteral("content.xml")));
        QVERIFY(!text.isNull());
        QVERIFY(text.contains(kScriptNote));
        QVERIFY(text.contains(kCdataNote));
        QVERIFY(text.contains(QLatin1String("Josep Borrell")));
        QVERIFY(!xmlText(zipEntry(odt, QStringLiteral("META-INF/manifest.xml"))).isNull());
    }

    void qdpxIsARefiQdaProject()
    {
        const QByteArray qdpx = exported(ReportFormat::Qdpx);
        const QByteArray qde = zipEntry(qdpx, QStringLiteral("project.qde"));
        QStringList elements;
        const QString text = xmlText(qde, &elements);
        QVERIFY2(!text.isNull(), "project.qde is not well-formed");
        QVERIFY(qde.contains("xmlns=\"urn:QDA-XML:project:1.0\""));
        const Export::Report all = report();
        QCOMPARE(elements.count(QStringLiteral("Code")), all.tags.size());
        QCOMPARE(elements.count(QStringLiteral("TextSource")), all.articles.size());
        QCOMPARE(elements.count(QStringLiteral("Case")), all.people.size());
        QCOMPARE(elements.count(QStringLiteral("Note")), 3);
        QVERIFY(elements.count(QStringLiteral("Coding")) >= 2);
        QVERIFY(text.contains(kScriptNote) && text.contains(kCdataNote) && text.contains(kFormula));
        // The envoy highlight counts code points, and each source file is in the archive.
        QVERIFY(qde.contains("startPosition=\"7\" endPosition=\"12\""));
        static const QRegularExpression sourcePath(QStringLiteral("plainTextPath=\"internal://([^\"]+)\""));
        int sources = 0;
        for (const QRegularExpressionMatch &match : sourcePath.globalMatch(QString::fromUtf8(qde))) {
            QVERIFY(!zipEntry(qdpx, QStringLiteral("sources/") + match.captured(1)).isEmpty());
            ++sources;
        }
        QCOMPARE(sources, 2);
        QCOMPARE(zipEntry(qdpx, QStringLiteral("sources/") + sourcePath.match(QString::fromUtf8(qde)).captured(1)),
                 m_project->get()->articles()->article(all.articles.constFirst().id)->cleanText.toUtf8());
    }

    void everyCharacterReadsBack_data()
    {
        QTest::addColumn<ReportFormat>("format");
        QTest::addColumn<bool>("hasQuotes");
        QTest::newRow("html") << ReportFormat::Html << true;
        QTest::newRow("md") << ReportFormat::Markdown << true;
        QTest::newRow("pdf") << ReportFormat::Pdf << true;
        QTest::newRow("csv") << ReportFormat::Csv << true;
        QTest::newRow("odt") << ReportFormat::Odt << true;
        QTest::newRow("json") << ReportFormat::Json << true;
        QTest::newRow("w3c") << ReportFormat::W3c << false;
        QTest::newRow("qdpx") << ReportFormat::Qdpx << false;
    }

    /**
     * Text in many scripts and marks comes out of every format exactly: no Latin-1 reading of UTF-8
     * ("Â·", "â€¦"), and no quote set in marks twice.
     */
    void everyCharacterReadsBack()
    {
        QFETCH(ReportFormat, format);
        QFETCH(bool, hasQuotes);
        Test::TempProject project;
        QVERIFY(project.isValid());
        const Import::ImportResult imported = Import::ArticleImporter::importBytes(
            QStringLiteral("Rīgas sarunas «Чёрное море» 黑海航运\n\n"
                           "Latvian Foreign Minister Jānis Bērziņš met Ukrainian officials in Rīga on Tuesday · "
                           "the talks lasted three hours…\n\n"
                           "“Rīga stands with Kyiv, and the sea lanes of the Чёрное море must stay open,” Bērziņš "
                           "said.\n\n"
                           "„Wir bleiben im Gespräch“, sagte die Delegierte Anna Müller.\n\n"
                           "«Мы продолжим переговоры», — сказал министр Пётр Иванов.\n\n"
                           "“我们会继续对话。” 王伟说。\n")
                .toUtf8(),
            QStringLiteral("riga.txt"));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        const qint64 articleId = project->articles()->add(imported.article).id;
        const QString text = project->articles()->article(articleId)->cleanText;
        const QString passage = QStringLiteral("Jānis Bērziņš");
        const QString note = QStringLiteral("«пакт» „Gespräch“ … 黑海 · ē");
        QString error;
        const qint64 tag = project->tags()->add({0, 0, QStringLiteral("Jūras ceļi 海路"), {}, {}}, &error);
        QVERIFY2(tag, qPrintable(error));
        Annotation annotation;
        annotation.articleId = articleId;
        const qsizetype start = text.indexOf(passage);
        annotation.anchor = TextAnchor {start, start + passage.size(), {}, {}, {}};
        annotation.note = note;
        annotation.tagIds = {tag};
        QVERIFY2(project->annotations()->add(annotation, &error), qPrintable(error));

        const auto built = Export::ReportBuilder::build(*project.get(), {}, {}, &error);
        QVERIFY2(built, qPrintable(error));
        QStringList probes = {note, passage};
        if (hasQuotes) {
            QVERIFY(!built->quotes.isEmpty());
            for (const Export::ReportQuote &quote : built->quotes) {
                probes.append(quote.text.simplified());
            }
            QVERIFY(std::ranges::any_of(built->quotes, [](const Export::ReportQuote &quote) {
                return quote.text.contains(QStringLiteral("Чёрное море"));
            }));
        }
        const QByteArray bytes = Export::ReportWriter::write(*built, {}, format, &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        QString read;
        switch (format) {
        case ReportFormat::Pdf: {
            const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
            if (pdftotext.isEmpty()) {
                QSKIP("poppler-utils is not installed");
            }
            const QString path = m_dir.filePath(QStringLiteral("characters.pdf"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
            file.close();
            read = runTool(pdftotext, {path, QStringLiteral("-")}).simplified();
            break;
        }
        case ReportFormat::Odt:
            read = xmlText(zipEntry(bytes, QStringLiteral("content.xml")));
            break;
        case ReportFormat::Qdpx:
            read = xmlText(zipEntry(bytes, QStringLiteral("project.qde")));
            break;
        case ReportFormat::Csv:
            for (const QStringList &row : parseCsv(QString::fromUtf8(bytes))) {
                read += row.join(u'\n') + u'\n';
            }
            break;
        default:
            read = QString::fromUtf8(bytes);
        }
        QVERIFY(!read.isEmpty());
        for (const QString &probe : std::as_const(probes)) {
            QVERIFY2(read.contains(probe), qPrintable(probe));
        }
        for (const QString &mojibake : {QStringLiteral("Â"), QStringLiteral("â€"), QStringLiteral("Ã"),
                                        QStringLiteral("\u00E2\u0080\u00A6"), QStringLiteral("\uFFFD")}) {
            QVERIFY2(!read.contains(mojibake), qPrintable(mojibake));
        }
        if (format != ReportFormat::Html && format != ReportFormat::Markdown && format != ReportFormat::Pdf
            && format != ReportFormat::Odt) {
            return;
        }
        // These set each quote in marks of their own, with a source line that joins its parts with a middle dot.
        QVERIFY(read.contains(QStringLiteral(" · ")));
        for (const QString &doubled : {QStringLiteral("\"“"), QStringLiteral("”\""), QStringLiteral("““"),
                                       QStringLiteral("””"), QStringLiteral("&quot;“"), QStringLiteral("”&quot;")}) {
            QVERIFY2(!read.contains(doubled), qPrintable(doubled));
        }
    }

    void contextLeavesOutTheQuotesOwnMarks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("straight") << QStringLiteral("He called it \"a rational policy\" for both.")
                                  << QStringLiteral("a rational policy") << QStringLiteral("He called it ")
                                  << QStringLiteral(" for both.");
        QTest::newRow("curly") << QStringLiteral("He said “we stay” and left.") << QStringLiteral("we stay")
                               << QStringLiteral("He said ") << QStringLiteral(" and left.");
        QTest::newRow("german") << QStringLiteral("Sie sagte „wir bleiben“ und ging.") << QStringLiteral("wir bleiben")
                                << QStringLiteral("Sie sagte ") << QStringLiteral(" und ging.");
        QTest::newRow("guillemets") << QStringLiteral("Он сказал «мы остаёмся» и ушёл.")
                                    << QStringLiteral("мы остаёмся") << QStringLiteral("Он сказал ")
                                    << QStringLiteral(" и ушёл.");
        QTest::newRow("unquoted") << QStringLiteral("He said we stay and left.") << QStringLiteral("we stay")
                                  << QStringLiteral("He said ") << QStringLiteral(" and left.");
    }

    void contextLeavesOutTheQuotesOwnMarks()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(QString, before);
        QFETCH(QString, after);
        const qsizetype start = text.indexOf(quote);
        const auto context = Export::ReportBuilder::context(text, start, start + quote.size());
        QCOMPARE(context.first, before);
        QCOMPARE(context.second, after);
    }

    void formatNamesRoundTrip()
    {
        for (const ReportFormat format : Export::ReportWriter::formats()) {
            QCOMPARE(Export::ReportWriter::fromName(Export::ReportWriter::name(format)), format);
        }
        QVERIFY(!Export::ReportWriter::fromName(QStringLiteral("docx")));
    }

    void cleanupTestCase() { m_project.reset(); }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"

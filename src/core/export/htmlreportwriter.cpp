// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/htmlreportwriter.h"

#include "analysis/speakerkind.h"
#include "export/quotechart.h"
#include "export/report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace Attache::Export {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Attache::Export::HtmlReportWriter", text);
}

QString esc(const QString &text)
{
    return HtmlReportWriter::escaped(text);
}

/** Escaped text with its line breaks kept. */
QString paragraphText(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

/** A colour fit for a style attribute: only #rrggbb ever gets there. */
QString safeColor(const QString &color, const QString &fallback)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return hex.match(color).hasMatch() ? color : fallback;
}

QString articleLink(const Article &article)
{
    const QString title = article.title.isEmpty()
        ? QCoreApplication::translate("Attache::Export::HtmlReportWriter", "Untitled article %1").arg(article.id)
        : article.title;
    const QString link = HtmlReportWriter::safeLink(article.url);
    if (link.isEmpty()) {
        return esc(title);
    }
    return QStringLiteral("<a href=\"%1\" rel=\"noopener noreferrer\">%2</a>").arg(esc(link), esc(title));
}

QString articleTitle(const Report &report, qint64 id)
{
    const Article *article = report.article(id);
    return article && !article->title.isEmpty()
        ? article->title
        : QCoreApplication::translate("Attache::Export::HtmlReportWriter", "Untitled article %1").arg(id);
}

QString quoteBlock(const Report &report, const ReportQuote &quote, bool showSpeaker)
{
    QString html = QStringLiteral("<div class=\"quote\"><p>");
    if (!quote.contextBefore.isEmpty()) {
        html += QStringLiteral("<span class=\"ctx\">…%1</span>").arg(esc(quote.contextBefore));
    }
    html += QStringLiteral("<b>“%1”</b>").arg(esc(quote.text));
    if (!quote.contextAfter.isEmpty()) {
        html += QStringLiteral("<span class=\"ctx\">%1…</span>").arg(esc(quote.contextAfter));
    }
    html += QStringLiteral("</p><p class=\"src\">");
    QStringList parts;
    if (showSpeaker) {
        parts.append(esc(quote.attribution()));
    } else {
        parts.append(esc(articleTitle(report, quote.articleId)));
        if (quote.needsReview) {
            // Under the speaker's heading too, a weak attribution says so.
            parts.append(esc(quote.attribution()));
        }
    }
    if (!quote.cue.isEmpty()) {
        parts.append(esc(quote.cue));
    }
    parts.append(esc(quote.kind));
    parts.append(QCoreApplication::translate("Attache::Export::HtmlReportWriter", "confidence %1")
                     .arg(QString::number(quote.confidence, 'f', 2)));
    if (quote.needsReview) {
        parts.append(QCoreApplication::translate("Attache::Export::HtmlReportWriter", "to review"));
    }
    html += parts.join(QStringLiteral(" · ")) + QLatin1String("</p></div>\n");
    return html;
}

const char *kStyle
    = R"(body{font-family:Georgia,"DejaVu Serif",serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1,h2,h3{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;line-height:1.2}
h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f2f2f2}
.meta,.src,.ctx{color:#666}
.src{font-size:.85em;margin-top:0}
.quote{margin:0 0 1em 0}
.quote p{margin:.2em 0}
blockquote{margin:.5em 0;padding:.2em .8em;border-left:4px solid #ffe066;background:#fafafa}
.note{white-space:normal}
.tags{font-size:.85em;color:#555}
.kind{display:inline-block;padding:0 .4em;border-radius:.3em;color:#fff;font-size:.8em}
)";

/**
 * What QTextDocument (PDF, ODT, the preview) does differently: it scales em lengths for the device
 * twice, so that a cell padding of .5em took a sixth of a printed column and broke its words, and it
 * indents tables inside a body with margins, and it gives an image the body's line height, which
 * left a blank of half a chart below it. Pixels of 1/96 inch scale once.
 */
const char *kDocumentStyle = R"(body{margin:0;padding:0}
h2{margin-top:14px;margin-bottom:6px}
h3{margin-top:10px;margin-bottom:4px}
table{margin:0}
th,td{padding:2px 4px}
.kind{padding:0 2px}
.kind{white-space:nowrap}
.chart{line-height:100%}
)";

/**
 * html with a zero-width space after every kBreakEvery characters of a word longer than that.
 * QTextLayout measures a whole word before it breaks it anywhere, line after line, so one very long
 * word (a 1 MB note without spaces) took time quadratic in its length; with these break
 * opportunities every line is found in a bounded number of steps. Tags, entities and the style
 * sheet are left whole.
 */
QString withBreakOpportunities(const QString &html)
{
    constexpr int kBreakEvery = 24;
    QString result;
    result.reserve(html.size() + html.size() / kBreakEvery);
    bool inTag = false;
    bool inEntity = false;
    bool inStyle = false;
    int run = 0;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (inTag) {
            inTag = c != u'>';
        } else if (c == u'<') {
            inTag = true;
            run = 0;
            inStyle
                = QStringView(html).mid(i, 7) == u"<style>" || (inStyle && QStringView(html).mid(i, 8) != u"</style>");
        } else if (inStyle || c.isSpace()) {
            run = 0;
        } else if (inEntity) {
            inEntity = c != u';';
        } else {
            if (run >= kBreakEvery && !c.isLowSurrogate() && c.category() != QChar::Mark_NonSpacing) {
                result += QChar(0x200B);
                run = 0;
            }
            ++run;
            inEntity = c == u'&';
        }
        result += c;
    }
    return result;
}

} // namespace

QString HtmlReportWriter::escaped(const QString &text)
{
    QString result = text.toHtmlEscaped();
    result.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return result;
}

QString HtmlReportWriter::safeLink(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))) {
        return {};
    }
    return QString::fromUtf8(parsed.toEncoded());
}

QString HtmlReportWriter::write(const Report &report, const ReportOptions &options, Target target)
{
    const QLocale locale;
    QString html;
    html.reserve(64 * 1024 + report.annotations.size() * 512 + report.quotes.size() * 512);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    // Belt and braces: even if something slipped through escaping, the page may run and load nothing.
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "style-src 'unsafe-inline'; img-src data:\">\n");
    html += QStringLiteral("<meta name=\"generator\" content=\"Attaché\">\n<title>%1</title>\n").arg(esc(report.title));
    html += QStringLiteral("<style>\n%1%2</style>\n</head>\n<body>\n")
                .arg(QLatin1String(kStyle),
                     target == Target::TextDocument ? QLatin1String(kDocumentStyle) : QLatin1String());
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n")
                .arg(esc(report.title),
                     tr("Generated %1 from project %2: %3.")
                         .arg(report.generatedText(), esc(report.projectName), report.countsText()));

    if (options.overview) {
        html += QStringLiteral("<h2 id=\"overview\">%1</h2>\n<p>%2</p>\n").arg(tr("Overview"), report.overviewText());
        // The title takes the room; the other columns are as wide as their longest word, never narrower.
        html += QStringLiteral(
                    "<table width=\"100%\">\n<thead><tr><th width=\"40%\">%1</th><th>%2</th><th>%3</th><th>%4</th>"
                    "<th>%5</th></tr>"
                    "</thead>\n")
                    .arg(tr("Article"), tr("Outlet"), tr("Published"), tr("Authors"), tr("Quotes"));
        for (const Article &article : report.articles) {
            const auto quotes = std::count_if(report.quotes.cbegin(), report.quotes.cend(),
                                              [&](const ReportQuote &quote) { return quote.articleId == article.id; });
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                        .arg(articleLink(article), esc(article.outlet), Report::dateText(article.published),
                             esc(article.authors.join(QLatin1String(", "))), locale.toString(qint64(quotes)));
        }
        html += QLatin1String("</table>\n");
    }

    if (options.chart && !report.people.isEmpty()) {
        html += QStringLiteral("<h2 id=\"chart\">%1</h2>\n").arg(tr("Quotes per speaker"));
        if (target == Target::Browser) {
            html += QuoteChart::svg(report) + QLatin1Char('\n');
        } else {
            html += QStringLiteral("<p class=\"chart\"><img src=\"%1\" width=\"600\"></p>\n").arg(kChartResource);
        }
    }

    if (options.people) {
        html += QStringLiteral("<h2 id=\"people\">%1</h2>\n").arg(tr("People"));
        html += QStringLiteral("<table width=\"100%\">\n<thead><tr><th width=\"20%\">%1</th><th>%2</th>"
                               "<th width=\"36%\">%3</th><th>%4</th><th>%5</th></tr>"
                               "</thead>\n")
                    .arg(tr("Name"), tr("Kind"), tr("Role and institution"), tr("Quotes"), tr("Articles"));
        for (const ReportPerson &person : report.people) {
            html += QStringLiteral("<tr><td>%1</td><td><span class=\"kind\" style=\"background:%2\">%3</span></td>"
                                   "<td>%4</td><td>%5</td><td>%6</td></tr>\n")
                        .arg(esc(person.name),
                             Analysis::speakerKindColor(Analysis::speakerKindNamed(person.kind)).name(),
                             esc(person.kind), esc(person.role), locale.toString(person.quoteCount),
                             locale.toString(qint64(person.articleIds.size())));
        }
        html += QLatin1String("</table>\n");
    }

    if (options.quotes) {
        html += QStringLiteral("<h2 id=\"quotes\">%1</h2>\n").arg(tr("Quotes"));
        for (const QuoteGroup &group : report.quoteGroups(options.grouping)) {
            if (group.article) {
                html += QStringLiteral("<h3>%1</h3>\n").arg(articleLink(*group.article));
            } else if (group.person < 0) {
                html += QStringLiteral("<h3>%1</h3>\n").arg(tr("Without a speaker"));
            } else {
                const ReportPerson &entry = report.people.at(group.person);
                html += QStringLiteral("<h3>%1 <span class=\"meta\">(%2%3)</span></h3>\n")
                            .arg(esc(entry.name), esc(entry.kind),
                                 entry.role.isEmpty() ? QString() : QLatin1String(", ") + esc(entry.role));
            }
            for (const ReportQuote *quote : group.quotes) {
                html += quoteBlock(report, *quote, group.article != nullptr);
            }
        }
    }

    if (options.annotations) {
        html += QStringLiteral("<h2 id=\"annotations\">%1</h2>\n").arg(tr("Highlights and notes"));
        for (const AnnotationGroup &group : report.annotationGroups()) {
            html += QStringLiteral("<h3>%1</h3>\n").arg(articleLink(*group.article));
            for (const ReportAnnotation *annotation : group.annotations) {
                html += QStringLiteral("<div class=\"annotation\" id=\"a%1\">").arg(annotation->id);
                if (annotation->hasPassage) {
                    html += QStringLiteral("<blockquote style=\"border-color:%1\">%2</blockquote>")
                                .arg(safeColor(annotation->color, QStringLiteral("#ffe066")),
                                     paragraphText(annotation->exact));
                } else {
                    html += QStringLiteral("<p class=\"meta\">%1</p>").arg(tr("On the whole article"));
                }
                if (!annotation->note.isEmpty()) {
                    html += QStringLiteral("<p class=\"note\">%1</p>").arg(paragraphText(annotation->note));
                }
                if (!annotation->tags.isEmpty()) {
                    html += QStringLiteral("<p class=\"tags\">%1 %2</p>")
                                .arg(tr("Tags:"), esc(annotation->tags.join(QLatin1String(", "))));
                }
                html += QLatin1String("</div>\n");
            }
        }
    }

    if (options.tagIndex) {
        html += QStringLiteral("<h2 id=\"tags\">%1</h2>\n<ul>\n").arg(tr("Tag index"));
        for (const ReportTag &tag : report.tags) {
            QStringList refs;
            for (const qint64 id : tag.annotationIds) {
                refs.append(QStringLiteral("<a href=\"#a%1\">%1</a>").arg(id));
            }
            html += QStringLiteral(
                        "<li style=\"margin-left:%1em\"><span style=\"color:%2\">■</span> <b>%3</b>%4 — %5%6</li>\n")
                        .arg(tag.depth * 1.5)
                        .arg(safeColor(tag.color, QStringLiteral("#999999")), esc(tag.name),
                             tag.description.isEmpty() ? QString() : QLatin1String(": ") + esc(tag.description),
                             QCoreApplication::translate("Attache::Export::HtmlReportWriter", "%n annotation(s)",
                                                         nullptr, int(tag.annotationIds.size())),
                             refs.isEmpty() ? QString()
                                            : QLatin1String(" (") + refs.join(QLatin1String(", ")) + QLatin1Char(')'));
        }
        html += QLatin1String("</ul>\n");
    }
    html += QLatin1String("</body>\n</html>\n");
    return target == Target::TextDocument ? withBreakOpportunities(html) : html;
}

} // namespace Attache::Export

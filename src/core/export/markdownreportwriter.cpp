// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/markdownreportwriter.h"

#include "export/htmlreportwriter.h"
#include "export/report.h"

#include <QCoreApplication>

namespace Attache::Export {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Attache::Export::MarkdownReportWriter", text);
}

QString md(const QString &text)
{
    return MarkdownReportWriter::escaped(text);
}

QString articleTitle(const Article &article)
{
    return article.title.isEmpty()
        ? QCoreApplication::translate("Attache::Export::MarkdownReportWriter", "Untitled article %1").arg(article.id)
        : article.title;
}

QString articleLink(const Article &article)
{
    const QString link = HtmlReportWriter::safeLink(article.url);
    if (link.isEmpty()) {
        return md(articleTitle(article));
    }
    // The pointy-bracket form keeps parentheses in the URL from ending the link.
    return QStringLiteral("[%1](<%2>)").arg(md(articleTitle(article)), link);
}

QString quoteBlock(const Report &report, const ReportQuote &quote, bool showSpeaker)
{
    QString text = QStringLiteral("> ");
    if (!quote.contextBefore.isEmpty()) {
        text += QStringLiteral("…%1").arg(md(quote.contextBefore));
    }
    text += QStringLiteral("**“%1”**").arg(md(quote.text));
    if (!quote.contextAfter.isEmpty()) {
        text += QStringLiteral("%1…").arg(md(quote.contextAfter));
    }
    QStringList parts;
    if (showSpeaker) {
        parts.append(md(quote.attribution()));
    } else {
        const Article *article = report.article(quote.articleId);
        parts.append(article ? md(articleTitle(*article)) : QString::number(quote.articleId));
        if (quote.needsReview) {
            // Under the speaker's heading too, a weak attribution says so.
            parts.append(md(quote.attribution()));
        }
    }
    if (!quote.cue.isEmpty()) {
        parts.append(md(quote.cue));
    }
    parts.append(md(quote.kind));
    parts.append(QCoreApplication::translate("Attache::Export::MarkdownReportWriter", "confidence %1")
                     .arg(QString::number(quote.confidence, 'f', 2)));
    if (quote.needsReview) {
        parts.append(QCoreApplication::translate("Attache::Export::MarkdownReportWriter", "to review"));
    }
    return text + QStringLiteral("\n>\n> — %1\n\n").arg(parts.join(QStringLiteral(" · ")));
}

} // namespace

QString MarkdownReportWriter::escaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()#+-.!|<>~&\"'=:$^");
    QString result;
    result.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            // One line per item keeps tables and block quotes intact.
            result += QLatin1Char(' ');
        } else if (special.contains(c)) {
            result += QLatin1Char('\\');
            result += c;
        } else {
            result += c;
        }
    }
    return result;
}

QString MarkdownReportWriter::write(const Report &report, const ReportOptions &options)
{
    QString text;
    text += QStringLiteral("# %1\n\n").arg(md(report.title));
    text += tr("Generated %1 from project %2: %3.")
                .arg(md(report.generatedText()), md(report.projectName), md(report.countsText()))
        + QLatin1String("\n\n");
    if (options.overview) {
        text += QStringLiteral("## %1\n\n%2\n\n| %3 | %4 | %5 | %6 |\n|---|---|---|---|\n")
                    .arg(tr("Overview"), md(report.overviewText()), tr("Article"), tr("Outlet"), tr("Published"),
                         tr("Authors"));
        for (const Article &article : report.articles) {
            text += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                        .arg(articleLink(article), md(article.outlet), md(Report::dateText(article.published)),
                             md(article.authors.join(QLatin1String(", "))));
        }
        text += QLatin1Char('\n');
    }
    if (options.chart && !report.people.isEmpty()) {
        text += QStringLiteral("## %1\n\n| %2 | %3 | %4 |\n|---|---|---|\n")
                    .arg(tr("Quotes per speaker"), tr("Speaker"), tr("Kind"), tr("Quotes"));
        const int most = std::max(1, report.people.constFirst().quoteCount);
        for (const ReportPerson &person : report.people.mid(0, 15)) {
            text += QStringLiteral("| %1 | %2 | %3 %4 |\n")
                        .arg(md(person.name), md(person.kind),
                             QString(std::max(1, person.quoteCount * 20 / most), QChar(0x2588)),
                             QString::number(person.quoteCount));
        }
        text += QLatin1Char('\n');
    }
    if (options.people) {
        text += QStringLiteral("## %1\n\n| %2 | %3 | %4 | %5 |\n|---|---|---|---|\n")
                    .arg(tr("People"), tr("Name"), tr("Kind"), tr("Role and institution"), tr("Quotes"));
        for (const ReportPerson &person : report.people) {
            text += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                        .arg(md(person.name), md(person.kind), md(person.role), QString::number(person.quoteCount));
        }
        text += QLatin1Char('\n');
    }
    if (options.quotes) {
        text += QStringLiteral("## %1\n\n").arg(tr("Quotes"));
        for (const QuoteGroup &group : report.quoteGroups(options.grouping)) {
            if (group.article) {
                text += QStringLiteral("### %1\n\n").arg(articleLink(*group.article));
            } else if (group.person < 0) {
                text += QStringLiteral("### %1\n\n").arg(tr("Without a speaker"));
            } else {
                const ReportPerson &entry = report.people.at(group.person);
                text += QStringLiteral("### %1 \\(%2%3\\)\n\n")
                            .arg(md(entry.name), md(entry.kind),
                                 entry.role.isEmpty() ? QString() : QLatin1String(", ") + md(entry.role));
            }
            for (const ReportQuote *quote : group.quotes) {
                text += quoteBlock(report, *quote, group.article != nullptr);
            }
        }
    }
    if (options.annotations) {
        text += QStringLiteral("## %1\n\n").arg(tr("Highlights and notes"));
        for (const AnnotationGroup &group : report.annotationGroups()) {
            text += QStringLiteral("### %1\n\n").arg(articleLink(*group.article));
            for (const ReportAnnotation *annotation : group.annotations) {
                if (annotation->hasPassage) {
                    text += QStringLiteral("> %1\n\n").arg(md(annotation->exact));
                } else {
                    text += QStringLiteral("*%1*\n\n").arg(tr("On the whole article"));
                }
                if (!annotation->note.isEmpty()) {
                    text += md(annotation->note) + QLatin1String("\n\n");
                }
                if (!annotation->tags.isEmpty()) {
                    text
                        += QStringLiteral("%1 %2\n\n").arg(tr("Tags:"), md(annotation->tags.join(QLatin1String(", "))));
                }
                text += QLatin1String("---\n\n");
            }
        }
    }
    if (options.tagIndex) {
        text += QStringLiteral("## %1\n\n").arg(tr("Tag index"));
        for (const ReportTag &tag : report.tags) {
            text += QStringLiteral("%1- **%2**%3 — %4\n")
                        .arg(QString(tag.depth * 2, QLatin1Char(' ')), md(tag.name),
                             tag.description.isEmpty() ? QString() : QLatin1String(": ") + md(tag.description),
                             QCoreApplication::translate("Attache::Export::MarkdownReportWriter", "%n annotation(s)",
                                                         nullptr, int(tag.annotationIds.size())));
        }
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace Attache::Export

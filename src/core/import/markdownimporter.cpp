// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/markdownimporter.h"

#include "import/boilerplatefilter.h"
#include "import/languageguesser.h"
#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <utility>

namespace Attache::Import {

namespace {

using Reason = BoilerplateFilter::Reason;

QString tr(const char *text)
{
    return QCoreApplication::translate("Attache::Import::MarkdownImporter", text);
}

/** Splits "---\nkey: value\n---\n" off the top of text; returns the keys (lower-case) and the source lines. */
QHash<QString, QString> takeFrontMatter(QString *text, QString *lines)
{
    static const QRegularExpression frontMatter(QStringLiteral(R"(^---[ \t]*\n(.*?)\n(---|\.\.\.)[ \t]*(\n|$))"),
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression entry(QStringLiteral(R"(^([A-Za-z_][\w-]*)\s*:\s*(.*)$)"));
    QHash<QString, QString> values;
    const QRegularExpressionMatch match = frontMatter.match(*text);
    if (!match.hasMatch()) {
        return values;
    }
    QString key;
    for (const QString &line : match.captured(1).split(u'\n')) {
        const QRegularExpressionMatch field = entry.match(line);
        if (field.hasMatch()) {
            key = field.captured(1).toLower();
            values.insert(key, field.captured(2).trimmed());
        } else if (!key.isEmpty() && line.trimmed().startsWith(u"- ")) {
            // A YAML list under the last key ("authors:\n  - Ana Ruiz").
            values[key] += (values.value(key).isEmpty() ? QString() : QStringLiteral("\n")) + line.trimmed().mid(2);
        }
    }
    for (QString &value : values) {
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front()) {
            value = value.mid(1, value.size() - 2);
        }
    }
    *lines = match.captured(1).trimmed();
    text->remove(0, match.capturedLength(0));
    return values;
}

QStringList splitAuthors(const QString &value)
{
    QString list = value;
    list.remove(u'[').remove(u']');
    QStringList authors;
    for (const QString &author :
         list.split(QRegularExpression(QStringLiteral(R"(\n|,|\band\b)")), Qt::SkipEmptyParts)) {
        QString name = author.trimmed();
        name.remove(u'"');
        if (!name.isEmpty()) {
            authors << name;
        }
    }
    return authors;
}

/** Markdown inline syntax to plain text: links keep their text, images and HTML tags go, emphasis marks go. */
QString renderInline(QString text)
{
    static const QList<std::pair<QRegularExpression, QString>> rules = {
        {QRegularExpression(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))")), QString()},
        {QRegularExpression(QStringLiteral(R"(\[([^\]]+)\]\([^)]*\))")), QStringLiteral("\\1")},
        {QRegularExpression(QStringLiteral(R"(\[([^\]]+)\]\[[^\]]*\])")), QStringLiteral("\\1")},
        {QRegularExpression(QStringLiteral(R"(<((https?|mailto):[^>\s]+)>)")), QStringLiteral("\\1")},
        {QRegularExpression(QStringLiteral(R"(</?[A-Za-z][^>]*>)")), QString()},
        {QRegularExpression(QStringLiteral(R"(`+([^`]+?)`+)")), QStringLiteral("\\1")},
        {QRegularExpression(QStringLiteral(R"((\*\*|__)(\S(.*?\S)?)\1)")), QStringLiteral("\\2")},
        {QRegularExpression(QStringLiteral(R"(\*(\S(.*?\S)?)\*)")), QStringLiteral("\\1")},
        {QRegularExpression(QStringLiteral(R"((?<!\w)_(\S(.*?\S)?)_(?!\w))")), QStringLiteral("\\1")},
        {QRegularExpression(QStringLiteral(R"(~~(.+?)~~)")), QStringLiteral("\\1")},
        {QRegularExpression(QStringLiteral(R"(\\([\\`*_{}\[\]()#+\-.!>|~]))")), QStringLiteral("\\1")},
    };
    for (const auto &[pattern, replacement] : rules) {
        text.replace(pattern, replacement);
    }
    return text.trimmed();
}

/** Renders Markdown blocks (paragraphs, headings, list items, quotes, code) to plain text, one string each. */
struct RenderedBlock
{
    QString text;
    bool heading = false;
};

QList<RenderedBlock> renderBlocks(const QString &source)
{
    static const QRegularExpression atxHeading(QStringLiteral(R"(^ {0,3}#{1,6}(\s+(.*?))?(\s+#+)?\s*$)"));
    static const QRegularExpression setextUnderline(QStringLiteral(R"(^ {0,3}(=+|-+)\s*$)"));
    static const QRegularExpression listItem(QStringLiteral(R"(^\s{0,6}([-*+]|\d{1,9}[.)])\s+(.*)$)"));
    static const QRegularExpression rule(QStringLiteral(R"(^ {0,3}([-*_])(\s*\1){2,}\s*$)"));
    static const QRegularExpression fence(QStringLiteral(R"(^ {0,3}(```|~~~))"));
    static const QRegularExpression quote(QStringLiteral(R"(^ {0,3}>\s?)"));
    static const QRegularExpression definition(QStringLiteral(R"(^ {0,3}\[[^\]]+\]:\s*\S+)"));
    static const QRegularExpression tableRule(QStringLiteral(R"(^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$)"));

    QList<RenderedBlock> blocks;
    QStringList paragraph;
    const auto flush = [&](bool heading = false) {
        QString text;
        for (qsizetype i = 0; i < paragraph.size(); ++i) {
            QString line = paragraph.at(i);
            const bool hardBreak = line.endsWith(QStringLiteral("  ")) || line.endsWith(u'\\');
            line = renderInline(line.endsWith(u'\\') ? line.chopped(1) : line);
            text += line;
            if (i + 1 < paragraph.size()) {
                text += hardBreak ? u'\n' : u' ';
            }
        }
        if (!text.trimmed().isEmpty()) {
            blocks << RenderedBlock {text.trimmed(), heading};
        }
        paragraph.clear();
    };

    bool inFence = false;
    for (QString line : source.split(u'\n')) {
        if (fence.match(line).hasMatch()) {
            flush();
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            if (!line.trimmed().isEmpty()) {
                blocks << RenderedBlock {line.trimmed(), false};
            }
            continue;
        }
        line.remove(quote);
        if (line.trimmed().isEmpty() || rule.match(line).hasMatch() || definition.match(line).hasMatch()
            || tableRule.match(line).hasMatch()) {
            if (!paragraph.isEmpty() && rule.match(line).hasMatch() && setextUnderline.match(line).hasMatch()) {
                flush(true); // "Title\n---" is a heading, not a rule
                continue;
            }
            flush();
            continue;
        }
        if (const auto heading = atxHeading.match(line); heading.hasMatch()) {
            flush();
            paragraph << heading.captured(2);
            flush(true);
            continue;
        }
        if (!paragraph.isEmpty() && setextUnderline.match(line).hasMatch()) {
            flush(true);
            continue;
        }
        if (const auto item = listItem.match(line); item.hasMatch()) {
            flush();
            paragraph << QStringLiteral("• ") + item.captured(2);
            continue;
        }
        paragraph << line.trimmed() + (line.endsWith(QStringLiteral("  ")) ? QStringLiteral("  ") : QString());
    }
    flush();
    return blocks;
}

} // namespace

ImportResult MarkdownImporter::importBytes(const QByteArray &bytes, const QString &sourceName)
{
    if (bytes.isEmpty()) {
        return ImportResult::failure(tr("empty file"));
    }
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok()) {
        return ImportResult::failure(decoded.error);
    }
    QString source = decoded.text;
    source.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    source.replace(u'\r', u'\n');
    if (source.trimmed().isEmpty()) {
        return ImportResult::failure(tr("no text (the file holds only whitespace)"));
    }
    QString frontMatterLines;
    const QHash<QString, QString> front = takeFrontMatter(&source, &frontMatterLines);

    QString rawText;
    QString title = front.value(QStringLiteral("title"));
    BoilerplateFilter::Options options;
    options.mergeAcrossBlocks = true;
    const auto append = [&](const QString &text, const QString &reason) {
        if (!rawText.isEmpty()) {
            rawText += QStringLiteral("\n\n");
        }
        const qsizetype start = rawText.size();
        rawText += text;
        if (!reason.isEmpty()) {
            options.preExcluded << ExcludedRange {start, rawText.size(), reason};
        }
    };
    if (!frontMatterLines.isEmpty()) {
        append(frontMatterLines, Reason::Metadata);
    }
    for (const RenderedBlock &block : renderBlocks(source)) {
        if (block.heading && title.isEmpty()) {
            title = block.text;
        }
        append(block.text, QString());
    }
    if (rawText.trimmed().isEmpty()) {
        return ImportResult::failure(tr("no text in the Markdown document"));
    }
    options.knownTitle = title;
    const BoilerplateFilter::Result cleaned = BoilerplateFilter::clean(rawText, options);
    if (cleaned.cleanText.isEmpty()) {
        return ImportResult::failure(tr("no article text found (only a title or page furniture)"));
    }

    ImportResult result;
    Article &article = result.article;
    article.sourceKind = Article::SourceKind::Markdown;
    article.sourcePath = sourceName;
    article.title = cleaned.title;
    article.authors = splitAuthors(front.value(QStringLiteral("authors"), front.value(QStringLiteral("author"))));
    if (article.authors.isEmpty()) {
        article.authors = cleaned.authors;
    }
    const QString date = front.value(QStringLiteral("date"), front.value(QStringLiteral("published")));
    article.published = QDateTime::fromString(date, Qt::ISODate).date();
    if (!article.published.isValid()) {
        article.published = QDate::fromString(date.left(10), Qt::ISODate);
    }
    if (!article.published.isValid()) {
        article.published = cleaned.published;
    }
    const QUrl url(front.value(QStringLiteral("url"), front.value(QStringLiteral("source"))));
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https")) {
        article.url = url.toString();
    }
    article.outlet = front.value(QStringLiteral("outlet"), front.value(QStringLiteral("publication")));
    article.language = front.value(QStringLiteral("lang"), front.value(QStringLiteral("language"))).section(u'-', 0, 0);
    article.rawText = rawText;
    article.cleanText = cleaned.cleanText;
    article.excluded = cleaned.excluded;
    if (article.language.isEmpty()) {
        article.language = LanguageGuesser::guess(article.cleanText);
    }
    return result;
}

} // namespace Attache::Import

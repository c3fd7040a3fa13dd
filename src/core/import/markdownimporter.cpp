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

#include <gumbo.h>
#include <md4c.h>

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

/** The text of an HTML fragment ("&amp;", "<b>x</b>"): entity references decoded, tags, scripts and styles dropped. */
QString htmlText(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    QString text;
    QList<const GumboNode *> stack {output->root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            text += QString::fromUtf8(node->v.text.text);
        } else if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag != GUMBO_TAG_SCRIPT
                   && node->v.element.tag != GUMBO_TAG_STYLE) {
            // Children pushed last-first, so they come off the stack in document order.
            const GumboVector &children = node->v.element.children;
            for (unsigned int i = children.length; i > 0; --i) {
                stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
            }
        }
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return text;
}

/** One rendered Markdown block (paragraph, heading, list item, table row, code line) as plain text. */
struct RenderedBlock
{
    QString text;
    bool heading = false;
};

/**
 * Collects md4c's parse as plain-text blocks: links keep their text, images and HTML tags go,
 * entity references are decoded, list items start with a bullet, each code line is a block.
 */
class PlainTextRenderer
{
public:
    QList<RenderedBlock> render(const QByteArray &utf8)
    {
        MD_PARSER parser {};
        parser.flags = MD_DIALECT_GITHUB;
        parser.enter_block = [](MD_BLOCKTYPE type, void *, void *self) {
            return static_cast<PlainTextRenderer *>(self)->enterBlock(type);
        };
        parser.leave_block = [](MD_BLOCKTYPE type, void *, void *self) {
            return static_cast<PlainTextRenderer *>(self)->leaveBlock(type);
        };
        parser.enter_span = [](MD_SPANTYPE type, void *, void *self) {
            static_cast<PlainTextRenderer *>(self)->m_images += type == MD_SPAN_IMG ? 1 : 0;
            return 0;
        };
        parser.leave_span = [](MD_SPANTYPE type, void *, void *self) {
            static_cast<PlainTextRenderer *>(self)->m_images -= type == MD_SPAN_IMG ? 1 : 0;
            return 0;
        };
        parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
            static_cast<PlainTextRenderer *>(self)->addText(type, QString::fromUtf8(text, qsizetype(size)));
            return 0;
        };
        md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, this);
        flush();
        return m_blocks;
    }

private:
    int enterBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_H:
            flush();
            m_heading = true;
            break;
        case MD_BLOCK_LI:
            flush();
            m_current = QStringLiteral("• ");
            break;
        case MD_BLOCK_P:
            // A loose list item's first paragraph carries on after its bullet.
            if (m_current != u"• ") {
                flush();
            }
            break;
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML:
        case MD_BLOCK_TR:
            flush();
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (!m_current.isEmpty()) {
                m_current += QStringLiteral(" | ");
            }
            break;
        default:
            break;
        }
        m_html = type == MD_BLOCK_HTML;
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_H:
        case MD_BLOCK_P:
        case MD_BLOCK_LI:
        case MD_BLOCK_TR:
            flush();
            break;
        case MD_BLOCK_CODE:
            // Code is kept line by line: each line a block of its own, blank lines dropped.
            for (const QString &line : std::as_const(m_current).split(u'\n')) {
                if (!line.trimmed().isEmpty()) {
                    m_blocks << RenderedBlock {line.trimmed(), false};
                }
            }
            m_current.clear();
            break;
        case MD_BLOCK_HTML:
            // A block of raw HTML counts for its text only.
            m_current = htmlText(m_current);
            flush();
            m_html = false;
            break;
        default:
            break;
        }
        return 0;
    }

    void addText(MD_TEXTTYPE type, const QString &text)
    {
        if (m_images > 0) {
            return;
        }
        switch (type) {
        case MD_TEXT_SOFTBR:
            m_current += u' ';
            break;
        case MD_TEXT_BR:
            m_current += u'\n';
            break;
        case MD_TEXT_NULLCHAR:
            m_current += QChar::ReplacementCharacter;
            break;
        case MD_TEXT_ENTITY:
            m_current += htmlText(text);
            break;
        case MD_TEXT_HTML:
            // Inline tags go; a raw HTML block keeps everything until it is rendered whole.
            if (m_html) {
                m_current += text;
            }
            break;
        default:
            m_current += text;
        }
    }

    void flush()
    {
        const QString text = m_current.trimmed();
        if (!text.isEmpty() && text != u"•") {
            m_blocks << RenderedBlock {text, m_heading};
        }
        m_current.clear();
        m_heading = false;
    }

    QList<RenderedBlock> m_blocks;
    QString m_current;
    bool m_heading = false;
    bool m_html = false;
    int m_images = 0;
};

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
    for (const RenderedBlock &block : PlainTextRenderer().render(source.toUtf8())) {
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

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlimporter.h"

#include "import/boilerplatefilter.h"
#include "import/languageguesser.h"
#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>

#include <gumbo.h>

#include <memory>

namespace Attache::Import {

namespace {

using Reason = BoilerplateFilter::Reason;

QString tr(const char *text)
{
    return QCoreApplication::translate("Attache::Import::HtmlImporter", text);
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), lower-case, or empty. */
QByteArray declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(QStringLiteral(R"(<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = meta.match(QString::fromLatin1(bytes.left(4096)));
    return match.hasMatch() ? match.captured(1).toLower().toLatin1() : QByteArray();
}

/** Decodes a page: a BOM or a declared non-Western charset wins; otherwise UTF-8 with the Windows-1252 fallback. */
TextDecoder::Result decodePage(const QByteArray &bytes)
{
    const QByteArray charset = declaredCharset(bytes);
    static const QSet<QByteArray> western
        = {"utf-8", "utf8", "windows-1252", "cp1252", "iso-8859-1", "latin1", "us-ascii", "ascii", "iso-8859-15"};
    if (!charset.isEmpty() && !western.contains(charset) && !QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(charset.constData());
        if (!decoder.isValid()) {
            TextDecoder::Result result;
            result.error
                = QCoreApplication::translate("Attache::Import::HtmlImporter", "unsupported character set '%1'")
                      .arg(QString::fromLatin1(charset));
            return result;
        }
        TextDecoder::Result result;
        result.text = decoder.decode(bytes);
        result.encoding = QString::fromLatin1(charset);
        if (result.text.contains(QChar(0))) {
            result.error = QCoreApplication::translate("Attache::Import::HtmlImporter",
                                                       "binary data (NUL bytes), not an HTML page");
        }
        return result;
    }
    return TextDecoder::decode(bytes);
}

/**
 * A cheap pass over the markup that measures how deeply elements nest and how many there are,
 * so that hostile pages are refused before gumbo builds a tree from them. Elements the parser
 * closes implicitly (p, li, td...) and void elements do not count as nesting.
 */
QString checkMarkupBounds(const QByteArray &html)
{
    static const QSet<QByteArray> flat
        = {"area",  "base",  "br",       "col",     "embed",    "hr",   "img", "input", "link",
           "meta",  "param", "source",   "track",   "wbr",      "p",    "li",  "dt",    "dd",
           "td",    "th",    "tr",       "option",  "optgroup", "rb",   "rt",  "rp",    "tbody",
           "thead", "tfoot", "colgroup", "caption", "html",     "head", "body"};
    static const QSet<QByteArray> rawText = {"script", "style", "textarea", "title", "xmp", "noembed", "iframe"};
    int depth = 0;
    int deepest = 0;
    qsizetype elements = 0;
    const qsizetype size = html.size();
    for (qsizetype i = html.indexOf('<'); i >= 0 && i + 1 < size; i = html.indexOf('<', i + 1)) {
        const char next = html.at(i + 1);
        if (html.mid(i, 4) == "<!--") {
            const qsizetype end = html.indexOf("-->", i + 4);
            if (end < 0) {
                break;
            }
            i = end;
            continue;
        }
        if (next == '/') {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (!std::isalpha(static_cast<unsigned char>(next))) {
            continue;
        }
        qsizetype nameEnd = i + 1;
        while (nameEnd < size
               && (std::isalnum(static_cast<unsigned char>(html.at(nameEnd))) || html.at(nameEnd) == '-')) {
            ++nameEnd;
        }
        const QByteArray name = html.mid(i + 1, nameEnd - i - 1).toLower();
        const qsizetype close = html.indexOf('>', nameEnd);
        if (close < 0) {
            break;
        }
        if (++elements > HtmlImporter::kMaxElements) {
            return QCoreApplication::translate("Attache::Import::HtmlImporter",
                                               "HTML page too large (more than %1 elements)")
                .arg(HtmlImporter::kMaxElements);
        }
        if (rawText.contains(name)) {
            const qsizetype end = html.indexOf(QByteArray("</" + name), close);
            i = end < 0 ? size : end;
            continue;
        }
        if (!flat.contains(name) && html.at(close - 1) != '/') {
            deepest = std::max(deepest, ++depth);
            if (deepest > HtmlImporter::kMaxDepth) {
                return QCoreApplication::translate("Attache::Import::HtmlImporter",
                                                   "HTML nested too deeply (more than %1 levels); refusing the page")
                    .arg(HtmlImporter::kMaxDepth);
            }
        }
        i = close;
    }
    return {};
}

QString attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT) {
        return {};
    }
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name);
    if (!attr || qstrlen(attr->value) > size_t(HtmlImporter::kMaxAttributeSize)) {
        return {};
    }
    return QString::fromUtf8(attr->value).trimmed();
}

GumboTag tagOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

const GumboVector *childrenOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
        return &node->v.element.children;
    }
    if (node->type == GUMBO_NODE_DOCUMENT) {
        return &node->v.document.children;
    }
    return nullptr;
}

template<typename Visit> void forEachChild(const GumboNode *node, Visit visit)
{
    if (const GumboVector *children = childrenOf(node)) {
        for (unsigned int i = 0; i < children->length; ++i) {
            visit(static_cast<const GumboNode *>(children->data[i]));
        }
    }
}

/** Calls visit on every element under node, depth first, without recursion (the tree may be deep). */
template<typename Visit> void forEachElement(const GumboNode *root, Visit visit)
{
    QList<const GumboNode *> stack {root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node->type == GUMBO_NODE_ELEMENT) {
            visit(node);
        }
        if (const GumboVector *children = childrenOf(node)) {
            for (unsigned int i = children->length; i > 0; --i) {
                stack << static_cast<const GumboNode *>(children->data[i - 1]);
            }
        }
    }
}

/** The text under node with whitespace collapsed, skipping invisible elements. */
QString textOf(const GumboNode *root)
{
    QString text;
    QList<const GumboNode *> stack {root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            text += QString::fromUtf8(node->v.text.text) + u' ';
            continue;
        }
        const GumboTag tag = tagOf(node);
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT
            || tag == GUMBO_TAG_TEMPLATE) {
            continue;
        }
        if (const GumboVector *children = childrenOf(node)) {
            for (unsigned int i = children->length; i > 0; --i) {
                stack << static_cast<const GumboNode *>(children->data[i - 1]);
            }
        }
    }
    return text.simplified();
}

/** The unparsed text of a script or style element. */
QString rawTextOf(const GumboNode *node)
{
    QString text;
    forEachChild(node, [&](const GumboNode *child) {
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
            text += QString::fromUtf8(child->v.text.text);
        }
    });
    return text;
}

/** The page's metadata, from the most to the least reliable source. */
struct Metadata
{
    QString title;
    QString siteName;
    QStringList authors;
    QDate published;
    QString url;
    QString language;
    QString articleBody;
};

QDate parseIsoDate(const QString &value)
{
    const QDateTime dateTime = QDateTime::fromString(value, Qt::ISODate);
    if (dateTime.isValid()) {
        return dateTime.date();
    }
    return QDate::fromString(value.left(10), Qt::ISODate);
}

bool isHttpUrl(const QString &value)
{
    const QUrl url(value);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

QStringList jsonNames(const QJsonValue &value)
{
    QStringList names;
    if (value.isString()) {
        names << value.toString();
    } else if (value.isObject()) {
        names << value.toObject().value(u"name").toString();
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            names << jsonNames(item);
        }
    }
    names.removeAll(QString());
    return names;
}

bool isArticleType(const QJsonValue &type)
{
    static const QRegularExpression article(QStringLiteral("^(News|Reportage|Analysis|Opinion|Report|Scholarly|"
                                                           "Tech|Satirical|Background|Review)?Article$|^BlogPosting$"));
    if (type.isArray()) {
        for (const QJsonValue &item : type.toArray()) {
            if (isArticleType(item)) {
                return true;
            }
        }
        return false;
    }
    return article.match(type.toString()).hasMatch();
}

/** The NewsArticle (or kin) object in a JSON-LD block: top level, in an array or in an @graph. */
QJsonObject findArticleObject(const QJsonValue &value, int depth = 0)
{
    if (depth > 8) {
        return {};
    }
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (const QJsonObject found = findArticleObject(item, depth + 1); !found.isEmpty()) {
                return found;
            }
        }
        return {};
    }
    const QJsonObject object = value.toObject();
    if (isArticleType(object.value(u"@type"))) {
        return object;
    }
    return findArticleObject(object.value(u"@graph"), depth + 1);
}

Metadata readMetadata(const GumboNode *root)
{
    Metadata meta;
    QHash<QString, QString> properties; // meta property/name (lower-case) -> first content
    QString documentTitle;
    QString canonical;
    QJsonObject ld;
    forEachElement(root, [&](const GumboNode *node) {
        switch (tagOf(node)) {
        case GUMBO_TAG_HTML:
            meta.language = attribute(node, "lang");
            break;
        case GUMBO_TAG_TITLE:
            if (documentTitle.isEmpty()) {
                documentTitle = textOf(node);
            }
            break;
        case GUMBO_TAG_META: {
            const QString key
                = (attribute(node, "property") + attribute(node, "name") + attribute(node, "itemprop")).toLower();
            const QString content = attribute(node, "content");
            if (!key.isEmpty() && !content.isEmpty()) {
                if (key.startsWith(u"article:author") || key == u"author") {
                    properties[key] += (properties.contains(key) ? QStringLiteral("\n") : QString()) + content;
                } else if (!properties.contains(key)) {
                    properties.insert(key, content);
                }
            }
            break;
        }
        case GUMBO_TAG_LINK:
            if (canonical.isEmpty() && attribute(node, "rel").toLower().split(u' ').contains(u"canonical")) {
                canonical = attribute(node, "href");
            }
            break;
        case GUMBO_TAG_SCRIPT:
            if (ld.isEmpty() && attribute(node, "type").toLower() == u"application/ld+json") {
                const QJsonDocument document = QJsonDocument::fromJson(rawTextOf(node).toUtf8());
                ld = findArticleObject(document.isArray() ? QJsonValue(document.array())
                                                          : QJsonValue(document.object()));
            }
            break;
        default:
            break;
        }
    });

    const auto property = [&](std::initializer_list<const char16_t *> keys) {
        for (const char16_t *key : keys) {
            const QString value = properties.value(QString::fromUtf16(key)).trimmed();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return QString();
    };

    meta.title = ld.value(u"headline").toString().trimmed();
    if (meta.title.isEmpty()) {
        meta.title = property({u"og:title", u"twitter:title", u"title", u"headline"});
    }
    meta.siteName = property({u"og:site_name", u"application-name"});
    if (meta.siteName.isEmpty()) {
        meta.siteName = jsonNames(ld.value(u"publisher")).value(0);
    }
    if (meta.title.isEmpty() && !documentTitle.isEmpty()) {
        // "<title>Headline | Outlet</title>": the outlet's part is not the article's title.
        static const QRegularExpression suffix(QStringLiteral(R"(\s+[|–—-]\s+[^|–—-]{1,60}$)"));
        meta.title = documentTitle;
        meta.title.remove(suffix);
    }
    meta.authors = jsonNames(ld.value(u"author"));
    if (meta.authors.isEmpty()) {
        for (const QString &author : property({u"author", u"article:author", u"parsely-author", u"sailthru.author"})
                                         .split(u'\n', Qt::SkipEmptyParts)) {
            if (!isHttpUrl(author)) {
                meta.authors << author.trimmed();
            }
        }
    }
    meta.authors.removeDuplicates();
    meta.published = parseIsoDate(ld.value(u"datePublished").toString());
    if (!meta.published.isValid()) {
        meta.published
            = parseIsoDate(property({u"article:published_time", u"datepublished", u"date", u"pubdate", u"publishdate",
                                     u"dc.date.issued", u"dc.date", u"parsely-pub-date", u"og:published_time"}));
    }
    for (const QString &candidate : {canonical, property({u"og:url"}), ld.value(u"url").toString()}) {
        if (isHttpUrl(candidate)) {
            meta.url = candidate;
            break;
        }
    }
    if (meta.language.isEmpty()) {
        meta.language = ld.value(u"inLanguage").toString();
    }
    if (meta.language.isEmpty()) {
        meta.language = property({u"og:locale", u"content-language", u"language"});
    }
    meta.language = meta.language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    meta.articleBody = ld.value(u"articleBody").toString();
    return meta;
}

/** What a class or id says about an element: positive for content, negative for page furniture. */
int classWeight(const GumboNode *node)
{
    static const QRegularExpression positive(
        QStringLiteral(R"((^|[\s_-])(article|body|content|entry|main|page|post|text|blog|story|prose)([\s_-]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression negative(
        QStringLiteral(R"((^|[\s_-])(comments?|meta|footer|footnote|related|share|social|sidebar|sponsor|ad|ads|)"
                       R"(advert|promo|newsletter|nav|menu|subscribe|popup|cookie|banner|breadcrumbs?|widget|)"
                       R"(recommended|trending|outbrain|taboola)([\s_-]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString names = attribute(node, "class") + u' ' + attribute(node, "id");
    int weight = 0;
    weight += names.contains(positive) ? 25 : 0;
    weight -= names.contains(negative) ? 25 : 0;
    return weight;
}

/** The reason an element's whole subtree is not article text, from its tag, role or class; empty if none. */
QString furnitureReason(const GumboNode *node, bool inMain)
{
    static const QRegularExpression promotion(
        QStringLiteral(
            R"((^|[\s_-])(newsletter|subscribe|subscription|promo|paywall|signup|sign-up|membership)([\s_-]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression advertisement(
        QStringLiteral(R"((^|[\s_-])(ad|ads|advert|advertisement|sponsor|sponsored|dfp|gpt)([\s_-]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression navigation(
        QStringLiteral(R"((^|[\s_-])(share|sharing|social|related|comments?|breadcrumbs?|tags|topics|nav|menu|)"
                       R"(recommended|trending|most-read|outbrain|taboola)([\s_-]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression caption(QStringLiteral(R"((^|[\s_-])(caption|credit|image-credit)([\s_-]|$))"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression byline(QStringLiteral(R"((^|[\s_-])(byline|author|authors)([\s_-]|$))"),
                                           QRegularExpression::CaseInsensitiveOption);
    switch (tagOf(node)) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_MENU:
        return Reason::Navigation;
    case GUMBO_TAG_ASIDE:
        return Reason::Promotion;
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
        if (!inMain) {
            return Reason::Navigation;
        }
        break;
    case GUMBO_TAG_FIGCAPTION:
        return Reason::Caption;
    default:
        break;
    }
    const QString role = attribute(node, "role").toLower();
    if (role == u"navigation" || role == u"banner" || role == u"contentinfo" || role == u"complementary") {
        return Reason::Navigation;
    }
    const QString names = attribute(node, "class") + u' ' + attribute(node, "id");
    if (names.trimmed().isEmpty()) {
        return {};
    }
    if (names.contains(advertisement)) {
        return Reason::Advertisement;
    }
    if (names.contains(promotion)) {
        return Reason::Promotion;
    }
    if (names.contains(navigation)) {
        return Reason::Navigation;
    }
    if (names.contains(caption)) {
        return Reason::Caption;
    }
    if (names.contains(byline)) {
        return Reason::Byline;
    }
    return {};
}

bool isInvisible(const GumboNode *node)
{
    switch (tagOf(node)) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_DIALOG:
        return true;
    default:
        break;
    }
    if (node->type != GUMBO_NODE_ELEMENT) {
        return false;
    }
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden") || attribute(node, "aria-hidden") == u"true") {
        return true;
    }
    const QString style = attribute(node, "style").remove(u' ').toLower();
    return style.contains(u"display:none") || style.contains(u"visibility:hidden");
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
        return true;
    default:
        return false;
    }
}

/**
 * Readability-style scoring: every paragraph gives its parent points for its length and commas,
 * its grandparent half; class names add or take away; links dilute. The best element is the article.
 */
const GumboNode *findMainContent(const GumboNode *body)
{
    QHash<const GumboNode *, double> scores;
    const auto addScore = [&](const GumboNode *node, double points) {
        if (node && node->type == GUMBO_NODE_ELEMENT) {
            if (!scores.contains(node)) {
                double initial = classWeight(node);
                initial += tagOf(node) == GUMBO_TAG_ARTICLE ? 30 : 0;
                initial += tagOf(node) == GUMBO_TAG_MAIN ? 10 : 0;
                scores.insert(node, initial);
            }
            scores[node] += points;
        }
    };
    forEachElement(body, [&](const GumboNode *node) {
        const GumboTag tag = tagOf(node);
        if (tag != GUMBO_TAG_P && tag != GUMBO_TAG_PRE && tag != GUMBO_TAG_BLOCKQUOTE && tag != GUMBO_TAG_TD) {
            return;
        }
        const QString text = textOf(node);
        if (text.size() < 25) {
            return;
        }
        const double points = 1 + text.count(u',') + std::min<double>(double(text.size()) / 100.0, 3.0);
        addScore(node->parent, points);
        if (node->parent) {
            addScore(node->parent->parent, points / 2);
        }
    });
    const GumboNode *best = nullptr;
    double bestScore = 0;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        const QString all = textOf(it.key());
        qsizetype linkText = 0;
        forEachElement(it.key(), [&](const GumboNode *node) {
            if (tagOf(node) == GUMBO_TAG_A) {
                linkText += textOf(node).size();
            }
        });
        const double linkDensity = all.isEmpty() ? 1.0 : double(linkText) / double(all.size());
        const double score = it.value() * (1.0 - linkDensity);
        if (score > bestScore) {
            bestScore = score;
            best = it.key();
        }
    }
    // An <article> or <main> around the winner is the better boundary: it holds the headline and byline too.
    for (const GumboNode *node = best; node; node = node->parent) {
        if (tagOf(node) == GUMBO_TAG_ARTICLE || tagOf(node) == GUMBO_TAG_MAIN) {
            return node;
        }
    }
    return best ? best : body;
}

/** One block of visible text and why it is not article text, if it is not. */
struct Block
{
    QString text;
    QString reason;
};

/** Turns the page into blocks of visible text, each tagged with the reason it is furniture (if any). */
class BlockCollector
{
public:
    explicit BlockCollector(const GumboNode *main)
        : m_main(main)
    {
        for (const GumboNode *node = main; node; node = node->parent) {
            m_mainAndAncestors.insert(node);
        }
    }

    void collect(const GumboNode *node, const QString &reason, bool inMain, bool preformatted, int depth)
    {
        if (depth > HtmlImporter::kMaxDepth) {
            m_tooDeep = true;
            return;
        }
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            appendText(QString::fromUtf8(node->v.text.text), reason, inMain, preformatted);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT || isInvisible(node)) {
            return;
        }
        const GumboTag tag = tagOf(node);
        if (tag == GUMBO_TAG_BR) {
            m_current += u'\n';
            return;
        }
        const bool nowInMain = inMain || node == m_main;
        QString nowReason = reason;
        // The article's own container and those around it cannot be furniture, whatever their class says.
        if (nowReason.isEmpty() && !m_mainAndAncestors.contains(node)) {
            nowReason = furnitureReason(node, nowInMain);
        }
        const bool block = isBlock(tag);
        if (block) {
            flush();
        }
        forEachChild(node, [&](const GumboNode *child) {
            collect(child, nowReason, nowInMain, preformatted || tag == GUMBO_TAG_PRE, depth + 1);
        });
        if (block) {
            flush();
        }
    }

    void flush()
    {
        QStringList lines;
        for (const QString &line : m_current.split(u'\n')) {
            if (!line.trimmed().isEmpty()) {
                lines << line.trimmed();
            }
        }
        if (!lines.isEmpty()) {
            m_blocks << Block {lines.join(u'\n'), m_currentReason};
        }
        m_current.clear();
        m_currentReason.clear();
    }

    QList<Block> blocks() const { return m_blocks; }
    bool tooDeep() const { return m_tooDeep; }

private:
    void appendText(const QString &text, const QString &reason, bool inMain, bool preformatted)
    {
        if (m_current.trimmed().isEmpty()) {
            m_currentReason = !reason.isEmpty() ? reason : (inMain ? QString() : QString(Reason::Boilerplate));
        }
        if (preformatted) {
            m_current += text;
            return;
        }
        // HTML collapses runs of spaces and newlines into one space; NBSPs stay.
        QString collapsed;
        collapsed.reserve(text.size());
        bool space = !m_current.isEmpty() && (m_current.back() == u' ' || m_current.back() == u'\n');
        for (const QChar c : text) {
            if (c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f') {
                if (!space) {
                    collapsed += u' ';
                }
                space = true;
            } else {
                // A no-break space in markup is typography, not content: the reading text gets a plain one.
                collapsed += c == QChar::Nbsp ? QChar(u' ') : c;
                space = false;
            }
        }
        m_current += collapsed;
    }

    const GumboNode *m_main = nullptr;
    QSet<const GumboNode *> m_mainAndAncestors;
    QList<Block> m_blocks;
    QString m_current;
    QString m_currentReason;
    bool m_tooDeep = false;
};

const GumboNode *findChild(const GumboNode *node, GumboTag tag)
{
    const GumboNode *found = nullptr;
    forEachChild(node, [&](const GumboNode *child) {
        if (!found && tagOf(child) == tag) {
            found = child;
        }
    });
    return found;
}

struct GumboDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

} // namespace

ImportResult HtmlImporter::importBytes(const QByteArray &bytes, const QString &sourceName)
{
    if (bytes.trimmed().isEmpty()) {
        return ImportResult::failure(tr("empty file"));
    }
    const TextDecoder::Result decoded = decodePage(bytes);
    if (!decoded.ok()) {
        return ImportResult::failure(decoded.error);
    }
    const QByteArray html = decoded.text.toUtf8();
    if (const QString error = checkMarkupBounds(html); !error.isEmpty()) {
        return ImportResult::failure(error);
    }
    const std::unique_ptr<GumboOutput, GumboDeleter> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size())));
    if (!output || !output->root) {
        return ImportResult::failure(tr("the HTML could not be parsed"));
    }

    const Metadata meta = readMetadata(output->root);
    const GumboNode *body = findChild(output->root, GUMBO_TAG_BODY);
    if (!body) {
        body = output->root;
    }
    const GumboNode *main = findMainContent(body);

    BlockCollector collector(main);
    collector.collect(body, QString(), false, false, 0);
    collector.flush();
    if (collector.tooDeep()) {
        return ImportResult::failure(
            tr("HTML nested too deeply (more than %1 levels); refusing the page").arg(kMaxDepth));
    }
    QList<Block> blocks = collector.blocks();

    // The title: the headline inside the article if there is one, else what the metadata says.
    QString title;
    forEachElement(main, [&](const GumboNode *node) {
        if (title.isEmpty() && tagOf(node) == GUMBO_TAG_H1) {
            title = textOf(node);
        }
    });
    if (title.isEmpty() || title.size() > 400) {
        title = meta.title;
    }

    // A page whose text is all script-rendered may still carry the article in its JSON-LD.
    qsizetype mainText = 0;
    for (const Block &block : std::as_const(blocks)) {
        mainText += block.reason.isEmpty() ? block.text.size() : 0;
    }
    if (mainText < 200 && meta.articleBody.size() > mainText) {
        blocks.clear();
        if (!title.isEmpty()) {
            blocks << Block {title, QString()};
        }
        for (const QString &paragraph :
             meta.articleBody.split(QRegularExpression(QStringLiteral("\\n\\s*\\n|\\r\\n")), Qt::SkipEmptyParts)) {
            blocks << Block {paragraph.trimmed(), QString()};
        }
    }

    QString rawText;
    BoilerplateFilter::Options options;
    options.knownTitle = title;
    options.mergeAcrossBlocks = true;
    for (const Block &block : std::as_const(blocks)) {
        if (!rawText.isEmpty()) {
            rawText += QStringLiteral("\n\n");
        }
        const qsizetype start = rawText.size();
        rawText += block.text;
        if (!block.reason.isEmpty()) {
            options.preExcluded << ExcludedRange {start, rawText.size(), block.reason};
        }
    }
    if (rawText.trimmed().isEmpty()) {
        return ImportResult::failure(tr("no visible text in the HTML page"));
    }
    const BoilerplateFilter::Result cleaned = BoilerplateFilter::clean(rawText, options);
    if (cleaned.cleanText.isEmpty()) {
        return ImportResult::failure(tr("no article text found in the HTML page"));
    }

    ImportResult result;
    Article &article = result.article;
    article.sourceKind = Article::SourceKind::Html;
    article.sourcePath = sourceName;
    article.title = cleaned.title.isEmpty() ? title : cleaned.title;
    article.outlet = meta.siteName;
    article.authors = meta.authors.isEmpty() ? cleaned.authors : meta.authors;
    article.published = meta.published.isValid() ? meta.published : cleaned.published;
    article.url = meta.url;
    article.language = meta.language;
    article.rawText = rawText;
    article.cleanText = cleaned.cleanText;
    article.excluded = cleaned.excluded;
    if (article.language.isEmpty()) {
        article.language = LanguageGuesser::guess(article.cleanText);
    }
    return result;
}

} // namespace Attache::Import

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/articleimporter.h"

#include "import/htmlimporter.h"
#include "import/markdownimporter.h"
#include "import/pdfimporter.h"
#include "import/sourcefile.h"
#include "import/textimporter.h"
#include "import/urlfetcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace Attache::Import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Attache::Import::ArticleImporter", text);
}

const QStringList &textSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("txt"), QStringLiteral("text")};
    return suffixes;
}
const QStringList &htmlSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")};
    return suffixes;
}
const QStringList &markdownSuffixes()
{
    static const QStringList suffixes
        = {QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mdown"), QStringLiteral("mkd")};
    return suffixes;
}

/** Signatures of files that are certainly not articles, so that the error can say what they are. */
constexpr std::array kForeignSignatures = {
    std::pair {"\x89PNG", "a PNG image"},
    std::pair {"\xff\xd8\xff", "a JPEG image"},
    std::pair {"GIF8", "a GIF image"},
    std::pair {"PK\x03\x04", "a ZIP archive or office document"},
    std::pair {"\x1f\x8b", "a gzip archive"},
    std::pair {"\x7f"
               "ELF",
               "a program"},
    std::pair {"\xd0\xcf\x11\xe0", "an old office document"},
    std::pair {"{\\rtf", "an RTF document"},
    std::pair {"SQLite format 3", "a database"},
};

bool looksLikeHtml(const QByteArray &head)
{
    static const QRegularExpression markup(
        QStringLiteral(R"(^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QByteArray text = head.left(4096);
    if (text.startsWith("\xef\xbb\xbf")) {
        text.remove(0, 3);
    }
    return markup.match(QString::fromLatin1(text)).hasMatch();
}

} // namespace

ArticleImporter::Format ArticleImporter::detectFormat(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.startsWith("%PDF-")) {
        return Format::Pdf;
    }
    for (const auto &[signature, what] : kForeignSignatures) {
        if (bytes.startsWith(signature)) {
            return Format::Unsupported;
        }
    }
    if (looksLikeHtml(bytes)) {
        return Format::Html;
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (htmlSuffixes().contains(suffix)) {
        return Format::Html;
    }
    if (markdownSuffixes().contains(suffix)) {
        return Format::Markdown;
    }
    if (suffix == u"pdf") {
        return Format::Pdf;
    }
    return Format::Text;
}

ImportResult ArticleImporter::importFile(const QString &path)
{
    QString error;
    const std::optional<QByteArray> bytes = SourceFile::read(path, &error);
    if (!bytes) {
        return ImportResult::failure(error);
    }
    return importBytes(*bytes, QFileInfo(path).absoluteFilePath());
}

ImportResult ArticleImporter::importBytes(const QByteArray &bytes, const QString &sourceName)
{
    return importBytes(bytes, sourceName, detectFormat(bytes, sourceName));
}

ImportResult ArticleImporter::importBytes(const QByteArray &bytes, const QString &sourceName, Format format)
{
    if (bytes.isEmpty()) {
        return ImportResult::failure(tr("empty file"));
    }
    if (bytes.size() > kMaxFileSize) {
        return ImportResult::failure(tr("file too large (the limit is %1 MB)").arg(kMaxFileSize / (1024 * 1024)));
    }
    switch (format) {
    case Format::Unsupported:
        for (const auto &[signature, what] : kForeignSignatures) {
            if (bytes.startsWith(signature)) {
                return ImportResult::failure(tr("unsupported file type (%1)").arg(QLatin1StringView(what)));
            }
        }
        return ImportResult::failure(tr("unsupported file type"));
    case Format::Html:
        return HtmlImporter::importBytes(bytes, sourceName);
    case Format::Pdf:
        return PdfImporter::importBytes(bytes, sourceName);
    case Format::Markdown:
        return MarkdownImporter::importBytes(bytes, sourceName);
    case Format::Text:
        break;
    }
    return TextImporter::importBytes(bytes, sourceName);
}

ImportResult ArticleImporter::importUrl(const QUrl &url)
{
    const UrlFetcher::Result fetched = UrlFetcher::fetch(url);
    if (!fetched.ok()) {
        return ImportResult::failure(fetched.error);
    }
    Format format = detectFormat(fetched.body, fetched.finalUrl.path());
    // The server's Content-Type names a text format better than an extension-less path does; a
    // binary signature (PDF, image) still wins over a mislabelled page.
    const bool binarySignature = format == Format::Pdf || format == Format::Unsupported;
    if (!binarySignature && (fetched.contentType == u"text/html" || fetched.contentType == u"application/xhtml+xml")) {
        format = Format::Html;
    } else if (!binarySignature && fetched.contentType == u"text/markdown") {
        format = Format::Markdown;
    } else if (fetched.contentType == u"application/pdf") {
        format = Format::Pdf;
    }
    ImportResult result = importBytes(fetched.body, url.toString(), format);
    if (result.ok()) {
        result.article.sourceKind = Article::SourceKind::Url;
        if (result.article.url.isEmpty()) {
            result.article.url = fetched.finalUrl.toString();
        }
    }
    return result;
}

bool ArticleImporter::hasImportableSuffix(const QString &path)
{
    return importableSuffixes().contains(QFileInfo(path).suffix().toLower());
}

QStringList ArticleImporter::importableSuffixes()
{
    return textSuffixes() + htmlSuffixes() + markdownSuffixes() + QStringList {QStringLiteral("pdf")};
}

} // namespace Attache::Import

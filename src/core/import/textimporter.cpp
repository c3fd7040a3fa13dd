// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textimporter.h"

#include "import/boilerplatefilter.h"
#include "import/languageguesser.h"
#include "import/sourcefile.h"
#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Attache::Import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Attache::Import::TextImporter", text);
}

/** "\r\n" and lone "\r" become "\n", so that offsets mean the same on every platform. */
QString normaliseLineEndings(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    text.replace(QChar::ParagraphSeparator, QStringLiteral("\n\n"));
    return text;
}

} // namespace

ImportResult TextImporter::importFile(const QString &path)
{
    QString error;
    const std::optional<QByteArray> bytes = SourceFile::read(path, &error);
    if (!bytes) {
        return ImportResult::failure(error);
    }
    return importBytes(*bytes, QFileInfo(path).absoluteFilePath());
}

ImportResult TextImporter::importBytes(const QByteArray &bytes, const QString &sourceName)
{
    if (bytes.isEmpty()) {
        return ImportResult::failure(tr("empty file"));
    }
    if (bytes.size() > kMaxFileSize) {
        return ImportResult::failure(tr("file too large (the limit is %1 MB)").arg(kMaxFileSize / (1024 * 1024)));
    }
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok()) {
        return ImportResult::failure(decoded.error);
    }
    const QString rawText = normaliseLineEndings(decoded.text);
    if (rawText.trimmed().isEmpty()) {
        return ImportResult::failure(tr("no text (the file holds only whitespace)"));
    }

    const BoilerplateFilter::Result cleaned = BoilerplateFilter::clean(rawText);
    if (cleaned.cleanText.isEmpty()) {
        return ImportResult::failure(tr("no article text found (only a title or page furniture)"));
    }
    ImportResult result;
    Article &article = result.article;
    article.sourceKind = Article::SourceKind::Text;
    article.sourcePath = sourceName;
    article.title = cleaned.title;
    article.authors = cleaned.authors;
    article.published = cleaned.published;
    article.rawText = rawText;
    article.cleanText = cleaned.cleanText;
    article.excluded = cleaned.excluded;
    if (article.language.isEmpty()) {
        article.language = LanguageGuesser::guess(article.cleanText);
    }
    return result;
}

} // namespace Attache::Import

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/jsonreportwriter.h"

#include "export/report.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Attache::Export {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue isoTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray array;
    for (const qint64 id : list) {
        array.append(id);
    }
    return array;
}

} // namespace

QJsonObject JsonReportWriter::toJson(const Report &report)
{
    QJsonArray articles;
    for (const Article &article : report.articles) {
        articles.append(QJsonObject {
            {QStringLiteral("id"), article.id},
            {QStringLiteral("title"), article.title},
            {QStringLiteral("outlet"), article.outlet},
            {QStringLiteral("url"), orNull(article.url)},
            {QStringLiteral("published"),
             article.published.isValid() ? QJsonValue(article.published.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("authors"), QJsonArray::fromStringList(article.authors)},
            {QStringLiteral("language"), article.language},
        });
    }
    QJsonArray people;
    for (const ReportPerson &person : report.people) {
        people.append(QJsonObject {
            {QStringLiteral("name"), person.name},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(person.aliases)},
            {QStringLiteral("kind"), person.kind},
            {QStringLiteral("role"), person.role},
            {QStringLiteral("quote_count"), person.quoteCount},
            {QStringLiteral("article_ids"), ids(person.articleIds)},
        });
    }
    QJsonArray quotes;
    for (const ReportQuote &quote : report.quotes) {
        quotes.append(QJsonObject {
            {QStringLiteral("article_id"), quote.articleId},
            {QStringLiteral("start"), quote.codePointStart},
            {QStringLiteral("end"), quote.codePointEnd},
            {QStringLiteral("text"), quote.text},
            {QStringLiteral("speaker"), orNull(quote.speaker)},
            {QStringLiteral("speaker_kind"), orNull(quote.speakerKind)},
            {QStringLiteral("kind"), quote.kind},
            {QStringLiteral("cue"), quote.cue},
            {QStringLiteral("confidence"), quote.confidence},
            {QStringLiteral("needs_review"), quote.needsReview},
            {QStringLiteral("context_before"), quote.contextBefore},
            {QStringLiteral("context_after"), quote.contextAfter},
        });
    }
    QJsonArray annotations;
    for (const ReportAnnotation &annotation : report.annotations) {
        annotations.append(QJsonObject {
            {QStringLiteral("id"), annotation.id},
            {QStringLiteral("article_id"), annotation.articleId},
            {QStringLiteral("start"), annotation.hasPassage ? QJsonValue(annotation.codePointStart) : QJsonValue()},
            {QStringLiteral("end"), annotation.hasPassage ? QJsonValue(annotation.codePointEnd) : QJsonValue()},
            {QStringLiteral("exact"), annotation.exact},
            {QStringLiteral("prefix"), annotation.prefix},
            {QStringLiteral("suffix"), annotation.suffix},
            {QStringLiteral("note"), annotation.note},
            {QStringLiteral("color"), orNull(annotation.color)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(annotation.tags)},
            {QStringLiteral("created"), isoTime(annotation.createdAt)},
            {QStringLiteral("modified"), isoTime(annotation.modifiedAt)},
        });
    }
    QJsonArray tags;
    for (const ReportTag &tag : report.tags) {
        tags.append(QJsonObject {
            {QStringLiteral("id"), tag.id},
            {QStringLiteral("parent_id"), tag.parentId ? QJsonValue(tag.parentId) : QJsonValue()},
            {QStringLiteral("name"), tag.name},
            {QStringLiteral("path"), tag.path},
            {QStringLiteral("color"), orNull(tag.color)},
            {QStringLiteral("description"), tag.description},
            {QStringLiteral("annotation_ids"), ids(tag.annotationIds)},
        });
    }
    return {
        {QStringLiteral("format"), QStringLiteral("attache-report")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("title"), report.title},
        {QStringLiteral("project"), report.projectName},
        {QStringLiteral("generated"), isoTime(report.generatedAt)},
        {QStringLiteral("articles"), articles},
        {QStringLiteral("people"), people},
        {QStringLiteral("quotes"), quotes},
        {QStringLiteral("annotations"), annotations},
        {QStringLiteral("tags"), tags},
    };
}

QByteArray JsonReportWriter::write(const Report &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

} // namespace Attache::Export

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/w3creportwriter.h"

#include "export/htmlreportwriter.h"
#include "export/report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Attache::Export {

namespace {

QString articleSource(const Report &report, qint64 articleId)
{
    const Article *article = report.article(articleId);
    const QString link = article ? HtmlReportWriter::safeLink(article->url) : QString();
    return link.isEmpty() ? QStringLiteral("urn:attache:article:%1").arg(articleId) : link;
}

} // namespace

QJsonObject W3cReportWriter::toJson(const Report &report)
{
    QJsonArray items;
    for (const ReportAnnotation &annotation : report.annotations) {
        QJsonArray body;
        if (!annotation.note.isEmpty()) {
            body.append(QJsonObject {
                {QStringLiteral("type"), QStringLiteral("TextualBody")},
                {QStringLiteral("purpose"), QStringLiteral("commenting")},
                {QStringLiteral("format"), QStringLiteral("text/plain")},
                {QStringLiteral("value"), annotation.note},
            });
        }
        for (const QString &tag : annotation.tags) {
            body.append(QJsonObject {
                {QStringLiteral("type"), QStringLiteral("TextualBody")},
                {QStringLiteral("purpose"), QStringLiteral("tagging")},
                {QStringLiteral("value"), tag},
            });
        }
        const QString source = articleSource(report, annotation.articleId);
        QJsonValue target = source;
        if (annotation.hasPassage) {
            target = QJsonObject {
                {QStringLiteral("source"), source},
                {QStringLiteral("selector"),
                 QJsonArray {
                     QJsonObject {
                         {QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                         {QStringLiteral("exact"), annotation.exact},
                         {QStringLiteral("prefix"), annotation.prefix},
                         {QStringLiteral("suffix"), annotation.suffix},
                     },
                     QJsonObject {
                         {QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                         {QStringLiteral("start"), annotation.codePointStart},
                         {QStringLiteral("end"), annotation.codePointEnd},
                     },
                 }},
            };
        }
        QString motivation = QStringLiteral("highlighting");
        if (!annotation.note.isEmpty()) {
            motivation = QStringLiteral("commenting");
        } else if (!annotation.tags.isEmpty()) {
            motivation = QStringLiteral("tagging");
        }
        QJsonObject item {
            {QStringLiteral("id"), QStringLiteral("urn:attache:annotation:%1").arg(annotation.id)},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"), motivation},
            {QStringLiteral("target"), target},
        };
        if (!body.isEmpty()) {
            item.insert(QStringLiteral("body"), body.size() == 1 ? body.first() : QJsonValue(body));
        }
        if (annotation.createdAt.isValid()) {
            item.insert(QStringLiteral("created"), annotation.createdAt.toUTC().toString(Qt::ISODate));
        }
        if (annotation.modifiedAt.isValid()) {
            item.insert(QStringLiteral("modified"), annotation.modifiedAt.toUTC().toString(Qt::ISODate));
        }
        if (!annotation.color.isEmpty()) {
            // The model's own way to carry a style: a stylesheet on the annotation.
            item.insert(QStringLiteral("stylesheet"),
                        QJsonObject {{QStringLiteral("type"), QStringLiteral("CssStylesheet")},
                                     {QStringLiteral("value"),
                                      QStringLiteral(".highlight { background-color: %1 }").arg(annotation.color)}});
        }
        items.append(item);
    }
    return {
        {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
        {QStringLiteral("id"),
         QStringLiteral("urn:attache:report:%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(report.projectName)))},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), report.title},
        {QStringLiteral("total"), items.size()},
        {QStringLiteral("first"),
         QJsonObject {
             {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
             {QStringLiteral("startIndex"), 0},
             {QStringLiteral("items"), items},
         }},
    };
}

QByteArray W3cReportWriter::write(const Report &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

} // namespace Attache::Export

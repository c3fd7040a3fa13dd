// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/qdpxreportwriter.h"

#include "export/report.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QUuid>
#include <QXmlStreamWriter>

#include <KZip>

namespace Attache::Export {

namespace {

/** A fixed namespace so that GUIDs are stable across exports of the same project. */
const QUuid kNamespace(QStringLiteral("{6f4b1c2e-3a5d-4e8f-9b0a-7c1d2e3f4a5b}"));

QString guid(const QString &kind, qint64 id, const QString &salt = {})
{
    return QUuid::createUuidV5(kNamespace, QStringLiteral("%1:%2:%3").arg(kind).arg(id).arg(salt))
        .toString(QUuid::WithoutBraces);
}

/** Drops the characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF). */
QString xmlSafe(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D) || u == 0xFFFE || u == 0xFFFF) {
            continue;
        }
        result += c;
    }
    return result;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString shortText(const QString &text)
{
    QString simplified = text.simplified();
    return simplified.size() > 60 ? simplified.left(59) + QChar(0x2026) : simplified;
}

void writeCodes(QXmlStreamWriter &xml, const Report &report, qint64 parentId)
{
    for (const ReportTag &tag : report.tags) {
        if (tag.parentId != parentId) {
            continue;
        }
        xml.writeStartElement(QStringLiteral("Code"));
        xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("tag"), tag.id));
        xml.writeAttribute(QStringLiteral("name"), xmlSafe(tag.name));
        xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
        if (!tag.color.isEmpty()) {
            xml.writeAttribute(QStringLiteral("color"), tag.color.toUpper());
        }
        if (!tag.description.isEmpty()) {
            xml.writeTextElement(QStringLiteral("Description"), xmlSafe(tag.description));
        }
        writeCodes(xml, report, tag.id);
        xml.writeEndElement();
    }
}

} // namespace

QByteArray QdpxReportWriter::projectXml(const Report &report)
{
    const QString user = guid(QStringLiteral("user"), 1);
    const QString highlightCode = guid(QStringLiteral("code"), 0, QStringLiteral("highlights"));
    const QString created = isoTime(report.generatedAt);
    const bool needsHighlightCode
        = std::any_of(report.annotations.cbegin(), report.annotations.cend(), [](const ReportAnnotation &annotation) {
              return annotation.hasPassage && annotation.tagIds.isEmpty();
          });

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("urn:QDA-XML:project:1.0"));
    xml.writeStartElement(QStringLiteral("Project"));
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(report.title));
    xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("Attaché"));
    xml.writeAttribute(QStringLiteral("creatingUserGUID"), user);
    xml.writeAttribute(QStringLiteral("creationDateTime"), created);

    xml.writeStartElement(QStringLiteral("Users"));
    xml.writeEmptyElement(QStringLiteral("User"));
    xml.writeAttribute(QStringLiteral("guid"), user);
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Attaché"));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("CodeBook"));
    xml.writeStartElement(QStringLiteral("Codes"));
    writeCodes(xml, report, 0);
    if (needsHighlightCode) {
        xml.writeStartElement(QStringLiteral("Code"));
        xml.writeAttribute(QStringLiteral("guid"), highlightCode);
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Highlights"));
        xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
        xml.writeAttribute(QStringLiteral("color"), QStringLiteral("#FFE066"));
        xml.writeTextElement(QStringLiteral("Description"),
                             QStringLiteral("Passages highlighted without a tag in Attaché."));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();

    auto quoteGuid = [](const ReportQuote &quote) {
        return guid(QStringLiteral("quote"), quote.articleId, QString::number(quote.start));
    };
    if (!report.people.isEmpty()) {
        xml.writeStartElement(QStringLiteral("Cases"));
        for (int person = 0; person < report.people.size(); ++person) {
            const ReportPerson &entry = report.people.at(person);
            xml.writeStartElement(QStringLiteral("Case"));
            xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("person"), 0, entry.name.toCaseFolded()));
            xml.writeAttribute(QStringLiteral("name"), xmlSafe(entry.name));
            xml.writeTextElement(
                QStringLiteral("Description"),
                xmlSafe(entry.role.isEmpty() ? entry.kind : entry.kind + QLatin1String(": ") + entry.role));
            for (const qint64 articleId : entry.articleIds) {
                xml.writeEmptyElement(QStringLiteral("SourceRef"));
                xml.writeAttribute(QStringLiteral("targetGUID"), guid(QStringLiteral("article"), articleId));
            }
            for (const ReportQuote &quote : report.quotes) {
                if (quote.person == person) {
                    xml.writeEmptyElement(QStringLiteral("SelectionRef"));
                    xml.writeAttribute(QStringLiteral("targetGUID"), quoteGuid(quote));
                }
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    xml.writeStartElement(QStringLiteral("Sources"));
    for (const Article &article : report.articles) {
        const QString source = guid(QStringLiteral("article"), article.id);
        xml.writeStartElement(QStringLiteral("TextSource"));
        xml.writeAttribute(QStringLiteral("guid"), source);
        xml.writeAttribute(
            QStringLiteral("name"),
            xmlSafe(article.title.isEmpty() ? QStringLiteral("Article %1").arg(article.id) : article.title));
        xml.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://%1.txt").arg(source));
        xml.writeAttribute(QStringLiteral("creatingUser"), user);
        xml.writeAttribute(QStringLiteral("creationDateTime"),
                           isoTime(article.importedAt.isValid() ? article.importedAt : report.generatedAt));
        QStringList description;
        if (!article.outlet.isEmpty()) {
            description.append(article.outlet);
        }
        if (article.published.isValid()) {
            description.append(article.published.toString(Qt::ISODate));
        }
        if (!article.url.isEmpty()) {
            description.append(article.url);
        }
        if (!description.isEmpty()) {
            xml.writeTextElement(QStringLiteral("Description"), xmlSafe(description.join(QStringLiteral(" · "))));
        }
        for (const ReportAnnotation &annotation : report.annotations) {
            if (annotation.articleId != article.id || !annotation.hasPassage) {
                continue;
            }
            xml.writeStartElement(QStringLiteral("PlainTextSelection"));
            xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("annotation"), annotation.id));
            xml.writeAttribute(QStringLiteral("name"), xmlSafe(shortText(annotation.exact)));
            xml.writeAttribute(QStringLiteral("startPosition"), QString::number(annotation.codePointStart));
            xml.writeAttribute(QStringLiteral("endPosition"), QString::number(annotation.codePointEnd));
            xml.writeAttribute(QStringLiteral("creatingUser"), user);
            xml.writeAttribute(QStringLiteral("creationDateTime"), isoTime(annotation.createdAt));
            QList<QString> codes;
            for (const qint64 tagId : annotation.tagIds) {
                codes.append(guid(QStringLiteral("tag"), tagId));
            }
            if (codes.isEmpty()) {
                codes.append(highlightCode);
            }
            for (const QString &code : std::as_const(codes)) {
                xml.writeStartElement(QStringLiteral("Coding"));
                xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("coding"), annotation.id, code));
                xml.writeAttribute(QStringLiteral("creatingUser"), user);
                xml.writeEmptyElement(QStringLiteral("CodeRef"));
                xml.writeAttribute(QStringLiteral("targetGUID"), code);
                xml.writeEndElement();
            }
            if (!annotation.note.isEmpty()) {
                xml.writeEmptyElement(QStringLiteral("NoteRef"));
                xml.writeAttribute(QStringLiteral("targetGUID"), guid(QStringLiteral("note"), annotation.id));
            }
            xml.writeEndElement();
        }
        for (const ReportQuote &quote : report.quotes) {
            if (quote.articleId != article.id || quote.person < 0) {
                continue;
            }
            xml.writeEmptyElement(QStringLiteral("PlainTextSelection"));
            xml.writeAttribute(QStringLiteral("guid"), quoteGuid(quote));
            xml.writeAttribute(QStringLiteral("name"),
                               xmlSafe(quote.speaker + QLatin1String(": ") + shortText(quote.text)));
            xml.writeAttribute(QStringLiteral("startPosition"), QString::number(quote.codePointStart));
            xml.writeAttribute(QStringLiteral("endPosition"), QString::number(quote.codePointEnd));
            xml.writeAttribute(QStringLiteral("creatingUser"), user);
            xml.writeAttribute(QStringLiteral("creationDateTime"), created);
        }
        for (const ReportAnnotation &annotation : report.annotations) {
            if (annotation.articleId == article.id && !annotation.hasPassage && !annotation.note.isEmpty()) {
                xml.writeEmptyElement(QStringLiteral("NoteRef"));
                xml.writeAttribute(QStringLiteral("targetGUID"), guid(QStringLiteral("note"), annotation.id));
            }
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("Notes"));
    for (const ReportAnnotation &annotation : report.annotations) {
        if (annotation.note.isEmpty()) {
            continue;
        }
        xml.writeStartElement(QStringLiteral("Note"));
        xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("note"), annotation.id));
        xml.writeAttribute(QStringLiteral("name"), xmlSafe(shortText(annotation.note)));
        xml.writeAttribute(QStringLiteral("creatingUser"), user);
        xml.writeAttribute(QStringLiteral("creationDateTime"), isoTime(annotation.createdAt));
        xml.writeTextElement(QStringLiteral("PlainTextContent"), xmlSafe(annotation.note));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray QdpxReportWriter::write(const Report &report, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = zip.errorString();
        }
        return {};
    }
    bool ok = zip.writeFile(QStringLiteral("project.qde"), projectXml(report));
    for (const Article &article : report.articles) {
        ok = ok
            && zip.writeFile(QStringLiteral("sources/%1.txt").arg(guid(QStringLiteral("article"), article.id)),
                             article.cleanText.toUtf8());
    }
    if (!zip.close() || !ok) {
        if (error) {
            *error = QCoreApplication::translate("Attache::Export::QdpxReportWriter", "could not write the archive: %1")
                         .arg(zip.errorString());
        }
        return {};
    }
    return bytes;
}

} // namespace Attache::Export

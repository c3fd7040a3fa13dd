// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvreportwriter.h"

#include "export/report.h"

namespace Attache::Export {

namespace {

QString number(qsizetype value)
{
    return QString::number(value);
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QStringList CsvReportWriter::columns()
{
    return {QStringLiteral("type"),          QStringLiteral("id"),           QStringLiteral("article_id"),
            QStringLiteral("article_title"), QStringLiteral("outlet"),       QStringLiteral("published"),
            QStringLiteral("start"),         QStringLiteral("end"),          QStringLiteral("text"),
            QStringLiteral("speaker"),       QStringLiteral("speaker_kind"), QStringLiteral("speaker_role"),
            QStringLiteral("quote_kind"),    QStringLiteral("cue"),          QStringLiteral("confidence"),
            QStringLiteral("note"),          QStringLiteral("tags"),         QStringLiteral("color"),
            QStringLiteral("created"),       QStringLiteral("modified")};
}

QString CsvReportWriter::cell(const QString &value)
{
    QString text = value;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')) {
            text.prepend(QLatin1Char('\''));
        }
    }
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray CsvReportWriter::write(const Report &report)
{
    QString csv;
    auto addRow = [&csv](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &value : cells) {
            quoted.append(cell(value));
        }
        csv += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    addRow(columns());
    auto articleCells = [&report](qint64 id) -> QStringList {
        const Article *article = report.article(id);
        if (!article) {
            return {QString::number(id), {}, {}, {}};
        }
        return {QString::number(id), article->title, article->outlet,
                article->published.isValid() ? article->published.toString(Qt::ISODate) : QString()};
    };
    for (const ReportQuote &quote : report.quotes) {
        addRow(QStringList {QStringLiteral("quote"), {}} + articleCells(quote.articleId)
               + QStringList {number(quote.codePointStart),
                              number(quote.codePointEnd),
                              quote.text,
                              quote.speaker,
                              quote.speakerKind,
                              quote.speakerRole,
                              quote.kind,
                              quote.cue,
                              QString::number(quote.confidence, 'f', 2),
                              {},
                              {},
                              {},
                              {},
                              {}});
    }
    for (const ReportAnnotation &annotation : report.annotations) {
        addRow(QStringList {QStringLiteral("annotation"), QString::number(annotation.id)}
               + articleCells(annotation.articleId)
               + QStringList {annotation.hasPassage ? number(annotation.codePointStart) : QString(),
                              annotation.hasPassage ? number(annotation.codePointEnd) : QString(),
                              annotation.exact,
                              {},
                              {},
                              {},
                              {},
                              {},
                              {},
                              annotation.note,
                              annotation.tags.join(QLatin1String("; ")),
                              annotation.color,
                              isoTime(annotation.createdAt),
                              isoTime(annotation.modifiedAt)});
    }
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace Attache::Export

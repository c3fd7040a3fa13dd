// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzecommands.h"

#include "analysis/quoteextractor.h"
#include "clicontext.h"
#include "import/articleimporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Attache::Cli {

namespace {

/**
 * Maps UTF-16 indexes to Unicode code point indexes: the JSON offsets count code points so that
 * tools in any language can slice the "text" field with them.
 */
class CodePointIndex
{
public:
    explicit CodePointIndex(const QString &text)
    {
        m_index.resize(text.size() + 1);
        qsizetype codePoints = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            m_index[i] = codePoints;
            if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate())) {
                ++codePoints;
            }
        }
        m_index[text.size()] = codePoints;
    }
    qsizetype at(qsizetype utf16) const { return m_index.value(utf16); }

private:
    QList<qsizetype> m_index;
};

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject toJson(const Article &article, const Analysis::AnalysisResult &result)
{
    using Analysis::AnalysisResult;
    using Analysis::speakerKindName;
    QJsonArray speakers;
    for (const Analysis::Speaker &speaker : result.speakers) {
        speakers.append(QJsonObject {
            {QStringLiteral("name"), speaker.name},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(speaker.aliases)},
            {QStringLiteral("role"), nullable(speaker.role)},
            {QStringLiteral("kind"), speakerKindName(speaker.kind)},
            {QStringLiteral("quotes"), speaker.quoteCount},
        });
    }
    const CodePointIndex index(article.cleanText);
    QJsonArray quotes;
    for (const Analysis::Quote &quote : result.quotes) {
        const bool attributed = quote.speaker >= 0;
        quotes.append(QJsonObject {
            {QStringLiteral("text"), quote.text},
            {QStringLiteral("start"), qint64(index.at(quote.start))},
            {QStringLiteral("end"), qint64(index.at(quote.end))},
            {QStringLiteral("speaker"),
             attributed ? QJsonValue(result.speakers.at(quote.speaker).name) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("cue"), nullable(quote.cue)},
            {QStringLiteral("kind"), AnalysisResult::kindName(quote.kind)},
            {QStringLiteral("confidence"), qRound(quote.confidence * 100) / 100.0},
        });
    }
    return {
        {QStringLiteral("title"), article.title},
        {QStringLiteral("text"), article.cleanText},
        {QStringLiteral("speakers"), speakers},
        {QStringLiteral("quotes"), quotes},
    };
}

void printListing(QTextStream &out, const Article &article, const Analysis::AnalysisResult &result)
{
    out << article.title << '\n';
    for (int s = 0; s < result.speakers.size(); ++s) {
        const Analysis::Speaker &speaker = result.speakers.at(s);
        out << '\n' << speaker.name << " (" << Analysis::speakerKindName(speaker.kind);
        if (!speaker.role.isEmpty()) {
            out << ", " << speaker.role;
        }
        out << ")\n";
        for (const Analysis::Quote &quote : result.quotes) {
            if (quote.speaker == s) {
                out << "  [" << Analysis::AnalysisResult::kindName(quote.kind) << ' '
                    << QString::number(quote.confidence, 'f', 2) << (quote.needsReview ? " review" : "") << "] "
                    << quote.text << '\n';
            }
        }
    }
    bool header = false;
    for (const Analysis::Quote &quote : result.quotes) {
        if (quote.speaker < 0) {
            if (!header) {
                out << "\nUnattributed\n";
                header = true;
            }
            out << "  [" << Analysis::AnalysisResult::kindName(quote.kind) << "] " << quote.text << '\n';
        }
    }
}

int analyze(CliContext &context, const CliCommand &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON object per file, one per line. Offsets count "
                                                 "Unicode code points in \"text\"."));
    parser.addOption(json);
    if (const auto parsed = context.parse(parser, command, arguments, 1, -1); parsed != CliContext::ParseResult::Ok) {
        return CliContext::exitCode(parsed);
    }
    int exitCode = CliContext::Success;
    const QStringList files = parser.positionalArguments();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const Import::ImportResult imported = Import::ArticleImporter::importFile(files.at(i));
        if (!imported.ok()) {
            exitCode = context.inputError(QStringLiteral("%1: %2").arg(files.at(i), imported.error));
            continue;
        }
        const Analysis::AnalysisResult result = Analysis::QuoteExtractor::analyze(imported.article.cleanText);
        if (parser.isSet(json)) {
            context.printJson(toJson(imported.article, result));
        } else {
            if (i > 0) {
                context.out() << '\n';
            }
            printListing(context.out(), imported.article, result);
        }
    }
    context.out().flush();
    return exitCode;
}

} // namespace

QList<CliCommand> analyzeCommands()
{
    return {
        {QStringLiteral("analyze"), QStringLiteral("analyze FILE... [--json]"),
         QStringLiteral("Find who said what in article files (no project needed)."), &analyze},
    };
}

} // namespace Attache::Cli

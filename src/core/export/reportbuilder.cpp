// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportbuilder.h"

#include "annotationstore.h"
#include "articlestore.h"
#include "clock.h"
#include "peoplestore.h"
#include "project.h"
#include "tagstore.h"
#include "textoffsets.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace Attache::Export {

namespace {

bool matchesAny(const QStringList &needles, const QString &value, bool exact)
{
    for (const QString &needle : needles) {
        const QString trimmed = needle.trimmed();
        if (exact ? value.compare(trimmed, Qt::CaseInsensitive) == 0
                  : (!trimmed.isEmpty() && value.contains(trimmed, Qt::CaseInsensitive))) {
            return true;
        }
    }
    return false;
}

bool speakerMatches(const ReportSelection &selection, const Analysis::Speaker &speaker)
{
    if (!selection.speakerKinds.isEmpty()
        && !matchesAny(selection.speakerKinds, Analysis::speakerKindName(speaker.kind), true)) {
        return false;
    }
    if (selection.speakers.isEmpty()) {
        return true;
    }
    if (matchesAny(selection.speakers, speaker.name, false)) {
        return true;
    }
    return std::any_of(speaker.aliases.cbegin(), speaker.aliases.cend(),
                       [&](const QString &alias) { return matchesAny(selection.speakers, alias, false); });
}

/** Moves i back to just after a surrogate pair's start so that a cut never splits a code point. */
qsizetype safeCut(const QString &text, qsizetype i)
{
    if (i > 0 && i < text.size() && text.at(i).isLowSurrogate()) {
        --i;
    }
    return i;
}

} // namespace

std::pair<QString, QString> ReportBuilder::context(const QString &text, qsizetype start, qsizetype end,
                                                   qsizetype length)
{
    qsizetype from = safeCut(text, std::max<qsizetype>(0, start - length));
    if (from > 0) {
        const qsizetype space = text.indexOf(QLatin1Char(' '), from);
        if (space >= 0 && space < start) {
            from = space + 1;
        }
    }
    qsizetype to = safeCut(text, std::min(text.size(), end + length));
    if (to < text.size()) {
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), to);
        if (space > end) {
            to = space;
        }
    }
    // A paragraph break ends the context: the quote's own paragraph is what explains it.
    QString before = text.mid(from, start - from);
    QString after = text.mid(end, to - end);
    if (const qsizetype newline = before.lastIndexOf(QLatin1Char('\n')); newline >= 0) {
        before = before.mid(newline + 1);
    }
    if (const qsizetype newline = after.indexOf(QLatin1Char('\n')); newline >= 0) {
        after = after.left(newline);
    }
    // The quote's own marks belong to neither side: every report sets the quote in marks of its own,
    // and keeping these as well showed it twice marked ("“a rational foreign policy”").
    if (!before.isEmpty()
        && QStringView(u"\"'\u201C\u201E\u2018\u201A\u00AB\u00BB\u2039\u300C").contains(before.back())) {
        before.chop(1);
    }
    if (!after.isEmpty() && QStringView(u"\"'\u201D\u201C\u2019\u00BB\u00AB\u203A\u300D").contains(after.front())) {
        after.remove(0, 1);
    }
    return {before, after};
}

std::optional<Report> ReportBuilder::build(const Project &project, const ReportSelection &selection,
                                           const ReportOptions &options, QString *error)
{
    Report report;
    report.projectName = QFileInfo(project.path()).completeBaseName();
    report.title = options.title.isEmpty()
        ? QCoreApplication::translate("Attache::Export::ReportBuilder", "Report: %1").arg(report.projectName)
        : options.title;
    report.generatedAt = Clock::instance().now();

    const QList<Tag> allTags = project.tags()->tags();
    QHash<qint64, QString> tagPaths;
    QHash<qint64, int> tagDepths;
    for (const Tag &tag : allTags) {
        // Parents come first, so a parent's path is always known when its child is met.
        const QString parentPath = tagPaths.value(tag.parentId);
        tagPaths.insert(tag.id, parentPath.isEmpty() ? tag.name : parentPath + QLatin1Char('/') + tag.name);
        tagDepths.insert(tag.id, tag.parentId ? tagDepths.value(tag.parentId) + 1 : 0);
    }
    QSet<qint64> wantedTagIds;
    for (const QString &name : selection.tags) {
        bool found = false;
        for (const Tag &tag : allTags) {
            if (tag.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0
                || tagPaths.value(tag.id).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
                found = true;
                for (const qint64 id : project.tags()->subtree(tag.id)) {
                    wantedTagIds.insert(id);
                }
            }
        }
        if (!found) {
            if (error) {
                *error
                    = QCoreApplication::translate("Attache::Export::ReportBuilder", "there is no tag '%1'").arg(name);
            }
            return std::nullopt;
        }
    }

    QList<qint64> candidates;
    if (selection.articleIds.isEmpty()) {
        for (const ArticleSummary &summary : project.articles()->summaries()) {
            candidates.append(summary.id);
        }
    } else {
        for (const qint64 id : selection.articleIds) {
            if (!project.articles()->summary(id)) {
                if (error) {
                    *error = QCoreApplication::translate("Attache::Export::ReportBuilder", "there is no article %1")
                                 .arg(id);
                }
                return std::nullopt;
            }
            if (!candidates.contains(id)) {
                candidates.append(id);
            }
        }
    }

    QHash<QString, int> personByName;
    for (const qint64 id : std::as_const(candidates)) {
        std::optional<Article> article = project.articles()->article(id);
        if (!article) {
            continue;
        }
        if (!selection.outlets.isEmpty() && !matchesAny(selection.outlets, article->outlet, true)) {
            continue;
        }
        if ((selection.from.isValid() || selection.to.isValid()) && !article->published.isValid()) {
            continue;
        }
        if ((selection.from.isValid() && article->published < selection.from)
            || (selection.to.isValid() && article->published > selection.to)) {
            continue;
        }
        const QList<Annotation> annotations = project.annotations()->annotationsFor(id);
        if (!wantedTagIds.isEmpty()
            && std::none_of(annotations.cbegin(), annotations.cend(), [&](const Annotation &annotation) {
                   return std::any_of(annotation.tagIds.cbegin(), annotation.tagIds.cend(),
                                      [&](qint64 tagId) { return wantedTagIds.contains(tagId); });
               })) {
            continue;
        }
        const Analysis::AnalysisResult analysis = project.people()->analysisOf(*article);
        const bool filtersSpeakers = !selection.speakers.isEmpty() || !selection.speakerKinds.isEmpty();
        QList<bool> speakerWanted;
        for (const Analysis::Speaker &speaker : analysis.speakers) {
            speakerWanted.append(speakerMatches(selection, speaker));
        }
        if (filtersSpeakers && !speakerWanted.contains(true)) {
            continue;
        }

        article->rawText.clear();
        const TextOffsets offsets(article->cleanText);
        QHash<int, int> personOfSpeaker;
        for (const Analysis::Quote &quote : analysis.quotes) {
            const bool hasSpeaker = quote.speaker >= 0 && quote.speaker < analysis.speakers.size();
            if (filtersSpeakers && (!hasSpeaker || !speakerWanted.at(quote.speaker))) {
                continue;
            }
            ReportQuote item;
            item.articleId = id;
            if (hasSpeaker) {
                const Analysis::Speaker &speaker = analysis.speakers.at(quote.speaker);
                const QString key = speaker.name.toCaseFolded();
                int person = personByName.value(key, -1);
                if (person < 0) {
                    person = int(report.people.size());
                    personByName.insert(key, person);
                    report.people.append(
                        {speaker.name, {}, Analysis::speakerKindName(speaker.kind), speaker.role, 0, {}});
                }
                ReportPerson &entry = report.people[person];
                for (const QString &alias : speaker.aliases) {
                    if (!entry.aliases.contains(alias)) {
                        entry.aliases.append(alias);
                    }
                }
                if (entry.role.isEmpty()) {
                    entry.role = speaker.role;
                }
                if (!entry.articleIds.contains(id)) {
                    entry.articleIds.append(id);
                }
                ++entry.quoteCount;
                personOfSpeaker.insert(quote.speaker, person);
                item.person = person;
                item.speaker = speaker.name;
                item.speakerKind = entry.kind;
                item.speakerRole = speaker.role;
            }
            item.text = quote.text;
            item.kind = Analysis::AnalysisResult::kindName(quote.kind);
            item.cue = quote.cue;
            item.confidence = quote.confidence;
            item.needsReview = quote.needsReview;
            item.start = quote.start;
            item.end = quote.end;
            item.codePointStart = offsets.toCodePoint(quote.start);
            item.codePointEnd = offsets.toCodePoint(quote.end);
            std::tie(item.contextBefore, item.contextAfter) = context(article->cleanText, quote.start, quote.end);
            report.quotes.append(item);
        }

        for (const Annotation &annotation : annotations) {
            ReportAnnotation item;
            item.id = annotation.id;
            item.articleId = id;
            item.note = annotation.note;
            item.color = annotation.color;
            item.tagIds = annotation.tagIds;
            for (const qint64 tagId : annotation.tagIds) {
                item.tags.append(tagPaths.value(tagId));
            }
            item.createdAt = annotation.createdAt;
            item.modifiedAt = annotation.modifiedAt;
            if (annotation.anchor) {
                item.hasPassage = true;
                item.start = std::clamp<qsizetype>(annotation.anchor->start, 0, article->cleanText.size());
                item.end = std::clamp<qsizetype>(annotation.anchor->end, item.start, article->cleanText.size());
                item.codePointStart = offsets.toCodePoint(item.start);
                item.codePointEnd = offsets.toCodePoint(item.end);
                item.exact = annotation.anchor->exact;
                item.prefix = annotation.anchor->prefix;
                item.suffix = annotation.anchor->suffix;
            }
            report.annotations.append(item);
        }
        report.articles.append(*article);
    }

    // Undated articles go last; the sort is stable so the import order decides among equals.
    std::stable_sort(report.articles.begin(), report.articles.end(), [](const Article &a, const Article &b) {
        if (a.published.isValid() != b.published.isValid()) {
            return a.published.isValid();
        }
        return a.published < b.published;
    });
    // Quotes refer to people by index, so sort a permutation and renumber.
    QList<int> order(report.people.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return report.people.at(a).quoteCount > report.people.at(b).quoteCount; });
    QList<int> newIndex(order.size());
    QList<ReportPerson> people;
    for (int i = 0; i < order.size(); ++i) {
        newIndex[order.at(i)] = i;
        people.append(report.people.at(order.at(i)));
    }
    report.people = people;
    for (ReportQuote &quote : report.quotes) {
        if (quote.person >= 0) {
            quote.person = newIndex.at(quote.person);
        }
    }

    for (const Tag &tag : allTags) {
        ReportTag item {
            tag.id, tag.parentId, tag.name, tagPaths.value(tag.id), tag.color, tag.description, tagDepths.value(tag.id),
            {}};
        for (const ReportAnnotation &annotation : std::as_const(report.annotations)) {
            if (annotation.tagIds.contains(tag.id)) {
                item.annotationIds.append(annotation.id);
            }
        }
        report.tags.append(item);
    }
    return report;
}

} // namespace Attache::Export

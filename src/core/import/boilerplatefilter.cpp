// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/boilerplatefilter.h"

#include <QRegularExpression>

#include <algorithm>

namespace Attache::Import {

namespace {

using Reason = BoilerplateFilter::Reason;

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
constexpr auto kCaseSensitive = QRegularExpression::UseUnicodePropertiesOption;

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text; ///< as written, with its whitespace simplified
    QString key; ///< what the rules look at: see normalised()
    int block = -1;
    QString reason;
};

/**
 * A line as the reading text shows it: exactly as written (odd spaces included, since quotes are
 * matched against it verbatim), only trimmed and without control characters.
 */
QString tidy(const QString &line)
{
    QString text = line.trimmed();
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control && c != u'\t'; });
    return text;
}

/** What rules compare: one line with its whitespace simplified and curly apostrophes straightened. */
QString normalised(const QString &line)
{
    QString text = line;
    for (QChar &c : text) {
        if (c == u'\u2019' || c == u'\u2018') {
            c = u'\'';
        } else if (c == QChar::Nbsp || c == u'\t') {
            c = u' ';
        } else if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter) {
            c = u' ';
        }
    }
    return text.simplified();
}

qsizetype wordCount(const QString &text)
{
    return text.isEmpty() ? 0 : text.count(u' ') + 1;
}

/**
 * Ends as a sentence does: with terminal punctuation (Chinese and Japanese full-width marks too),
 * possibly inside closing quotes or brackets.
 */
bool endsLikeSentence(const QString &text)
{
    qsizetype i = text.size() - 1;
    while (i >= 0 && QStringView(u"\"'\u201D\u2019)]»\u300D\u300F\uFF09").contains(text.at(i))) {
        --i;
    }
    return i >= 0 && QStringView(u".!?\u2026:\u3002\uFF01\uFF1F\uFF1A").contains(text.at(i));
}

bool isBullet(const QString &text)
{
    static const QRegularExpression bullet(QStringLiteral(R"(^[•·▪►◦‣∙●■*–—-]\s)"), kOptions);
    return bullet.match(text).hasMatch();
}

bool hasPromoVocabulary(const QString &text)
{
    static const QRegularExpression vocabulary(
        QStringLiteral(R"(\b(subscri\w*|newsletters?|sign[ -]?up|unlimited access|ad[ -]?free|app access|podcasts?|)"
                       R"(premium|membership|free trial|per (month|year|week)|log ?in|register now|)"
                       R"(create an? (free )?account|download (the|our) app|delivered to your (door|inbox)|)"
                       R"(support (our|independent) journalism|donate|special offer|\d+% off|cancel anytime))"),
        kOptions);
    return vocabulary.match(text).hasMatch();
}

/**
 * A photo's keyword line: at least three short comma-separated items of one to three words and no
 * sentence punctuation ("China, Xi, Russia, Putin, virtual, summit").
 */
bool isPhotoKeywords(const QString &text)
{
    static const QRegularExpression sentencePunctuation(QStringLiteral(R"([.!?:;"“”()\[\]])"));
    static const QRegularExpression item(QStringLiteral(R"(^[\p{L}\p{N}'&-]{1,20}( [\p{L}\p{N}'&-]{1,20}){0,2}$)"),
                                         kOptions);
    if (text.size() > 160 || text.contains(sentencePunctuation) || wordCount(text) > 20) {
        return false;
    }
    const QStringList items = text.split(u',');
    if (items.size() < 3) {
        return false;
    }
    return std::ranges::all_of(items, [](const QString &part) { return item.match(part.trimmed()).hasMatch(); });
}

/** Where the last sentence of text ends (the index after its punctuation), or -1; abbreviations like "U.S." do not
 * count. */
qsizetype lastSentenceEnd(const QString &text, bool requireLowercaseWord)
{
    static const QRegularExpression end(QStringLiteral(R"(([\p{L}\p{N}]+)[.!?…]["'”’)]?\s+)"), kCaseSensitive);
    qsizetype found = -1;
    for (auto it = end.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString word = match.captured(1);
        const bool lowercaseWord = word.size() >= 2 && word == word.toLower();
        if (!requireLowercaseWord || lowercaseWord) {
            found = match.capturedEnd(0);
        }
    }
    return found;
}

/** A one- or two-word line without punctuation, or a breadcrumb trail: page furniture above a headline. */
bool isSectionLabel(const QString &text)
{
    static const QRegularExpression breadcrumb(QStringLiteral(R"(^[^.!?]{1,80}( [›»>|/] [^.!?]{1,80})+$)"));
    return (wordCount(text) <= 2 && !endsLikeSentence(text) && !text.contains(u'"') && !text.contains(u'\u201C'))
        || breadcrumb.match(text).hasMatch();
}

/** A photo credit on a line of its own: "Kevin Frayer/Getty Images", "AFP / Getty". */
bool isStandaloneCredit(const QString &text)
{
    static const QRegularExpression credit(
        QStringLiteral(R"(^\p{Lu}[\p{L}'.&-]*( [\p{L}'.&-]+){0,4}( ?/ ?\p{Lu}[\p{L}'.&-]*( [\p{L}'.&-]+){0,4})+$)"),
        kCaseSensitive);
    return !endsLikeSentence(text) && !text.contains(QStringLiteral(". ")) && credit.match(text).hasMatch();
}

/** A caption's closing credit: "(AP Photo/…)", "Photograph: …", "Photo by …", "NAME/AGENCY/Getty Images", "Press
 * Office". */
bool hasTrailingCredit(const QString &text)
{
    static const QRegularExpression apStyle(QStringLiteral(R"(\([^()]{0,40}\bPhotos?(graph)?\s*/[^()]{1,80}\)$)"),
                                            kOptions);
    // "(Mandel Ngan/Pool via AP, File)": a parenthesised credit closing the line, no full stop after it.
    static const QRegularExpression parenthesisedCredit(QStringLiteral(R"(\(\p{Lu}[^()]{0,60}/[^()]{1,60}\)$)"),
                                                        kCaseSensitive);
    static const QRegularExpression fileCaption(QStringLiteral(R"(^FILE\s*[-–—]\s)"), kCaseSensitive);
    static const QRegularExpression labelled(
        QStringLiteral(
            R"(\b(Photograph|Photo|Photos|Image|Images|Illustration|Composite|Picture|Credit|Video)\s*:\s*[^.!?]{2,80}$)"),
        kCaseSensitive);
    static const QRegularExpression photoBy(QStringLiteral(R"(\b(Photo|Photograph|Image|Picture)s? by [^.!?]{2,80}$)"),
                                            kOptions);
    static const QRegularExpression slashCredit(
        QStringLiteral(R"(^\p{Lu}[\p{L}'.&-]*( [\p{L}'.&-]+){0,4}( ?/ ?\p{Lu}[\p{L}'.&-]*( [\p{L}'.&-]+){0,4})+$)"),
        kCaseSensitive);
    static const QRegularExpression titleCase(
        QStringLiteral(R"(^\p{Lu}[\p{L}'.&-]*( (\p{Lu}[\p{L}'.&-]*|of|and|the|for|de|du|la|van|von|al)){1,6}$)"),
        kCaseSensitive);
    if (apStyle.match(text).hasMatch() || labelled.match(text).hasMatch() || photoBy.match(text).hasMatch()
        || parenthesisedCredit.match(text).hasMatch() || fileCaption.match(text).hasMatch()) {
        return true;
    }
    const qsizetype end = lastSentenceEnd(text, false);
    if (end > 0 && slashCredit.match(text.mid(end)).hasMatch()) {
        return true;
    }
    // A caption that closes on its source's name after a full sentence ("... during the meeting.
    // Presidential Press Office"); body paragraphs end on punctuation, and quotes rule a caption out.
    const qsizetype sentenceEnd = lastSentenceEnd(text, true);
    return sentenceEnd > 0 && !text.contains(u'"') && !text.contains(u'\u201C')
        && titleCase.match(text.mid(sentenceEnd)).hasMatch();
}

QDate parseDate(const QString &text)
{
    static const QStringList months
        = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
           QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
           QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QString month = QStringLiteral(R"((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)");
    static const QRegularExpression monthFirst(month + QStringLiteral(R"(\s+(\d{1,2})(st|nd|rd|th)?,?\s+(\d{4})\b)"),
                                               kOptions);
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(\b(\d{1,2})(st|nd|rd|th)?\s+)") + month + QStringLiteral(R"(,?\s+(\d{4})\b)"), kOptions);
    static const QRegularExpression iso(QStringLiteral(R"(\b(\d{4})-(\d{2})-(\d{2})\b)"));
    static const QRegularExpression us(QStringLiteral(R"(\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b)"));
    const auto monthNumber = [](const QString &name) { return int(months.indexOf(name.left(3).toLower())) + 1; };
    if (const auto m = monthFirst.match(text); m.hasMatch()) {
        return QDate(m.captured(4).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt());
    }
    if (const auto m = dayFirst.match(text); m.hasMatch()) {
        return QDate(m.captured(4).toInt(), monthNumber(m.captured(3)), m.captured(1).toInt());
    }
    if (const auto m = iso.match(text); m.hasMatch()) {
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    if (const auto m = us.match(text); m.hasMatch()) {
        int year = m.captured(3).toInt();
        year += year < 100 ? 2000 : 0;
        return QDate(year, m.captured(1).toInt(), m.captured(2).toInt());
    }
    return {};
}

QString toTitleCase(const QString &text)
{
    QString result = text.toLower();
    bool start = true;
    for (QChar &c : result) {
        if (start && c.isLetter()) {
            c = c.toUpper();
        }
        start = c.isSpace() || c == u'-' || c == u'\'';
    }
    return result;
}

/** The people a byline names: "By Ana Ruiz and Li Wei | Reuters" gives Ana Ruiz and Li Wei. */
QStringList bylineAuthors(const QString &byline)
{
    static const QRegularExpression prefix(QStringLiteral(R"(^(by|written by|words by|story by)\s+)"), kOptions);
    static const QRegularExpression tail(QStringLiteral(R"(\s+(\||-|–|—|on|updated|published)\s.*$)"), kOptions);
    static const QRegularExpression place(QStringLiteral(R"(\s+(in|at)\s+\p{Lu}.*$)"), kCaseSensitive);
    static const QRegularExpression separator(QStringLiteral(R"(\s*(,|&|\band\b)\s*)"), kOptions);
    static const QRegularExpression name(
        QStringLiteral(R"(^\p{Lu}[\p{L}'.-]*( (\p{Lu}[\p{L}'.-]*|de|da|van|von|der|bin|al|la|le)){1,4}$)"),
        kCaseSensitive);
    QString names = byline;
    names.remove(prefix);
    names.remove(tail);
    QStringList authors;
    for (QString part : names.split(separator, Qt::SkipEmptyParts)) {
        part.remove(place);
        if (name.match(part.trimmed()).hasMatch()) {
            // "MATTHEW LEE" in a wire byline is a name in capitals, not an acronym.
            const QString author = part.trimmed();
            authors << (author == author.toUpper() ? toTitleCase(author) : author);
        }
    }
    return authors;
}

} // namespace

QString BoilerplateFilter::lineReason(const QString &rawLine)
{
    static const QRegularExpression advertisement(
        QStringLiteral(
            R"(^(advertisement|advertising|ad|sponsored( content)?|promoted( content)?|paid content|)"
            R"(paid post|story continues below( advertisement)?|continue reading( the main story)?|)"
            R"(skip advertisement|article continues below)\W*$|^advertisement\W+(scroll|continue)\b.{0,30}$)"),
        kOptions);
    static const QRegularExpression promoHeading(
        QStringLiteral(
            R"(^(editor'?s'? picks?|editors'? choice|most (read|popular|viewed|shared)|trending( now| stories)?|)"
            R"(recommended( for you| stories| reading)?|you (may|might) also like|top stories|latest( news)?|)"
            R"(in case you missed it|more stories|don't miss|popular now|sponsored stories)\W*$)"),
        kOptions);
    static const QRegularExpression navigationHeading(
        QStringLiteral(
            R"(^(share( this| full)?( article| story| page)?|comments?( \(\d+\))?|print|email|copy link|menu|search|close|)"
            R"(facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|flipboard|sign in|log in|log out|)"
            R"(skip to (main )?content|related( articles| stories| content| coverage| topics)?|)"
            R"(reuse this content|explore more on these topics|topics|tags|back to top|more on this story)\W*$)"),
        kOptions);
    static const QRegularExpression promptStart(
        QStringLiteral(
            R"(^(sign up|sign in to|subscribe|follow (us|@)|click here|download (the|our)|get (the|our)\b.*newsletter|)"
            R"(join (us|our)|support (our|independent)|become a (member|subscriber)|already a subscriber|)"
            R"(log in|register (now|for)|want more|get unlimited|start your free)\b)"),
        kOptions);
    static const QRegularExpression navigationStart(
        QStringLiteral(
            R"(^(read more|read next|read also|also read|more:|related:|see also|recommended:|watch:|)"
            R"(listen:|more on this|more from|explore more|share (this|on|via)|tags?:|topics:|listen to this article|)"
            R"(print this (article|page)|save (this )?article|gift this article|copy link|link copied|request reprint|)"
            R"(submit (a )?correction|report an error|view editorial guidelines|(show|view|load|jump to) comments|)"
            R"(open in app|click to (share|email|print)))"),
        kOptions);
    static const QRegularExpression byline(
        QStringLiteral(R"(^(?i:by|written by|words by|story by)\s+\p{Lu}[^.!?]{1,90}$)"), kCaseSensitive);
    static const QRegularExpression creditTrailer(
        QStringLiteral(R"(^[(\[]?\s*((additional )?reporting by|(writing|editing|compiled|produced|translated) by|)"
                       R"(with reporting (by|from)|contributed reporting)\b|contributed (reporting )?to this )"
                       R"((report|story|article)\W*$)"),
        kOptions);
    static const QRegularExpression separator(QStringLiteral(R"(^[^\p{L}\p{N}]+$)"), kOptions);
    static const QRegularExpression creditLine(
        QStringLiteral(
            R"(^((photo|photograph|photos|image|images|picture|illustration|credit|photo credit|video)s?\s*(:|by\b)|)"
            R"((image|photo|picture|video) (source|credit|caption)s?\b|source:\s)|)"
            R"(^\p{Lu}[\p{L}.'&-]*( \p{Lu}[\p{L}.'&-]*){0,2} (Images|Photos?|Pictures)$)"),
        kOptions);
    static const QRegularExpression copyright(QStringLiteral(R"(^(©|\(c\)|copyright\b)|all rights reserved\W*$)"),
                                              kOptions);
    static const QRegularExpression metadataStart(
        QStringLiteral(R"(^(published|updated|posted|last updated|first published|last modified|modified)\b)"),
        kOptions);
    static const QRegularExpression readingTime(
        QStringLiteral(
            R"(^\d+\s*(min|mins|minute|minutes)( read)?$|^\d+ (seconds?|minutes?|hours?|days?|weeks?) ago$)"),
        kOptions);

    const QString line = normalised(rawLine);
    if (line.isEmpty()) {
        return {};
    }
    const qsizetype words = wordCount(line);
    if (advertisement.match(line).hasMatch()) {
        return Reason::Advertisement;
    }
    if (promoHeading.match(line).hasMatch()) {
        return Reason::Promotion;
    }
    if (navigationHeading.match(line).hasMatch()) {
        return Reason::Navigation;
    }
    if (isPhotoKeywords(line)) {
        return Reason::PhotoKeywords;
    }
    if (words <= 25 && promptStart.match(line).hasMatch()) {
        return Reason::Promotion;
    }
    if (words <= 25 && navigationStart.match(line).hasMatch()) {
        return Reason::Navigation;
    }
    if (words <= 14 && byline.match(line).hasMatch()) {
        return Reason::Byline;
    }
    if (separator.match(line).hasMatch()) {
        return Reason::Boilerplate;
    }
    if (words <= 60 && creditTrailer.match(line).hasMatch()) {
        return Reason::Credit;
    }
    if (words <= 20 && creditLine.match(line).hasMatch()) {
        return Reason::Credit;
    }
    if (words <= 20 && copyright.match(line).hasMatch()) {
        return Reason::Boilerplate;
    }
    if ((words <= 20 && metadataStart.match(line).hasMatch()) || readingTime.match(line).hasMatch()
        || (words <= 8 && !endsLikeSentence(line) && parseDate(line).isValid())) {
        return Reason::Metadata;
    }
    if (words <= 8 && isStandaloneCredit(line)) {
        return Reason::Credit;
    }
    if (hasTrailingCredit(line)) {
        return Reason::Caption;
    }
    return {};
}

BoilerplateFilter::Result BoilerplateFilter::clean(const QString &rawText, const Options &options)
{
    // Lines with their offsets in rawText, grouped into blank-line-separated blocks.
    QList<Line> lines;
    int block = -1;
    bool previousBlank = true;
    for (qsizetype start = 0; start <= rawText.size();) {
        qsizetype end = rawText.indexOf(u'\n', start);
        if (end < 0) {
            end = rawText.size();
        }
        Line line;
        line.start = start;
        line.end = end;
        line.text = tidy(rawText.mid(start, end - start));
        line.key = normalised(line.text);
        if (line.text.isEmpty()) {
            previousBlank = true;
        } else {
            if (previousBlank) {
                ++block;
            }
            previousBlank = false;
            line.block = block;
            lines << line;
        }
        start = end + 1;
    }

    // Both lists are in text order: walk them together (pages can have thousands of each).
    QList<ExcludedRange> preExcluded = options.preExcluded;
    std::ranges::sort(preExcluded, {}, &ExcludedRange::start);
    qsizetype nextRange = 0;
    for (Line &line : lines) {
        while (nextRange < preExcluded.size() && preExcluded.at(nextRange).end < line.end) {
            ++nextRange;
        }
        if (nextRange < preExcluded.size() && line.start >= preExcluded.at(nextRange).start
            && line.end <= preExcluded.at(nextRange).end) {
            line.reason = preExcluded.at(nextRange).reason;
        }
    }

    Result result;
    // The title: the one the source states, found among the first lines, or the first line that is not furniture.
    const QString knownTitle = normalised(options.knownTitle);
    int seen = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line &line = lines[i];
        if (!line.reason.isEmpty()) {
            continue;
        }
        if (knownTitle.isEmpty()) {
            // A section label or breadcrumb above the headline ("World", "News › Asia") is not the
            // title, when a headline-like line (no full stop, three words or more) follows it.
            const Line *next = nullptr;
            for (qsizetype j = i + 1; j < lines.size() && !next; ++j) {
                next = lines.at(j).reason.isEmpty() && lineReason(lines.at(j).text).isEmpty() ? &lines.at(j) : nullptr;
            }
            const bool headlineFollows = next && wordCount(next->key) >= 3 && !endsLikeSentence(next->key);
            if (seen < 4 && headlineFollows && isSectionLabel(line.key)) {
                line.reason = Reason::Navigation;
            } else if (lineReason(line.text).isEmpty()) {
                line.reason = Reason::Title;
                result.title = line.text;
                break;
            }
        } else if (line.key.compare(knownTitle, Qt::CaseInsensitive) == 0) {
            line.reason = Reason::Title;
            break;
        }
        if (++seen > 12) {
            break;
        }
    }
    if (!knownTitle.isEmpty()) {
        result.title = tidy(options.knownTitle);
    }

    for (Line &line : lines) {
        if (line.reason.isEmpty()) {
            line.reason = lineReason(line.text);
        }
    }

    // Context: the line under a photo's keywords is its caption; a bullet list selling something is a
    // promotion block, headings included.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).reason == Reason::PhotoKeywords && lines.at(i + 1).block == lines.at(i).block
            && lines.at(i + 1).reason.isEmpty()) {
            lines[i + 1].reason = Reason::Caption;
        }
    }
    // A short line under a byline is the writer's job title ("AP Diplomatic Writer").
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const Line &next = lines.at(i + 1);
        if (lines.at(i).reason == Reason::Byline && next.block == lines.at(i).block && next.reason.isEmpty()
            && wordCount(next.key) <= 6 && !endsLikeSentence(next.key)) {
            lines[i + 1].reason = Reason::Byline;
        }
    }
    // A name line next to a dateline is the byline even without "By" ("Ana Ruiz in Moscow").
    static const QRegularExpression nameLine(
        QStringLiteral(R"(^\p{Lu}[\p{L}'.-]*( (\p{Lu}[\p{L}'.-]*|and|in|at|de|van|von|al|,)){1,11}$)"), kCaseSensitive);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).reason != Reason::Metadata) {
            continue;
        }
        for (const qsizetype n : {i - 1, i + 1}) {
            if (n >= 0 && n < lines.size() && lines.at(n).block == lines.at(i).block && lines.at(n).reason.isEmpty()
                && nameLine.match(QString(lines.at(n).key).replace(QStringLiteral(","), QStringLiteral(" ,")))
                       .hasMatch()) {
                lines[n].reason = Reason::Byline;
            }
        }
    }
    // Lines are in block order, so each block is the run [first, last) of lines.
    for (qsizetype first = 0; first < lines.size();) {
        qsizetype last = first;
        qsizetype bullets = 0;
        qsizetype promoBullets = 0;
        qsizetype promoLines = 0;
        while (last < lines.size() && lines.at(last).block == lines.at(first).block) {
            const Line &line = lines.at(last);
            const bool promo = hasPromoVocabulary(line.key) || line.reason == Reason::Promotion;
            promoLines += promo ? 1 : 0;
            if (isBullet(line.key)) {
                ++bullets;
                promoBullets += promo ? 1 : 0;
            }
            ++last;
        }
        if (promoBullets >= 2 || (bullets > 0 && promoLines * 2 >= last - first)) {
            for (qsizetype i = first; i < last; ++i) {
                if (lines.at(i).reason.isEmpty() || lines.at(i).reason == Reason::Navigation) {
                    lines[i].reason = Reason::Promotion;
                }
            }
        }
        first = last;
    }
    // Page furniture after the article: trailing blocks of short lines that are not sentences.
    for (qsizetype last = lines.size(); last > 0;) {
        qsizetype first = last - 1;
        while (first > 0 && lines.at(first - 1).block == lines.at(last - 1).block) {
            --first;
        }
        bool furniture = true;
        for (qsizetype i = first; i < last; ++i) {
            if (lines.at(i).reason.isEmpty()) {
                furniture = furniture && wordCount(lines.at(i).key) < 8 && !endsLikeSentence(lines.at(i).key);
            }
        }
        if (!furniture) {
            break;
        }
        for (qsizetype i = first; i < last; ++i) {
            if (lines.at(i).reason.isEmpty()) {
                lines[i].reason = Reason::Boilerplate;
            }
        }
        last = first;
    }

    // Metadata worth keeping from the furniture.
    for (const Line &line : std::as_const(lines)) {
        if (line.reason == Reason::Byline && result.authors.isEmpty()) {
            result.authors = bylineAuthors(line.key);
        } else if (line.reason == Reason::Metadata && !result.published.isValid()) {
            result.published = parseDate(line.key);
        }
    }

    // The reading text: runs of body lines; hard-wrapped lines are rejoined, other line breaks start paragraphs.
    QStringList paragraphs;
    int lastBodyBlock = -1;
    for (qsizetype i = 0; i < lines.size();) {
        if (!lines.at(i).reason.isEmpty()) {
            ExcludedRange range {lines.at(i).start, lines.at(i).end, lines.at(i).reason};
            qsizetype j = i + 1;
            while (j < lines.size() && (options.mergeAcrossBlocks || lines.at(j).block == lines.at(i).block)
                   && lines.at(j).reason == range.reason) {
                range.end = lines.at(j).end;
                ++j;
            }
            result.excluded << range;
            i = j;
            continue;
        }
        qsizetype j = i;
        qsizetype widest = 0;
        while (j < lines.size() && lines.at(j).block == lines.at(i).block && lines.at(j).reason.isEmpty()) {
            widest = std::max(widest, lines.at(j).text.size());
            ++j;
        }
        const bool hardWrapped = j - i >= 2 && widest <= 100;
        QString paragraph = lines.at(i).text;
        for (qsizetype k = i + 1; k < j; ++k) {
            const QString &previous = lines.at(k - 1).text;
            const QString &next = lines.at(k).text;
            const bool nextLower = next.front().isLower();
            const bool endsShort = endsLikeSentence(previous) && previous.size() * 10 < widest * 7;
            const bool wrapped = !isBullet(next)
                && ((options.unwrapLines && !endsShort) || (hardWrapped && previous.size() * 10 >= widest * 7)
                    || (!endsLikeSentence(previous) && nextLower));
            if (!wrapped) {
                paragraphs << paragraph;
                paragraph = next;
            } else if (options.dehyphenate && nextLower && previous.size() >= 2
                       && (previous.back() == u'-' || previous.back() == QChar::SoftHyphen)
                       && previous.at(previous.size() - 2).isLetter()) {
                paragraph.chop(1);
                paragraph += next;
            } else {
                paragraph += u' ' + next;
            }
        }
        // A paragraph cut by a page break (the footer and header in between are excluded lines of the
        // same block) continues unless it had ended.
        const bool continuation = options.unwrapLines && lastBodyBlock == lines.at(i).block && !paragraphs.isEmpty()
            && !endsLikeSentence(paragraphs.constLast());
        lastBodyBlock = lines.at(i).block;
        if (continuation) {
            QString &previous = paragraphs.last();
            if (options.dehyphenate && previous.size() >= 2 && previous.back() == u'-'
                && previous.at(previous.size() - 2).isLetter()) {
                previous.chop(1);
                previous += paragraph;
            } else {
                previous += u' ' + paragraph;
            }
        } else {
            paragraphs << paragraph;
        }
        i = j;
    }
    result.cleanText = paragraphs.join(QStringLiteral("\n\n"));
    return result;
}

} // namespace Attache::Import

// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcorpus.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>

#include <cmath>
#include <initializer_list>

namespace Attache::Test {

namespace {

using Words = std::initializer_list<const char *>;

constexpr Words kFirstNames {
    "Anna",    "Boris",  "Carmen",  "David",   "Elena",   "Farid",    "Grace",   "Hiroshi", "Ines",   "Jakub",
    "Karin",   "Lars",   "Maria",   "Nikolai", "Olga",    "Pedro",    "Qin",     "Rahul",   "Sofia",  "Tomas",
    "Ursula",  "Viktor", "Wei",     "Xenia",   "Yusuf",   "Zofia",    "Ahmed",   "Beatriz", "Chen",   "Dmitri",
    "Emma",    "Fatima", "Giorgio", "Hana",    "Ivan",    "Julia",    "Kenji",   "Leila",   "Marco",  "Nadia",
    "Oscar",   "Priya",  "Rafael",  "Sara",    "Tariq",   "Valeria",  "William", "Yara",    "Zhang",  "Amir",
    "Bianca",  "Carlos", "Daria",   "Emil",    "Frances", "Gustav",   "Helena",  "Igor",    "Jana",   "Kwame",
    "Lucia",   "Mehmet", "Nora",    "Otto",    "Paula",   "Rosa",     "Stefan",  "Tanya",   "Umar",   "Vera",
    "Walter",  "Ximena", "Yoko",    "Zainab",  "Alexei",  "Brigitte", "Cyril",   "Dolores", "Erik",   "Fiona",
    "Gabriel", "Hugo",   "Irina",   "Jorge",   "Katrin",  "Luis",     "Miriam",  "Nasser",  "Olivia", "Pavel"};
constexpr Words kLastNames {
    "Abe",     "Bauer",    "Castillo",  "Dubois",   "Eriksen",   "Fischer",   "Garcia",  "Hoffmann",  "Ibrahim",
    "Jensen",  "Kowalski", "Lindqvist", "Moreau",   "Nakamura",  "Okafor",    "Petrov",  "Quintero",  "Rossi",
    "Schmidt", "Tanaka",   "Usmanov",   "Varga",    "Wagner",    "Xu",        "Yilmaz",  "Zhou",      "Andersson",
    "Bianchi", "Costa",    "Dimitrov",  "Esposito", "Fernandez", "Gruber",    "Haddad",  "Ivanova",   "Janssen",
    "Kaur",    "Lopez",    "Mensah",    "Novak",    "Oliveira",  "Park",      "Ramirez", "Sato",      "Torres",
    "Ueda",    "Volkov",   "Weber",     "Yamamoto", "Zielinski", "Arslan",    "Berg",    "Chowdhury", "Dahl",
    "Ekström", "Farah",    "Gomez",     "Horvath",  "Iqbal",     "Jovanovic", "Kim",     "Larsen",    "Martin",
    "Nguyen",  "Orlov",    "Popescu",   "Rahman",   "Silva",     "Takahashi", "Ulrich",  "Vasquez",   "Wojcik",
    "Yeo",     "Zaman",    "Aziz",      "Bose",     "Cruz",      "Demir",     "Engel",   "Foster",    "Gupta",
    "Hansen",  "Ilic",     "Jaramillo", "Keller",   "Lin",       "Mahmoud",   "Nilsen",  "Ortiz",     "Pereira",
    "Reyes",   "Sokolov",  "Tran",      "Urbanski", "Vogel",     "Walsh",     "Yadav",   "Zubiri",    "Amari",
    "Brennan", "Chaudhry", "Delgado",   "Eze",      "Ferrari",   "Greco",     "Huber",   "Ishikawa",  "Jung",
    "Kovacs",  "Lund",     "Mirza",     "Nowak",    "Osei",      "Pham",      "Romano",  "Santos",    "Toth",
    "Vidal",   "Wong",     "Zhang"};
// Surnames are also built from a stem and an ending ("Lindquist", "Marovic", "Tamides"), so the register can
// hold thousands of people: the analysis merges speakers who share a surname across articles, as a
// surname alone is how later paragraphs name someone.
constexpr Words kSurnameStems {
    "Abr",  "Adl",  "Alb", "Amad", "Ander", "Ark", "Bal", "Bar", "Bell", "Berg", "Bor", "Bran", "Brod", "Cal",
    "Carr", "Cher", "Cor", "Dal",  "Dan",   "Dar", "Dor", "Dun", "Ed",   "Eld",  "Esk", "Fal",  "Fen",  "Fer",
    "Gal",  "Gar",  "Gor", "Grim", "Hal",   "Har", "Hel", "Hol", "Ingr", "Ivar", "Jan", "Jar",  "Kal",  "Kar",
    "Kest", "Kor",  "Kov", "Lam",  "Lar",   "Lev", "Lor", "Mal", "Mar",  "Mel",  "Mor", "Nad",  "Nar",  "Nor",
    "Ok",   "Ol",   "Or",  "Pal",  "Par",   "Pet", "Ral", "Ram", "Rod",  "Sal",  "Sar", "Sev",  "Sol",  "Tal",
    "Tam",  "Ter",  "Tor", "Ul",   "Val",   "Var", "Vel", "Wal", "Wen",  "Yar",  "Zal", "Zar",  "Zem",  "Zor"};
constexpr Words kSurnameEndings {"ani",    "ano",   "ardt",    "assi",    "berg", "czyk",  "dottir", "eanu", "ecki",
                                 "elli",   "enko",  "ensen",   "escu",    "etti", "feld",  "hagen",  "holm", "ides",
                                 "ievski", "inen",  "ishvili", "kovic",   "lund", "mann",  "nikov",  "oglu", "onen",
                                 "ovic",   "quist", "rossi",   "sdottir", "stad", "strom", "uddin",  "wicz", "yan"};
constexpr Words kRoles {"foreign minister",
                        "defence minister",
                        "deputy foreign minister",
                        "spokesperson",
                        "ambassador to the United Nations",
                        "trade commissioner",
                        "senior fellow",
                        "professor of international relations",
                        "national security adviser",
                        "chief negotiator",
                        "energy minister",
                        "finance minister",
                        "director of research",
                        "head of the Asia programme",
                        "former ambassador",
                        "member of parliament",
                        "chair of the foreign affairs committee",
                        "secretary-general",
                        "deputy prime minister",
                        "economist",
                        "analyst",
                        "president",
                        "prime minister",
                        "chief of staff",
                        "special envoy",
                        "director-general",
                        "senator",
                        "policy director",
                        "military analyst",
                        "legal adviser"};
constexpr Words kInstitutions {"the Foreign Ministry",
                               "the Defence Ministry",
                               "Chatham House",
                               "the Carnegie Endowment",
                               "the European Commission",
                               "NATO",
                               "the United Nations",
                               "the World Trade Organization",
                               "the International Monetary Fund",
                               "the Brookings Institution",
                               "the Council on Foreign Relations",
                               "the Kiel Institute",
                               "the Stockholm International Peace Research Institute",
                               "the African Union",
                               "ASEAN",
                               "the Lowy Institute",
                               "the Atlantic Council",
                               "the Centre for European Reform",
                               "the Ministry of Trade",
                               "the Energy Ministry",
                               "the Treasury",
                               "the State Department",
                               "the Kremlin",
                               "the Élysée",
                               "the Chancellery",
                               "the Bundestag",
                               "the Senate Foreign Relations Committee",
                               "the Rand Corporation",
                               "the International Crisis Group",
                               "the Bruegel think tank",
                               "the Peterson Institute",
                               "the Observer Research Foundation",
                               "the Gulf Research Center",
                               "the Japan Institute of International Affairs",
                               "the Polish Institute of International Affairs",
                               "the Central Bank",
                               "the Organization of American States",
                               "the Arctic Council",
                               "the OSCE",
                               "the G20 secretariat"};
constexpr Words kOutlets {"Reuters",
                          "Associated Press",
                          "Agence France-Presse",
                          "The Guardian",
                          "Le Monde",
                          "Der Spiegel",
                          "El País",
                          "Nikkei Asia",
                          "Al Jazeera",
                          "The Economist",
                          "Financial Times",
                          "Foreign Policy",
                          "Politico",
                          "The Hindu",
                          "South China Morning Post",
                          "Kyiv Independent",
                          "Baltic Times",
                          "Daily Maverick",
                          "Folha de S.Paulo",
                          "The Straits Times",
                          "Haaretz",
                          "Dawn",
                          "The Moscow Times",
                          "Deutsche Welle",
                          "BBC News",
                          "NPR",
                          "Newsweek",
                          "The Atlantic",
                          "Corriere della Sera",
                          "NRC",
                          "Gazeta Wyborcza",
                          "Yomiuri Shimbun",
                          "The Globe and Mail",
                          "ABC News Australia",
                          "Mail & Guardian",
                          "Clarín",
                          "Hürriyet",
                          "Kathimerini",
                          "Helsingin Sanomat",
                          "Euractiv"};
constexpr Words kCountries {
    "Russia",  "China",     "Ukraine",   "Germany",     "France",          "Japan",        "India",  "Brazil",
    "Turkey",  "Poland",    "Iran",      "Israel",      "Egypt",           "Nigeria",      "Kenya",  "Mexico",
    "Canada",  "Australia", "Indonesia", "Vietnam",     "Pakistan",        "Saudi Arabia", "Qatar",  "Norway",
    "Finland", "Sweden",    "Estonia",   "Georgia",     "Armenia",         "Azerbaijan",   "Serbia", "Hungary",
    "Italy",   "Spain",     "Greece",    "South Korea", "the Philippines", "Argentina",    "Chile",  "Ethiopia"};
constexpr Words kTopics {
    "trade talks",           "energy security",     "arms control",   "grain exports",      "maritime borders",
    "climate finance",       "cyber defence",       "nuclear talks",  "migration policy",   "debt relief",
    "semiconductor exports", "fishing rights",      "water sharing",  "peacekeeping",       "sanctions relief",
    "gas pipelines",         "rare earth supplies", "visa rules",     "military aid",       "ceasefire monitoring",
    "refugee returns",       "port access",         "food security",  "election observers", "tariff cuts",
    "investment screening",  "air defence",         "shipping lanes", "vaccine deliveries", "border demarcation"};
constexpr Words kCueAfter {"said",      "told reporters", "warned",  "argued",  "added",     "insisted",
                           "noted",     "stressed",       "claimed", "wrote",   "explained", "declared",
                           "cautioned", "conceded",       "replied", "remarked"};
constexpr Words kCueInverted {"said", "added", "warned", "explained", "noted"};
constexpr Words kCueBefore {"said",
                            "told the BBC",
                            "told reporters",
                            "wrote",
                            "warned",
                            "added",
                            "declared",
                            "told parliament",
                            "said in a statement",
                            "posted on social media"};
constexpr Words kReportVerbs {"said",    "warned",   "argued",    "insisted",     "noted",     "stressed",
                              "claimed", "believes", "suggested", "acknowledged", "predicted", "denied"};
constexpr Words kQuoteOpen {"We will not accept",
                            "Nobody wants",
                            "This is about",
                            "We are ready to discuss",
                            "It would be a mistake to ignore",
                            "Our priority remains",
                            "There can be no deal without",
                            "We have made progress on",
                            "Europe cannot afford to neglect",
                            "The region needs",
                            "We expect clarity on",
                            "History will judge us on",
                            "It is too early to talk about",
                            "We have always supported",
                            "Markets are worried about",
                            "Nothing has been agreed on"};
constexpr Words kQuoteClose {"at any price",        "in the coming weeks",   "before the winter",
                             "for our partners",    "without preconditions", "this year",
                             "on equal terms",      "for the long term",     "under current conditions",
                             "as long as it takes", "in good faith",         "in the end"};
constexpr Words kFragments {"a historic step",      "deeply troubling", "a red line",       "premature",
                            "a game changer",       "unacceptable",     "long overdue",     "a dangerous gamble",
                            "a fragile compromise", "a breakthrough",   "wishful thinking", "a reasonable start"};
constexpr Words kSubjects {"Negotiators",    "The delegation", "Diplomats", "The ministry",
                           "The alliance",   "Officials",      "Lawmakers", "Investors",
                           "The government", "Analysts",       "Observers", "Both sides"};
constexpr Words kActions {"postponed", "reviewed",   "announced", "rejected",  "welcomed", "discussed",
                          "prepared",  "criticised", "extended",  "suspended", "endorsed", "questioned"};
constexpr Words kObjects {
    "a new round of",       "the draft agreement on", "a framework for",   "the latest proposal on",
    "a joint statement on", "fresh measures on",      "the timetable for", "a review of"};
constexpr Words kTimes {"on Monday", "on Tuesday",         "on Wednesday",     "on Thursday",    "on Friday",
                        "last week", "earlier this month", "over the weekend", "late on Sunday", "this spring"};
constexpr Words kFillers {"The talks were held behind closed doors.",
                          "Details of the proposal were not made public.",
                          "The meeting lasted more than three hours.",
                          "Prices for the commodity have doubled since January.",
                          "A follow-up meeting is planned for the autumn.",
                          "The issue has divided the bloc for years.",
                          "Satellite images published this week showed new construction near the border.",
                          "The figures could not be independently verified.",
                          "Trade between the two countries fell by a fifth last year.",
                          "The agreement still needs to be ratified by parliament."};
constexpr Words kTitleVerbs {"weighs", "rejects", "backs", "delays", "pushes", "questions", "eyes", "revives"};
constexpr Words kQueryWords {"sanctions", "ceasefire",  "pipeline",   "minister", "summit",  "tariff",  "border",
                             "grain",     "nuclear",    "alliance",   "election", "refugee", "vaccine", "shipping",
                             "treaty",    "parliament", "investment", "maritime", "defence", "climate"};
constexpr Words kQueryPrefixes {"sanct", "negoti",  "minist", "diplom", "ceasef",
                                "pipel", "parliam", "secur",  "agree",  "transp"};

QString pick(QRandomGenerator &random, Words words)
{
    return QString::fromUtf8(*(words.begin() + random.bounded(int(words.size()))));
}

/** Mostly the first items: a few outlets and search terms recur a lot, most seldom. */
int skewed(QRandomGenerator &random, int size)
{
    const double r = random.generateDouble();
    return std::min(size - 1, int(size * r * r * r));
}

/**
 * A speaker: the first hundredth of the register gets a tenth of the quotes, and the long tail is
 * still reached, so that thousands of people speak in a large corpus, as in real coverage.
 */
int spread(QRandomGenerator &random, int size)
{
    const double r = random.generateDouble();
    return std::min(size - 1, int(size * r * r));
}

/** Every surname the generator can make, real ones first, in a fixed order. */
QStringList surnames()
{
    QStringList list;
    for (const char *name : kLastNames) {
        list.append(QString::fromUtf8(name));
    }
    for (const char *stem : kSurnameStems) {
        for (const char *ending : kSurnameEndings) {
            const QString end = QString::fromUtf8(ending);
            // Consonant endings also take a linking vowel ("Dalaholm", "Kovemann"): four times the names.
            const bool consonant = !QStringLiteral("aeiouy").contains(end.front());
            for (const QString &link : consonant
                     ? QStringList {QString(), QStringLiteral("a"), QStringLiteral("e"), QStringLiteral("o")}
                     : QStringList {QString()}) {
                list.append(QString::fromUtf8(stem) + link + end);
            }
        }
    }
    list.removeDuplicates();
    return list;
}

QString lastName(const QString &name)
{
    return name.section(u' ', -1);
}

class ArticleWriter
{
public:
    ArticleWriter(QRandomGenerator &random, const QList<BenchCorpus::Person> &register_)
        : m_random(random)
    {
        const int castSize = 2 + m_random.bounded(7);
        while (m_cast.size() < castSize) {
            const BenchCorpus::Person &person = register_.at(spread(m_random, int(register_.size())));
            if (!m_names.contains(person.name)) {
                m_names.insert(person.name);
                m_cast.append(&person);
            }
        }
        m_country = pick(m_random, kCountries);
        m_otherCountry = pick(m_random, kCountries);
        m_topic = pick(m_random, kTopics);
    }

    QString title()
    {
        switch (m_random.bounded(3)) {
        case 0:
            return QStringLiteral("%1 %2 %3 as %4 talks stall")
                .arg(m_country, pick(m_random, kTitleVerbs), m_topic, m_otherCountry);
        case 1:
            return QStringLiteral("%1 says %2 must move on %3")
                .arg(lastName(m_cast.at(0)->name), m_otherCountry, m_topic);
        default:
            return QStringLiteral("Inside the fight over %1 between %2 and %3").arg(m_topic, m_country, m_otherCountry);
        }
    }

    QString paragraph(int sentences)
    {
        QStringList parts;
        for (int i = 0; i < sentences; ++i) {
            parts.append(sentence());
        }
        return parts.join(u' ');
    }

private:
    const BenchCorpus::Person &speaker() { return *m_cast.at(m_random.bounded(int(m_cast.size()))); }

    /**
     * Full name and role on first mention, surname afterwards, as newspapers do. As the subject of a
     * sentence the role is closed by a comma ("Name, the envoy, said"), at its end by the full stop.
     */
    QString refer(const BenchCorpus::Person &person, bool subject = true)
    {
        if (m_introduced.contains(person.name)) {
            return lastName(person.name);
        }
        m_introduced.insert(person.name);
        const QString close = subject ? QStringLiteral(",") : QString();
        switch (m_random.bounded(3)) {
        case 0:
            return QStringLiteral("%1, %2 at %3%4").arg(person.name, person.role, person.institution, close);
        case 1:
            return QStringLiteral("%1, %2's %3%4").arg(person.name, person.country, person.role, close);
        default:
            return QStringLiteral("%1, the %2%3").arg(person.name, person.role, close);
        }
    }

    QString quote()
    {
        QString text = QStringLiteral("%1 %2 %3")
                           .arg(pick(m_random, kQuoteOpen), pick(m_random, kTopics), pick(m_random, kQuoteClose));
        if (m_random.bounded(3) == 0) {
            text += QStringLiteral(". %1 and %2 know that").arg(m_country, m_otherCountry);
        }
        return text;
    }

    QString clause()
    {
        return QStringLiteral("%1 would %2 %3 %4")
            .arg(m_country, pick(m_random, {"seek", "block", "revisit", "delay"}), pick(m_random, kObjects),
                 pick(m_random, kTopics));
    }

    QString sentence()
    {
        switch (m_random.bounded(12)) {
        case 0:
        case 1: {
            const BenchCorpus::Person &person = speaker();
            return QStringLiteral("\"%1,\" %2 %3.").arg(quote(), refer(person), pick(m_random, kCueAfter));
        }
        case 2: {
            const BenchCorpus::Person &person = speaker();
            return QStringLiteral("\"%1,\" %2 %3.").arg(quote(), pick(m_random, kCueInverted), refer(person, false));
        }
        case 3: {
            const BenchCorpus::Person &person = speaker();
            return QStringLiteral("%1 %2: \"%3.\"").arg(refer(person), pick(m_random, kCueBefore), quote());
        }
        case 4: {
            const BenchCorpus::Person &person = speaker();
            return QStringLiteral("%1 %2 that %3.").arg(refer(person), pick(m_random, kReportVerbs), clause());
        }
        case 5: {
            const BenchCorpus::Person &person = speaker();
            return QStringLiteral("%1 called the plan \"%2\" and said it would %3 %4.")
                .arg(refer(person), pick(m_random, kFragments), pick(m_random, {"test", "reshape", "end"}),
                     pick(m_random, kTopics));
        }
        case 6:
            return QStringLiteral("\"%1,\" said a senior %2 official who asked not to be named.")
                .arg(quote(), m_country);
        case 7: {
            const BenchCorpus::Person &person = speaker();
            return QStringLiteral("According to %1, %2.").arg(refer(person, false), clause());
        }
        case 8:
            return pick(m_random, kFillers);
        default:
            return QStringLiteral("%1 %2 %3 %4 %5 with %6.")
                .arg(pick(m_random, kSubjects), pick(m_random, kActions), pick(m_random, kObjects),
                     pick(m_random, kTopics), pick(m_random, kTimes), m_otherCountry);
        }
    }

    QRandomGenerator &m_random;
    QList<const BenchCorpus::Person *> m_cast;
    QSet<QString> m_names;
    QSet<QString> m_introduced;
    QString m_country;
    QString m_otherCountry;
    QString m_topic;
};

} // namespace

BenchCorpus::BenchCorpus(quint32 seed, int people)
    : m_seed(seed)
{
    QRandomGenerator random(seed);
    // One surname per person: the register would merge two people who share one.
    QStringList family = surnames();
    for (qsizetype i = family.size() - 1; i > 0; --i) {
        family.swapItemsAt(i, random.bounded(i + 1));
    }
    people = std::min(people, int(family.size()));
    for (int i = 0; i < people; ++i) {
        m_people.append({pick(random, kFirstNames) + u' ' + family.at(i), pick(random, kRoles),
                         pick(random, kInstitutions), pick(random, kCountries)});
    }
}

QByteArray BenchCorpus::article(int index) const
{
    QRandomGenerator random(m_seed * 2654435761U + quint32(index) * 40503U + 1U);
    ArticleWriter writer(random, m_people);
    const QString title = writer.title();
    const QDate published = QDate(2015, 1, 1).addDays(random.bounded(3650));
    const QString outlet = QString::fromUtf8(*(kOutlets.begin() + skewed(random, int(kOutlets.size()))));
    const QString author = pick(random, kFirstNames) + u' ' + pick(random, kLastNames);
    const int paragraphs = 8 + random.bounded(33);
    const int targetBytes = 2000 + random.bounded(13000);
    // Sentences average about 130 bytes.
    const int sentencesPerParagraph = std::max(1, int(std::lround(double(targetBytes) / paragraphs / 130.0)));
    QString text = QStringLiteral("---\ntitle: \"%1\"\noutlet: %2\ndate: %3\nauthor: %4\n---\n\n# %1\n\n")
                       .arg(title, outlet, published.toString(Qt::ISODate), author);
    for (int p = 0; p < paragraphs; ++p) {
        const int sentences = std::max(1, sentencesPerParagraph - 1 + random.bounded(3));
        text += writer.paragraph(sentences) + QStringLiteral("\n\n");
    }
    return text.toUtf8();
}

QStringList BenchCorpus::writeArticles(const QString &folder, int count) const
{
    QStringList paths;
    if (!QDir().mkpath(folder)) {
        return {};
    }
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(folder).filePath(QStringLiteral("%1.md").arg(i, 5, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(article(i)) < 0) {
            return {};
        }
        paths.append(path);
    }
    return paths;
}

QList<BenchCorpus::Query> BenchCorpus::queries(int count, const QStringList &tags) const
{
    QRandomGenerator random(m_seed ^ 0x5EA4C4U);
    QList<Query> list;
    for (int i = 0; i < count; ++i) {
        Query query;
        const QString word = pick(random, kQueryWords);
        const QString other = pick(random, kQueryWords);
        switch (i % 8) {
        case 0:
            query.text = word;
            break;
        case 1:
            query.text = u'"' + pick(random, kTopics) + u'"';
            break;
        case 2:
            query.text = pick(random, kQueryPrefixes) + u'*';
            break;
        case 3:
            query.text = QStringLiteral("%1 AND %2").arg(word, pick(random, kCountries).section(u' ', -1));
            break;
        case 4:
            query.text = QStringLiteral("%1 OR %2").arg(word, other);
            break;
        case 5:
            query.text = QStringLiteral("%1 NOT %2").arg(word, other);
            break;
        case 6:
            query.text = lastName(m_people.at(skewed(random, int(m_people.size()))).name);
            break;
        default:
            query.text = QStringLiteral("NEAR(%1 %2, 8)").arg(word, pick(random, kQueryWords));
            break;
        }
        // Every fourth search is narrowed, alternately by a speaker and by a tag.
        if (i % 4 == 3) {
            if ((i / 4) % 2 == 0 || tags.isEmpty()) {
                query.filter.speaker = m_people.at(skewed(random, int(m_people.size()))).name;
            } else {
                query.filter.tag = tags.at(random.bounded(int(tags.size())));
            }
        }
        list.append(query);
    }
    return list;
}

} // namespace Attache::Test

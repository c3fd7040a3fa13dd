// SPDX-FileCopyrightText: 2026 The Attaché authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon.h"

#include <QHash>

namespace Attache::Analysis {

namespace {

using Table = QHash<QString, quint32>;

void add(Table &table, const char *words, quint32 flags)
{
    // Space-separated lists keep the tables readable; they are split once at start-up.
    const QString all = QString::fromLatin1(words);
    for (const QString &word : all.split(u' ', Qt::SkipEmptyParts)) {
        table[word] |= flags;
    }
}

Table buildTable()
{
    Table t;
    using L = Lexicon;
    add(t,
        "say says said saying tell tells told add adds added argue argues argued note notes noted stress stresses "
        "stressed declare declares declared predict predicts predicted warn warns warned explain explains explained "
        "write writes wrote tweet tweets tweeted post posts posted insist insists insisted claim claims claimed ask "
        "asks asked reply replies replied respond responds responded continue continues continued conclude concludes "
        "concluded observe observes observed remark remarks remarked acknowledge acknowledges acknowledged admit "
        "admits admitted suggest suggests suggested caution cautions cautioned emphasize emphasizes emphasized "
        "emphasise emphasises emphasised recall recalls recalled announce announces announced state states stated "
        "maintain maintains maintained contend contends contended counter counters countered urge urges urged concede "
        "concedes conceded complain complains complained lament laments lamented quip quips quipped joke jokes joked "
        "reiterate reiterates reiterated underline underlines underlined underscore underscores underscored affirm "
        "affirms affirmed assert asserts asserted allege alleges alleged comment comments commented confirm confirms "
        "confirmed disclose discloses disclosed proclaim proclaims proclaimed assure assures assured boast boasts "
        "boasted shout shouts shouted whisper whispers whispered testify testifies testified recount recounts "
        "recounted mused muses agreed agrees agree objected objects object interjected interjects saying telling "
        "adding "
        "writing noting warning arguing insisting explaining stressing claiming remembered remembers wondered "
        "wonders retorted retorts scoffed scoffs fumed fumes exclaimed exclaims opined opines griped gripes",
        L::Cue);
    add(t,
        "say says said tell tells told add adds added argue argues argued warn warns warned insist insists insisted "
        "claim claims claimed predict predicts predicted believe believes believed think thinks thought contend "
        "contends contended maintain maintains maintained stress stresses stressed",
        L::ClauseCue);
    add(t,
        "say says said tell tells told add adds added argue argues argued note notes noted stress stresses stressed "
        "declare declares declared predict predicts predicted warn warns warned explain explains explained insist "
        "insists insisted claim claims claimed acknowledge acknowledges acknowledged admit admits admitted suggest "
        "suggests suggested caution cautions cautioned emphasize emphasizes emphasized emphasise emphasises "
        "emphasised announce announces announced state states stated maintain maintains maintained contend contends "
        "contended concede concedes conceded reiterate reiterates reiterated affirm affirms affirmed assert asserts "
        "asserted allege alleges alleged confirm confirms confirmed disclose discloses disclosed revealed reveals "
        "believe believes believed think thinks thought wrote writes tweeted posted complained complains",
        L::ThatCue);
    add(t,
        "promised promises vowed vows pledged pledges cited cites called calls considered considers described "
        "describes dubbed dubs labelled labeled labels termed terms branded brands denounced denounces hailed hails "
        "praised praises condemned condemns welcomed welcomes demanded demands calling describing dubbing "
        "labelling labeling terming branding denouncing hailing praising condemning welcoming demanding promising "
        "vowing pledging citing accused accuses accusing criticised criticized criticises criticizes dismissed "
        "dismisses dismissing",
        L::FragmentCue);
    add(t,
        "the a an this that these those his her its their our your my one another some several many any each every "
        "no both two three four",
        L::Determiner);
    add(t, "a an one another", L::Indefinite);
    add(t, "he she", L::Pronoun);
    add(t,
        "the a an and or but nor so yet as at by for from in into of off on onto out over to up upon with within "
        "without about above after against along amid among around before behind below beneath beside between "
        "beyond during except inside like near since than through throughout toward towards under until via while "
        "when where whether which who whom whose why how what that this these those there here then thus also "
        "although though because if unless after once it its he she they we you i his her their our your my me him "
        "them us is are was were be been being has have had do does did will would shall should can could may might "
        "must not following meanwhile however moreover still even just only both either neither each every all some "
        "any many much more most such other another own same so very too again further later earlier now today "
        "yesterday tomorrow officially instead indeed according",
        L::Stop);
    add(t,
        "at by for from in into of on to with about after against among between during like near over toward "
        "towards under via amid following behind beside despite",
        L::Preposition);
    add(t,
        "president vice prime minister secretary chancellor premier king queen prince princess emperor sheikh "
        "senator sen rep representative congressman congresswoman governor gov mayor ambassador envoy general gen "
        "admiral adm colonel col lieutenant lt major maj captain capt commander sergeant sgt chairman chairwoman "
        "chair judge justice pope cardinal bishop archbishop rabbi imam director professor prof dr mr mrs ms miss "
        "sir dame lord lady commodore brigadier marshal spokesman spokeswoman spokesperson speaker leader chief deputy "
        "adviser advisor aide "
        "official minister's president's attorney commissioner councillor councilor delegate",
        L::Title);
    add(t,
        "spokesman spokeswoman spokesperson aide adviser advisor official officials minister secretary ambassador "
        "envoy diplomat diplomats president chancellor premier governor mayor senator lawmaker lawmakers legislator "
        "representative general commander officer chief head leader director analyst analysts expert experts "
        "scholar scholars researcher researchers professor lecturer fellow economist economists strategist "
        "journalist reporter correspondent editor columnist commentator pundit observer source sources insider "
        "negotiator negotiators representative spokespeople chairman chairwoman chair judge prosecutor attorney "
        "lawyer activist campaigner candidate founder executive ceo cfo coo analyst historian author academic "
        "specialist consultant member members person people resident residents witness witnesses officer officers "
        "staffer staffers worker workers politician politicians monarch king queen emperor premier commissioner "
        "strategist coordinator manager partner president's doctor doctors physician nurse surgeon volunteer engineer "
        "teacher farmer student soldier soldiers commander secretary-general under-secretary ex-president counterpart "
        "colleague predecessor successor scientist scientists pollster pollsters operative operatives organizer "
        "organiser host co-host anchor publisher writer novelist blogger lobbyist donor donors supporter supporters "
        "voter voters delegates nominee contender challenger incumbent businessman businesswoman billionaire "
        "investor banker entrepreneur chairperson president-elect governor-elect congressmen senators "
        "representatives commentators",
        L::RoleNoun);
    add(t,
        "former ex current acting interim deputy vice senior junior top chief principal lead associate assistant "
        "executive managing visiting adjunct distinguished emeritus foreign defense defence finance interior trade "
        "economy economic justice health security intelligence military presidential state national regional local "
        "federal administration government ministry department press party opposition ruling kremlin "
        "research policy political diplomatic legal public communications media news military's "
        "nonresident non-resident resident research program programme studies affairs relations international "
        "prime vice first second third u.s. american european eu un nato bank central",
        L::RoleModifier);
    add(t,
        "russian chinese american british french german italian spanish ukrainian polish japanese korean indian "
        "pakistani iranian israeli palestinian turkish syrian iraqi afghan saudi egyptian canadian mexican "
        "brazilian australian european african asian belarusian georgian armenian azerbaijani kazakh taiwanese "
        "vietnamese thai indonesian filipino malaysian dutch belgian swiss swedish norwegian finnish danish "
        "estonian latvian lithuanian hungarian czech slovak romanian bulgarian serbian croatian greek irish "
        "scottish welsh lebanese jordanian qatari emirati yemeni libyan tunisian algerian moroccan nigerian "
        "kenyan ethiopian south north western eastern soviet sino-russian u.s. us u.k. uk eu un "
        "argentine argentinian austrian bangladeshi bolivian bosnian cambodian chilean colombian congolese cuban "
        "cypriot ecuadorian emirati ghanaian guatemalan haitian icelandic jamaican kuwaiti kyrgyz lao laotian "
        "luxembourgish malian maltese moldovan mongolian montenegrin mozambican burmese myanmarese namibian "
        "nepalese nicaraguan nigerien omani panamanian paraguayan peruvian portuguese rwandan senegalese "
        "singaporean slovenian slovene somali sudanese tajik tanzanian turkmen ugandan uruguayan uzbek "
        "venezuelan zambian zimbabwean bahraini sri lankan sahrawi kurdish uyghur tibetan chechen crimean "
        "catalan basque flemish scandinavian nordic baltic balkan caucasian arab arabian persian gulf latin "
        "western-backed russian-backed iranian-backed "
        // Party labels qualify a person as nationalities do ("Republican Anna Holt"); they are nobody's name.
        "republican republicans democrat democrats democratic gop libertarian",
        L::Nationality);
    add(t,
        "ministry department office kremlin government embassy council commission agency committee party army navy "
        "command service bureau administration pentagon parliament senate congress duma court bank fund "
        "organization organisation union alliance nato un eu company corporation group institute foundation center "
        "centre university college school academy cabinet secretariat mission consulate police forces military "
        "house hall ministries authority authorities assembly federation association board chamber treasury "
        "reserve downing palace whitehall institution league force staff nations kingdom republic emirates",
        L::OrgHead);
    add(t,
        "university institute institution college school academy centre center think-tank foundation council studies "
        "endowment "
        "research "
        "laboratory program programme",
        L::AcademicPlace);
    add(t,
        "russia china ukraine america britain france germany italy spain poland japan korea india pakistan iran "
        "israel turkey syria iraq afghanistan egypt canada mexico brazil australia belarus georgia armenia "
        "azerbaijan kazakhstan taiwan vietnam thailand indonesia philippines malaysia netherlands belgium "
        "switzerland sweden norway finland denmark estonia latvia lithuania hungary czechia slovakia romania "
        "bulgaria serbia croatia greece ireland lebanon jordan qatar yemen libya tunisia algeria morocco nigeria "
        "kenya ethiopia moscow beijing washington kyiv kiev london paris berlin tokyo seoul pyongyang tehran "
        "ankara jerusalem riyadh delhi islamabad taipei brussels warsaw minsk rome madrid ottawa canberra hanoi "
        "manila cairo damascus baghdad kabul doha europe asia africa "
        "albania andorra angola argentina austria bahrain bangladesh bhutan bolivia bosnia botswana brunei "
        "burundi cambodia cameroon chile colombia congo cuba cyprus djibouti ecuador eritrea eswatini fiji "
        "gabon gambia ghana guatemala guinea guyana haiti honduras iceland jamaica kosovo kuwait kyrgyzstan laos "
        "liberia liechtenstein luxembourg madagascar malawi maldives mali malta mauritania mauritius moldova monaco "
        "mongolia montenegro mozambique myanmar burma namibia nepal nicaragua niger oman panama paraguay peru "
        "portugal rwanda samoa senegal singapore slovenia somalia sudan suriname tajikistan tanzania togo tonga "
        "turkmenistan uganda uruguay uzbekistan venezuela zambia zimbabwe arabia zealand emirates palestine gaza "
        "crimea donbas kashmir tibet xinjiang hong kong macau greenland scandinavia balkans caucasus baltics "
        "sahel latin oceania arctic antarctica pacific atlantic mediterranean "
        "abuja accra addis ababa algiers amman amsterdam astana athens baku bangkok beirut belgrade bern bishkek "
        "bogota bratislava bucharest budapest buenos aires caracas chisinau colombo copenhagen dakar dhaka dublin "
        "dushanbe geneva havana helsinki istanbul jakarta kampala karachi kathmandu khartoum kinshasa kuala "
        "lumpur lagos lima lisbon ljubljana luanda lusaka managua mexico muscat nairobi naypyidaw nicosia oslo "
        "ottawa panama podgorica prague pretoria quito rabat reykjavik riga sarajevo shanghai skopje "
        " stockholm tallinn tashkent tbilisi tirana tripoli tunis ulaanbaatar vienna vilnius yerevan "
        "zagreb mumbai kolkata chennai bangalore osaka hiroshima busan guangzhou shenzhen wuhan chongqing "
        "vladivostok petersburg kharkiv odesa odessa lviv mariupol kherson zaporizhzhia donetsk luhansk "
        "sevastopol gdansk krakow munich frankfurt hamburg milan naples barcelona marseille lyon brussels "
        "strasbourg davos minsk kaliningrad "
        // US states and large cities: US political news names them after people ("Tom Fowle of Oklahoma").
        "alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois "
        "indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi "
        "missouri montana nebraska nevada hampshire jersey carolina dakota ohio oklahoma oregon pennsylvania "
        "rhode tennessee texas utah vermont virginia wisconsin wyoming york chicago boston philadelphia "
        "houston dallas atlanta miami seattle denver detroit phoenix baltimore cleveland milwaukee brooklyn "
        "manhattan bronx united",
        L::Place);
    add(t, "mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame miss", L::Honorific);
    add(t,
        "january february march april may june july august september october november december monday tuesday "
        "wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec",
        L::Calendar);
    add(t,
        "president vice prime minister secretary chancellor premier king queen prince emperor senator sen rep "
        "representative congressman congresswoman governor gov mayor ambassador envoy general gen admiral colonel "
        "lieutenant commander spokesman spokeswoman spokesperson aide adviser advisor official officials diplomat "
        "lawmaker legislator negotiator minister's president's commissioner chairman chairwoman judge prosecutor "
        "attorney-general councillor councilor delegate politician monarch staffer secretary-general under-secretary "
        "ex-president",
        L::OfficialKind);
    add(t,
        "professor prof lecturer fellow analyst analysts expert experts scholar researcher economist strategist "
        "historian academic specialist consultant scientist pollster",
        L::ExpertKind);
    add(t, "journalist reporter correspondent editor columnist commentator anchor broadcaster", L::JournalistKind);
    add(t,
        "has have had was were is are will would also later then again further repeatedly previously recently "
        "once since often earlier has since had also just reportedly publicly separately privately",
        L::Auxiliary);
    add(t,
        "outlet newspaper paper agency magazine broadcaster channel network report reports media website tabloid "
        "daily wire release statement transcript readout",
        L::Media);
    add(t, "comments comment remarks remark words statement statements message quote", L::NounCue);
    add(t, "van von de del della der den da di le la bin ibn al el ben", L::Particle);
    // Frequent given names in English-language news, world leaders' included. A name that is not here
    // leaves the gender unknown, as before.
    add(t,
        "james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony "
        "mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan "
        "jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank "
        "alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle "
        "walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse "
        "dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene "
        "vincent russell elijah louis bobby philip johnny mike bill ted chris barack bernie mitt newt rand marco "
        "jeb rudy reince mitch harry chuck lindsey vladimir xi sergei dmitry emmanuel boris rishi keir olaf "
        "recep benjamin ali mohammed muhammad ahmed abdullah hassan hussein omar ibrahim yusuf narendra shinzo "
        "fumio justin volodymyr antony lloyd jake jens charles nikol ilham tayyip viktor andrzej mateusz pedro "
        "luiz jair javier gustavo nicolas giorgio sergio mario matteo friedrich wolfgang hans klaus joachim "
        "francois pierre jacques yves emmanuel vladimir yuri igor alexei mikhail nikolai andrei ivan "
        "wang li zhang liu chen yang huang zhao zhou wu jinping keqiang abiy isaias tom tim dan jim bob sam "
        "nick greg ken steve matt tony rick ron jeff doug ed hank newt cory beto pete kevin mike",
        L::MaleName);
    add(t,
        "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra "
        "ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura "
        "cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine "
        "debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly "
        "christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann "
        "teresa kathryn sara janice alice madison doris abigail julia judy grace denise amber marilyn "
        "beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose kayla "
        "hillary chelsea melania ivanka kellyanne huma donna nancy elizabeth kamala condoleezza madeleine "
        "sarah nikki michele carly omarosa jill tulsi debbie loretta sheila susana ursula angela theresa "
        "liz jacinda giorgia marine christine kaja annalena sanna mette julia nicola golda indira benazir "
        "hasina tsai ing-wen yulia svetlana maria anastasia natalia olga irina tatiana elena "
        "ana sofia lucia carmen isabel laura fatima aisha mariam layla",
        L::FemaleName);
    return t;
}

const Table &table()
{
    static const Table instance = buildTable();
    return instance;
}

} // namespace

quint32 Lexicon::flags(QStringView lowerWord)
{
    return flags(lowerWord.toString());
}

quint32 Lexicon::flags(const QString &lowerWord)
{
    const Table &t = table();
    const auto it = t.constFind(lowerWord);
    return it == t.constEnd() ? 0u : it.value();
}

} // namespace Attache::Analysis

"""Swedish wording of government measures, as data.

In: nothing. Out: the kinds and statuses of a measure, the patterns that
recognise each kind in a sentence (regular-expression source strings; compiled
by `extract/measures.py`), organisation-name parts, agency aliases, number and
month words, and the keywords that tie a report chapter to one of the four
objectives of the national strategy against men's violence against women
(Skr. 2016/17:10).

Patterns see text that `extract/measures.py` has normalised: soft hyphens
removed, no-break and narrow spaces turned into plain spaces.
"""

from __future__ import annotations

# ---- kinds and statuses ------------------------------------------------------------------------

ASSIGNMENT = "assignment"  # a government assignment (regeringsuppdrag)
LAW_CHANGE = "law_change"  # a law or regulation change
INQUIRY = "inquiry"  # a government inquiry (SOU, Dir., utredning)
GRANT = "grant"  # a state grant (statsbidrag, utvecklingsmedel)
PROGRAMME = "programme"  # a programme, strategy or action plan
PROPOSAL = "proposal"  # a proposal made by the report itself
KINDS = (ASSIGNMENT, LAW_CHANGE, INQUIRY, GRANT, PROGRAMME, PROPOSAL)
# When one sentence matches several kinds, the first in this order wins:
# "I det våldsförebyggande programmet … presenterade regeringen ett … statsbidrag"
# is about the grant, "Förslag: … får i uppdrag" is a proposal, not an assignment.
KIND_PRIORITY = (PROPOSAL, ASSIGNMENT, LAW_CHANGE, INQUIRY, GRANT, PROGRAMME)

PROPOSED = "proposed"
DECIDED = "decided"
IN_FORCE = "in_force"
REPORTED = "reported"
STATUSES = (PROPOSED, DECIDED, IN_FORCE, REPORTED)
DEFAULT_STATUS = {
    ASSIGNMENT: DECIDED,
    LAW_CHANGE: IN_FORCE,
    INQUIRY: DECIDED,
    GRANT: DECIDED,
    PROGRAMME: DECIDED,
    PROPOSAL: PROPOSED,
}

GOVERNMENT = "Regeringen"

# ---- building blocks ---------------------------------------------------------------------------

# A span that may hold a list of organisations; `extract/measures.py` checks it.
_LIST = r"(?P<assigned>[^.;:!?]+?)"
# "i uppdrag", "ett uppdrag", "ett treårigt uppdrag", "flera pågående uppdrag", "ett nytt regeringsuppdrag"
UPPDRAG = (
    r"(?:i\s+uppdrag|(?:(?:ett|flera|två|tre|nya|ytterligare|ett\s+nytt)\s+)?"
    r"(?:(?:[a-zåäö]+(?:igt|iga|ande|ade|at|t|a))\s+)?(?:regerings)?uppdrag)"
)
_ADVERBS = r"(?:(?:också|även|därför|dessutom|redan|nu|samtidigt|vidare|fortsatt|gemensamt|härmed|därutöver|återigen|sedan\s+[a-zåäö]*\s*\d{4}|under\s+[a-zåäö]+\s+\d{4}(?:\s*[–-]\s*\d{4})?|\d{4}(?:\s+och\s+\d{4})?)\s+)*"

# ---- assignments -------------------------------------------------------------------------------

# (name, pattern). Groups: assigned (a span holding the agencies), topic (what
# the assignment is about), actor. `ours` marks "vårt uppdrag": the report's author.
ASSIGNMENT_PATTERNS: tuple[tuple[str, str], ...] = (
    # Regeringen ger/uppdrar åt X att …; Regeringen har gett X i uppdrag att …
    (
        "government_gives",
        r"\b(?P<actor>[Rr]egeringen)\s+(?:har\s+|hade\s+)?" + _ADVERBS
        + r"(?:ger|gav|gett|uppdrar|uppdrog|uppdragit|bemyndigar|beslutar\s+att\s+ge|beslutade\s+att\s+ge"
        r"|beslutat\s+att\s+ge|beslutar\s+att\s+uppdra|beslutade\s+att\s+uppdra)\s+"
        + _ADVERBS + r"(?:i\s+uppdrag\s+)?(?:åt\s+|till\s+)?" + _LIST
        + r"\s+(?:(?:ett\s+(?:[a-zåäö]+\s+)?uppdrag|i\s+(?:[a-zåäö]+\s+)?uppdrag)\s+(?:att|om|med|avseende)|att)\b",
    ),
    # Torsdagen den 14 juni gav regeringen Trafikanalys i uppdrag att …
    (
        "government_gives_inverted",
        r"\b(?:ger|gav|har)\s+(?P<actor>[Rr]egeringen)\s+(?:också\s+|även\s+)?(?:gett\s+)?" + _LIST
        + r"\s+(?:ett\s+(?:[a-zåäö]+\s+)?uppdrag|i\s+(?:[a-zåäö]+\s+)?uppdrag)\s+(?:att|om)\b",
    ),
    # Regeringen beslutar att Kammarkollegiet ska betala …
    (
        "government_decides",
        r"\b(?P<actor>[Rr]egeringen)\s+(?:beslutar|beslutade|har\s+beslutat)\s+att\s+" + _LIST + r"\s+ska\b",
    ),
    # Regeringen beslutade den 14 juni 2018 om uppdrag till Riksantikvarieämbetet om …
    (
        "government_decided_on",
        r"\b(?P<actor>[Rr]egeringen)\s+(?:beslutade|beslutar|har\s+beslutat)\s+(?:den\s+\d{1,2}\s+[a-zåäö]+\s+\d{4}\s+)?"
        r"om\s+(?:ett\s+)?uppdrag\s+(?:till|åt)\s+" + _LIST + r"\s+(?:att|om)\b",
    ),
    # X får/ges/fick i uppdrag att …; X har fått i uppdrag att …; X uppdras att …
    (
        "agency_gets",
        r"^" + _LIST + r"\s+(?:får|ges|fick|gavs|har\s+fått|hade\s+fått|har\s+getts|uppdras)\s+" + _ADVERBS
        + r"(?:" + UPPDRAG + r"\s+)?(?:av\s+[Rr]egeringen\s+)?(?:att|om)\b",
    ),
    # X har (sedan våren 2021) haft i uppdrag att …; X har ett pågående uppdrag om att …
    (
        "agency_has",
        r"^" + _LIST + r"\s+(?:har|hade)\s+" + _ADVERBS + r"(?:haft\s+|fått\s+)?" + UPPDRAG + r"\s+(?:att|om)\b",
    ),
    # Under åren 2018–2023 har X haft i uppdrag att …; Sommaren 2023 fick länsstyrelserna ett treårigt uppdrag att …
    (
        "agency_has_inverted",
        r"\b(?:har|hade|fick|får)\s+(?P<assigned>(?:[A-ZÅÄÖ]|länsstyrelserna\b|regionerna\b|kommunerna\b)[^.;:!?]*?)\s+"
        + _ADVERBS + r"(?:haft\s+|fått\s+)?" + UPPDRAG + r"\s+(?:att|om)\b",
    ),
    # Jämställdhetsmyndighetens uppdrag att …; Fortes uppdrag om att …
    (
        "agency_genitive",
        r"\b(?P<genitive>[A-ZÅÄÖ][\wÅÄÖåäö-]+?s)\s+(?:(?:pågående|tidigare|nya|senaste|ursprungliga|nuvarande)\s+)?"
        r"(?:regerings)?uppdrag(?:et)?\s+(?:att|om)\b",
    ),
    # I vårt uppföljande uppdrag att …; Vi har också flera pågående uppdrag att …
    (
        "ours",
        r"\b(?:[Vv]årt|[Vv]åra)\s+(?:[a-zåäö]+\s+)?uppdrag\s+(?:att|om)\b"
        r"|\b[Vv]i\s+har\s+" + _ADVERBS + r"(?:fått\s+)?" + UPPDRAG + r"\s+(?:att|om)\b",
    ),
    # … inom uppdraget om ökad upptäckt av våld …; I uppdraget om att översätta …
    (
        "reference",
        r"\b(?:regerings)?uppdraget\s+(?:om|att)\s+(?P<topic>[^.;:!?()]+?)"
        r"(?=\s+(?:har|hade|får|fick|ska|skulle|är|var|gjorde|kommer|övergår|visade|påbörjat|ingick|tar|ställs)\b|[.;:!?(]|$)",
    ),
)

# What follows "att"/"om" after the trigger is the assignment's topic, up to here.
TOPIC_END = r"(?=[.;:!?]|\s+(?:och\s+(?:har|ska)|samt\s+att\s+redovisa|Uppdraget\s+ska)\b|$)"

# "myndigheterna inom (regerings)uppdraget om ökad upptäckt av våld" as an assignee.
AGENCIES_OF_ASSIGNMENT = r"^(?:de\s+)?myndigheterna\s+(?:inom|i)\s+(?:regerings)?uppdraget\s+(?:om|att)\s+(?P<topic>.+)$"

# ---- proposals ---------------------------------------------------------------------------------

PROPOSAL_PATTERNS: tuple[tuple[str, str], ...] = (
    # X föreslår (därför) att regeringen ger Y i uppdrag att …
    (
        "proposes_government_gives",
        r"(?:(?P<actor>[A-ZÅÄÖ][\wÅÄÖåäö-]+|[Vv]i)\s+)?(?:föreslår|föreslog)\s+(?:(?P<actor2>vi)\s+)?" + _ADVERBS
        + r"att\s+regeringen\s+(?:ska\s+)?(?:ger|ge)\s+" + _LIST + r"\s+(?:ett\s+|i\s+)?uppdrag\s+(?:att|om)\b",
    ),
    # X föreslår (därför/också) att Y (ska) få(r) (ett/i) uppdrag att …; Därför föreslår vi att …
    (
        "proposes_agency_gets",
        r"(?:(?P<actor>[A-ZÅÄÖ][\wÅÄÖåäö-]+|[Vv]i)\s+)?(?:föreslår|föreslog)\s+(?:(?P<actor2>vi)\s+)?" + _ADVERBS
        + r"att\s+" + _LIST + r"\s+(?:ska\s+|bör\s+)?(?:får|få|ges|ge)\s+(?:ett\s+|i\s+)?(?:nytt\s+)?uppdrag\s+(?:att|om)\b",
    ),
)
# Every PROPOSAL_PATTERNS match holds one of these (a cheap test first: most
# sentences hold none; tests/extract/test_measures_properties.py checks it).
PROPOSAL_CUES = r"föreslå|föreslog"
# Words standing for the report's author in a proposal or an assignment.
FIRST_PERSON = ("vi", "oss", "myndigheten själv")

# ---- law and regulation changes ----------------------------------------------------------------

_LAW_NOUN = (
    r"(?P<law>[\wÅÄÖåäö]*(?:lag|lagen|lagar|lagarna|lagstiftning|lagstiftningen|balk|balken|förordning|förordningen"
    r"|bestämmelse|bestämmelsen|bestämmelser|bestämmelserna|brottsrubricering|brottsrubriceringen|föreskrift"
    r"|föreskriften|föreskrifter|föreskrifterna|regelverk|regelverket))"
)
_CHANGE_VERB = (
    r"(?P<verb>kompletterats|kompletterades|ändrats|ändrades|infördes|införts|trädde\s+i\s+kraft|träder\s+i\s+kraft"
    r"|trätt\s+i\s+kraft|skärpts|skärptes|förändrades|förändrats|utvidgades|utvidgats|började\s+gälla|tillkommit"
    r"|tillkom|skärps|ändras|införs)"
)
LAW_PATTERNS: tuple[tuple[str, str], ...] = (
    ("law_then_verb", r"\b" + _LAW_NOUN + r"\b[^.;!?]{0,150}?\b" + _CHANGE_VERB + r"\b"),
    ("verb_then_law", r"\b" + _CHANGE_VERB + r"\b[^.;!?]{0,60}?\b" + _LAW_NOUN + r"\b"),
    # "lagändringen som skedde 2021", "den senaste lagändringen 2018", "Den lagändring som gjorts"
    # (a bare "lagändringen" refers back and is not matched: `extract/measures.py`
    # requires the year or the verb).
    (
        "law_amendment_noun",
        r"\b(?:lag|lagstiftnings)ändring(?:en|ar|arna)?\b"
        r"(?:\s+som\s+(?P<done>gjorts|gjordes|skedde|genomfördes|genomförts)\b)?"
        r"(?:\s+(?:år\s+)?(?P<year>(?:19|20)\d\d)\b)?",
    ),
    # "Nya bestämmelser i socialtjänstlagen", "ny och förändrad lagstiftning"
    (
        "new_law",
        r"\b(?:ny|nya|ändrad|ändrade|förändrad|förändrade|skärpt|skärpta)\s+(?:och\s+(?:ny|nya|ändrad|ändrade|förändrad"
        r"|förändrade|skärpt|skärpta)\s+)?(?P<law>lagstiftning|lagar|bestämmelser|bestämmelserna|straffbestämmelser"
        r"|regler|föreskrifter)\b",
    ),
    (
        "amendment_of_law",
        r"\b(?:kompletteringen|ändringen|ändringarna|skärpningen|skärpningarna)\s+(?:av|i)\s+(?:den\s+)?"
        r"(?P<law>[\wåäö]*(?:lagen|balken|förordningen|lagstiftningen))\b",
    ),
)
# Every LAW_PATTERNS match holds one of these, read case-insensitively.
LAW_CUES = r"lag|balk|förordning|bestämmelse|brottsrubricering|föreskrift|regelverk|regler"
# Words ending in "lag" that are no law ("förslag", "underlag").
NOT_LAW_WORDS = frozenset(
    {
        "förslag", "förslaget", "förslagen", "underlag", "underlaget", "underlagen", "anslag", "anslaget",
        "anslagen", "inslag", "inslaget", "inslagen", "beslag", "beslaget", "utslag", "utslaget", "upplag",
        "tillslag", "samlag", "slag", "slaget", "avslag", "avslaget", "påslag", "påslaget", "tilläggsanslag",
        "lönetillägg", "värdeomslag", "omslag", "omslaget", "uppslag", "uppslaget", "bidragsanslag",
        "underlagsrapport",
    }
)
# Series whose designation in a sentence makes it a law/regulation measure; "FS" = agency regulations.
LAW_SERIES = ("SFS", "FS")
# A law change not yet in force.
LAW_FUTURE = r"\b(?:träder\s+i\s+kraft|kommer\s+att\s+(?:träda|införas|gälla)|ska\s+(?:träda|införas|gälla)|föreslås)\b"

# ---- inquiries ---------------------------------------------------------------------------------

INQUIRY_SERIES = ("SOU", "Dir.", "Ds")
# Where an inquiry's name or topic ends: a verb, a parenthesis, punctuation.
_INQUIRY_NAME_END = (
    r"(?=\s+(?:har|hade|visade|visar|framkom|bedömer|bedömde|konstaterade|konstaterar|föreslår|föreslog|föreslås"
    r"|lyfter|lämnade|pekar|är|var|ska|som|och\s+[A-ZÅÄÖ])\b|\s*[(.;:!?,]|$)"
)
INQUIRY_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "named_inquiry",
        r"\b(?:[Uu]tredningen|[Bb]etänkandet)\s+(?:om\s+(?P<topic>[a-zåäö][^.;:!?,()]*?)|(?P<name>[A-ZÅÄÖ][a-zåäö]+"
        r"(?:\s+[a-zåäö]+){0,4}?))" + _INQUIRY_NAME_END,
    ),
    ("committee", r"\b(?:betänkandet|kommittédirektiven?|särskild\s+utredare|parlamentarisk\s+kommitté)\b"),
    ("appointed", r"\b(?:tillsatte|tillsatt|tillsattes|tillsatts)\s+(?:en\s+)?(?:särskild\s+)?(?:utredning|utredare|kommitté)\b"),
    ("earlier_inquiries", r"\b[Tt]idigare\s+utredningar\s+har\s+föreslagit\b"),
)
# "Utredningen om behov av skydd" is a social-services assessment, not a government inquiry.
NOT_INQUIRY_TOPICS = ("behov av", "barn som", "barnets", "skyddsbehov")

# ---- grants ------------------------------------------------------------------------------------

GRANT_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "grant",
        r"\b(?:statsbidrag|statsbidraget|statsbidragen|utvecklingsmedel|utvecklingsmedlen|stimulansmedel"
        r"|stimulansmedlen|projektmedel|verksamhetsbidrag|verksamhetsbidraget)\b"
        r"(?:\s+(?:för|till)\s+(?P<topic>[^.;:!?,]+?)(?=\s+(?:har|som|ska|är|var|fördelas|bidrar|att)\b|[.;:!?,]|$))?",
    ),
)
# Verbs after an agency that make it the one handing out a grant ("Socialstyrelsen fördelar nu statsbidrag").
GRANT_VERBS = r"^(?:fördelar|fördelade|betalar|betalade|delar|delade|beviljar|beviljade|administrerar|ger|gav)\b"
# Who hands a grant out: "statsbidrag från Socialstyrelsen", "fördelas … av Jämställdhetsmyndigheten".
GRANT_GIVER = r"\b(?:från|av|genom)\s+(?P<org>[A-ZÅÄÖ][\wÅÄÖåäö-]+(?:\s+[a-zåäö]+){0,3})"

# ---- programmes and strategies -----------------------------------------------------------------

_PROGRAMME_NOUN = (
    r"[\wåäö]*(?:program|programmet|programmen|strategi|strategin|strategier|handlingsplan|handlingsplanen"
    r"|åtgärdsprogram|åtgärdsprogrammet|satsning|satsningen)"
)
PROGRAMME_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "programme_period",
        r"\b(?P<what>" + _PROGRAMME_NOUN + r")\s+(?:för|som\s+gällde|som\s+gäller)\s+(?:åren|perioden)\s+"
        r"(?P<y1>(?:19|20)\d\d)\s*[–-]\s*(?P<y2>(?:19|20)\d\d)\b",
    ),
    (
        "programme_created",
        r"\b(?:presenterade|presenterades|tog\s+fram|tagit\s+fram|togs\s+fram|antog|antogs|antagit|lanserade"
        r"|lanserades|inrättade|inrättades|beslutade\s+om|beslutat\s+om)\b[^.;!?]{0,120}?\b(?P<what>"
        + _PROGRAMME_NOUN + r")\b",
    ),
    (
        "programme_then_created",
        r"\b(?P<what>" + _PROGRAMME_NOUN + r")\b[^.;!?]{0,80}?\b(?:presenterades|togs\s+fram|antogs|lanserades"
        r"|inrättades|tog\s+fram|presenterade|beslutades)\b",
    ),
    (
        "government_programme",
        r"\b(?P<actor>[Rr]egeringens)\s+(?:[a-zåäö]+\s+)?(?P<what>" + _PROGRAMME_NOUN + r")\b",
    ),
)
# Every PROGRAMME_PATTERNS match holds one of these, read case-insensitively.
PROGRAMME_CUES = r"program|strategi|handlingsplan|satsning"
# A "program" that is a treatment or a course, not a government programme.
NOT_PROGRAMME_WORDS = frozenset(
    {
        "behandlingsprogram", "behandlingsprogrammet", "återvändandeprogrammet", "återvändandeprogram",
        "exitprogram", "exitprogrammet", "utbildningsprogram", "tv-program", "programmet",
    }
)

# ---- status cues -------------------------------------------------------------------------------

REPORTED_CUES = (
    r"\b(?:redovisades|slutredovisades|slutredovisat|slutrapport|slutrapporten|slutrapporter|har\s+redovisat"
    r"|rapporterades|avrapporterades|redovisade\s+uppdraget)\b"
)

# ---- numbers, durations, dates -----------------------------------------------------------------

NUMBER_WORDS: dict[str, int] = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
    "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
    "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50,
    "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90, "hundra": 100, "etthundra": 100,
    "tvåhundra": 200, "trehundra": 300, "fyrahundra": 400, "femhundra": 500,
}
# "treårigt", "tioåriga", "fyraårig": the number word before "årig".
DURATION = r"\b(?P<n>" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|\d{1,2})[-]?årig(?:t|a|e)?\b"
# "2022–2024", "2018-2023" as a period.
YEAR_RANGE = r"\b(?P<y1>(?:19|20)\d\d)\s*[–-]\s*(?P<y2>(?:19|20)\d\d)\b"
YEAR = r"(?<![\d/:])(?P<year>(?:19|20)\d\d)(?![\d/:])"

MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "augusti": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
}
DATE = r"\b(?P<day>\d{1,2})\s+(?P<month>" + "|".join(MONTHS) + r")\s+(?P<year>(?:19|20)\d\d)\b"
ISO_DATE = r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"
# A date that ends a period, not the measure's date: "till och med den 31 december 2017".
NOT_MEASURE_DATE_BEFORE = r"(?:till\s+och\s+med|t\.\s?o\.\s?m\.|senast|fram\s+till)\s+(?:den\s+)?$"
# "senast den 10 november 2023", "senast 27 november 2015"
REPORT_BACK = r"\bsenast\s+(?:den\s+)?(?=\d{1,2}\s+[a-zåäö]+\s+(?:19|20)\d\d)"

# A "senast den …" date is a report-back date in a sentence about reporting,
# not in one about requisitioning or paying back money.
# Both are looked for within REPORT_WINDOW characters of "senast".
REPORT_CONTEXT = (
    r"redovis|rapport|slutför|genomfört|avslutat|avslutas|tillhanda|inkomma|svar|till\s+(?:Regeringskansliet|regeringen)"
    r"|lämna\w*\s+(?:en\s+|ett\s+)?(?:\w+\s+)?(?:redovisning|rapport|förslag|underlag|plan|bedömning|analys)"
)
REPORT_WINDOW = 90
NOT_REPORT_CONTEXT = r"ekonomisk\w*\s+redovisning|rekvi|återbetal|betalas\s+tillbaka|betala\s+tillbaka|återför|utbetal"

# Amounts in kronor. Units multiply; "fem och en halv miljon kronor" = 5 500 000.
AMOUNT_UNITS: dict[str, float] = {
    "tusen": 1e3, "miljon": 1e6, "miljoner": 1e6, "miljard": 1e9, "miljarder": 1e9,
    "tkr": 1e3, "mnkr": 1e6, "mkr": 1e6, "mdkr": 1e9, "mdr": 1e9,
}
AMOUNT = (
    r"(?<![\w,])(?P<number>\d{1,3}(?:[ ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?|(?P<words>(?:"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")(?:\s+och\s+en\s+halv)?|en\s+halv|halv))\s*"
    r"(?:(?P<unit>tusen|miljoner|miljon|miljarder|miljard)\s+(?:kronor|kr\b)|(?P<unit2>tkr|mnkr|mkr|mdkr)\b"
    r"|(?:kronor|kr\b|SEK\b))"
)

# ---- organisations -----------------------------------------------------------------------------

# Endings of a one-word agency name (definite form), matched case-insensitively;
# the ending alone ("Myndigheten", "Verket") names no agency.
ORG_SUFFIXES: tuple[str, ...] = (
    "myndigheten", "myndigheterna", "verket", "verken", "styrelsen", "styrelserna", "inspektionen", "kollegiet",
    "rådet", "nämnden", "kontoret", "ombudsmannen", "kassan", "förmedlingen", "institutet", "museet", "museer",
    "museum", "ämbetet", "centralbyrån", "tinget", "domstolen", "universitetet", "universitet", "högskolan",
    "akademien", "biblioteket", "arkivet", "kommittén", "delegationen", "fonden", "analys", "centrum", "forum",
    "kraftnät", "undersökning", "utställningar", "polisen", "verk", "myndighet", "styrelse", "nämnd", "inspektion",
)
# One-word agency names that no ending gives away.
SINGLE_NAME_AGENCIES: tuple[str, ...] = (
    "Sametinget", "Barnafrid", "Forte", "Formas", "Vinnova", "Lantmäteriet", "Kustbevakningen", "Försvarsmakten",
    "Kriminalvården", "Riksdagen", "Regeringskansliet", "Tullverket", "Polisen", "Kammarkollegiet",
    "Arbetsförmedlingen", "Försäkringskassan", "Trafikanalys", "Riksgälden", "Riksbanken", "Kronofogden",
    "Riksarkivet", "Regionerna", "Kommunerna", "Landstingen", "Länsstyrelserna", "Lärosätena",
)
# Starts of a multi-word agency name.
ORG_PREFIXES: tuple[str, ...] = (
    "Statens ", "Myndigheten för ", "Länsstyrelsen ", "Region ", "Sveriges ", "Rådet för ", "Inspektionen för ",
    "Institutet för ", "Nämnden för ", "Forum för ", "Styrelsen för ", "Verket för ", "Centrum för ",
    "Nationellt centrum ", "Affärsverket ", "Kungl. ", "Kungliga ", "Delegationen för ", "Kommittén för ",
    "Forskningsrådet för ", "Centrala ", "Nationella ",
)
# First words of a name "X för/mot/vid …" that make it an agency
# ("Kompetensrådet för utveckling i staten", "Delegationen mot segregation").
ORG_HEAD_LINKS = ("för", "mot", "vid", "inom", "i")
# Word endings that look like an agency's but are not ("Utgiftsområdet").
NOT_AGENCY_ENDINGS = ("området", "uppdraget", "arbetet", "beslutet", "förslaget")
# Words that cannot be part of an agency's name: the span ran past it.
NOT_IN_NAME = r"\b(?:uppdrag|uppdraget|ska|skall|bör|som|att|får|har|hade|varsitt|dels|kan|även|också)\b"
# Fillers before the names in an assignee span ("samtidigt åt", "år 2020").
ASSIGNEE_LEAD = (
    r"^(?:(?:också|även|bland\s+andra|bl\.\s?a\.|dels|därför|nu|samtidigt|vidare|fortsatt|gemensamt|härmed"
    r"|därutöver|till|åt|och|år\s+\d{4}|under\s+\d{4}|uppdrag(?:et)?\s+(?:åt|till|för)"
    r"|(?:generaldirektören|myndighetschefen|chefen)\s+för)\s+)+"
)

# Assignees that name no particular agency; the measure then lists none.
GENERIC_ASSIGNEES = frozenset(
    {
        "flera myndigheter", "myndigheterna", "myndigheter", "berörda myndigheter", "följande myndigheter",
        "dessa myndigheter", "de fem myndigheterna", "ett antal myndigheter", "några myndigheter",
        "statliga myndigheter", "andra myndigheter", "de myndigheter", "samtliga myndigheter", "följande",
        "de statliga myndigheterna", "samtliga statliga myndigheter", "vissa myndigheter",
    }
)
# Plural groups written in lower case in running text, and their normalised names.
GROUP_NAMES: dict[str, str] = {
    "länsstyrelserna": "Länsstyrelserna",
    "regionerna": "Regionerna",
    "kommunerna": "Kommunerna",
    "landstingen": "Landstingen",
    "lärosätena": "Lärosätena",
    "universitet och högskolor": "Universitet och högskolor",
}

# Short and older names -> the full name used in measures (canonical names follow
# extract/agencies.py: the official full name). Kept here rather than in
# ABBREVIATIONS because citation keys there must keep the spelling the
# reports use ("Skolverket 2019").
AGENCY_ALIASES: dict[str, str] = {
    "Skolverket": "Statens skolverk",
    "Energimyndigheten": "Statens energimyndighet",
    "Jordbruksverket": "Statens jordbruksverk",
    "Kulturrådet": "Statens kulturråd",
    "Vinnova": "Verket för innovationssystem",
    "Svenska kraftnät": "Affärsverket svenska kraftnät",
    "Tillväxtanalys": "Myndigheten för tillväxtpolitiska utvärderingar och analyser",
    "Handisam": "Myndigheten för handikappolitisk samordning",
    "Digg": "Myndigheten för digital förvaltning",
}
# Centres hosted by another agency: an assignment to the host may be the centre's.
AGENCY_HOSTS: dict[str, str] = {
    "Barnafrid": "Linköpings universitet",
    "Nationellt centrum för kvinnofrid": "Uppsala universitet",
}
# Names containing "och" or a comma, kept whole when a list of agencies is split.
MULTIWORD_AGENCIES: tuple[str, ...] = (
    "Sveriges Kommuner och Regioner",
    "Sveriges Kommuner och Landsting",
    "Myndigheten för samhällsskydd och beredskap",
    "Myndigheten för vård- och omsorgsanalys",
    "Myndigheten för ungdoms- och civilsamhällesfrågor",
    "Myndigheten för press, radio och tv",
    "Myndigheten för stöd till trossamfund",
    "Myndigheten för tillväxtpolitiska utvärderingar och analyser",
    "Myndigheten för arbetsmiljökunskap",
    "Myndigheten för familjerätt och föräldraskapsstöd",
    "Inspektionen för vård och omsorg",
    "Statens beredning för medicinsk och social utvärdering",
    "Forskningsrådet för hälsa, arbetsliv och välfärd",
    "Forskningsrådet för miljö, areella näringar och samhällsbyggande",
    "Institutet för språk och folkminnen",
    "Post- och telestyrelsen",
    "Havs- och vattenmyndigheten",
    "Tandvårds- och läkemedelsförmånsverket",
    "Universitets- och högskolerådet",
    "Statens väg- och transportforskningsinstitut",
    "Sveriges export- och investeringsråd",
    "Styrelsen för ackreditering och teknisk kontroll",
    "Myndigheten för radio och tv",
    "Statens servicecenter",
    "Nationellt centrum för kvinnofrid",
)

# ---- the four objectives of the national strategy (Skr. 2016/17:10) ------------------------------

# A heading "Målsättning 3: …" sets the objective explicitly.
OBJECTIVE_HEADING = r"^\s*Målsättning\s+(?P<n>[1-4])\b"
# Keywords in a chapter (level-1) heading; a heading matching more than one
# objective (a summary chapter) sets none.
OBJECTIVE_KEYWORDS: dict[int, tuple[str, ...]] = {
    1: ("förebyggande", "förebygga"),
    2: ("upptäckt", "våldsutsatta", "stöd och skydd", "rättssäkerhet"),
    3: ("rättsväsende", "brottsbekämpning", "lagföring"),
    4: ("kunskap", "metodutveckling", "yrkesverksamma"),
}

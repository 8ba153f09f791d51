"""Swedish number language for figure extraction, kept as data (cf. spaCy `lang/sv/lex_attrs.py`).

`extract/figures.py` builds its spaCy Matcher patterns and its look-ups from
these tables: number words and how they compound (`tjugofem`, `tvåhundra`),
scale words (`miljoner`), fraction and share words (`tredjedelar`, `hälften`,
`var tredje`, `en majoritet`), ratio words (`gånger så`, `dubbelt så`),
qualifiers (`drygt`, `knappt`, `cirka`), unit words (`procent`,
`procentenheter`, `kronor`, `mnkr`, `dagar`, `år`), the nouns that name what
is counted (`kvinnor`, `kommuner`, `samtal`), and the words around a number
that make it a reference rather than a figure (`kap.`, `§`, `Figur`,
`årskurs`). Everything is lower case; look-ups lower-case the token.
"""

from __future__ import annotations

# --- Number words -----------------------------------------------------------

# Morphemes that compound into a cardinal: "tjugofem" = tjugo + fem,
# "tvåhundrafemtio" = två + hundra + femtio. spaCy's Swedish `like_num`
# knows the simple words only.
CARDINAL_MORPHEMES: dict[str, int] = {
    "noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6,
    "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13,
    "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19,
    "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70,
    "åttio": 80, "nittio": 90,
}

# Multiplying morphemes inside a compound number word ("tretusen").
COMPOUND_SCALE_MORPHEMES: dict[str, int] = {"hundra": 100, "tusen": 1_000}

# Scale words after a number: "3 miljoner kronor", "två tusen". Abbreviations
# are the forms government budget texts use.
SCALE_WORDS: dict[str, float] = {
    "hundra": 1e2, "tusen": 1e3,
    "miljon": 1e6, "miljoner": 1e6, "milj.": 1e6, "milj": 1e6, "mn": 1e6,
    "miljard": 1e9, "miljarder": 1e9, "mdr": 1e9, "mdr.": 1e9, "md": 1e9,
}

# Number words that are also articles ("en man") or another word ("för sex"):
# a figure only next to a unit, fraction or scale word, or after a restrictive
# word ("enbart en person").
AMBIGUOUS_NUMBER_WORDS: frozenset[str] = frozenset({"en", "ett", "sex"})
ARTICLE_NUMBER_WORDS: frozenset[str] = frozenset({"en", "ett"})
RESTRICTIVE_WORDS: frozenset[str] = frozenset({"enbart", "endast", "bara", "blott", "totalt", "sammanlagt"})
# Round 9 (blind6, seen): "sex" is six before a noun in a plural form ("består
# av sex rättsakter", "sex avdelningar"), unless a verb of buying, selling or
# having stands before it, where "sex" is the act ("den som köper sex vågar",
# "den som säljer sex ses som"). Present-tense verbs end like plurals too, so
# both conditions are needed.
SIX_PLURAL_ENDINGS: tuple[str, ...] = ("ar", "er", "or", "na")
SEX_AS_ACT_AFTER: frozenset[str] = frozenset({
    "köp", "köpa", "köper", "köpte", "köpt", "köpts", "sälja", "säljer", "sålde", "sålt", "sälj", "ha", "har",
    "hade", "haft", "idka", "idkar", "idkade", "erbjuda", "erbjuder", "erbjöd", "erbjudit",
})
# "ett och ett halvt prisbasbelopp", "en och en halv timme", "två och ett halvt
# år": a number plus a half (round 9). After "och", an article and one of these.
AND_A_HALF_JOINER: str = "och"
AND_A_HALF_WORDS: frozenset[str] = frozenset({"halv", "halvt"})
# "halvannan timme", "halvannat år": one and a half, in one word.
ONE_AND_A_HALF_WORDS: dict[str, float] = {"halvannan": 1.5, "halvannat": 1.5}

# A number word with no unit, counted noun, qualifier or partner is no
# figure ("mellan två jämbördiga parter"), unless one of these licenses it:
# "varav tre personuppklarades".
BARE_WORD_LICENSORS: frozenset[str] = frozenset({"varav"})
# A number word before any other noun counts it ("två promemorior", "tre
# förutsättningar", "nio ledamöter"; issue 14), over up to this many
# modifiers ("två nya jämställdhetspolitiska delmål"), except after these
# ("mellan två jämbördiga parter" is a relation, not a count).
BARE_NOUN_MODIFIERS: int = 2
BARE_NOUN_BLOCKERS: frozenset[str] = frozenset({"mellan", "båda", "vilka", "någon", "några"})
# Past and passive verb forms ("dödades", "inkom", "beviljats"): no noun.
VERB_ENDINGS: tuple[str, ...] = ("ades", "ats", "des", "tes", "ade", "ats")
# "tre nya standardiserade vårdförlopp", "tolv marina skyddade områden": after
# an adjective, a past participle in -ade/-ede is an adjective too (round 14).
PARTICIPLE_ADJECTIVE_ENDINGS: tuple[str, ...] = ("ade", "ede")
# "uppgifterna 4–6 redovisas": a passive verb after a number (-as, at least
# seven letters; not the definite genitive plural -nas) counts nothing (round 14).
PASSIVE_VERB_ENDING: str = "as"
PASSIVE_VERB_MIN_LENGTH: int = 7
# Words a counted noun never is (verbs, pronouns, adverbs that follow a number word).
NOT_NOUNS: frozenset[str] = frozenset({
    "av", "som", "och", "eller", "att", "har", "hade", "är", "var", "blev", "blir", "kan", "ska", "skulle", "får",
    "fick", "bör", "gånger", "gång", "till", "i", "på", "med", "för", "om", "de", "den", "det", "sig", "sina", "sin",
    "så", "mer", "fler", "mindre", "färre", "år", "procent", "gjorde",
})

# "inga män eller pojkar" is a count of zero when a counted noun follows.
# Only the plural: "ingen"/"inget" before a singular denies that a thing
# exists ("varefter inget återbesök har gjorts"), it counts nothing.
ZERO_WORDS: frozenset[str] = frozenset({"inga"})

# Digits: Swedish writes thousands with a space, no-break space or thin space
# ("5 287"; the tokenizer splits them, the Matcher joins them again) and
# decimals with a comma ("0,5").
# A dot between groups of three is read as a thousands separator ("1.000"),
# never as a decimal point, so "5.3" (a section number) is no number.
THOUSANDS_SEPARATORS: str = " \u00a0\u2009\u202f"
DIGIT_GROUP_HEAD: str = r"^[0-9]{1,3}$"
DIGIT_GROUP_TAIL: str = r"^[0-9]{3}(,[0-9]+)?$"
PLAIN_NUMBER: str = r"[+\-\u2212]?[0-9]+(,[0-9]+)?"
GROUPED_NUMBER: str = r"[+\-\u2212]?[0-9]{1,3}([ \u00a0\u2009\u202f][0-9]{3})+(,[0-9]+)?"
DOTTED_THOUSANDS: str = r"[0-9]{1,3}(\.[0-9]{3})+"

# --- Years ------------------------------------------------------------------

# A four-digit number in this range is a year (a time reference, not a
# figure) unless a unit or counted noun follows it ("2000 thaimassagesalonger").
YEAR_TOKEN: str = r"^(19|20)[0-9]{2}$"
OPEN_YEAR_TOKEN: str = r"^(19|20)[0-9]{2}[-\u2013]$"  # "2018- 2022" as PDF text splits it
DASHES: tuple[str, ...] = ("\u2013", "\u2014", "-")
# "mellan 2015 och 2021", "från 2016 till 2020": a span of years.
YEAR_SPAN_OPENERS: tuple[str, ...] = ("mellan", "från")
YEAR_SPAN_JOINERS: tuple[str, ...] = ("och", "till")
# Years in one list: "under 2022 och 2023".
YEAR_LIST_JOINERS: frozenset[str] = frozenset({"och", ",", "samt", "respektive", "eller"})
# Words between a figure and the year it is stated for: "537 ärenden år 2016",
# "227 ärenden under 2023", "45 procent ... mellan åren 2020–2022".
YEAR_INTRODUCERS: frozenset[str] = frozenset({"år", "året", "åren", "under", "i", "mellan", "sedan"})
# "år 2016": a four-digit number after these is a year whatever follows, and
# "1205 år 2023" has no unit "år" (the word introduces the year).
STATED_YEAR_WORDS: frozenset[str] = frozenset({"år", "året"})
# "i december 2014 beslut om ...", "hösten 2022": a year, though a noun follows.
SEASONS: frozenset[str] = frozenset({
    "våren", "sommaren", "hösten", "vintern", "vårterminen", "höstterminen", "halvåret", "kvartalet",
})
# A span longer than this is kept as its two end years.
MAX_EXPANDED_YEAR_SPAN: int = 60

MONTHS: frozenset[str] = frozenset({
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december",
    "jan.", "feb.", "febr.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "dec.",
})

# --- References that are not figures --------------------------------------

# A number right after one of these labels something: "kap. 5", "Figur 5",
# "Tabell 1", "bilaga 1", "årskurs 9", "Målsättning 3", "sub-goal 6".
REFERENCE_PRECEDERS: frozenset[str] = frozenset({
    "kap.", "kap", "kapitel", "kapitlet", "figur", "fig.", "figure", "tabell", "tab.", "table",
    "diagram", "bild", "karta", "bilaga", "bil.", "bilagan", "årskurs", "åk", "åk.", "klass",
    "målsättning", "målsättningen", "delmål", "delmålet", "sub-goal", "avsnitt", "avsnittet",
    "punkt", "punkten", "steg", "version", "fotnot", "not", "nr", "nr.", "no.", "sid.", "s.",
    "ss.", "sidan", "p.", "st.", "stycket", "artikel", "art.", "sfs", "sou", "prop.", "ds", "dir.",
    "skr.", "skr", "bet.", "rskr.", "kl.", "klockan", "utgiftsområde", "anslag", "anslaget",
    "anslagsposten", "anslagspost", "utgiftsområdet", "ap.", "rad", "kolumn", "fråga", "frågan", "nivå",
    # Designations of a week, quarter or stage: "temaveckan vecka 11 år 2022", "etapp 2".
    "vecka", "veckan", "v.", "kvartal", "etapp", "etappen", "fas", "fasen", "omgång", "omgången",
    "åtgärd",  # a programme's numbered measure: "i den del det avser åtgärd 11"
    # Numbers of a publication, a post box, a standard, a road (blind2, second run):
    # "skrift nummer 10", "Box 2218", "ISO 39001", "Rv 40".
    "nummer", "box", "iso", "rv", "riksväg", "länsväg", "väg",
    # A numbered agreement: "ramavtal 6 – Storstad Stockholm".
    "ramavtal", "ramavtalet",
    # Sixth round (blind3, seen): "märkning enligt alternativ 1 respektive 2",
    # "Skolverkets lägesbedömningar 2006, rapport 288", "Innehållsförteckning 1".
    "alternativ", "alternativet", "rapport", "innehållsförteckning",
})
# Round 9 (blind6, seen): a singular time word right before a bare number names
# a numbered period, not a measure: "perioden 2015–2017 (år 1–3)", "år 4–6",
# "dag 1", "vecka 19" (the measure follows the number: "3 år").
NUMBERED_PERIOD_WORDS: frozenset[str] = frozenset({
    "år", "dag", "dygn", "vecka", "månad", "kvartal", "termin", "läsår", "timme", "halvår",
})
# "förordning (EG) nr 1272/2008 av den 16", its month cut off by a line break:
# a bare whole number up to 31 after the definite article "den" is the day of
# a date (Swedish writes dates "den 16 december"; a count after "den" has a noun).
DATE_DAY_ARTICLES: frozenset[str] = frozenset({"den"})
MAX_DAY_OF_MONTH: int = 31
# "har kompletterat sin utbildning enligt 2 med sådan utbildning": a bare
# number after these refers to a point of a list; with a unit it is a figure.
BARE_REFERENCE_AFTER: frozenset[str] = frozenset({"enligt"})
# --- Round 8 (blind5, seen): principles for bare numbers --------------------
# A bare number is a digit number with no unit, scale or counted noun after
# it. Three principles say when it names or points rather than counts; each
# holds for shapes no word list had ("Uppdrag 5", "Fit for 55", "PBA 1",
# "COM [2020] 381", "som avses i 1 och 2"), and for the earlier rounds' too.
#
# (a) A designation: directly after a word that is not one of these closed-
# class words (prepositions, conjunctions, determiners, pronouns,
# auxiliaries, adverbs, quantity words), i.e. after a noun or name with no
# determiner before the number ("rapport 288", "Uppdrag 5 ska", "ramavtal 6"),
# when no noun follows it. "de 21 landsting", "var 12", "till 12" stay figures.
CLOSED_CLASS_WORDS: frozenset[str] = frozenset({
    # prepositions
    "i", "på", "av", "till", "med", "för", "från", "om", "under", "över", "enligt", "mellan", "inom", "efter",
    "före", "vid", "mot", "emot", "utan", "genom", "per", "hos", "kring", "runt", "bland", "sedan", "utöver",
    "jämfört", "än", "via", "ur", "åt", "bortom", "trots", "inklusive", "exklusive", "varav",
    # conjunctions and subjunctions
    "och", "eller", "samt", "men", "respektive", "som", "att", "när", "då", "där", "medan", "eftersom",
    "både", "varken", "plus", "minus", "gånger",
    # determiners and pronouns
    "de", "dessa", "den", "det", "denna", "detta", "dess", "deras", "sina", "sin", "sitt", "hans", "hennes",
    "vår", "våra", "vårt", "er", "era", "alla", "samtliga", "varje", "vilka", "vilken", "vilket", "några",
    "någon", "inga", "ingen", "dem", "man", "vi", "ni", "han", "hon", "hen", "övriga", "andra", "nästa",
    "sista", "första", "följande", "ovanstående", "nämnda", "samma",
    # auxiliaries, copulas and light verbs
    "är", "var", "vara", "varit", "blir", "blev", "bli", "blivit", "har", "hade", "haft", "ha", "ska", "skall",
    "skulle", "kan", "kunde", "kunnat", "får", "fick", "fått", "bör", "borde", "måste", "vill", "ville",
    "uppgick", "uppgår", "uppgått", "omfattar", "omfattade", "utgör", "utgjorde", "motsvarar", "motsvarade",
    "ökade", "ökat", "minskade", "minskat", "steg", "sjönk", "gav", "ger", "ges", "fanns", "finns", "erhöll",
    "inkom", "inkommit", "beviljades", "beviljats", "anmäldes", "anmälts", "registrerades", "avser",
    # adverbs and quantity words
    "totalt", "sammanlagt", "endast", "bara", "enbart", "blott", "även", "också", "nu", "ytterligare", "cirka",
    "ca", "ca.", "ungefär", "drygt", "knappt", "nästan", "närmare", "omkring", "minst", "högst", "max", "maximalt",
    "åtminstone", "mer", "mindre", "fler", "färre", "flera", "upp", "ned", "ner", "dryga",
    "inte", "ej", "icke", "aldrig", "redan", "ännu", "just", "resp.", "o.", "s", "a", "b",
    "så", "samtidigt", "dessutom", "senast", "tidigast", "därav", "därtill", "vardera", "styck", "st",
})
# A definite genitive is a determiner, not a name (round 9): "från dagens 12
# till 15 kommuner", "årets 40 ärenden" keep their numbers.
DEFINITE_GENITIVE_ENDINGS: tuple[str, ...] = ("ens", "ets", "nas")
# (b) A reference: after one of these prepositions, when the sentence cites
# law ("som avses i 1 och 2", "enligt punkten 2 … enligt 2"). "enligt"
# always refers ("har kompletterat sin utbildning enligt 2 med sådan").
REFERENCE_PREPOSITIONS: frozenset[str] = frozenset({"i", "enligt", "av", "under"})
ALWAYS_REFERENCE_PREPOSITIONS: frozenset[str] = frozenset({"enligt"})
# Words and signs that make a sentence cite law.
LAW_CUES: frozenset[str] = frozenset({
    "avses", "avsedd", "avsett", "avsedda", "§", "§§", "kap.", "kap", "punkt", "punkten", "punkterna", "stycket",
    "styckena", "lagen", "förordningen", "föreskrifterna", "bilaga", "bilagan", "artikel", "artikeln",
})
# (c) An acronym's designation: after an upper-case token of two or more
# letters (or its genitive, "EU:s"), optionally with a bracketed year between
# ("PBA 1", "SS 741", "COM [2020] 381", "EU:s 2 (4) territoriella agenda").
# The bracketed number right after a designation belongs to it ("2 (4)").
ACRONYM: str = r"^[A-ZÅÄÖ]{2,}(?:[-/][A-ZÅÄÖ]{2,})*(?::s)?$"
BRACKETS: dict[str, str] = {"(": ")", "[": "]"}
# "fyllt 19 men inte 21 år": a negation inside a list whose last number carries the unit.
LIST_NEGATIONS: frozenset[str] = frozenset({"inte", "ej", "icke"})
# "(COM[2022] 236 final)": the tokenizer leaves the acronym and the bracketed
# year one token; the number after the bracket is the document's (round 14).
ACRONYM_GLUED_YEAR: str = r"^[A-ZÅÄÖ]{2,}[\[(](?:19|20)\d\d$"
# "(NV–06530–23)": a designation of capitals and digits, cut by dashes; the
# number glued to it after a dash is its last part (round 14).
DASHED_DESIGNATION_HEAD: str = r"^[A-ZÅÄÖ]{1,4}[a-zåäö]?[\u2013-]?\d{3,}$"
# "559347–9420": an organisation or personal identity number (six digits, a
# dash, four digits) is no range (round 14).
IDENTITY_NUMBER_HEAD: str = r"\d{6}"
IDENTITY_NUMBER_TAIL: str = r"\d{4}"
# Currency codes stand before an amount ("SEK 100", "EUR 5"): no acronym designation.
CURRENCY_CODES: frozenset[str] = frozenset({"SEK", "MSEK", "EUR", "MEUR", "USD", "MUSD", "GBP", "NOK", "DKK"})

# A letter or a range of letters inside a list of sections: "33 a–d §§".
SECTION_LETTERS: str = r"[a-z](?:[\u2013-][a-z])?"
# A number after a street name is an address: "Slottsbacken 6", "Drottninggatan 5"
# (a capitalised word with one of these endings).
STREET_NAME_ENDINGS: tuple[str, ...] = (
    "gatan", "vägen", "backen", "backe", "torget", "torg", "gränd", "gränden", "plan", "allé", "allén", "stigen",
    "leden", "kajen", "platsen", "esplanaden", "promenaden", "strand", "stranden", "gata", "väg",
)
# "utgiftsområde 1 Rikets styrelse, 19 Regional tillväxt och 22 Kommunikationer":
# after a designation that names what it numbers, a number after one of these
# joiners is the list's next designation (unless a unit follows it).
DESIGNATION_LIST_JOINERS: frozenset[str] = frozenset({",", "och", "samt", "respektive"})
# ... and before one of these: "5 kap.", "11 §", "1 a §".
REFERENCE_FOLLOWERS: frozenset[str] = frozenset({"kap.", "kap", "§", "§§", "st.", "stycket", "p.", "punkten"})
# Legal and government text (issue 14): these before a list or range of
# numbers make every number in it a reference: "punkterna 2, 3 och 4",
# "artiklarna 14–15", "bilagorna 14–16", "första stycket 1–3",
# "beaktandesats 72", "CETS 108"; and "2 kap. 13, 15, 16, 17 och 20 §§",
# "46 och 47 §§": a list or range that ends in a section sign or "kap.".
LIST_REFERENCE_PRECEDERS: frozenset[str] = frozenset({
    "punkterna", "punkt", "punkten", "artiklarna", "artikel", "artikeln", "art.", "bilagorna", "bilaga", "bilagan",
    "stycket", "stycke", "styckena", "st.", "avsnitten", "avsnitt", "avsnittet", "paragraferna", "paragraf", "paragrafen",
    "beaktandesats", "beaktandesatsen", "skäl", "cets", "nr", "nr.", "klass", "kapitlen", "kapitel", "kapitlet",
    "kap.", "sidorna", "s.", "ss.", "årskurs", "årskurserna", "årkurserna", "åk", "figur", "figurerna", "tabell",
    "alternativ", "alternativen",  # "enligt alternativ 1 respektive 2" (sixth round)
    # Seventh round (blind4, seen): a list of footnote references, "Se fotnot 18, 19 och 20."
    "fotnot", "fotnoten", "fotnoterna", "not", "noten", "noterna",
})
# Numbered targets: "de jämställdhetspolitiska delmålen 1–5", "mål 3" (seventh
# round). Like LIST_REFERENCE_PRECEDERS, but a measure after the numbers or a
# year among them makes them a figure or a time ("målet 50 procent", "målen 2030").
TARGET_NOUNS: frozenset[str] = frozenset({
    "mål", "målet", "målen", "delmål", "delmålet", "delmålen", "etappmål", "etappmålet", "etappmålen",
})
# A standard's designation: "svensk standard SS 741", "SS-EN 1234-1", "ISO 9001",
# "SS-EN ISO 9001:2015", "ISO/IEC 27001" (seventh round). The number after an
# upper-case token made of these bodies' names (joined by "-" or "/") is no figure.
# Case-sensitive: "EN" is a standard body, "en" an article.
STANDARD_BODIES: frozenset[str] = frozenset({
    "SS", "SIS", "EN", "ISO", "IEC", "CEN", "CENELEC", "ETSI", "DIN", "BS", "NF", "ASTM", "ANSI", "IEEE", "ITU",
})
LIST_REFERENCE_JOINERS: frozenset[str] = frozenset({",", "och", "eller", "samt", "respektive", "–", "-", "—", "a", "b",
                                                     "c", "d", "e", "f", "g", "h"})
# A numbered provision's designation: "22a", "4b–4j", "22a.1", "11.1", "37.3" (a
# Swedish decimal has a comma, so a dotted number numbers a section). A list of
# numbers holding one of these is a list of designations: "artiklarna …, 22b,
# 37.3, 41 och bilaga IVc" (round 13, blind11).
DESIGNATION_NUMBER: str = r"\d+(?:[a-zåäö]+(?:\.\d+[a-zåäö]*)*|(?:\.\d+[a-zåäö]*)+)(?:[\u2013-].*)?"
# A number after a run of dots is a page number in a table of contents
# ("Förteckning över remissinstanserna........9").
TOC_LEADER: str = r"\.{4,}"
# "perioden 1 juni–15 september": the tokenizer leaves "juni–15" one token.
MONTH_DASH: str = r"^(?:" + "|".join(("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                                      "september", "oktober", "november", "december")) + r")[–-]"
# "femårsperioden", "tioårig", "treårigt": a number of years inside a compound.
# "tolvmånadsperiod", "sexmånadersgräns": a number of months inside a compound.
COMPOUND_MONTHS: str = (r"^(en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|arton|tjugofyra|trettiosex)"
                        r"(?:månads|månaders)[a-zåäö]+$")
# Round 9 (blind6, seen): the same for days, weeks and hours, "tredagarsbefordran"
# (delivery within three days), "tvåveckorsperiod", "åttatimmarsdag": a number
# word and a time word in the genitive opening a compound, as the digit form
# ("90-dagarsgaranti", DIGIT_COMPOUND_TIME) already reads.
COMPOUND_SHORT_TIME: str = (r"^(en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|fjorton|tjugo|trettio|"
                            r"fyrtiofem|sextio|nittio)(dagars|dygns|veckors|timmars)[a-zåäö]+$")
COMPOUND_SHORT_TIME_UNITS: dict[str, str] = {"dagars": "days", "dygns": "days", "veckors": "weeks",
                                             "timmars": "hours"}
# "103 15 Stockholm": a Swedish postcode (three digits, two digits, a town).
POSTCODE_HEAD: str = r"^[0-9]{3}$"
POSTCODE_TAIL: str = r"^[0-9]{2}$"
COMPOUND_YEARS: str = (r"^(en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|tjugofem|trettio)"
                       r"(?:års|årig|årigt|åriga)[a-zåäö]*$")
SECTION_SIGNS: tuple[str, ...] = ("§", "§§")
SECTION_LETTER: str = r"^[a-z]$"  # "4 kap. 1 a §"
# "1. Svenska kraftnät ska ...": a number opening the text before one of these
# numbers a list item.
ENUMERATOR_MARKS: frozenset[str] = frozenset({".", ")"})
# "skadlig exponering via inandning, 2.": a bare number after a comma that ends
# the text is the next list item's number, cut off by the sentence splitter.
TRAILING_ENUMERATOR_AFTER: frozenset[str] = frozenset({",", ")", ";", ":"})
# "... om läraren 1.", "Regeringen föreslår att riksdagen 1.": a bare
# number up to this ending the text opens the next list item, unless a copula
# or one of these stands before it ("antalet var 12.", "uppgick till 12.").
TRAILING_ITEM_MAX: float = 20
TRAILING_FIGURE_AFTER: frozenset[str] = frozenset({
    "till", "av", "på", "med", "totalt", "sammanlagt", "endast", "bara", "enbart", "ungefär", "cirka", "ca",
})
# Inside the text, digits with a full stop glued to them and a lower-case word
# after ("... mot examen, och 3. i övrigt är lämplig") are a list item or an
# ordinal: a cardinal figure never ends in a full stop mid-sentence.
GLUED_ENUMERATOR_MARK: str = "."

# --- Qualifiers -------------------------------------------------------------

APPROX = "approx"
OVER = "over"
UNDER = "under"

# Words before a number that say how exact it is. "högst"/"minst" fold into
# under/over: a verifier reads a qualifier as the direction of the inequality.
# "i genomsnitt" is no qualifier (the figure is an average, stated exactly).
QUALIFIERS: dict[str, str] = {
    "cirka": APPROX, "ca": APPROX, "ca.": APPROX, "c:a": APPROX, "runt": APPROX,
    "omkring": APPROX, "ungefär": APPROX, "kring": APPROX, "uppskattningsvis": APPROX,
    "i storleksordningen": APPROX, "i runda tal": APPROX, "bortåt": APPROX,
    "drygt": OVER, "över": OVER, "mer än": OVER, "fler än": OVER, "minst": OVER,
    "åtminstone": OVER, "strax över": OVER, "upp mot": UNDER,
    "knappt": UNDER, "nästan": UNDER, "närmare": UNDER, "under": UNDER, "mindre än": UNDER,
    "färre än": UNDER, "högst": UNDER, "lägst": OVER, "upp till": UNDER, "upp emot": UNDER, "strax under": UNDER,
    "inemot": UNDER, "inte fullt": UNDER,
    # Bounds of time in rules: "senast tre månader efter", "kortare tid än två
    # månader", "längre tid än sex månader", "tidigast ett år efter".
    "senast": UNDER, "kortare tid än": UNDER, "kortare än": UNDER, "längre tid än": OVER, "längre än": OVER,
    "tidigast": OVER, "maximalt": UNDER,
    # "unga som inte fyllt 21 år", "fyllt 18 men inte 23 år": under an age.
    "inte": UNDER, "inte fyllt": UNDER,
    # "personer som inte har fyllt 15 år" (round 12): the perfect's auxiliary between.
    "inte har fyllt": UNDER, "inte hade fyllt": UNDER,
}
# Round 9 (blind6, seen): verbs of exceeding and falling short bound the
# number after them in every form ("överstiger 25 procent", "arbetsinkomster
# överstigande 60 000 kronor och understigande 500 000 kronor", "får inte
# överskrida två år"): a stem per verb, its forms generated below.
BOUND_VERB_STEMS: dict[str, str] = {"överstig": OVER, "understig": UNDER, "överskrid": OVER, "underskrid": UNDER}
BOUND_VERB_FORMS: dict[str, str] = {
    stem + ending: kind
    for stem, kind in BOUND_VERB_STEMS.items()
    for ending in ("a", "er", "it", "ande", "s", "its")
} | {"översteg": OVER, "understeg": UNDER, "överskred": OVER, "underskred": UNDER}
QUALIFIERS.update(BOUND_VERB_FORMS)
# Round 12: a negated bound verb bounds the other way: "får inte överstiga
# sex" is at most six, as "högst" is (blind10's label; round 9's made-up
# "inte överstiga 2 miljoner kronor" had pinned over).
QUALIFIERS.update({"inte " + form: {OVER: UNDER, UNDER: OVER}[kind] for form, kind in BOUND_VERB_FORMS.items()})
# ... but "inte" bounds an age only: "inte 10 procent utan 20" is no bound.
AGE_ONLY_QUALIFIERS: frozenset[str] = frozenset({"inte", "inte fyllt", "inte har fyllt", "inte hade fyllt"})
# A bound before the first figure of a list holds for the next one of the same
# unit when only the years they are stated for and one joiner stand between:
# "högst 2 miljoner kronor under 2017 och 2 miljoner kronor under 2018".
# Not an approximation ("drygt 40 procent 2020 och 45 procent 2021").
LIST_SHARED_BOUNDS: frozenset[str] = frozenset({
    "högst", "minst", "maximalt", "lägst", "åtminstone", "mer än", "fler än", "mindre än", "färre än", "upp till",
})
# ... but only before a time: "senast" before anything else means "most
# recently" ("andelen var senast 45 procent").
TIME_ONLY_QUALIFIERS: frozenset[str] = frozenset({"senast", "tidigast"})
# "Därefter gick andelen upp till 77 procent" is a rise to 77, not "up to 77":
# with one of these verbs shortly before, "upp" is the verb's particle.
PARTICLE_VERBS: frozenset[str] = frozenset({
    "gick", "gått", "går", "gå", "steg", "stigit", "stiger", "ökade", "ökat", "ökar", "kom",
    "kommit", "kommer", "drog", "dragit", "drar", "sköt", "skjutit", "rusade", "klättrade",
})
PARTICLE_QUALIFIERS: frozenset[str] = frozenset({"upp till", "upp mot", "upp emot"})
PARTICLE_VERB_WINDOW: int = 3

# "under" before a duration is a preposition ("under tre år" = for three
# years), not "fewer than".
DURATION_PREPOSITION_QUALIFIERS: frozenset[str] = frozenset({"under"})

# --- Units ------------------------------------------------------------------

# Weight and volume percent are percent of a mixture: "0,1 viktprocent" (AFS 2011:19).
PERCENT_WORDS: frozenset[str] = frozenset({
    "procent", "%", "procenten", "viktprocent", "viktprocenten", "volymprocent", "volymprocenten",
    "massprocent", "molprocent",
})
PERCENTAGE_POINT_WORDS: frozenset[str] = frozenset(
    {"procentenhet", "procentenheter", "procentenheten", "procentenheterna", "procentenheters"}
)
# Currency word -> factor to kronor.
SEK_WORDS: dict[str, float] = {
    "kronor": 1.0, "krona": 1.0, "kronorna": 1.0, "kr": 1.0, "kr.": 1.0, "sek": 1.0,
    "tkr": 1e3, "tkr.": 1e3, "mnkr": 1e6, "mnkr.": 1e6, "mkr": 1e6, "mkr.": 1e6,
    "mdkr": 1e9, "mdkr.": 1e9,
    # A hundredth of a krona: "42,8 öre per förbrukad kilowattimme" = 0.428 kronor (seventh round).
    "öre": 0.01, "ören": 0.01, "örena": 0.01,
}
# "sänks med 1 krona och 31 öre per liter": kronor and öre joined by "och" are
# one amount, 1,31 kronor (round 9; the öre part is below 100).
ORE_WORDS: frozenset[str] = frozenset({"öre"})
ORE_JOINER: str = "och"
TIME_WORDS: dict[str, str] = {
    "dag": "days", "dagar": "days", "dagarna": "days", "dagars": "days", "dygn": "days", "dygnen": "days",
    "timme": "hours", "timmar": "hours", "timmarna": "hours", "tim.": "hours",
    "vecka": "weeks", "veckor": "weeks", "veckorna": "weeks", "veckors": "weeks",
    "månad": "months", "månader": "months", "månaderna": "months", "månaders": "months", "mån.": "months",
    "år": "years", "åren": "years", "års": "years",
    # A school year is a year of teaching: "minst 8 läsår" (prop. 2012/13:187).
    "läsår": "years", "läsåren": "years",
    # Calendar and working time: "tidigast 24 kalendermånader efter".
    "kalenderdag": "days", "kalenderdagar": "days", "arbetsdag": "days", "arbetsdagar": "days",
    "kalendermånad": "months", "kalendermånader": "months", "kalenderår": "years", "timmars": "hours",
}
# "ett års heltidsstudier", "en månads uppsägningstid": "en"/"ett" before a
# time word in the genitive is a number, never an article.
GENITIVE_TIME_WORDS: frozenset[str] = frozenset({"års", "månads", "månaders", "dagars", "veckas", "veckors", "timmes",
                                                "timmars"})
# "inom tre påföljande arbetsdagar", "två på varandra följande månader", "fem
# hela procent": a unit after modifiers is still the number's unit (round 9).
# A modifier is an adjective or participle ending in one of these, or one of
# the phrases; at most UNIT_MODIFIERS words stand between.
UNIT_MODIFIER_ENDINGS: tuple[str, ...] = ("nde", "a", "e")
UNIT_MODIFIER_PHRASES: tuple[tuple[str, ...], ...] = (("på", "varandra", "följande"),)
UNIT_MODIFIERS: int = 2
# "de två första åren", "strategins fyra sista år": first/last between a number
# and its time unit make a duration, not an ordinal (round 15).
FIRST_OR_LAST: frozenset[str] = frozenset({"första", "sista"})
# ... but not after "en"/"ett" (an article before an adjective: "ett nytt år")
# and never over an ordinal ("efter ett fjärde år" is the fourth year).
# "en 90-dagarsgaranti", "30-dagarsperioden": digits, a hyphen and a time
# word in the genitive opening a compound. ("18-årsgräns" is an age: no "års".)
DIGIT_COMPOUND_TIME: str = r"^([0-9]{1,3})-(dagars|dygns|veckors|månaders|timmars)[a-zåäö]*$"
# Units kallkoll does not model: a number before one is no figure at all,
# rather than a misleading count ("15 minuter", "3,5 ton", "21 921 euro").
# No one-letter symbols and no "ha": "2022 ha uppgått" is the verb.
UNMODELLED_UNIT_WORDS: frozenset[str] = frozenset({
    "km", "kilometer", "meter", "mil", "cm", "mm", "kvadratmeter", "kvm", "m2", "hektar",
    "ton", "kg", "kilo", "gram", "liter", "minut", "minuter", "minuterna", "sekund", "sekunder",
    "minuters", "sekunders",
    "euro", "eur", "dollar", "usd", "pund", "kwh", "mwh", "gwh", "twh", "kw", "mw", "gw", "grader",
    "kilowatt", "megawatt", "gigawatt", "terawatt", "kilowattimmar", "megawattimmar", "gigawattimmar",
    "terawattimmar", "watt", "volt", "ampere",
}) | frozenset(
    # Round 9 (blind6, seen): "750 kilogram till 3 ton", "15 och 20 milligram
    # nikotin per milliliter". Mass, length, volume and energy are left out
    # as a whole, in every metric-prefixed form, not word by word: a number of
    # grams is no count, and verify has no unit to compare it in.
    prefix + base + ending
    for prefix in ("", "kilo", "hekto", "deka", "deci", "centi", "milli", "mikro", "nano", "mega", "giga", "tera")
    for base in ("gram", "meter", "liter", "watt", "wattimme", "wattimmar", "joule", "ton")
    for ending in ("", "s")  # the genitive: "10 meters avstånd"
)
# Physical units as the tokenizer splits them ("100 °C" -> "°", "C"; "10–20
# l/s" -> "l", "/", "s."), by kind: a number before one is no figure either,
# and neither are both ends of a range before one ("cirka 10–20 l/s").
# Matched on the text right after the number; no letter may follow.
PHYSICAL_UNITS: dict[str, tuple[str, ...]] = {
    # The degree sign as PDF text layers give it too: "5 •C" (AFS 2011:19),
    # "20 ºC", "20 ˚C" (round 9): any of these signs before C or F.
    "temperature": (*(sign + space + scale for sign in ("°", "º", "˚", "•", "∙") for space in ("", " ")
                      for scale in ("C", "F")), "grader Celsius", "grader celsius", "kelvin"),
    "concentration": ("ppm", "ppb", "mg/m3", "mg/m³", "µg/m3", "µg/m³", "μg/m3", "μg/m³", "ng/m3", "mg/l",
                      "µg/l", "g/l", "fibrer/cm3", "fibrer/cm³", "f/cm3", "mg/kg", "g/kg"),
    "flow": ("l/s", "l/min", "m3/s", "m³/s", "m3/h", "m³/h", "liter per sekund", "liter per minut"),
    "speed": ("km/h", "km/tim", "m/s"),
    "pressure": ("kPa", "MPa", "Pa", "bar", "mbar"),
    "sound": ("dB", "dBA", "dB(A)"),
    "radioactivity": ("Bq", "kBq", "MBq", "GBq", "mSv", "µSv", "μSv"),  # "överstiger 1 500 Bq per kilo"
    "energy": ("kWh", "MWh", "GWh", "TWh", "kJ", "MJ", "kcal"),
    # "frekvensbandet 694–790 MHz (700 MHz-bandet)", "högst 5 MW" (round 15)
    "frequency": ("Hz", "kHz", "MHz", "GHz"),
    "power": ("kW", "MW", "GW"),
    "mass_volume_length": ("m3", "m³", "m2", "m²", "dm3", "cm3", "cm³", "ml", "dl", "mg", "µg", "μg"),
}
# A change "på två år" is a period, not a figure of its own.
PERIOD_PREPOSITIONS: frozenset[str] = frozenset({"på", "under", "inom"})
YEARS_PER_UNIT: dict[str, float] = {"years": 1.0, "months": 1 / 12, "weeks": 7 / 365.25, "days": 1 / 365.25}

# "år" is an age, not a duration, next to these: "i åldern 16–24 år",
# "som fyllt 65 år", "18 år gamla".
AGE_CUES_BEFORE: frozenset[str] = frozenset({
    "ålder", "åldern", "åldrarna", "åldersgruppen", "åldersgrupperna", "åldersspannet",
    "fyllt", "fyllda", "fyllde", "fyller", "födda", "åldersgräns", "åldersgränsen", "åldersgränser", "uppnår",
    "uppnått",
})
AGE_CUE_WINDOW: int = 4
# Round 12: a noun of the "ålder" family, also as a compound's head or first
# part ("ålderskrav på 15 år", "minimiåldern på 16 år", "lägsta ålder … från
# 21 år till 20 år"), makes the years after one of these prepositions an age
# within this many words; "ålderdom" (old age) is no age limit.
AGE_NOUN_PARTS: tuple[str, ...] = ("ålder", "åldr")
AGE_NOUN_NOT: tuple[str, ...] = ("ålderdom",)
AGE_VALUE_PREPOSITIONS: frozenset[str] = frozenset({"på", "från", "till"})
AGE_NOUN_WINDOW: int = 10
# ... but after "på" only right before it: "ålderskrav på 15 år" is an age,
# "Reformen av pensionsåldern genomförs på 5 år" a duration.
AGE_NEXT_PREPOSITIONS: frozenset[str] = frozenset({"på"})
# "personer som är 85 år och äldre": "och" joins a bound after an age as "eller" does.
POSTFIX_AGE_AND: dict[str, str] = {"äldre": OVER, "yngre": UNDER}
AGE_CUES_AFTER: frozenset[str] = frozenset({"gamla", "gammal", "gammalt", "ålder", "åldern", "äldre", "yngre"})
# "hon var under 18 år", "brottsoffret är under 18 år": over/under an age.
COPULAS: frozenset[str] = frozenset({"är", "var", "vara", "varit", "blir", "blev"})
# Before a number of years these make it a duration: "på två år",
# "de senaste 27 åren", "inom tre år".
# "Tillstånd beviljas ... för 1–3 år": for a time, no age.
DURATION_PREPOSITIONS: frozenset[str] = frozenset(
    {"på", "inom", "under", "i", "efter", "om", "senaste", "första", "sista", "kommande", "närmaste", "före", "för"}
)
# The definite plural is always a duration: "de senaste 27 åren".
DURATION_YEAR_FORMS: frozenset[str] = frozenset({"åren"})
# "högst tolv minuter under en timme", "15 procent av sändningstiden under ett
# dygn": after a number in the same clause, "en"/"ett" and a time after one of
# these is the rate's base, not a duration (round 9; blind5's "för varje
# tusental kronor" is the same convention).
RATE_BASE_PREPOSITIONS: frozenset[str] = frozenset({"under", "per"})
AGE_WORD: str = r"^[0-9]{1,3}-år(ig|iga|igt|ing|ingar|ingarna|ingen)$"

# --- Fractions, shares and ratios -------------------------------------------

# "två tredjedelar" = 2 x 1/3. Forms are generated from the stems.
FRACTION_STEMS: dict[str, float] = {
    "tredjedel": 1 / 3, "fjärdedel": 1 / 4, "femtedel": 1 / 5, "sjättedel": 1 / 6,
    "sjundedel": 1 / 7, "åttondel": 1 / 8, "niondel": 1 / 9, "tiondel": 1 / 10,
    "hundradel": 1 / 100,
}
# The genitives too: "två tredjedelars majoritet" (seventh round).
FRACTION_ENDINGS: tuple[str, ...] = ("", "ar", "en", "arna", "s", "ars", "ens", "arnas")

# Shares that stand alone: "hälften", "drygt hälften av".
HALF_WORDS: dict[str, float] = {"hälften": 0.5, "halva": 0.5}  # "halva gränsvärdet"
# "en majoritet av", "majoriteten av": more than half.
MAJORITY_WORDS: frozenset[str] = frozenset({"majoritet", "majoriteten", "merparten", "huvuddelen", "flertalet"})
MAJORITY_ARTICLES: frozenset[str] = frozenset({"en"})
MAJORITY_ADJECTIVES: frozenset[str] = frozenset({"stor", "klar", "överväldigande", "bred"})

# "var tredje", "nästan var femte": one in n.
EVERY_DETERMINERS: frozenset[str] = frozenset({"var", "vart", "varje"})
ORDINAL_DENOMINATORS: dict[str, int] = {
    "annan": 2, "annat": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6, "sjunde": 7,
    "åttonde": 8, "nionde": 9, "tionde": 10, "elfte": 11, "tolfte": 12, "femtonde": 15,
    "tjugonde": 20, "hundrade": 100,
}
EVERY_COMPOUNDS: dict[str, int] = {"varannan": 2, "vartannat": 2}
# ... but "vart annat år", "var tredje gång" is a frequency, not a share.
FREQUENCY_NOUNS: frozenset[str] = frozenset({
    "år", "året", "månad", "vecka", "dag", "dygn", "gång", "gången", "timme", "kvartal",
    "termin", "läsår", "minut", "helg",
})

# "fyra gånger så vanligt", "tre gånger fler": a ratio.
TIMES_WORDS: frozenset[str] = frozenset({"gånger", "gång"})
COMPARATIVES: frozenset[str] = frozenset({
    "fler", "mer", "större", "högre", "vanligare", "lägre", "mindre", "färre", "oftare",
    "sannolikare", "längre", "kortare", "dyrare", "billigare",
})
SO_WORD = "så"
MULTIPLE_WORDS: dict[str, float] = {
    "dubbelt": 2, "dubbla": 2, "tredubbelt": 3, "trefaldigt": 3, "fyrdubbelt": 4,
    "femdubbelt": 5, "tiodubbelt": 10, "tiofaldigt": 10,
}
# Changes stated as a multiple: "en halvering av andelen".
CHANGE_MULTIPLE_WORDS: dict[str, float] = {
    "halvering": 0.5, "halveringen": 0.5, "halverats": 0.5, "halverades": 0.5, "halverat": 0.5,
    "fördubbling": 2, "fördubblingen": 2, "fördubblats": 2, "fördubblades": 2, "fördubblat": 2,
    "tredubbling": 3, "tredubblats": 3, "tredubblades": 3,
}

# --- What is counted ---------------------------------------------------------

# Canonical plural -> the forms it is written in. A count of these is
# `persons`; every other counted noun makes a `count`.
PERSON_NOUNS: dict[str, tuple[str, ...]] = {
    "kvinnor": ("kvinna", "kvinnan", "kvinnor", "kvinnorna"),
    "män": ("män", "männen"),
    "flickor": ("flicka", "flickan", "flickor", "flickorna"),
    "pojkar": ("pojke", "pojken", "pojkar", "pojkarna"),
    "personer": ("person", "personen", "personer", "personerna"),
    "barn": ("barn", "barnet", "barnen"),
    "deltagare": ("deltagare", "deltagaren", "deltagarna"),
    "elever": ("elev", "eleven", "elever", "eleverna"),
    "ungdomar": ("ungdom", "ungdomen", "ungdomar", "ungdomarna"),
    "unga": ("unga",),
    "vuxna": ("vuxen", "vuxna"),
    "klienter": ("klient", "klienten", "klienter", "klienterna"),
    "offer": ("offer", "offret", "offren"),
    "förövare": ("förövare", "förövaren", "förövarna"),
    "utövare": ("utövare", "utövaren", "utövarna"),
    # "lag\u00adöver\u00adträdare under 18 år" (blind9, round 11): the head of
    # "lagöverträdare"/"regelöverträdare"; with the soft hyphens dropped (round 7)
    # the compound was still unread because its head was on no list.
    "överträdare": ("överträdare", "överträdaren", "överträdarna"),
    "besökare": ("besökare", "besökaren", "besökarna"),
    "individer": ("individ", "individen", "individer", "individerna"),
    "invånare": ("invånare", "invånaren", "invånarna"),
    "handläggare": ("handläggare", "handläggaren", "handläggarna"),
    "medarbetare": ("medarbetare", "medarbetaren", "medarbetarna"),
    "anställda": ("anställd", "anställda"),
    "sysselsatta": ("sysselsatt", "sysselsatta"),
    "studenter": ("student", "studenten", "studenter", "studenterna"),
    "patienter": ("patient", "patienten", "patienter", "patienterna"),
    "föräldrar": ("förälder", "föräldern", "föräldrar", "föräldrarna"),
    "människor": ("människa", "människan", "människor", "människorna"),
    "respondenter": ("respondent", "respondenten", "respondenter", "respondenterna"),
    "svarande": ("svarande",),
    "stödsökande": ("stödsökande",),
    "utsatta": ("utsatta",),
    "misstänkta": ("misstänkt", "misstänkta"),
    "åklagare": ("åklagare", "åklagaren", "åklagarna"),
    "poliser": ("polis", "poliser", "poliserna"),  # not "polisen": the authority
    "domare": ("domare", "domaren", "domarna"),
    "socialsekreterare": ("socialsekreterare", "socialsekreteraren", "socialsekreterarna"),
    "samordnare": ("samordnare", "samordnaren", "samordnarna"),
    "anhöriga": ("anhörig", "anhöriga"),
    "brukare": ("brukare", "brukaren", "brukarna"),
    "forskare": ("forskare", "forskaren", "forskarna"),
    "lärare": ("lärare", "läraren", "lärarna"),
    "utredare": ("utredare", "utredaren", "utredarna"),
    "sekreterare": ("sekreterare", "sekreteraren", "sekreterarna"),
    "experter": ("expert", "experten", "experter", "experterna"),
    "ledamöter": ("ledamot", "ledamoten", "ledamöter", "ledamöterna"),
    "nyanlända": ("nyanländ", "nyanlända"),
    "arbetslösa": ("arbetslös", "arbetslösa"),
    "niondeklassare": ("niondeklassare",),
    "mödrar": ("mödrar", "mödrarna"),
    "fäder": ("fäder", "fäderna"),
}
COUNT_NOUNS: dict[str, tuple[str, ...]] = {
    "kommuner": ("kommun", "kommunen", "kommuner", "kommunerna"),
    "regioner": ("region", "regionen", "regioner", "regionerna"),
    "län": ("län", "länen"),
    "länsstyrelser": ("länsstyrelse", "länsstyrelsen", "länsstyrelser", "länsstyrelserna"),
    "myndigheter": ("myndighet", "myndigheten", "myndigheter", "myndigheterna"),
    "organisationer": ("organisation", "organisationen", "organisationer", "organisationerna"),
    "verksamheter": ("verksamhet", "verksamheten", "verksamheter", "verksamheterna"),
    "samtal": ("samtal", "samtalet", "samtalen"),
    "kontakter": ("kontakt", "kontakten", "kontakter", "kontakterna"),
    "åtgärder": ("åtgärd", "åtgärden", "åtgärder", "åtgärderna"),
    "besök": ("besök", "besöket", "besöken"),
    "ärenden": ("ärende", "ärendet", "ärenden", "ärendena"),
    "fall": ("fall", "fallet", "fallen"),
    "brott": ("brott", "brottet", "brotten"),
    "anmälningar": ("anmälan", "anmälningar", "anmälningarna"),
    "åtal": ("åtal", "åtalet", "åtalen"),
    "domar": ("domar", "domarna"),
    "mål": ("mål", "målen"),
    "projekt": ("projekt", "projektet", "projekten"),
    "annonser": ("annons", "annonsen", "annonser", "annonserna"),
    "webbplatser": ("webbplats", "webbplatsen", "webbplatser", "webbplatserna"),
    "sidor": ("sidor", "sidorna"),
    "frågor": ("frågor", "frågorna"),
    "indikatorer": ("indikator", "indikatorn", "indikatorer", "indikatorerna"),
    "kategorier": ("kategori", "kategorin", "kategorier", "kategorierna"),
    "utbildningar": ("utbildning", "utbildningen", "utbildningar", "utbildningarna"),
    "tillfällen": ("tillfälle", "tillfället", "tillfällen", "tillfällena"),
    "insatser": ("insats", "insatsen", "insatser", "insatserna"),
    "rapporter": ("rapport", "rapporten", "rapporter", "rapporterna"),
    "studier": ("studie", "studien", "studier", "studierna"),
    "platser": ("plats", "platsen", "platser", "platserna"),
    "språk": ("språk", "språket", "språken"),
    "städer": ("stad", "staden", "städer", "städerna"),
    "salonger": ("salong", "salongen", "salonger", "salongerna"),
    "kontaktförbud": ("kontaktförbud", "kontaktförbudet", "kontaktförbuden"),
    "poäng": ("poäng", "poängen"),
    "beslut": ("beslut", "beslutet", "besluten"),
    "dödsfall": ("dödsfall", "dödsfallet", "dödsfallen"),
    "boenden": ("boendet", "boenden", "boendena"),  # not "boende": also "residents"
    "målsättningar": ("målsättning", "målsättningar", "målsättningarna"),
    "uppdrag": ("uppdrag", "uppdraget", "uppdragen"),
    "program": ("program", "programmet", "programmen"),
    "enheter": ("enhet", "enheten", "enheter", "enheterna"),
    "utredningar": ("utredning", "utredningen", "utredningar", "utredningarna"),
    "förslag": ("förslag", "förslaget", "förslagen"),
    "profiler": ("profil", "profilen", "profiler", "profilerna"),
    "tjänster": ("tjänst", "tjänsten", "tjänster", "tjänsterna"),
    "domstolar": ("domstol", "domstolen", "domstolar", "domstolarna"),
    "skolor": ("skola", "skolan", "skolor", "skolorna"),
    "mottagningar": ("mottagning", "mottagningen", "mottagningar", "mottagningarna"),
    "metoder": ("metod", "metoden", "metoder", "metoderna"),
    "kampanjer": ("kampanj", "kampanjen", "kampanjer", "kampanjerna"),
    "konferenser": ("konferens", "konferensen", "konferenser", "konferenserna"),
    "nätverk": ("nätverk", "nätverket", "nätverken"),
    "lagar": ("lag", "lagen", "lagar", "lagarna"),
    "avtal": ("avtal", "avtalet", "avtalen"),
    "ansökningar": ("ansökan", "ansökningar", "ansökningarna"),
    "polisingripanden": ("polisingripande", "polisingripanden", "polisingripandena"),
    "gärningar": ("gärning", "gärningar", "gärningarna"),
    "områden": ("område", "området", "områden", "områdena"),
}
# Nouns that head compounds ("samtalskontakterna" -> "samtalskontakter",
# "gärningspersonerna" -> "gärningspersoner"), except these, which end too many
# unrelated words ("motsvarande", "lunga").
NON_HEAD_NOUNS: frozenset[str] = frozenset({"svarande", "unga", "vuxna", "lag", "stad"})
# A compound's first part is at least this long; for short heads
# ("män", "mål") one longer, so "allmän" and "delmål" are no compounds.
MIN_COMPOUND_PREFIX: int = 3
MIN_COMPOUND_PREFIX_SHORT_HEAD: int = 4

# "Tre av de 14 målen", "13 av Sveriges 21 regioner": part of a counted whole.
PARTITIVE_PREPOSITIONS: frozenset[str] = frozenset({"av"})
# Round 12: "innehåller 14 av de forskarrapporter": a number before "av" and
# one of these counts the noun after them, so it names nothing.
PARTITIVE_DETERMINERS: frozenset[str] = frozenset({"de", "dessa", "alla", "våra", "sina"})

# "Två procent av kvinnor", "åtta procent för kvinnor", "24 procent bland
# flickor": the counted population follows one of these.
SUBJECT_PREPOSITIONS: frozenset[str] = frozenset({"av", "för", "bland"})
# Looking for the counted noun stops at these: "av de som", "av kvinnor och män".
SUBJECT_STOP_WORDS: frozenset[str] = frozenset({
    "som", "att", "och", "eller", "samt", "men", "medan", "vilket", "där", "då", "när",
    "var", "är", "har", "hade", "blev", "blir", "kan", "ska", "uppger", "uppgav", "angav",
    "anger", "till", "från", "med", "mot", "om", "på", "per", "under", "över", "vid",
    "i", "av", "för", "bland", "inom", "utan", "efter",
})
# How far past the preposition the counted noun may stand ("av de 179 myndigheter").
SUBJECT_WINDOW: int = 4

# --- Clauses and time ---------------------------------------------------------

# A figure takes the years of its own clause first. Clauses end at these
# tokens, and at "och" when a new figure follows it.
CLAUSE_PUNCTUATION: frozenset[str] = frozenset({",", ";", ":", "(", ")"})
CLAUSE_WORDS: frozenset[str] = frozenset({
    "men", "medan", "då", "efter", "vilket", "där", "eftersom", "samt", "varav", "när", "dock",
})
# "... men sedan har våldet minskat till 14 personer": a clause that moves on
# in time does not borrow the years of the clause before.
TIME_SHIFT_WORDS: frozenset[str] = frozenset({"därefter", "sedan", "numera", "idag", "nu", "därpå", "senare"})
# ... but "sedan 2019" states a year rather than moving on from one.
TIME_SHIFT_UNLESS_YEAR_FOLLOWS: frozenset[str] = frozenset({"sedan"})

FROM_WORDS: frozenset[str] = frozenset({"från"})
# "höjs från dagens 30 000 kronor till 80 000 kronor", "från nuvarande 25
# procent", "från de tidigare 7 dagarna": a change's start may have up to this
# many modifiers between "från" and the number (round 9): a determiner, a
# genitive ("dagens", "årets") or a participle ("nuvarande", "gällande").
FROM_MODIFIER_WINDOW: int = 2
FROM_DETERMINERS: frozenset[str] = frozenset({"de", "den", "det", "tidigare", "ursprungliga", "ursprungligen"})
FROM_MODIFIER_ENDINGS: tuple[str, ...] = ("ens", "ets", "nde")
# "från 18 procent år 2016 och 16 procent år 2017 till 22 procent": both are starts.
FROM_LIST_JOINERS: frozenset[str] = frozenset({"och", ","})
# "ökat med 27 procent på två år": a change, which may state its period.
CHANGE_BY_WORDS: frozenset[str] = frozenset({"med"})
TO_WORDS: frozenset[str] = frozenset({"till"})
RANGE_OPENERS: frozenset[str] = frozenset({"mellan"})
RANGE_JOINERS_AFTER_OPENER: frozenset[str] = frozenset({"och"})

# "75, 50 eller 25 procent", "fyllt 18 men inte 65 år", "på ett respektive två
# års sikt": a bare number before one of these and a listed number takes that
# number's unit; a list is read up to this many items ahead.
# "över 18 eller under 65 år": two opposite bounds on two numbers (round 11).
BOTH_BOUNDS_JOINERS: frozenset[str] = frozenset({"eller", "och"})
LIST_UNIT_JOINERS: frozenset[str] = frozenset({",", "och", "eller", "respektive", "samt", "men"})
LIST_UNIT_MAX_ITEMS: int = 6
# "en styrelse med 11 i stället för 15 ledamöter": an alternative named with
# one of these phrases takes the unit of the number after it (round 9).
LIST_UNIT_PHRASE_JOINERS: tuple[tuple[str, ...], ...] = (("i", "stället", "för"), ("istället", "för"))

# --- Tokenizer ----------------------------------------------------------------

# spaCy keeps "16–24" and "13 000–23 000" in one token; a range dash between
# digits becomes its own token so each end is a number. Hyphens stay: an ISO
# date ("2018-01-01") and "14-årig" are one token each.
RANGE_DASH_INFIX: str = r"(?<=[0-9])[\u2013\u2014](?=[0-9])"
# A closing bracket glued to the number after it is a token of its own: "Sveriges
# Kommuner och Landsting (SKL)500 000 kronor" (round 9) reads 500 000 kronor, not
# the tail "000 kronor" of a token "SKL)500". Not after a digit: "KOM(2009)248",
# "COM[2018]434", "P7_TA(2014)0036" are designations and stay one token.
CLOSING_BRACKET_INFIX: str = r"(?<=[^\s(\[0-9])[)\]](?=[0-9])"

# --- Qualifiers after the number ----------------------------------------------
# "50 år eller äldre", "500 eller fler sysselsatta", "1 viktprocent eller mer":
# a bound stated after the figure. The noun after "eller fler/färre" is what
# is counted.
POSTFIX_QUALIFIERS: dict[str, str] = {
    "äldre": OVER, "mer": OVER, "fler": OVER, "flera": OVER, "högre": OVER, "längre": OVER, "större": OVER,
    "yngre": UNDER, "mindre": UNDER, "färre": UNDER, "lägre": UNDER, "kortare": UNDER,
}
# A number word before "eller fler(a)/färre" counts the noun after it: "för
# familjer med två eller flera barn" (seventh round).
POSTFIX_COUNT_BOUNDS: frozenset[str] = frozenset({"fler", "flera", "färre"})
POSTFIX_JOINER: str = "eller"
# "ett barn ... två eller flera barn", "två frågor ... och en fråga": "en"/"ett"
# before a noun is the number 1 when another number of the same noun stands in
# the sentence (seventh round); alone it stays an article ("en man").
CONTRAST_NUMBER_WORDS: frozenset[str] = frozenset({"en", "ett"})
# ... but "två nya lagar, en lag om … och en lag om …" names the two: after
# one of these marks, as many "en"/"ett" + the same noun as the count are
# its members, no counts of one (round 9).
ENUMERATION_MARKS: frozenset[str] = frozenset({",", ":"})
# After these an ambiguous number word ("en", "ett", "sex") is a number even
# with its noun left out: "minst sex och högst tolv kommuner", "varav minst en
# revirmarkerar". Not "över"/"under" ("över en period", "under en tid").
NUMBER_LICENSING_QUALIFIERS: frozenset[str] = frozenset({"minst", "högst", "åtminstone", "maximalt"})

# "ett trettiotal specialfartyg", "ett hundratal ärenden", "ett tusental
# personer": a number word plus "-tal" after "ett" is about that many. Only the
# bare form: "sextiotalet" is a decade.
APPROX_NUMBER_NOUN: str = r"^([a-zåäö]+)tal$"
APPROX_NUMBER_NOUN_ARTICLES: frozenset[str] = frozenset({"ett"})
APPROX_NUMBER_NOUN_MIN: float = 10.0  # "ett tiotal" and up; "ett femtal" is no Swedish

# --- Round 10 (from blind7's and blind8's first runs) ------------------------

# "två EU-förordningar", "300 SFI-elever", "två IT-system": a hyphenated
# compound whose first part is an upper-case acronym is a common noun; its
# head is the lower-case part after the hyphen.
ACRONYM_COMPOUND: str = r"^([A-ZÅÄÖ]{2,})-([a-zåäö]{3,})$"

# People nouns made from verbs. Swedish nominalises a present participle
# (-ande, -ende) with an unchanged plural only for people ("en sökande, 54 000
# sökande", "studerande", "boende", "resande"); a thing named by one takes
# -anden in the plural ("ett meddelande, två meddelanden"). So a present
# participle standing as the noun after a number above one (no noun after it)
# counts persons; after "en"/"ett"/1 it may be such a thing ("ett
# delbetänkande som"). Past participles and adjectives used so ("anställda",
# "sysselsatta", "misstänkta", "arbetslösa") are in PERSON_NOUNS: their
# endings are shared by too many adjectives ("godkända", "nya") to generate.
PRESENT_PARTICIPLE_ENDINGS: tuple[str, ...] = ("ande", "ende")
PRESENT_PARTICIPLE_MIN_CHARS: int = 6
# Participles that work as determiners, prepositions or adjectives of amount
# ("de tre följande", "500 kronor eller motsvarande", "avseende 2019"), never
# as people. Whole words: "sökande" ends like "ökande".
NON_PERSON_PARTICIPLES: frozenset[str] = frozenset({
    "följande", "efterföljande", "påföljande", "motsvarande", "gällande", "kommande", "nästkommande",
    "föregående", "pågående", "nuvarande", "återstående", "resterande", "innevarande", "liknande", "avseende",
    "angående", "beträffande", "rörande", "omfattande", "överstigande", "understigande", "uppgående", "varande",
    "löpande", "ovanstående", "nedanstående", "bestående", "tillhörande", "avgörande", "betydande", "växande",
    "ökande", "minskande", "sjunkande", "stigande", "kvarstående",
})
# After a participle used as a noun comes no noun: punctuation, a closed-class
# word, a past form (VERB_ENDINGS) or a present passive ("omplaceras",
# "registreras"; no common Swedish noun of this length ends in -as).
PRESENT_PASSIVE_ENDINGS: tuple[str, ...] = ("as",)
PRESENT_PASSIVE_MIN_CHARS: int = 6

# "utöka antalet anställda med 10 000", "antalet sökande ökade till 5 000": a
# bare number later in the clause of "antalet" + a people noun counts those
# people. Only people: a count's unit does not change, and a subject added to
# counts would change what verify compares.
COUNT_OF_WORDS: frozenset[str] = frozenset({"antalet"})
COUNT_OF_WINDOW: int = 10
# Round 12: "antalet karensdagar … från sju till sex": the plural head of the
# noun after "antalet" gives a bare number its time unit.
COUNTED_TIME_HEADS: dict[str, str] = {"dagar": "days", "veckor": "weeks", "månader": "months", "timmar": "hours"}
# "senareläggas med ett år": "en"/"ett" before a time unit after "med" is one.
CHANGE_BY_PREPOSITIONS: frozenset[str] = frozenset({"med"})

# "över eller under 18 år", "under eller över 65 år": a bound with its
# opposite named before it ("över eller under") is no bound.
BOTH_SIDES_JOINERS: frozenset[str] = frozenset({"eller", "och"})

# "300 000 000 kronor under 2018 varav högst 500 000 får användas": a bare
# number after one of these is a part of the figure before it in the sentence
# and takes its unit (and scale).
PART_OF_WHOLE_WORDS: frozenset[str] = frozenset({"varav"})
# ... when the whole ends at most this many tokens before "varav" ("95
# ärenden av hedersförtryck, varav tre"); a figure further back is not what
# "varav" refers to ("fyra länsstyrelser och … samtliga myndigheter har
# uppdaterat sina … samtal, varav två").
PART_OF_WHOLE_WINDOW: int = 4

# Round 12: a word in capitals right after a number with no unit is a name
# ("tidningen 8 SIDOR") from this many letters; shorter capitals are mostly
# acronyms of counted things ("300 SFI", "36 OECD").
CAPS_NAME_MIN_LETTERS: int = 5

# Round 12: "för unga under 21": after these nouns of an age group a bound on a
# bare number (up to MAX_AGE) is an age with "år" left out; other people
# nouns ("personer över 200") keep a count.
AGE_GROUP_NOUNS: frozenset[str] = frozenset({"unga", "ungdomar", "barn", "barnen", "pojkar", "flickor"})
MAX_AGE: float = 120

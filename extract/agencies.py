"""Swedish public bodies: abbreviations and full names, as data.

In: nothing. Out: `ABBREVIATIONS` (abbreviation -> full name), `ORGANISATION_WORDS`
(word parts that mark an author as an organisation rather than a person),
`expand_abbreviation`, and `ACTOR_ABBREVIATIONS`/`expand_actor`,
`AMBIGUOUS_ACTOR_ABBREVIATIONS`/`actor_names` (the abbreviations staff type
after `--actor`, for searching only).
"""

from __future__ import annotations

ABBREVIATIONS: dict[str, str] = {
    "Brå": "Brottsförebyggande rådet",
    "SKR": "Sveriges Kommuner och Regioner",
    "IVO": "Inspektionen för vård och omsorg",
    "MUCF": "Myndigheten för ungdoms- och civilsamhällesfrågor",
    "NCK": "Nationellt centrum för kvinnofrid",
    "MFD": "Myndigheten för delaktighet",
    "SBU": "Statens beredning för medicinsk och social utvärdering",
    "Vårdanalys": "Myndigheten för vård- och omsorgsanalys",
    "ESV": "Ekonomistyrningsverket",
    "SiS": "Statens institutionsstyrelse",
    "BOM": "Brottsoffermyndigheten",
    "Jämy": "Jämställdhetsmyndigheten",
    "Forte": "Forskningsrådet för hälsa, arbetsliv och välfärd",
    "FHM": "Folkhälsomyndigheten",
    "AV": "Arbetsmiljöverket",
    "DO": "Diskrimineringsombudsmannen",
    "RPS": "Polismyndigheten",
    "Polisen": "Polismyndigheten",
    "ÅM": "Åklagarmyndigheten",
    "KVV": "Kriminalvården",
    "Rättsmedicinalverket": "Rättsmedicinalverket",
    "RMV": "Rättsmedicinalverket",
    "SCB": "Statistiska centralbyrån",
    "UKÄ": "Universitetskanslersämbetet",
    "Skolinspektionen": "Statens skolinspektion",
    "Migrationsverket": "Migrationsverket",
    "Försäkringskassan": "Försäkringskassan",
    "GREVIO": "Group of Experts on Action against Violence against Women and Domestic Violence",
    "GRETA": "Group of Experts on Action against Trafficking in Human Beings",
    "Socialstyrelsen": "Socialstyrelsen",
    "Statskontoret": "Statskontoret",
    "Riksrevisionen": "Riksrevisionen",
    # Agencies met in government assignments and the follow-up's measures (issue 6).
    "Länsstyrelserna": "Länsstyrelserna",
    "Jämställdhetsmyndigheten": "Jämställdhetsmyndigheten",
    "Brottsoffermyndigheten": "Brottsoffermyndigheten",
    "Åklagarmyndigheten": "Åklagarmyndigheten",
    "Polismyndigheten": "Polismyndigheten",
    "Kammarkollegiet": "Kammarkollegiet",
    "MSB": "Myndigheten för samhällsskydd och beredskap",
    "PTS": "Post- och telestyrelsen",
    "TLV": "Tandvårds- och läkemedelsförmånsverket",
    "CSN": "Centrala studiestödsnämnden",
    "SLU": "Sveriges lantbruksuniversitet",
    "FOI": "Totalförsvarets forskningsinstitut",
    "VTI": "Statens väg- och transportforskningsinstitut",
    "ISF": "Inspektionen för socialförsäkringen",
    "SKL": "Sveriges Kommuner och Landsting",
    "SMHI": "Sveriges meteorologiska och hydrologiska institut",
    "MYH": "Myndigheten för yrkeshögskolan",
    "IFAU": "Institutet för arbetsmarknads- och utbildningspolitisk utvärdering",
    "SFV": "Statens fastighetsverk",
    "UHR": "Universitets- och högskolerådet",
    "SGU": "Sveriges geologiska undersökning",
    "MFoF": "Myndigheten för familjerätt och föräldraskapsstöd",
}

# Abbreviations staff type after `--actor` for the agencies the government
# assignments name most often (every agency of the assignments' measures named
# in ten or more assignments that has an abbreviation of its own in use,
# checked against the agency's own usage "Vetenskapsrådet (VR)"), mapped to
# the name the measures store. Searching only: ABBREVIATIONS above also
# expands authors in citation keys and agency names at ingest, which these
# must not change. An abbreviation that names two bodies is in
# AMBIGUOUS_ACTOR_ABBREVIATIONS below, not here.
ACTOR_ABBREVIATIONS: dict[str, str] = {
    "VR": "Vetenskapsrådet",
    "TRV": "Trafikverket",
    "SKV": "Skatteverket",
    "AF": "Arbetsförmedlingen",
    "FK": "Försäkringskassan",
    "NV": "Naturvårdsverket",
    "SJV": "Statens jordbruksverk",
    "STEM": "Statens energimyndighet",
    "DIGG": "Myndigheten för digital förvaltning",
    "TS": "Transportstyrelsen",
    "LV": "Läkemedelsverket",
    "SLV": "Livsmedelsverket",
    "EHM": "E-hälsomyndigheten",
    "HaV": "Havs- och vattenmyndigheten",
    "RAÄ": "Riksantikvarieämbetet",
    "KKV": "Konkurrensverket",
    "KOV": "Konsumentverket",
    "Ei": "Energimarknadsinspektionen",
    "SvK": "Affärsverket svenska kraftnät",
    "DV": "Domstolsverket",
    "BO": "Barnombudsmannen",
    "EBM": "Ekobrottsmyndigheten",
    "KBV": "Kustbevakningen",
    "Säpo": "Säkerhetspolisen",
    "Formas": "Forskningsrådet för miljö, areella näringar och samhällsbyggande",
    "SPSM": "Specialpedagogiska skolmyndigheten",
    "SSM": "Strålsäkerhetsmyndigheten",
    "FI": "Finansinspektionen",
    "UHM": "Upphandlingsmyndigheten",
    "MPRT": "Myndigheten för press, radio och tv",
    "MTM": "Myndigheten för tillgängliga medier",
    "IMY": "Integritetsskyddsmyndigheten",
    "FMV": "Försvarets materielverk",
    "KemI": "Kemikalieinspektionen",
    "SVA": "Statens veterinärmedicinska anstalt",
    "KFM": "Kronofogdemyndigheten",
    "KB": "Kungl. biblioteket",
    "FHI": "Statens folkhälsoinstitut",
    "HSV": "Högskoleverket",
    "GIH": "Gymnastik- och idrottshögskolan",
    "SST": "Myndigheten för stöd till trossamfund",
    "ESF-rådet": "Rådet för Europeiska socialfonden i Sverige",
    # Session 25: the abbreviations of the agencies the assignments name
    # whose staff use them (`LM`, `SFI`: `svenska för invandrare` is no agency).
    "LM": "Lantmäteriet",
    "SFI": "Stiftelsen Svenska Filminstitutet",
}

# Abbreviations staff type for either of two bodies (KI: Konjunkturinstitutet
# or Karolinska institutet; BV: Boverket or Banverket; SoS: Socialstyrelsen or
# SOS Alarm). `--actor KI` keeps the measures of both, and the search says so
# ("visar träffar för: KI = Konjunkturinstitutet eller Karolinska
# institutet"): the query's words tell them apart, and finding nothing was
# worse than both (blind15's first run: three `--actor` queries without a
# result).
AMBIGUOUS_ACTOR_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "KI": ("Konjunkturinstitutet", "Karolinska institutet"),
    "BV": ("Boverket", "Banverket"),
    "SoS": ("Socialstyrelsen", "SOS Alarm"),
}

# Parts of a name that make it an organisation (matched case-insensitively
# inside words: "Polismyndigheten", "Länsstyrelsen Skåne", "Region Stockholm").
ORGANISATION_WORDS: tuple[str, ...] = (
    "myndighet", "verket", "verk", "rådet", "styrelse", "länsstyrelsen", "region", "kommun",
    "institut", "centrum", "centre", "sveriges", "riksrevision", "statskontoret", "regeringskansliet",
    "regeringen", "departement", "universitet", "högskola", "stiftelse", "förbund", "barnafrid",
    "socialstyrelsen", "kriminalvården", "skolverket", "forte", "utredning", "inspektionen", "ombudsman",
    "greta", "grevio", "europarådet", "council", "agency", "nationellt", "rikspolis", "domstol",
    "åklagar", "polis", "riksdag", "stiftelsen", "kansli", "ungdomsstyrelsen", "jämställdhet",
)


# The bodies the abbreviations stand for, by full name.
FULL_NAMES = frozenset(ABBREVIATIONS.values())


def expand_abbreviation(name: str) -> str:
    """The full name for a known abbreviation, else the name unchanged."""
    return ABBREVIATIONS.get(name.strip(), name.strip())


def is_organisation(name: str) -> bool:
    lowered = name.casefold()
    # The full names too: "GRETA 2023" is keyed by the expanded name, which has
    # no organisation word and was a personal `work` (issue 8, the key
    # fixed-point property).
    if name.strip() in ABBREVIATIONS or name.strip() in FULL_NAMES:
        return True
    return any(word in lowered for word in ORGANISATION_WORDS)


_ACTOR_KEYS = {k.casefold(): v for k, v in ACTOR_ABBREVIATIONS.items()}
_AMBIGUOUS_KEYS = {k.casefold(): v for k, v in AMBIGUOUS_ACTOR_ABBREVIATIONS.items()}


def expand_actor(name: str) -> str | None:
    """The full name an `--actor` abbreviation stands for (`VR`, `vr`), or
    None when it is none of ACTOR_ABBREVIATIONS (an ambiguous one included)."""
    return _ACTOR_KEYS.get(name.strip().casefold())


def actor_names(name: str) -> tuple[str, ...]:
    """Every full name an `--actor` abbreviation may stand for: one
    (`VR`), two for an ambiguous one (`KI`), none when it is no abbreviation."""
    key = name.strip().casefold()
    if key in _ACTOR_KEYS:
        return (_ACTOR_KEYS[key],)
    return _AMBIGUOUS_KEYS.get(key, ())


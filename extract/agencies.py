"""Swedish public bodies: abbreviations and full names, as data.

In: nothing. Out: `ABBREVIATIONS` (abbreviation -> full name), `ORGANISATION_WORDS`
(word parts that mark an author as an organisation rather than a person),
and `expand_abbreviation`.
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

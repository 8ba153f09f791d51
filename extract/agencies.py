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


def expand_abbreviation(name: str) -> str:
    """The full name for a known abbreviation, else the name unchanged."""
    return ABBREVIATIONS.get(name.strip(), name.strip())


def is_organisation(name: str) -> bool:
    lowered = name.casefold()
    if name.strip() in ABBREVIATIONS:
        return True
    return any(word in lowered for word in ORGANISATION_WORDS)

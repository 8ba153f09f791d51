"""Swedish words for search (issue 15): stop words, the pieces compound
splitting needs, as data.

STOP_WORDS is spaCy's Swedish list (spacy/lang/sv/stop_words.py, MIT
licence), copied so that searching never imports spaCy (start-up time).
"""

from __future__ import annotations

STOP_WORDS = frozenset(
    """
aderton adertonde adjö aldrig alla allas allt alltid alltså andra andras annan annat
arton artonde att av bakom bara behöva behövas behövde behövt beslut beslutat
beslutit bland blev bli blir blivit bort borta bra bäst bättre båda bådas dag dagar
dagarna dagen de del delen dem den deras dess det detta dig din dina dit ditt dock
du där därför då efter eftersom elfte eller elva en enkel enkelt enkla enligt er era
ert ett ettusen fanns fem femte femtio femtionde femton femtonde fick fin finnas
finns fjorton fjortonde fjärde fler flera flesta fram framför från fyra fyrtio
fyrtionde få får fått följande för före förlåt förra första genast genom gick gjorde
gjort god goda godare godast gott gälla gäller gällt gärna gå går gått gör göra ha
hade haft han hans har heller hellre helst helt henne hennes hit hon honom hundra
hundraen hundraett hur här hög höger högre högst i ibland idag igen igår imorgon in
inför inga ingen ingenting inget innan inne inom inte inuti ja jag jämfört kan
kanske knappast kom komma kommer kommit kr kunde kunna kunnat kvar legat ligga
ligger lika likställd likställda lilla lite liten litet länge längre längst lätt
lättare lättast långsam långsammare långsammast långsamt långt man med mellan men
mer mera mest mig min mina mindre minst mitt mittemot mot mycket många måste möjlig
möjligen möjligt möjligtvis ned nederst nedersta nedre nej ner ni nio nionde nittio
nittionde nitton nittonde nog noll nr nu nummer när nästa någon någonting något
några nödvändig nödvändiga nödvändigt nödvändigtvis och också ofta oftast olika
olikt om oss på rakt redan rätt sade sagt samma sedan senare senast sent sex sextio
sextionde sexton sextonde sig sin sina sist sista siste sitt sju sjunde sjuttio
sjuttionde sjutton sjuttonde sjätte ska skall skulle slutligen små smått snart som
stor stora stort större störst säga säger sämre sämst så tack tidig tidigare
tidigast tidigt till tills tillsammans tio tionde tjugo tjugoen tjugoett tjugonde
tjugotre tjugotvå tjungo tolfte tolv tre tredje trettio trettionde tretton trettonde
två tvåhundra under upp ur ursäkt ut utan utanför ute vad var vara varför varifrån
varit varken varsågod vart vem vems verkligen vi vid vidare viktig viktigare
viktigast viktigt vilka vilken vilket vill vänster vänstra värre vår våra vårt än
ännu även åtminstone åtta åttio åttionde åttonde över övermorgon överst övre
""".split()
)

# Stop words of a query beyond spaCy's list: prepositions and conjunctions
# that say nothing of a topic (`bedrägerier via telefon och sms`: `via`, in 76
# assignments, weighed as much as a topic word and pulled in payments made
# via the telephone bill). Only the query uses them; compound splitting keeps
# FUNCTION_WORDS, so the index does not change.
QUERY_STOP_WORDS = STOP_WORDS | frozenset(
    """
    via hos kring samt angående avseende beträffande rörande gentemot emot
    inklusive exklusive
    """.split()
)

# Words of spaCy's stop list that describe the topic rather than join the
# sentence: size, length, height, speed, ease, order. `längre lastbilar` asks
# for long lorries, not for any lorry (`lätta lastbilar` is another topic).
# Beside other words of a query they count a little and are not required
# (evidence/docsearch.py). Words of time (`tidigare uppdrag`, `senast`) and of
# an aim (`bättre`) stay stop words: they frame a question.
DESCRIPTIVE_STOP_WORDS = frozenset(
    """
    stor stora stort större störst liten litet lilla små smått mindre minst
    långt längre längst hög högre högst lätt lättare lättast
    långsam långsamt långsammare enkel enkelt enkla god goda gott
    första tredje fjärde femte sista
    """.split()
)

# Latin nouns in -or (`lektor`, `sektor`, `indikator`, `kontor`): Snowball
# cuts the singular as if its -or were the plural ending of a word in -a
# (`kvinn|or`), so `lektor` becomes `lekt` while `lektorer` stays `lektor`
# and `lektorn` whole. Their inflected forms are read back to the noun
# (evidence/docsearch.py `_SearchStemmer`). The endings -ator and -ktor are
# always such nouns; other endings (-ntor: `räntor`, -ssor: `kassor`) are
# plurals of words in -a, so the rest are listed whole.
LATIN_OR_ENDINGS = ("ator", "ktor")
LATIN_OR_NOUNS = frozenset(
    """
    kontor motor korridor revisor sponsor professor mentor kompressor assessor
    censor humor tumor
    """.split()
)
LATIN_OR_INFLECTIONS = ("n", "s", "ns", "er", "erna", "ers", "ernas")  # or none

# Linking morphemes between the parts of a compound (våld-s-brott, barn-a-hus,
# gat-u-kök, pojk-e-…): one letter the modifier may end with that is no part
# of the word.
LINKING_LETTERS = frozenset("saeu")

# Endings that are words of their own in a word list but never the head of a
# compound: myndig|heten, för|ening, lik|heter.
DERIVATIONAL_ENDINGS = frozenset(
    """
    het heten heter heterna dom domen domar skap skapen skapet skaper else elsen
    ning ningen ningar ningarna ande andet ende endet are aren arna isk iska iskt
    ism ismen lig liga ligt ligen itet iteten ion ionen ioner tion tionen ering
    eringen eringar ering erna arna orna ande ena ens ets ade ader ats ende
    """.split()
) | frozenset(
    # Inflections, which split a word as readily (`analyse|rar`, `bas|e|rad`,
    # `eventu|ell`, `aktörer|nas`, `aktör|ers`), and the -nad of `bygg|nad`,
    # `kost|nad`: their tails are no heads either.
    """
    erar erade erad erat erats eras erades erande arnas ernas ornas ars ers ors
    ell ella ellt des ades its tts llt aste nad naden nader naderna
    """.split()
)

# Conjunctions after which a compound's shared part is left out of the words
# before it (`barnrätts- och ungdomsperspektiv`, `kvinno- eller mansjourer`,
# `gång-, cykel- och kollektivtrafik`): extract/compounds.py `suspended`.
SUSPENSION_CONJUNCTIONS = frozenset("och eller samt respektive".split())

# Words that are never part of a compound although a compound may start or end
# with their letters (till|syn, över|gång, in|sats, upp|drag are read as one
# word each).
FUNCTION_WORDS = STOP_WORDS | frozenset(
    """
    till över under efter mellan genom utan inom emot mot upp ner bort fram hem
    in ut på av för med om vid hos kring sam
    """.split()
)

# Words of a question's frame in this field, not of its topic: "vilka
# myndigheter har fått i uppdrag att minska buller" asks about `buller`;
# nearly every assignment is an `uppdrag` to a `myndighet`. Beside other
# words they count little and are not required (evidence/docsearch.py);
# alone, they are the topic.
QUESTION_FRAME_WORDS = frozenset(
    """
    myndighet myndigheten myndigheter myndigheterna uppdrag uppdraget uppdragen
    regeringsuppdrag regeringsuppdraget regeringen regering
    getts givits
    """.split()
) | frozenset(
    # The aim of an assignment, as a question says it ("uppdrag att motverka
    # bedrägerier", "förbättra konstnärers villkor"): nearly every assignment
    # is to counteract, improve, strengthen or promote something, so the verb
    # says little about which one is meant.
    f"{verb}{ending}"
    for verb in """
        motverka förbättra förstärka stärka främja öka minska underlätta
        säkerställa utveckla effektivisera
        """.split()
    for ending in ("", "r", "s", "nde")
) | frozenset(
    # `stödja` is such an aim too (the noun `stöd`, a topic of its own in this
    # field, is not), and so is `utvecklingen av` something.
    "stödja stödjer stöder stöds stödjas stödjande utveckling utvecklingen".split()
)

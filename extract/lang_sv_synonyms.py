"""Synonyms and English terms of the field, as data (issue 15).

Each group holds expressions that mean the same to staff searching for prior
measures: Swedish synonyms, an older and a newer word, the English term.
A query that contains one of them (as whole words, after casefolding) is
expanded with the others at a lower weight (evidence/docsearch.py,
SYNONYM_WEIGHT). The groups come from the vocabulary of the national
strategy against men's violence against women (Skr. 2016/17:10), the
follow-up report and the titles of the government's assignments; the
English side is the term the government's own English summaries use.
Extend it by adding a group or an expression to one; keep each expression
in its plain (indefinite, singular) form, the stemmer meets the rest.
"""

from __future__ import annotations

SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    # Violence, crime and victims
    ("våld i nära relationer", "våld i nära relation", "domestic violence", "intimate partner violence",
     "partnervåld", "relationsvåld"),
    ("mäns våld mot kvinnor", "men's violence against women", "violence against women", "kvinnofrid"),
    ("hedersrelaterat våld", "hedersrelaterat våld och förtryck", "honour-related violence", "honour violence",
     "hedersförtryck"),
    ("olaga förföljelse", "stalking", "förföljelse"),
    ("näthat", "hot och hat på nätet", "hat på nätet", "hot och hat", "online hate", "hate online",
     "digitala hot"),
    ("brottsoffer", "brottsutsatta", "offer för brott", "crime victim", "victims of crime", "victim support"),
    ("människohandel", "human trafficking", "trafficking", "människoexploatering"),
    ("prostitution", "sexköp", "köp av sexuell tjänst", "sex mot ersättning"),
    ("sexuella övergrepp", "sexual abuse", "sexualbrott", "sexual offence", "våldtäkt", "rape"),
    ("gängkriminalitet", "kriminella nätverk", "organiserad brottslighet", "gang crime", "organised crime",
     "gängrelaterad"),
    ("skjutvapenvåld", "skjutningar", "illegala vapen", "gun violence", "firearms"),
    ("våldsbejakande extremism", "violent extremism", "radikalisering", "radicalisation", "terrorism"),
    ("penningtvätt", "money laundering"),
    ("välfärdsbrott", "välfärdsbrottslighet", "felaktiga utbetalningar", "welfare fraud", "bidragsbrott"),
    ("arbetslivskriminalitet", "labour exploitation", "work-related crime"),
    ("barnäktenskap", "child marriage", "tvångsäktenskap", "forced marriage"),
    ("kontaktförbud", "restraining order"),
    ("barnahus", "children's house"),
    ("våldsutövare", "förövare", "perpetrator", "gärningsperson"),
    ("barn som bevittnat våld", "barn som upplevt våld", "children witnessing violence"),
    # Health and welfare
    ("suicid", "självmord", "suicide"),
    ("suicidprevention", "självmordsprevention", "suicidpreventivt", "suicide prevention"),
    ("psykisk ohälsa", "mental ill-health", "mental health", "psykisk hälsa"),
    ("antibiotikaresistens", "antimicrobial resistance", "antibiotic resistance", "amr"),
    ("covid-19", "coronapandemin", "pandemin", "coronaviruset", "corona", "covid"),
    ("vaccination", "vaccinering", "vaccine", "vaccinet"),
    ("demens", "demenssjukdom", "dementia"),
    ("äldreomsorg", "elderly care", "care of older people", "äldrevård"),
    ("ensamhet", "ofrivillig ensamhet", "loneliness"),
    ("hemlöshet", "hemlösa", "homelessness", "bostadslöshet"),
    ("spelberoende", "spelproblem", "spelmissbruk", "problem gambling", "gambling addiction"),
    ("narkotika", "drugs", "narcotics", "droger"),
    ("alkohol", "alcohol"),
    ("tobak", "tobacco", "nikotin", "nicotine"),
    ("funktionsnedsättning", "disability", "funktionshinder"),
    # Society and equality
    ("jämställdhet", "gender equality"),
    ("diskriminering", "discrimination"),
    ("rasism", "racism"),
    ("antisemitism", "antisemitisk"),
    ("hbtq", "hbtqi", "lgbt", "lgbtq", "lgbti"),
    ("nationella minoriteter", "national minorities", "minoritetsspråk"),
    ("samer", "samisk", "sami", "urfolk", "indigenous"),
    ("romer", "romsk", "roma"),
    ("segregation", "utanförskap", "utsatta områden", "socioekonomiskt utsatta områden"),
    ("nyanlända", "newly arrived", "newly arrived migrants"),
    ("ensamkommande", "ensamkommande barn", "unaccompanied minors", "unaccompanied children"),
    ("integration", "etablering"),
    ("civilsamhället", "civila samhället", "civil society", "ideella organisationer"),
    # Education and culture
    ("läsförståelse", "reading comprehension", "läsfrämjande", "läsning"),
    ("skola", "school", "utbildning", "education"),
    # Security and preparedness
    ("totalförsvar", "civilt försvar", "total defence", "civil defence", "höjd beredskap"),
    ("krisberedskap", "emergency preparedness", "beredskap"),
    ("informationssäkerhet", "cybersäkerhet", "cyber security", "cybersecurity", "information security",
     "it-säkerhet"),
    ("skogsbrand", "skogsbränder", "forest fire", "wildfire"),
    # Environment, energy and transport
    ("klimatanpassning", "climate adaptation", "anpassning till ett förändrat klimat"),
    ("klimatförändring", "climate change", "klimatförändringar"),
    ("biologisk mångfald", "biodiversity"),
    ("torka", "drought", "vattenbrist"),
    ("vindkraft", "wind power", "vindkraftverk", "havsbaserad vindkraft"),
    ("kärnkraft", "nuclear power", "kärnkraftverk"),
    ("vätgas", "hydrogen"),
    ("laddinfrastruktur", "charging infrastructure", "laddstationer", "laddpunkter"),
    ("elsystem", "electricity system", "elnät", "power grid"),
    ("cykling", "cykel", "cycling", "bicycle", "cykeltrafik"),
    ("kollektivtrafik", "public transport"),
    ("bredband", "broadband"),
    ("körkort", "driving licence", "driver's licence", "driving license"),
    # Government and data
    ("artificiell intelligens", "ai", "artificial intelligence"),
    ("digitalisering", "digitalisation", "digitization", "digitalization"),
    ("öppna data", "open data"),
    ("statsbidrag", "state grant", "government grant", "bidrag"),
)

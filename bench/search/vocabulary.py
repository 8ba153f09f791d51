"""The assignments' topic vocabulary and how much of it the synonym table covers (issue 15).

In: the 4,646 government assignments in
../shared/corpus/regeringen/regeringsuppdrag/ (files whose bytes repeat
another file's count once) and the synonym table
(`extract/lang_sv_synonyms.py`).
Out (stdout): the topic terms of the assignments' titles and decision
sentences counted by document frequency, how many of them (and of the
documents) the table covers, and the most frequent terms it does not cover,
each with its commonest form and a title it occurs in.

What counts as a topic term:

- the words of the title and of the decision sentence (the first sentence
  of the text that says `uppdrar`, `i uppdrag`, `ger` or `beslutar`; else the
  first sentence), casefolded, letters only, 3 letters or more;
- not a stop word (`extract/lang_sv_search.py`), nor a word of the
  assignments' frame (FRAME below: `uppdrag`, `regeringen`, `myndighet`,
  `redovisa`, `förlängning`, the verbs of what an agency is told to do —
  `kartlägga`, `analysera`, `främja`, … — the general words of government
  prose, `förutsättningarna`, `ramen`, `nationella`, and the question frame
  of the search), nor a name: the agencies `extract.measures.find_agencies`
  finds (also `Statens skolverk`) and any other word written with a capital
  inside the title or sentence (`Sverige`, `EU`) name who or where, not the
  topic;
- counted by its Snowball stem (`skogen`, `skogar` are `skog`), shown in its
  commonest form; a compound is one term (`dricksvatten`), as staff type it.

A term is covered when a query of its commonest form alone meets a group of
the table (`evidence.docsearch.plan_query` gives it synonyms), so the
inflections the search matches count and the ones it does not do not; or
when its stem is that of a one-word expression of the table (the English
`media` and `medier` stem alike, so they meet without the table). A
compound that only has a word of the table as one side is not covered here
(the search may still expand it through `part_synonyms`). A document is
covered when one of its topic terms is.

Example:
    .venv/bin/python bench/search/vocabulary.py
    .venv/bin/python bench/search/vocabulary.py --top 600 --uncovered 600
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
sys.path.insert(0, str(PROJECT))

ASSIGNMENTS = PROJECT.parent / "shared" / "corpus" / "regeringen" / "regeringsuppdrag"

# The frame of an assignment's title and decision sentence: who decides, who
# is told, the act of telling, reporting back, amending and extending it,
# and what an agency is told to do to a topic. Words of every assignment,
# which say nothing about which topic it has.
FRAME = frozenset(
    """
    uppdrag uppdraget uppdragen uppdragets regeringsuppdrag regeringsuppdraget regeringen regeringens
    regering myndighet myndigheten myndigheter myndigheterna myndighets myndighetens
    uppdrar uppdras ger gav beslutar beslutade beslutas åt avseende angående gällande rörande samt
    redovisa redovisas redovisning redovisningen redovisningar återrapportering rapportera
    ändring ändringar ändrat ändrad ändrade ändra ändras förlängning förlängd förlängt förlängs
    förlänga tid tiden komplettering kompletterande tillägg tilläggsuppdrag delredovisning
    slutredovisning fortsatt fortsatta ytterligare vissa visst viss m.m mm inklusive
    genomföra genomförande genomförandet genomförs genomföras arbete arbetet arbeta
    kartlägga kartläggning kartläggningen analysera analys analysen utvärdera utvärdering
    utvärderingen följa följer uppföljning uppföljningen utreda utredning ta tas lämna lämnas
    förslag föreslå ansvara ansvar ansvarar fördela fördelning fördelningen
    besluta bidra bidrar medverka medverkan samordna samordning samverka samverkan
    redovisats insatser insats åtgärder åtgärd vidta vidtagna uppdragsbeskrivning
    år året åren års period perioden ny nya nytt
    """.split()
) | frozenset(
    # Words of any assignment's administration rather than its topic: money
    # as such, dates, references, and the general nouns and adjectives of
    # government prose (`förutsättningarna`, `ramen`, `syfte`, `nationella`).
    # Read off the top of this script's own list; a topic word (`vård`,
    # `kommuner`, `skydd`) stays counted even when it is broad.
    """
    medel kronor miljoner miljarder belopp utbetala utbetalning utbetalningen betala bidrag
    januari februari mars april maj juni juli augusti september oktober november december
    dnr prop kap bilaga bilagan bilagor rubriken rubrik artikel nedan ovan dels respektive
    enlighet syfte syftet ramen förutsättningarna förutsättningar underlag underlaget anges
    användas anledning utifrån kring hos via sådana dessa denna detta övriga eventuella befintliga
    relevanta lämpliga berörda angivna tillhörande motsvarande nuvarande kommande pågående
    nationella nationellt nationell statliga statlig statens offentliga allmänna särskilt särskilda
    svenska svensk regionala regionalt lokal lokala internationella europeiska gemensamt gemensamma
    gemensam hela landet sätt former nivå fall grund typer exempel frågor frågan fråga
    förbereda förbereds stödja stöder ges görs göras ingå ingår avser rör gäller
    verka verkar leda driva föra svara ställa skapa utföra bedriva erbjuda utarbeta utformas
    utforma utformning utformningen beskriva bedöma bedömning identifiera inrätta inrättande
    införa införande införandet påbörja fortsätta komplettera upprätta sammanställa tillhandahålla
    redogöra informera undersöka studera pröva beräkna utöka vidareutveckla förlänger ändrar
    inkomma bistå delta hantera hantering förvalta möjliggöra tillgängliggöra anpassa
    möjligheter möjlighet behov behovet behövs krävs bör innebär framgår omfattas omfattning
    utsträckning förhållande betydelse samband följd kopplade närmare aktivt löpande årligen
    långsiktigt långsiktig sikt kortare tillfälliga delvis övergripande strategiska fördjupad
    förstärkt stärkt ökad förbättrad effektiv ändamålsenlig enhetlig samlat särskild
    fokus utgångspunkt inriktning effekterna effekter konsekvenser resultat resultaten erfarenheter
    uppgifter information kunskap kunskaper verksamhet verksamheten aktörer organisationer
    tillämpningen tillämpas uppfyller orsakar påverkar vidtas redovisade förekomsten
    myndig heten ning kallade ansvaret ansvarsområde ärenden beslutet myndigheternas myndigheters
    """.split()
)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
_DECISION = re.compile(r"\b(uppdrar|i uppdrag|ger|beslutar|beslutat)\b")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _files() -> list[Path]:
    """Every assignment once: a file whose bytes repeat another's is skipped."""
    seen: set[str] = set()
    out = []
    for path in sorted(ASSIGNMENTS.rglob("*.md")):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            out.append(path)
    return out


def title_and_decision(text: str) -> tuple[str, str]:
    """The `# title` line and the decision sentence of an assignment's markdown."""
    lines = text.splitlines()
    title = next((ln[2:].strip() for ln in lines if ln.startswith("# ")), "")
    body = " ".join(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))
    sentences = _SENTENCE_END.split(body)
    decision = next((s for s in sentences if _DECISION.search(s)), sentences[0] if sentences else "")
    return title, decision


def topic_words(text: str, stop: frozenset[str]) -> list[str]:
    """The topic words of one title or sentence, casefolded (see the module docstring)."""
    from extract.measures import find_agencies

    # An agency's name is not the topic, also where its words are in lower
    # case (`Statens skolverk`, `Myndigheten för samhällsskydd och beredskap`).
    for _, start, end in reversed(find_agencies(text)):
        text = text[:start] + " " * (end - start) + text[end:]
    out = []
    for i, match in enumerate(_WORD.finditer(text)):
        word = match.group()
        if i > 0 and word[0].isupper():
            continue  # a name: the agency, a place, an act
        folded = word.casefold()
        if len(folded) < 3 or folded in stop or folded in FRAME:
            continue
        out.append(folded)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=600,
                        help="the most frequent terms whose coverage is reported separately (default 600)")
    parser.add_argument("--uncovered", type=int, default=100,
                        help="how many of the most frequent uncovered terms to list (default 100)")
    args = parser.parse_args()
    if not ASSIGNMENTS.is_dir():
        print(f"error: {ASSIGNMENTS}: the shared corpus is absent; nothing to count", file=sys.stderr)
        return 1

    from evidence.docsearch import _synonym_lookup, plan_query, stem
    from extract.lang_sv_search import QUESTION_FRAME_WORDS, STOP_WORDS
    from extract.lang_sv_synonyms import SYNONYM_GROUPS

    stop = STOP_WORDS | QUESTION_FRAME_WORDS
    files = _files()
    df: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    example: dict[str, str] = {}
    doc_terms: list[set[str]] = []
    for path in files:
        title, decision = title_and_decision(path.read_text(encoding="utf-8"))
        terms: set[str] = set()
        for word in topic_words(title, stop) + topic_words(decision, stop):
            s = stem(word)
            forms[s][word] += 1
            terms.add(s)
            example.setdefault(s, title)
        df.update(terms)
        doc_terms.append(terms)

    shown = {s: forms[s].most_common(1)[0][0] for s in df}
    # Also covered: a term whose stem is that of a one-word expression of
    # the table whose other expressions stem alike (`medier` and `media`
    # meet by stemming alone; docsearch drops such synonyms as redundant).
    table_stems = {expr[0] for group in _synonym_lookup()[1].values() for expr in group if len(expr) == 1}
    covered = {s for s in df if s in table_stems or any(c.synonyms for c in plan_query(shown[s]))}
    ranked = sorted(df, key=lambda s: (-df[s], shown[s]))
    top = ranked[: args.top]
    docs_covered = sum(1 for terms in doc_terms if terms & covered)
    occurrences = sum(df.values())

    print(f"assignments: {len(files)} (files whose bytes repeat another's counted once)")
    print(f"synonym table: {len(SYNONYM_GROUPS)} groups, {sum(len(g) for g in SYNONYM_GROUPS)} expressions")
    print(f"topic terms (stems): {len(df)}; in 2 or more documents: {sum(1 for s in df if df[s] >= 2)}")
    print()
    print(f"{'':34}{'covered':>10}{'of':>8}{'share':>8}")
    print(f"{'terms, all':34}{len(covered):>10}{len(df):>8}{len(covered) / len(df):>8.3f}")
    top_cov = sum(1 for s in top if s in covered)
    print(f"{f'terms, top {len(top)} by document frequency':34}{top_cov:>10}{len(top):>8}{top_cov / len(top):>8.3f}")
    occ_cov = sum(df[s] for s in covered)
    print(f"{'term occurrences (document freq.)':34}{occ_cov:>10}{occurrences:>8}{occ_cov / occurrences:>8.3f}")
    print(f"{'documents with a covered term':34}{docs_covered:>10}{len(files):>8}{docs_covered / len(files):>8.3f}")
    print()
    print(f"the {args.uncovered} most frequent terms the table does not cover (document frequency, rank, form, a title):")
    listed = 0
    for rank, s in enumerate(ranked, 1):
        if listed >= args.uncovered:
            break
        if s in covered:
            continue
        listed += 1
        print(f"{df[s]:5} {rank:5}  {shown[s]:28} {example[s][:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Writes blind10.json (issue 14, twelfth part of the figure gold set; the JSON is the data).

In: the sentences `make_blind10_draw.py` drew (kept as `blind10_drawn.jsonl`,
one JSON line per sentence, numbered from 0 here). Out: blind10.json, each
sentence with its source series, catalogue title and the figures a reader
finds in it. Every unused sentence with a digit or number word, of **any**
shape, of the regeringen.se catalogue's summaries of government inquiry
reports (SOU) and the ministry series and memoranda (Ds) — legal and
government text of the bills' genre — so this part mostly measures false
figures (dates, years, SFS/section/article references, EU, report and
committee designations, numbered items, names) and holds few figures.

Sources (score.py lines): `sou` (0–322: SOU, every unused candidate after
blind8; the catalogue's 1920s treaty texts 214–220 are listed among the SOU
and kept there), `ds` (323–1001: Ds and memoranda, every unused candidate
after blind8), `all` (the 1002 together). Nothing is sampled: all 1002 are
labelled. (blind8 counted 345 unused SOU and 701 Ds candidates by exact text;
today's used test finds 344 and 700 — one sentence of each is now quoted in
a tracked file, for Ds one of blind8's own — and the letters-and-digits
repeat test drops one more SOU and two Ds: 344 − 20 − 1 = 323, 700 − 19 − 2 =
679.)

Labels were written by reading each sentence, by an engineer who had not read
the extractor's rules (extract/figures.py, extract/lang_sv_numbers.py,
evidence/quantity.py) or the tests' expectations (tests/extract/test_figures.py),
before the figure extractor was run on any of them, and committed before it
was. The figure extractor and score.py were never run on this part by the
labeller.

Conventions as make_blind6.py … make_blind9.py: counts, amounts, shares,
durations and ages are figures, with unit, qualifier and range `high`;
högst/`inte överstiga`/`inte har fyllt` → under, `över`/`mer än`/`minst`/
`och äldre`/överstiger → over; `inom`, and `under` meaning "during", carry no
qualifier; `fyllt 65 år` is an age of 65 without a qualifier (blind6's
`fyllt 15`); an age range (`i 3–5 års ålder`, `åldersgruppen 18–20 år`) is
one figure with `high`. No figure for years (`2006 års vårdnadsreform`,
`under åren 2022 till 2026`, `perioden 2021–2027`, `läsåret 2028/29`,
`födda 1957`, `efter 2024`), decades (`1940-talet`, `under 2000-talet`),
dates (`den 1 januari 2026`, `den 24 februari i år`, `perioden 1
november-15 april`, `Den 10 mars`), clock times (`mellan klockan 22.00 och
11.00` — a time of day, like a date), references (SFS `lagen (2022:700)`,
`15 kap. 2 §`, `11–11 c §§`, `9 och 10 §§`, `artikel 26.10`, `artiklarna
28–31`, `artiklarna 7, 7a och 7b`, `bilaga 2`, `bilaga 5`, `punkt 56`, `ett
nytt tredje stycke`, `(s. 41)`), EU and UN designations (`direktiv (EU)
2015/412`, `förordning (EG) nr 1935/2004`, `resolution 1267 (1999)`,
`konvention nr 169`, `mål C-265/19`), directive, report, committee and bill
numbers (`dir. 2023:134`, `(Ju 2023:12)`, `N 2022:03`, `(S 2024:A)`, `SOU
2024:70`, `Ds 2025:4`, `prop. 2024/25:143`, `rskr. 2024/25:289`, `TSFS
2016:102`, `SÖ 2002:59`), diary numbers (`LI2025/00066`, `A2023/01509`),
numbered items and designations (`Demokratiutredningens skrift nummer 27`,
`skrift nummer åtta`, `Delredovisning 3`, `del 1 och del 2`, `årskurs 4 och
5`, `årskurs 1`, `steg 3`, `version 2`, `ETS 2`, `kontrollstation 2023`,
`Livsmedelsstrategin 2.0`, the list numbers `(1) … (2) … (3)` and `1.` /
`2.` split off as sentences) and names (`covid-19`, `Agenda 2030`, `Expo
2020`, `Natura 2000`, `NIS2`, `3D-utskrifter`, `8 SIDOR`, `Första AP-fonden`,
`Sjunde AP-fonden`, `Filmutredningen 2008`, `Valideringsdelegationen
2015–2019`). Ordinals are no figures (`det tredje tilläggsprotokollet`, `den
tionde publikationen`, `fjärde delredovisning`, `Sveriges nionde
nationalrapport`, `För det andra`, `en tredje reserverad månad`, `för första
gången`); an article `en`/`ett` is none (`en särskild utredare`, `ett tredje
land`, `tredje part`); footnote digits glued to a word (`antalsberäkning1`,
`slutredovisning2`, `samarbetsavtalet1`) are none; `antalet karensdagar`
without a number is none. A number word at the start of a longer word that
is not a number (`sjukvård`, `tvångsmedel`, `sexuella`, `underåriga`,
`halvåret`) made the draw's candidate test take most sentences without a
digit; they hold no figure, and `sex och samlevnad` (sexuality) is none. A
number-word compound of a period or length of schooling is a duration
(gold.json's `femårsperioden`, blind2's and blind9's `tioårig`):
`tioårig`, `sexårig`, `femårig`, `tvåårigt`, `sjuårsperioder`,
`tioårsperioden`.

Judgement calls, written before any run:
- 10 `– analyser på hundra års sikt` (a title line): 100 years, a time
  horizon is a duration.
- 83 `kommittén Demokratin 100 år`: 100 years. The committee's name states
  a duration (a hundred years of democracy), as blind9's report title
  `Arbetssökande över 55 år` stated an age and blind9's 303 `hundra år
  sedan det första riksdagsvalet` the same 100 years; unlike `Expo 2020` it
  is not a year or a designation.
- 107 `Utredningen om en tioårig grundskola … hur en tioårig grundskola kan
  införas`: two figures, 10 years each; the inquiry's name describes its
  topic in words, so its `tioårig` counts as the second one does (same
  reasoning as 83). `årskurs 1` is a designation.
- 249 `innehåller 14 av de forskarrapporter`: a count of 14 (reports, not
  people). The sentence starts with the designation tail `SOU 2016:5)`
  (split off at `(` by the splitter), which is no figure.
- 467 `från ett halvt prisbasbelopp till ett prisbasbelopp`: two counts of
  prisbasbelopp, 0.5 and 1 (blind6's `två prisbasbelopp` is a count); the
  second `ett` is no article here, it is the value set against `ett halvt`.
- 368 `ett enda ansökningsförfarande för ett kombinerat tillstånd`: no
  figure; `ett enda` is "a single" (the directive's name for the procedure),
  not a count set against another.
- 378 `rätt till hel sjukpenning`: no figure; `hel` (full) is the benefit's
  level named by an adjective, not a number word, and no other level is set
  against it in the sentence (blind6's `tre fjärdedels` was a written share).
- 489 `inredning av ytterligare en bostad i ett enbostadshus`: no figure;
  `ytterligare en` is "another" and `enbostadshus` names a class of
  building, as 470's `enmansföretag` names a class of firm.
- 491 `lägsta ålder … sänkas från 21 år till 20 år`, 713 `ett ålderskrav på
  15 år`, 714 `minimiåldern på 16 år`, 122 `åldersgränsen 55 år som bortre
  gräns`: ages 21 and 20, 15, 16, 55 without a qualifier — the sentence
  states the threshold itself (blind8's 63); the words `lägsta`/`minimi-`/
  `bortre gräns` name the rule, not a bound on the number.
- 499 `åldersgränsen till 67 år … senareläggas med ett år`: age 67 and a
  duration of 1 year (`med ett år` is an amount of postponement, not an
  article); so is 549 `senareläggs med ett år`.
- 520 `under högst fem år … under högst sju år`: 5 and 7 years, under.
- 589 `Antalet karensdagar får dock inte överstiga sex`: 6 days, under
  (karensdagar are days; `inte överstiga` = högst). 855 `antalet
  karensdagar … minskas från sju till sex`: 7 and 6 days.
- 767 `omfattar högst etthundra skolenheter`: a count of 100, under;
  `årskurs 4 och 5`, `årskurs 5 och 6` are designations.
- 829 `var fjärde förtroendevald utsattes för trakasserier`: a share of 1/4
  of the elected representatives (0.25). Unlike blind2's `vart tredje år`
  (a frequency) it divides a counted group. 830 `motsvarande andel en
  femtedel`: a share of 0.2; `År 2012` is a year.
- 836 `ytterligare en termins heltidsstudier … sex års heltidsstudier`: 6
  years; a term (`termin`) is a unit kallkoll does not model (like blind6's
  `tolv minuter`), and `en` there is "one more", left out with it.
- 843 `ett minst tvåårigt beställningsbemyndigande`: 2 years, over.
- 879 `vars ena eller båda föräldrar`: no figure ("one or both", blind6's
  `en eller flera`).
- 935 `personer som är 85 år och äldre … unga under 21`: age 85 over, and
  age 21 under (no `år` is written, but `unga under 21` can only be an age).
- 949 `maximistraffet … höjs till fängelse i sex år`: 6 years, no qualifier
  (the number is the maximum itself, as with `lägsta ålder` above); 881
  `fängelse i högst två år`: 2 years, under.
- 957 `två- och trehjuliga fordon och fyrhjulingar`: no figure; the EU
  regulation's name for vehicle categories, a class of goods (blind9's
  `dubbla användningsområden`).
- 965, 966 `tidningen 8 SIDOR`: a newspaper's name, no figure (blind9's
  `8 Sidor`).
"""
import json
from pathlib import Path

from labels import AGE, C, D, SH, Y, f

HERE = Path(__file__).resolve().parent
SERIES = ("sou", "ds")

LABELS = {
    # sou: 0–322
    10: [f(100, Y)],
    74: [f(10, Y)],
    83: [f(100, Y)],
    107: [f(10, Y), f(10, Y)],
    121: [f(3, AGE, high=5)],
    122: [f(55, AGE)],
    167: [f(30, Y, "over")],
    200: [f(3.5, Y)],
    249: [f(14, C)],
    # ds: 323–1001
    334: [f(2, Y)],
    335: [f(10, Y)],
    390: [f(5, Y)],
    451: [f(5, Y)],
    467: [f(0.5, C), f(1, C)],
    471: [f(15, AGE, "over")],
    491: [f(21, AGE), f(20, AGE)],
    499: [f(67, AGE), f(1, Y)],
    520: [f(5, Y, "under"), f(7, Y, "under")],
    547: [f(10, Y, "over")],
    548: [f(10, Y)],
    549: [f(1, Y)],
    586: [f(65, AGE)],
    589: [f(6, D, "under")],
    680: [f(7, Y)],
    713: [f(15, AGE)],
    714: [f(16, AGE)],
    730: [f(18, AGE, high=20)],
    767: [f(100, C, "under")],
    769: [f(70, Y, "under")],
    803: [f(1, Y, "over")],
    825: [f(15, AGE, "under")],
    829: [f(0.25, SH)],
    830: [f(0.2, SH)],
    836: [f(6, Y)],
    843: [f(2, Y, "over")],
    855: [f(7, D), f(6, D)],
    858: [f(6, Y)],
    867: [f(20, AGE)],
    881: [f(2, Y, "under")],
    919: [f(15, AGE, "under")],
    932: [f(3, Y)],
    935: [f(85, AGE, "over"), f(21, AGE, "under")],
    941: [f(5, Y)],
    949: [f(6, Y)],
}


def main() -> None:
    drawn = [json.loads(line) for line in (HERE / "blind10_drawn.jsonl").read_text(encoding="utf-8").splitlines()]
    assert max(LABELS) < len(drawn)
    out = [{"source": d["source"], "doc": d["doc"], "text": d["text"], "figures": LABELS.get(i, [])}
           for i, d in enumerate(drawn)]
    (HERE / "blind10.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(out), "sentences,", sum(1 for x in out if x["figures"]), "with figures,",
          sum(len(x["figures"]) for x in out), "figures")
    for part in SERIES:
        items = [x for x in out if x["source"] == part]
        print(f"  {part}: {len(items)} sentences, {sum(1 for x in items if x['figures'])} with figures, "
              f"{sum(len(x['figures']) for x in items)} figures")


if __name__ == "__main__":
    main()

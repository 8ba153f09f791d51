"""Writes blind9.json (issue 14, eleventh part of the figure gold set; the JSON is the data).

In: the sentences `make_blind9_draw.py` drew (kept as `blind9_drawn.jsonl`,
one JSON line per sentence, numbered from 0 here). Out: blind9.json, each
sentence with its source series, catalogue title and the figures a reader
finds in it. Every unused sentence with a digit or number word, of **any**
shape, of the regeringen.se catalogue's summaries of committee directives
and government communications to the Riksdag — the genre nearest the bills
— so this part mostly measures false figures on legal text (dates, years,
SFS/section references, report and committee designations) and holds few
figures.

Sources (score.py lines): `dir` (0–429: committee directives, Dir., every
unused candidate after blind8), `skr` (430–669: Skr., every unused
candidate; 661 is a Ds promemoria the catalogue lists among the
communications, kept in the series its file gives it), `all` (the 670
together).

Labels were written by reading each sentence, by an engineer who had not read
the extractor's rules (extract/figures.py, extract/lang_sv_numbers.py,
evidence/quantity.py) or the tests' expectations (tests/extract/test_figures.py),
before the figure extractor was run on any of them, and committed before it
was. The figure extractor and score.py were never run on this part by the
labeller.

Conventions as make_blind6.py, make_blind7.py and make_blind8.py: counts,
amounts, shares, durations and ages are figures, with unit, qualifier and
range `high`; `under`/`högst` an age → under, `över`/`minst` → over; an age
range (`18–20 år`, `mellan 40 och 74 år`, `i 3–5 års ålder`) is one figure
with `high`. No figure for years (`mellan åren 2001 och 2021`, `under 2020,
2021 och 2022`, `perioden 2022–2033`, `t.o.m. 2024`, `årsskiftet 2024/25`,
`efter 2045`, `2014 års människohandelsutredning`), decades and centuries
(`1800- och 1900-talen`, `mitten av 1990-talet`), dates (`senast den 31
januari 2026`, also split over a line break; `den 1 januari–31 december
2024`; `Den 7 maj` without a year; `Stockholm den 18 mars 2021`), references
(SFS `lagen (1982:80)`, `23 kap. brottsbalken`, `16 kap. 4 § miljöbalken`,
`9 kap. 21 § riksdagsordningen`, `8 och 10 kap. plan- och bygglagen, 3–5 och
7 kap.`, `punkt 2`), EU designations (`direktiv (EU) 2025/50`, `direktiv
2003/98/EG`), directive, report, committee and bill numbers (`dir. 2025:77`,
`(Ju 2013:17)`, `(M 2010:04)`, `SOU 2021:59`, `Ds 2019:8`, `RiR 2025:21`,
`RIR 2017:24`, `IMY Rapport 2021:1`, `prop. 2016/17:146`, `propositionen
2020/21:48`, `bet. 2021/22:SoU36`, `rskr. 2021/22:200`, `skr. 2016/17:10`,
`(2009/10:3)`), diary numbers (`LI2024/00224`), numbered items and
designations (`ILO:s konvention (nr 190)`, `rekommendation nr 205`, `årskurs
3`, `årskurs ett`, `anslag 2:4 Krisberedskap`, `de s.k. 3:12-reglerna`) and
names (`covid-19`, `covid -19`, `Agenda 2030`, `Natura 2000område`, `Expo
2020`, `NISU 2014`, `Nödnumret 112`, `NIS2-direktivet`, `Integritetsskyddsrapport
2020`, `Pisaundersökningen 2018`, `Första, Tredje och Fjärde AP-fonderna`).
Ordinals are no figures (`det tredje tilläggsprotokollet`, `den tredje och
sista återrapporteringen`, `en andra återrapportering`, `det sjätte …
delmålet`, `det första riksdagsvalet`); `helåret`/`första halvåret` name
periods, no figure (blind8's); `vart fjärde år` is a frequency, no figure
(blind2's `vart tredje år`); an article `en`/`ett` is none (`ett av världens
främsta`, `en särskild utredare`); `dubbla användningsområden` (dual use) is
the name of a class of goods, no figure. A number word at the start of a
longer word that is not a number (`sjukvård`, `sexualitet`, `sexuella`,
`tvångsmedel`, `Tredje`) is what made the draw's candidate test take the
sentences without any digit; they hold no figure. A number-word compound of
a period or length of schooling is a duration (gold.json's `femårsperioden`,
blind2's `tioårig`, blind8's `tioårsperioden`).

Judgement calls, written before any run:
- 7 `hur två EU-direktiv ska genomföras`: a count of 2 (blind8's `två
  EU-förordningar`).
- 170 `lagöverträdare under 18 år`: age 18, under (gold.json's `barn under
  16 år`).
- 190 `under den närmaste tioårsperioden`: 10 years, no qualifier; `under`
  is "during" here (blind8's `under den kommande tioårsperioden`).
- 253 `en tioårig grundskola`: 10 years (blind2's `tioårig`); `årskurs ett`
  in the same sentence is a designation.
- 264 `barn i 3–5 års ålder`: one age range, 3 to 5.
- 295 `Sveriges nettoutsläpp … är mindre än noll`: no figure; `noll` is net
  emissions, a unit kallkoll does not model (mass of greenhouse gas), so it
  is left out as `ton` and `kilogram` are.
- 303 `det år 2021 är hundra år sedan det första riksdagsvalet`: 100 years;
  `år 2021` is a year, `det första` an ordinal.
- 319 `den lättlästa nyhetstidningen 8 Sidor`: a newspaper's name, no figure.
- 546 a report title `Arbetssökande över 55 år – regeringen och …`: age 55,
  over. The title names a group by an age threshold, as a sentence would; a
  title is not a designation the way `RiR 2021:06` is.
- 561 `personer över 65 år`: age 65, over.
- 577 `hundraårsdeklaration` (ILO's Centenary Declaration): a name, no
  duration; the compound names an anniversary, it measures no period.
- 661 `kvinnor mellan 40 och 74 år`: one age range, 40 to 74.
"""
import json
from pathlib import Path

from labels import AGE, C, Y, f

HERE = Path(__file__).resolve().parent
SERIES = ("dir", "skr")

LABELS = {
    # dir: 0–429
    7: [f(2, C)],
    170: [f(18, AGE, "under")],
    190: [f(10, Y)],
    253: [f(10, Y)],
    264: [f(3, AGE, high=5)],
    303: [f(100, Y)],
    325: [f(18, AGE, high=20)],
    # skr: 430–669
    546: [f(55, AGE, "over")],
    561: [f(65, AGE, "over")],
    661: [f(40, AGE, high=74)],
}


def main() -> None:
    drawn = [json.loads(line) for line in (HERE / "blind9_drawn.jsonl").read_text(encoding="utf-8").splitlines()]
    assert max(LABELS) < len(drawn)
    out = [{"source": d["source"], "doc": d["doc"], "text": d["text"], "figures": LABELS.get(i, [])}
           for i, d in enumerate(drawn)]
    (HERE / "blind9.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(out), "sentences,", sum(1 for x in out if x["figures"]), "with figures,",
          sum(len(x["figures"]) for x in out), "figures")
    for part in SERIES:
        items = [x for x in out if x["source"] == part]
        print(f"  {part}: {len(items)} sentences, {sum(1 for x in items if x['figures'])} with figures, "
              f"{sum(len(x['figures']) for x in items)} figures")


if __name__ == "__main__":
    main()

"""Writes blind2.json (issue 14, fourth part of the figure gold set; the JSON is the data).

The sentences are those `make_blind2_draw.py` drew (kept as
`blind2_drawn.jsonl`, one JSON line per sentence, numbered from 0 here),
less duplicates and sentences found in another part or in tests/ (listed in
LEFT_OUT). Labels were written by reading each sentence, before the figure
extractor was run on any of them, and committed before it was.

Conventions as the other parts: years, dates, section, chapter, article,
list and contents numbers, designations (`utgiftsområde 1`, `ISO 39001`,
`temarapport 2016:1`, `del 1b`, `Rv 40`, addresses) are no figures; units
kallkoll does not model (euro, km, meter, kilowatt) give no figure;
högst/senast/under (an age) → under, minst/över/drygt/mer än → over,
cirka → approx; kronor scaled to kronor; a number word before a noun counts
it (`tre sakområden`), people are `persons` whether or not kallkoll's noun
list knows the noun (`två utredare`, `1 000 nyanlända`); `tioårig` and
`tolvmånadsperiod` are durations; `vart tredje år` is a frequency, no
figure; `fördubblats` is a ratio of 2.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
P, PP, SEK, D, M, Y, AGE, PER, C, R = ("percent", "percentage_points", "sek", "days", "months", "years", "age",
                                       "persons", "count", "ratio")


def f(v, u, q=None, high=None):
    d = {"value": v, "unit": u, "qualifier": q}
    if high is not None:
        d["high"] = high
    return d


# In another part or in tests/ (28, 34: tests; 212: blind.json with soft
# hyphens; 65, 66: holdout.json), or drawn twice.
LEFT_OUT = {28, 34, 212, 65, 66, 165, 172, 173, 181, 185, 186, 192}

LABELS = {
    0: [f(6, PER)],
    2: [f(18e6, SEK), f(28e6, SEK)],
    6: [f(10, Y)],
    8: [f(99, C)],
    14: [f(10, Y)],
    18: [f(2, C)],
    21: [f(6, C)],
    23: [f(1e9, SEK)],
    26: [f(3, C)],
    31: [f(21, AGE, "under")],
    36: [f(18, AGE)],
    77: [f(12, M)],
    104: [f(14, D)],
    105: [f(3, C)],
    110: [f(13, C), f(100, PER, "over")],
    121: [f(2, PER)],
    126: [f(5, C)],
    127: [f(3, C)],
    133: [f(3, C)],
    140: [f(2, Y, "over"), f(2, R, "over"), f(30000, PER, "approx"), f(70000, PER)],
    145: [f(1000, PER, "over")],
    146: [f(20e6, SEK, "under"), f(10e6, SEK)],
    148: [f(1.5e6, SEK, "under")],
    150: [f(1, Y), f(2, Y)],
    178: [f(3, C)],
    180: [f(2, C)],
    182: [f(2, C)],
    187: [f(2, C)],
    188: [f(6, C)],
    189: [f(22, PER)],
    190: [f(3, C)],
    191: [f(2, C)],
    193: [f(3, M, "over")],
    194: [f(3, PER)],
    195: [f(3, C)],
    197: [f(3, C)],
    198: [f(2, PER)],
    199: [f(40, Y)],
    200: [f(4, C)],
    201: [f(3000, PER), f(100, PER)],
    203: [f(2e6, SEK, "under"), f(2e6, SEK, "under")],
    204: [f(178e6, SEK)],
    206: [f(1.92e6, SEK)],
    207: [f(2, C)],
    209: [f(2, C)],
    211: [f(1e6, SEK)],
    214: [f(225e6, SEK)],
    215: [f(4, C)],
    217: [f(1.5e6, SEK, "under")],
    219: [f(2, C)],
    220: [f(5, C)],
    221: [f(4e9, SEK)],
    222: [f(7e6, SEK)],
    223: [f(1.2e6, SEK)],
    224: [f(33e6, SEK)],
    225: [f(0, C)],
    226: [f(49.5e6, SEK)],
}


def main() -> None:
    drawn = [json.loads(line) for line in (HERE / "blind2_drawn.jsonl").read_text(encoding="utf-8").splitlines()]
    out = [{"source": d["source"], "text": d["text"], "figures": LABELS.get(i, [])}
           for i, d in enumerate(drawn) if i not in LEFT_OUT]
    assert not set(LABELS) & LEFT_OUT
    (HERE / "blind2.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(out), "sentences,", sum(1 for x in out if x["figures"]), "with figures,",
          sum(len(x["figures"]) for x in out), "figures")


if __name__ == "__main__":
    main()

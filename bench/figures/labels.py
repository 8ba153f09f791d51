"""The notation the make_*.py scripts type labels in: unit short names, `f`
for one figure, `Labels.g` for one sentence with its figures; and
`write_drawn_part`, which the make_blind11.py … make_blind14.py scripts end
with: a drawn part's sentences and their labels written as its JSON file."""

import json
from pathlib import Path

P, PP, SEK, D, M, Y, AGE, PER, C, SH = ("percent", "percentage_points", "sek", "days", "months", "years", "age",
                                        "persons", "count", "share")


def f(v, u, q=None, high=None):  # type: ignore[no-untyped-def]
    d = {"value": v, "unit": u, "qualifier": q}
    if high is not None:
        d["high"] = high
    return d


class Labels(list):  # type: ignore[type-arg]
    def g(self, src, text, *figs):  # type: ignore[no-untyped-def]
        self.append({"source": src, "text": text, "figures": list(figs)})


def write_drawn_part(part: str, labels: dict, lines: tuple, texts: bool = True) -> None:  # type: ignore[type-arg]
    """Write `part`.json from `part`_drawn.jsonl beside this file and
    `labels` (the drawn sentence's number -> its figures), checking that the
    score lines (`lines`: name, first and end number) stand in the draw's
    order; with `texts`, also `part`_texts.txt, one sentence per line. Prints
    the counts."""
    here = Path(__file__).resolve().parent
    drawn = [json.loads(line) for line in (here / f"{part}_drawn.jsonl").read_text(encoding="utf-8").splitlines()]
    assert max(labels) < len(drawn)
    for line, start, end in lines:  # the numbering of the labels is the draw's order
        assert all(d["source"] == line for d in drawn[start:end]), line
    out = [{"source": d["source"], "file": d["file"], "text": d["text"], "figures": labels.get(i, [])}
           for i, d in enumerate(drawn)]
    (here / f"{part}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if texts:
        # one sentence per line; a sentence never holds a newline after the splitter, but be sure
        (here / f"{part}_texts.txt").write_text("".join(" ".join(x["text"].split()) + "\n" for x in out),
                                               encoding="utf-8")
    print(len(out), "sentences,", sum(1 for x in out if x["figures"]), "with figures,",
          sum(len(x["figures"]) for x in out), "figures")
    for line, _, _ in lines:
        items = [x for x in out if x["source"] == line]
        print(f"  {line}: {len(items)} sentences, {sum(1 for x in items if x['figures'])} with figures, "
              f"{sum(len(x['figures']) for x in items)} figures")

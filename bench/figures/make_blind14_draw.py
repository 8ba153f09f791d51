"""Draws the sentences of blind14.json (issue 14, sixteenth part of the figure gold set).

In: the government assignments in ../shared/corpus/regeringen/regeringsuppdrag/
(markdown; YAML front matter and `#` headings left out, paragraphs through
kallkoll's sentence splitter `extract.sentences.split_sentences`, which reads
no figures — as blind7 read them). Out: JSON lines (source = the score line
`legal`, `shape` or `any`; file, relative to regeringsuppdrag/; text), kept
as `blind14_drawn.jsonl`.

The PDFs' and the catalogue's unused sentences are used up (blind6, blind9,
blind10), and blind11 (seed 3131) and blind12 (seed 3232), the same three
lines, and blind13 (seed 3333, the assignments neither of them drew from)
took 350 assignments each, so this part is the government assignments none
of the three drew from, the nearest untouched genre: they quote laws, ordinances, EU
acts, amounts, shares, ages and periods. It is weighted to legal shapes, to measure false figures on legal
and designation numbers:
- `legal` (150): a sentence with a digit or number word
  (make_blind2_draw.CANDIDATE) that holds a legal or designation shape
  (`CASED`/`UNCASED` in assignment_draw.py: `§`, `kap.`, `lagen (`/`förordningen (`/`balken (`, an SFS
  number `(YYYY:NNN)`, `SFS`, `artikel`, `direktiv`, `punkt`, `bilaga`,
  `prop.`, `SOU`, `dnr`, a diary number such as `N2021/00170`), whatever
  other numbers it holds;
- `shape` (100): a sentence of the "number + lower-case word" shape
  (make_blind3_draw.shaped) — mostly figures, so it measures recall;
- `any` (100): a sentence with a digit or number word of any shape.
Each sentence comes from a different assignment: the assignments are taken
in a random order (fixed seed 3434), each gives at most one sentence, drawn
at random among its candidates for the line being filled (`legal` first,
then `shape`, then `any`); an assignment without a candidate for that line
gives none and is not used again.
The assignments run out on this part: `legal` fills its 150 from 2302
assignments looked at, `shape` looks at the remaining 1294 and finds 80, and
`any` gets none (stderr says so); the numbers asked for stay in WANT, so the
shortfall shows rather than being hidden.

Used = every earlier part (gold, holdout, blind, blind2–blind13, and their
draw files), and every file under tests/ and bench/ that git tracks
(blind14's own files excepted); blind11's, blind12's and blind13's assignments are not
drawn from at all. A sentence counts as used when its first or last 40 letters and
digits (case, spaces and punctuation ignored) occur there (blind7's test). A sentence repeated across assignments (boilerplate) is taken
once, also when only its spaces or punctuation differ. The figure extractor is
never run here.

    /work/main/.venv/bin/python bench/figures/make_blind14_draw.py > bench/figures/blind14_drawn.jsonl
"""
from __future__ import annotations

from assignment_draw import draw

SEED = 3434
PARTS = ("gold", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
         "blind10", "blind11", "blind12", "blind13")
EARLIER = ("blind11", "blind12", "blind13")  # their assignments: none drawn again


if __name__ == "__main__":
    draw("blind14", SEED, PARTS, EARLIER)

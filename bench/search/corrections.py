"""Wrong corrections (issue 15): correct Swedish words the assignments lack.

A query word the index lacks is corrected to a near word of the index
(`brottsofer` → `brottsoffer`). A correct word the documents do not use
(`hunger`) must not become another word (`hänger`). This script takes
words absent from the index's vocabulary from wordfreq's Swedish lists and
counts how many `search_documents` "corrects":

- common: 200 of wordfreq's small list (~30,000 words in common use),
  4 letters or more, letters only; the count must be 0;
- rare: 200 of the words at ranks 40,000–150,000 of its large list, which
  may be corrected (most often to another form of the same word); printed
  with what they became, and how many are 14 letters or more (where three
  edits are allowed);
- rare, 14 letters or more: 200 of those rare words that are that long,
  where the third edit can make a difference;

each sample every n-th word of the list in its order, so the samples do not
change between runs. Needs an ingested database (bench/search/run.py --keep).

Example:
    .venv/bin/python bench/search/corrections.py --db /tmp/eval.db
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

SAMPLE = 200


def _sample(words: list[str], n: int) -> list[str]:
    step = max(1, len(words) // n)
    return words[::step][:n]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="SQLite file of an ingested evaluation database")
    args = parser.parse_args()
    if not Path(args.db).is_file():
        print(f"error: {args.db}: no such database (run bench/search/run.py --db {args.db} --keep first)",
              file=sys.stderr)
        return 1
    from wordfreq import top_n_list

    from evidence.docsearch import _common_words, search_documents
    from evidence.reader import reader_for
    from evidence.store import open_engine

    engine = open_engine(f"sqlite:///{args.db}")
    reader = reader_for(engine)
    indexed = {w for (w,) in reader.rows("SELECT word FROM search_word")}

    def absent(candidates: list[str]) -> list[str]:
        return [w for w in candidates if len(w) >= 4 and w.isalpha() and w not in indexed]

    common = absent(sorted(_common_words()))
    rare = absent(top_n_list("sv", 150_000)[40_000:])
    long_rare = [w for w in rare if len(w) >= 14]
    for label, pool in (("common", common), ("rare", rare), ("rare, 14 letters or more", long_rare)):
        sample = _sample(pool, SAMPLE)
        changed = []
        for word in sample:
            fixed = search_documents(reader, word, limit=1)["corrections"]
            if fixed:
                changed.append((word, fixed[word]))
        long_ = [c for c in changed if len(c[0]) >= 14]
        print(f"{label}: {len(changed)} of {len(sample)} corrected ({len(long_)} of 14 letters or more)")
        for word, to in changed:
            print(f"  {word} -> {to}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

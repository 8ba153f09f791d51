"""Draws the candidate sentences of blind2.json (issue 14, fourth part of the figure gold set).

Sources: text no other part, test or bench file uses. The two laws in
../shared/corpus/sfs/ were meant to be one, but their files hold only front
matter (no body text), so they give nothing. Used: every candidate of the
regeringen.se pages in ../shared/corpus/regeringen/pages/ (`regeringen`);
the `summary` texts of SOUs and committee terms of reference in
../shared/corpus/regeringen/catalogue/ (`regeringen`); sentences of the PDFs
in ../shared/corpus/pdf/ (`pdftotext`, as the earlier parts) not in any other
part (bills); one sentence from each of randomly drawn government assignments
in ../shared/corpus/regeringen/regeringsuppdrag/ (`regeringsuppdrag`). Each
text is cut into paragraphs (YAML front matter and `#` headings left out),
the paragraphs into sentences by kallkoll's own splitter
(`extract.sentences`, which reads no figures), and a sentence is a
candidate when it holds a digit or a number word. Sentences already in
another part, in tests/ or in bench/ are left out. A fixed seed draws; the
figure extractor is never run here. Prints JSON lines: source, text.
"""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))

from extract import lang_sv_numbers as sv  # noqa: E402
from extract.sentences import split_sentences  # noqa: E402

WORDS = sorted({w for w in sv.CARDINAL_MORPHEMES if w not in ("en", "ett")} | {"hundra", "tusen", "hälften"}, key=len,
               reverse=True)
SHAPE = re.compile(r"(?<![\w§:/.-])(\d[\d ,]*|" + "|".join(WORDS) + r")\s+([a-zåäö%]+)\b")
NOT_AFTER = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december", "kap", "och", "eller", "i", "om", "av", "till", "år", "a", "b", "c"}
CANDIDATE = re.compile(r"\d|\b(" + "|".join(WORDS) + r")", re.IGNORECASE)


def paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if text.startswith("---"):
        text = text.split("\n---\n", 1)[1] if "\n---\n" in text else ""
    out = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
        if lines:
            out.append(" ".join(lines))
    return out


def used() -> str:
    texts = [json.loads((HERE / f"{p}.json").read_text(encoding="utf-8")) for p in ("gold", "holdout", "blind")]
    seen = "\n".join(item["text"] for part in texts for item in part)
    files = subprocess.run(["git", "ls-files", "tests", "bench"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    for name in files:
        if name.endswith((".py", ".json", ".md", ".txt")) and "blind2" not in name:
            seen += "\n" + (ROOT / name).read_text(encoding="utf-8", errors="replace")
    return seen


def main() -> None:
    seen = used()
    rng = random.Random(1414)

    def candidates(texts: list[str]) -> list[str]:
        found = [s.text for sentences in split_sentences(texts) for s in sentences
                 if CANDIDATE.search(s.text) and s.text[:60] not in seen and len(s.text) > 15]
        return list(dict.fromkeys(found))

    def emit(source: str, drawn: list[str], of: int) -> None:
        print(f"# {source}: {of} candidates, {len(drawn)} drawn", file=sys.stderr)
        for text in drawn:
            print(json.dumps({"source": source, "text": text}, ensure_ascii=False))

    pages = [p for path in sorted((CORPUS / "regeringen" / "pages").rglob("*.md")) for p in paragraphs(path)]
    found = candidates(pages)
    emit("regeringen", found, len(found))
    summaries = [item.get("summary") or "" for name in ("statens-offentliga-utredningar", "kommittedirektiv")
                 for item in json.loads((CORPUS / "regeringen" / "catalogue" / f"{name}.json").read_text("utf-8"))]
    found = candidates(rng.sample([s for s in summaries if s], 400))
    emit("regeringen", rng.sample(found, min(15, len(found))), len(found))
    for pdf in sorted((CORPUS / "pdf").glob("*.pdf")):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        found = candidates([re.sub(r"-\n(?=[a-zåäö])", "", p).replace("\n", " ") for p in re.split(r"\n\s*\n", text)])
        emit(pdf.stem, rng.sample(found, min(4, len(found))), len(found))
    files = sorted((CORPUS / "regeringen" / "regeringsuppdrag").rglob("*.md"))
    drawn: list[str] = []
    for path in rng.sample(files, 60):
        found = candidates(paragraphs(path))
        if found and len(drawn) < 15:
            drawn.append(rng.choice(found))
    emit("regeringsuppdrag", drawn, len(drawn))

    # Second draw: random sentences hold few figures (mostly dates and
    # references), so more are drawn among the sentences where a number is
    # followed by a lower-case word that is no month or section word — a shape
    # test, not the extractor — from the catalogue summaries, other government
    # assignments and the PDFs.
    def shaped(found: list[str]) -> list[str]:
        return [t for t in found if any(m.group(2).lower() not in NOT_AFTER for m in SHAPE.finditer(t))]

    found = shaped(candidates(rng.sample([s for s in summaries if s], 1500)))
    emit("regeringen", rng.sample(found, min(25, len(found))), len(found))
    drawn = []
    for path in rng.sample(files, 400):
        found = shaped(candidates(paragraphs(path)))
        if found and len(drawn) < 25:
            drawn.append(rng.choice(found))
    emit("regeringsuppdrag", drawn, len(drawn))
    for pdf in sorted((CORPUS / "pdf").glob("*.pdf")):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        found = shaped(candidates([re.sub(r"-\n(?=[a-zåäö])", "", p).replace("\n", " ")
                                   for p in re.split(r"\n\s*\n", text)]))
        emit(pdf.stem, rng.sample(found, min(3, len(found))), len(found))

    # Third draw: the second still gave mostly years ("2020 års utredning") and
    # dates, so the shape is tightened (no four-digit year, nothing after
    # "den", no "års") and more are drawn from summaries and assignments.
    def tight(found: list[str]) -> list[str]:
        return [t for t in found if any(
            m.group(2).lower() not in NOT_AFTER | {"års"} and not re.fullmatch(r"(19|20)\d\d", m.group(1).strip())
            and not t[:m.start()].rstrip().lower().endswith("den") for m in SHAPE.finditer(t))]

    found = tight(candidates([s for s in summaries if s]))
    emit("regeringen", rng.sample(found, min(25, len(found))), len(found))
    drawn = []
    for path in rng.sample(files, 800):
        found = tight(candidates(paragraphs(path)))
        if found and len(drawn) < 25:
            drawn.append(rng.choice(found))
    emit("regeringsuppdrag", drawn, len(drawn))


if __name__ == "__main__":
    main()

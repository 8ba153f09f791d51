"""The reviewer's HTML evidence report: one self-contained file.

In: a stored document id. Out: an HTML string with inline CSS and one inline
script (filter by status), no network requests (a Content-Security-Policy
forbids them), every piece of document text HTML-escaped by Jinja2's
autoescaping, and links only to http(s) URLs without user information
(`evidence/urls.py`).
"""

from __future__ import annotations

import html
import re
import secrets
from collections import defaultdict

from jinja2 import Environment, select_autoescape
from markupsafe import Markup
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from evidence import schema as S
from evidence.statuses import STATUSES
from evidence.urls import safe_link
from evidence.verify import status_counts, verification_rows

TEMPLATE = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-{{ nonce }}'; img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kallkoll evidence report: {{ title }}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; color: #1d1d1f; line-height: 1.45; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
.counts { display: flex; gap: .5rem; flex-wrap: wrap; margin: 1rem 0; }
.counts button { border: 1px solid #888; border-radius: 1rem; padding: .3rem .8rem; background: #fff; cursor: pointer; }
.counts button.active { background: #1d1d1f; color: #fff; }
.claim { border: 1px solid #ddd; border-radius: .4rem; padding: .7rem 1rem; margin: .7rem 0; }
.meta { color: #555; font-size: .85rem; }
.via { margin: .2rem 0 .4rem 1rem; font-size: .9em; }
.status { font-weight: 600; padding: 0 .35rem; border-radius: .3rem; }
.verified { background: #d9f2d9; } .mismatch { background: #f8d0d0; } .not_found { background: #fbeec0; }
.no_source { background: #dbe6f7; } .uncited { background: #eee; }
.passage { background: #fafafa; border-left: 3px solid #aaa; padding: .3rem .7rem; margin: .4rem 0; }
mark { background: #ffe066; }
.footnote { font-size: .9rem; }
</style>
</head>
<body>
<h1>Evidence report: {{ title }}</h1>
<p class="meta">{{ path }} — {{ n_claims }} claims with figures, {{ n_figures }} figures.</p>
<div class="counts" id="counts">
<button type="button" data-status="all" class="active">all <span class="n">{{ n_figures }}</span></button>
{% for status in statuses %}<button type="button" data-status="{{ status }}" id="count-{{ status }}">{{ status }} <span class="n">{{ counts.get(status, 0) }}</span></button>
{% endfor %}</div>
{% for chapter, rows in chapters %}
<section class="chapter">
<h2>{{ chapter }}</h2>
{% for r in rows %}
<div class="claim" data-statuses="{{ r.statuses }}">
<div class="meta">p. {{ r.page }}{% if r.section %} · {{ r.section }}{% endif %}{% if r.objective %} · målsättning {{ r.objective }}{% endif %} · {{ r.kind }}</div>
<p>{{ r.claim_html }}</p>
<ul>{% for f in r.figures %}<li><b>{{ f.raw }}</b> <span class="status {{ f.status }}">{{ f.status }}</span>{% if f.source_value is not none %} (source: {{ '%g' % f.source_value }}){% endif %}{% if f.confidence is not none %} <span class="meta">· confidence {{ '%.2f' % f.confidence }}{% if f.reason %} · {{ f.reason }}{% endif %}</span>{% endif %}
{% if f.via %}<div class="via">through the body claim on p. {{ f.via.page }}: “{{ f.via.claim }}”{% for n in f.via.footnotes %} · footnote {{ n.number }}: {{ n.text }}{% endfor %}{% if f.via.source %} · source: {{ f.via.source.title or f.via.source.key }} ({{ f.via.source.key }}){% endif %}{% if f.passage %}<div class="passage"><span class="meta">{% if f.passage_page is not none %}p. {{ f.passage_page }}{% else %}catalogue entry{% endif %}</span><br>{{ f.passage_html }}</div>{% endif %}</div>{% endif %}</li>{% endfor %}</ul>
{% for n in r.footnotes %}<div class="footnote">Footnote {{ n.number }}: {{ n.text }}</div>{% endfor %}
{% if r.source %}<div class="meta">Source: {% if r.source_url %}<a href="{{ r.source_url }}" rel="noreferrer noopener">{{ r.source.title or r.source.key }}</a>{% else %}{{ r.source.title or r.source.key }}{% endif %} ({{ r.source.key }})</div>{% endif %}
{% if r.passage_html %}<div class="passage"><span class="meta">{% if r.passage_page is not none %}p. {{ r.passage_page }}{% else %}catalogue entry{% endif %} · score {{ '%.2f' % r.passage_score }}</span><br>{{ r.passage_html }}</div>{% endif %}
</div>
{% endfor %}
</section>
{% endfor %}
<script nonce="{{ nonce }}">
(function () {
  var buttons = document.querySelectorAll('#counts button');
  buttons.forEach(function (b) {
    b.addEventListener('click', function () {
      var s = b.getAttribute('data-status');
      buttons.forEach(function (x) { x.classList.toggle('active', x === b); });
      document.querySelectorAll('.claim').forEach(function (c) {
        var has = (' ' + c.getAttribute('data-statuses') + ' ').indexOf(' ' + s + ' ') >= 0;
        c.style.display = (s === 'all' || has) ? '' : 'none';
      });
      document.querySelectorAll('section.chapter').forEach(function (sec) {
        var shown = Array.prototype.some.call(sec.querySelectorAll('.claim'), function (c) { return c.style.display !== 'none'; });
        sec.style.display = shown ? '' : 'none';
      });
    });
  });
})();
</script>
</body>
</html>
"""


def _highlight(text: str | None, raws: list[str]) -> Markup:
    """Escape `text`, then mark the numbers that the claim states."""
    escaped = html.escape(text or "")
    for raw in sorted({r for r in raws if r}, key=len, reverse=True):
        token = html.escape(raw)
        escaped = re.sub(rf"(?<![\w>]){re.escape(token)}(?!\w)", f"<mark>{token}</mark>", escaped)
    return Markup(escaped)  # noqa: S704 — built from escaped text only


def _numbers(values: list[float | None]) -> list[str]:
    out = []
    for v in values:
        if v is None:
            continue
        out.append(f"{v:g}")
        if v >= 1000 and float(v).is_integer():
            out.append(f"{int(v):,}".replace(",", " "))
    return out


def _with_path(figure: dict, by_claim: dict[int, dict], notes: dict[int, str]) -> dict:
    """A figure with, when its verdict comes through a chain (a summary's
    figure repeating a body claim's), the body claim it comes through: its
    page, text, footnotes and source, and the passage that decided (issue 14)."""
    body = by_claim.get(figure.get("through_claim"))  # type: ignore[arg-type]
    via = None
    if body is not None:
        via = {
            "page": body["page"],
            "claim": body["claim"],
            "footnotes": [{"number": n, "text": notes.get(n, "")} for n in body["footnotes"]],
            "source": body["source"],
        }
    passage = figure.get("passage")
    numbers = _numbers([figure.get("source_value")])
    return {**figure, "via": via, "passage_html": _highlight(passage, numbers) if passage and via else None}


def render_report(engine: Engine, document_id: int) -> str:
    rows = verification_rows(engine, document_id)
    with Session(engine) as session:
        doc = session.get(S.Document, document_id)
        notes = {}
        for n in session.exec(select(S.Footnote).where(S.Footnote.document_id == document_id)).all():
            notes[n.number] = n.text
    assert doc is not None
    chapters: dict[str, list[dict]] = defaultdict(list)
    by_claim = {r["claim_id"]: r for r in rows}
    for r in rows:
        raws = [f["raw"] for f in r["figures"]]
        source_values = [f["source_value"] for f in r["figures"]]
        url = (r["source"] or {}).get("url")
        passage = r["passage"] or {}
        chapters[r["chapter"] or "(no chapter)"].append(
            {
                **r,
                "figures": [_with_path(f, by_claim, notes) for f in r["figures"]],
                "statuses": " ".join(sorted({f["status"] for f in r["figures"]})),
                "claim_html": _highlight(r["claim"], raws),
                "footnotes": [{"number": n, "text": notes.get(n, "")} for n in r["footnotes"]],
                "source_url": safe_link(url),
                "passage_html": _highlight(passage.get("text"), _numbers(source_values)) if passage.get("text") else None,
                "passage_page": passage.get("page"),
                "passage_score": passage.get("score") or 0.0,
            }
        )
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    return env.from_string(TEMPLATE).render(
        title=doc.title,
        path=doc.path,
        nonce=secrets.token_urlsafe(16),
        statuses=STATUSES,
        counts=status_counts(rows),
        n_claims=len(rows),
        n_figures=sum(len(r["figures"]) for r in rows),
        chapters=list(chapters.items()),
    )

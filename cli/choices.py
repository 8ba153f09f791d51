"""Options with a fixed set of values, as enums: `--help` lists them, anything else is refused.

In: the library's tables of values. Out: `str` enums typer turns into choices
(issue 17: `claims --kind bogus`, `figures --unit bogus` and `measures
search --kind bogus` printed nothing and exited 0).

Two tables live in light modules and are imported as they are. The others
live in modules that import spaCy or SQLModel (extract/figures.py,
extract/claims.py, evidence/link.py, evidence/check.py), which the CLI must
not load at start; their values are written out here and
tests/cli/test_choices.py checks them against the library's tables, so a
value added there fails the test until it is added here.
"""

from __future__ import annotations

from enum import Enum

from extract.lang_sv_measures import KINDS as MEASURE_KIND_VALUES
from ingest.kinds import DOCUMENT_KINDS as DOCUMENT_KIND_VALUES

# extract/claims.py CLAIM_KINDS
CLAIM_KIND_VALUES = ("claim", "assessment", "proposal", "summary", "summary_en")
# extract/figures.py UNITS
UNIT_VALUES = ("percent", "percentage_points", "sek", "days", "hours", "weeks", "months", "years", "age", "persons",
               "count", "ratio", "share")
# evidence/link.py STATUSES
STATUS_VALUES = ("verified", "mismatch", "not_found", "no_source", "uncited")
# evidence/check.py SEVERITIES, gravest first
SEVERITY_VALUES = ("error", "warning", "info")
# `kallkoll sources --format`: the renderings cli/main.py has.
FORMAT_VALUES = ("table", "json", "csl-json")


def _choices(name: str, values: tuple[str, ...]) -> type[Enum]:
    return Enum(name, [(v, v) for v in values], type=str)  # type: ignore[return-value]


ClaimKind = _choices("ClaimKind", CLAIM_KIND_VALUES)
Unit = _choices("Unit", UNIT_VALUES)
MeasureKind = _choices("MeasureKind", tuple(MEASURE_KIND_VALUES))
DocumentKind = _choices("DocumentKind", tuple(DOCUMENT_KIND_VALUES))
Status = _choices("Status", STATUS_VALUES)
Severity = _choices("Severity", SEVERITY_VALUES)
SourceFormat = _choices("SourceFormat", FORMAT_VALUES)


def value(choice: Enum | str | None) -> str | None:
    """The plain string of a chosen value (None stays None)."""
    if choice is None:
        return None
    return str(choice.value) if isinstance(choice, Enum) else str(choice)

"""The statuses a figure's verification can have (computed by `evidence/link.py`).

In: nothing. Out: the status names. Apart from `evidence/link.py` (which
re-exports them) so that `kallkoll verify --status` and the report check a
status without importing the linker and spaCy behind it (issue 17: fast start).
"""

from __future__ import annotations

VERIFIED = "verified"
MISMATCH = "mismatch"
NOT_FOUND = "not_found"
NO_SOURCE = "no_source"
UNCITED = "uncited"
STATUSES = (VERIFIED, MISMATCH, NOT_FOUND, NO_SOURCE, UNCITED)

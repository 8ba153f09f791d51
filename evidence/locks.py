"""Locks that keep concurrent writers of one database out of each other's way.

In: an open write session and the ids of documents about to be re-linked.
Out: nothing; on PostgreSQL the transaction holds an advisory lock per
document until it ends. SQLite needs none: its one writer at a time
(BEGIN IMMEDIATE) serialises every write transaction already.

Why (issue 18, defect 9): a stored source re-links every report that cites
it, deleting that report's links (and their verifications) and making them
again. Two workers storing two sources of one report at once each did so in
their own transaction, and one deleted links the other had just given
verifications: `verification_link_id_fkey` failed, or the two deadlocked.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session

# The first key of PostgreSQL's two-key advisory locks: "re-linking a
# document", the second key being the document's id. (The one-key lock of
# evidence.db.schema_lock lives in a space of its own.)
RELINK_LOCK_SPACE = 0x6B6B0001


def lock_for_relinking(session: Session, document_ids: Iterable[int]) -> None:
    """Wait until no other transaction is re-linking any of `document_ids`,
    and keep them for this transaction. Taken in ascending order, so that two
    transactions wanting the same documents never wait for each other in a circle."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for doc_id in sorted(set(document_ids)):
        session.execute(text("SELECT pg_advisory_xact_lock(:space, :id)"), {"space": RELINK_LOCK_SPACE, "id": doc_id})

"""Schema versions: creating, checking and upgrading kallkoll databases with Alembic.

In: a database URL. Out: a database at the current schema (`upgrade`), or a
description of it (`info`: backend, schema version, row counts). Migrations
live in `evidence/migrations/versions/`; a new database is created from the
models and stamped with the newest revision.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Column, MetaData, String, Table, func, inspect, select as core_select
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, SQLModel, select

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration in MIGRATIONS (a test holds the two together). Every
# command checks the schema; importing Alembic to read the migration scripts
# cost each of them a quarter of a second, so Alembic is imported only to
# upgrade.
SCHEMA_HEAD = "0006"
# Alembic's own version table, as `alembic stamp` makes it.
VERSION_TABLE = Table(
    "alembic_version", MetaData(), Column("version_num", String(32), primary_key=True, nullable=False)
)


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return SCHEMA_HEAD


def migration_head() -> str:
    """The newest revision among the migration scripts (Alembic reads them)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    if VERSION_TABLE.name not in inspect(connection).get_table_names():
        return None
    return connection.execute(core_select(VERSION_TABLE.c.version_num)).scalar()


def _stamp_head(conn: Connection) -> None:
    """What `alembic stamp head` does to a database made at the newest schema."""
    VERSION_TABLE.create(conn, checkfirst=True)
    conn.execute(VERSION_TABLE.delete())
    conn.execute(VERSION_TABLE.insert().values(version_num=SCHEMA_HEAD))


def create_or_check(engine: Engine) -> str | None:
    """Create a new database at the newest schema; for an existing one return
    its revision (None when it predates migrations)."""
    with engine.begin() as conn:
        tables = set(inspect(conn).get_table_names())
        if "document" not in tables:
            SQLModel.metadata.create_all(conn)
            _stamp_head(conn)
            return SCHEMA_HEAD
        revision = current_revision(conn)
        if revision is None:
            # Made by create_all before migrations existed: complete it and
            # take it as the newest schema.
            SQLModel.metadata.create_all(conn)
            _stamp_head(conn)
            return SCHEMA_HEAD
        return revision


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Upgrade to `revision`; returns (from, to)."""
    with engine.begin() as conn:
        from alembic import command

        before = current_revision(conn) if "document" in inspect(conn).get_table_names() else None
        command.upgrade(_config(conn), revision)
        after = current_revision(conn)
    if after == head_revision():
        # Derived data the newer schema keeps (designations, cover lines) is filled in.
        from evidence.sources import resolve_sources
        from evidence.store import writer

        with Session(writer(engine)) as session, session.begin():
            resolve_sources(session)
    return before, after or ""


def info(engine: Engine) -> dict:
    from evidence import schema as S

    with engine.connect() as conn:
        revision = current_revision(conn)
        tables = set(inspect(conn).get_table_names())
    counts = {}
    with Session(engine) as session:
        for name, model in (("documents", S.Document), ("blocks", S.Block), ("sentences", S.Sentence),
                            ("footnotes", S.Footnote), ("citations", S.Citation), ("sources", S.Source),
                            ("catalogue_entries", S.CatalogueEntry), ("claims", S.Claim), ("figures", S.FigureRow),
                            ("links", S.Link)):
            if model.__tablename__ in tables:  # an older schema lacks the newer tables
                counts[name] = session.exec(select(func.count()).select_from(model)).one()
    return {
        "backend": engine.dialect.name,
        "url": engine.url.render_as_string(hide_password=True),
        "schema_version": revision,
        "newest_version": head_revision(),
        "counts": counts,
    }

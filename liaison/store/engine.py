"""Connecting to the knowledge base: SQLite or PostgreSQL, migrated to the newest schema.

A knowledge base already at the newest schema is not migrated: its revision is read first,
without a write lock, so that reading never waits for a writer. A read-only engine opens
SQLite with ``mode=ro`` (a read-only copy, or a full disk, can still be read; a copy in a
folder that cannot be written, ``immutable``) and PostgreSQL with read-only transactions.
SQLite runs in WAL mode, where readers see the last commit while a writer works and never
wait for it.

SQLite's Python driver begins transactions late and only before writes, so SQLAlchemy
takes over: every transaction starts with BEGIN, and a writing one with BEGIN IMMEDIATE,
which takes the write lock before the first read and keeps two writers from merging
facts over each other. On PostgreSQL a transaction-scoped advisory lock does the same.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from liaison.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

ALEMBIC_INI = Path(__file__).with_name("alembic.ini")
WRITE_OPTION = "liaison_write"
# Any fixed number: writers to one PostgreSQL database take turns on this lock.
WRITE_LOCK_KEY = 0x6C6961697300
SQLITE_BUSY_SECONDS = 30


def json_text(value: Any) -> str:
    """JSON for the JSON columns, Cyrillic kept readable."""
    return json.dumps(value, ensure_ascii=False)


def create_store_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for ``url``; for SQLite, the file's folder is created first (unless
    ``read_only``: then nothing is created and nothing can be written)."""
    try:
        parsed = make_url(url)
    except ArgumentError as err:
        raise StoreError(
            f"{url!r} is not a database URL", "use sqlite:///path or postgresql+psycopg://host/db"
        ) from err
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(
            f"{parsed.get_backend_name()} databases are not supported", "use SQLite or PostgreSQL"
        )
    if parsed.get_backend_name() == "sqlite":
        if read_only:
            return sqlite_read_only_engine(parsed.database)
        return sqlite_engine(url, parsed.database)
    try:
        engine = create_engine(url, json_serializer=json_text, pool_pre_ping=True)
    except NoSuchModuleError as err:
        raise StoreError(f"no driver for {parsed.drivername}", "use postgresql+psycopg://") from err
    if read_only:

        @event.listens_for(engine, "connect")
        def read_only_sessions(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.read_only = True  # psycopg: every transaction READ ONLY

    return engine


def sqlite_engine(url: str, database: str | None) -> Engine:
    """A SQLite engine that begins its own transactions and enforces foreign keys."""
    if database and database != ":memory:" and not database.startswith("file:"):
        folder = Path(database).expanduser().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(
                f"cannot create the folder {folder} for the knowledge base ({err.strerror})",
                "give --db a path in a folder you can write to",
            ) from err
    engine = create_engine(
        url, json_serializer=json_text, connect_args={"timeout": SQLITE_BUSY_SECONDS}
    )

    @event.listens_for(engine, "connect")
    def configure_connection(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def begin(conn: Connection) -> None:
        is_write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if is_write else "BEGIN")

    return engine


def sqlite_read_only_engine(database: str | None) -> Engine:
    """A SQLite engine that opens the file with ``mode=ro``: it creates nothing, takes no
    write lock and works on a copy that cannot be written.

    A copy of a WAL-mode knowledge base in a folder that cannot be written (a read-only
    share, a copy handed over) cannot be opened so: a reader must create the ``-shm``
    index beside it. Such a copy is opened ``immutable`` instead, when no ``-wal`` file
    holds commits that immutable reading would leave out.
    """
    if not database or database == ":memory:" or database.startswith("file:"):
        raise StoreError(
            f"cannot open {database or 'an in-memory database'} read-only",
            "give --db the path of a SQLite file",
        )
    path = Path(database).expanduser().resolve()
    if not path.is_file():
        raise StoreError(f"no knowledge base at {path}", "ingest documents into it first")
    engine = sqlite_uri_engine(path, "mode=ro")
    if not needs_write_access(engine):
        return engine
    engine.dispose()
    wal = path.with_name(f"{path.name}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise StoreError(
            f"cannot read {path}: its latest changes are in {wal.name}, and reading them "
            "needs write access to its folder",
            "give write access to the folder, or copy the knowledge base where you can "
            "write, and run again",
        )
    return sqlite_uri_engine(path, "mode=ro&immutable=1")


def is_sqlite_file(url: str) -> bool:
    """Whether ``url`` names a SQLite knowledge base in a file that is there."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return False
    database = parsed.database or ""
    is_path = database not in ("", ":memory:") and not database.startswith("file:")
    return (
        parsed.get_backend_name() == "sqlite" and is_path and Path(database).expanduser().is_file()
    )


def sqlite_uri_engine(path: Path, options: str) -> Engine:
    """A SQLite engine on ``path`` opened with URI ``options``, beginning its own reads."""
    uri = f"sqlite:///file:{quote(path.as_posix())}?{options}&uri=true"
    engine = create_engine(uri, connect_args={"timeout": SQLITE_BUSY_SECONDS})

    @event.listens_for(engine, "connect")
    def configure_connection(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN below

    @event.listens_for(engine, "begin")
    def begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def needs_write_access(engine: Engine) -> bool:
    """Whether reading through ``engine`` fails for want of writing beside the file."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master")
    except OperationalError as err:
        name = getattr(err.orig, "sqlite_errorname", "")
        return name.startswith("SQLITE_READONLY") or name.startswith("SQLITE_CANTOPEN")
    return False


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction: committed on success, rolled back on error."""
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
        yield conn


def alembic_config(connection: Connection | None = None) -> Config:
    """The Alembic configuration of the package's migrations, bound to ``connection``."""
    from alembic.config import Config

    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(ALEMBIC_INI.with_name("migrations")))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


MIGRATIONS = ALEMBIC_INI.with_name("migrations") / "versions"
REVISION_LINE = re.compile(r"^(down_)?revision: [^=]+= (?:'|\")?(\w+|None)", re.MULTILINE)


@cache
def head_revision() -> str | None:
    """The newest migration's revision, read from the migration files' headers; None when
    they do not name exactly one. Importing Alembic costs a short command more than its
    work, so a knowledge base already at the newest schema is opened without it.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in MIGRATIONS.glob("*.py"):
        for down, value in REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            (parents if down else revisions).add(value)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(conn: Connection) -> str | None:
    """The revision the knowledge base's schema is at; None for an empty database."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_at_head(engine: Engine) -> bool:
    """Whether the knowledge base's schema is the newest, read without a write lock."""
    head = head_revision()
    if head is None:  # several heads, or files Alembic reads differently: ask Alembic
        from alembic.script import ScriptDirectory

        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    with engine.connect() as conn:
        return current_revision(conn) == head


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending migration, in one transaction; nothing when none is pending."""
    if is_at_head(engine):
        return
    from alembic import command

    with writing(engine) as conn:
        command.upgrade(alembic_config(conn), "head")

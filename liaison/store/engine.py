"""Connecting to the knowledge base: SQLite or PostgreSQL, migrated to the newest schema.

SQLite's Python driver begins transactions late and only before writes, so SQLAlchemy
takes over: every transaction starts with BEGIN, and a writing one with BEGIN IMMEDIATE,
which takes the write lock before the first read and keeps two writers from merging
facts over each other. On PostgreSQL a transaction-scoped advisory lock does the same.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from liaison.errors import StoreError

ALEMBIC_INI = Path(__file__).with_name("alembic.ini")
WRITE_OPTION = "liaison_write"
# Any fixed number: writers to one PostgreSQL database take turns on this lock.
WRITE_LOCK_KEY = 0x6C6961697300
SQLITE_BUSY_SECONDS = 30


def json_text(value: Any) -> str:
    """JSON for the JSON columns, Cyrillic kept readable."""
    return json.dumps(value, ensure_ascii=False)


def create_store_engine(url: str) -> Engine:
    """An engine for ``url``; for SQLite, the file's folder is created first."""
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
        return sqlite_engine(url, parsed.database)
    try:
        return create_engine(url, json_serializer=json_text, pool_pre_ping=True)
    except NoSuchModuleError as err:
        raise StoreError(f"no driver for {parsed.drivername}", "use postgresql+psycopg://") from err


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


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction: committed on success, rolled back on error."""
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
        yield conn


def alembic_config(connection: Connection | None = None) -> Config:
    """The Alembic configuration of the package's migrations, bound to ``connection``."""
    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(ALEMBIC_INI.with_name("migrations")))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending migration, in one transaction."""
    with writing(engine) as conn:
        command.upgrade(alembic_config(conn), "head")

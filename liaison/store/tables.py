"""The tables of the knowledge base, derived from the model's dataclass fields.

Each fact class gets one table whose columns follow its fields: scalars become typed
columns, tuples and nested dataclasses JSON columns, and ``mentions`` go to the one child
table ``mentions``. Only what the model cannot say is written by hand here: keys,
indexes, the documents' version bookkeeping, conflicts and the search entries. The
full-text structures over ``search_entries`` (an FTS5 table on SQLite, a tsvector column
on PostgreSQL) differ by backend, so the migration creates them and ``include_object``
hides them from the comparison with this metadata.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

from liaison.errors import StoreError
from liaison.model import FACT_CLASSES, Change, Document, KnowledgeBase
from liaison.model.json import field_types

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Kept in Python, not columns: a fact's spans live in the `mentions` table.
CHILD_FIELDS = frozenset({"mentions"})

# Created by the migration per backend; not part of the shared metadata.
SEARCH_FTS_PREFIX = "search_fts"
SEARCH_TSV_COLUMN = "tsv"
SEARCH_TSV_INDEX = "ix_search_entries_tsv"


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware timestamp stored in UTC on every backend.

    SQLite keeps no offset, so values are normalised to UTC on the way in and marked
    UTC on the way out; PostgreSQL returns the session's zone, so it is converted back.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else as_utc(value)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else as_utc(value)


def as_utc(value: datetime) -> datetime:
    """The same instant in UTC; a naive value is taken to be UTC already."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def unwrap_optional(tp: Any) -> tuple[Any, bool]:
    """``(T, True)`` for ``T | None``, ``(tp, False)`` otherwise."""
    if typing.get_origin(tp) in (types.UnionType, typing.Union):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return inner[0], len(inner) < len(typing.get_args(tp))
    return tp, False


@cache  # asked for every field of every row written or read
def is_json_type(tp: Any) -> bool:
    """Whether a field of type ``tp`` is stored as JSON: tuples and nested dataclasses."""
    base, _ = unwrap_optional(tp)
    return typing.get_origin(base) is tuple or dataclasses.is_dataclass(base)


@cache  # asked for every field of every row written or read
def is_enum_type(tp: Any) -> bool:
    """Whether a field of type ``tp`` holds a vocabulary value."""
    base, _ = unwrap_optional(tp)
    return isinstance(base, type) and issubclass(base, StrEnum)


# Order matters: bool is an int, datetime is a date, StrEnum is a str.
SCALAR_TYPES: tuple[tuple[type, type[TypeEngine[Any]]], ...] = (
    (bool, Boolean),
    (datetime, UTCDateTime),
    (date, Date),
    (int, Integer),
    (float, Double),
    (str, Text),
)


def column_type(tp: Any) -> TypeEngine[Any]:
    """The column type for a field of model type ``tp`` (any JSON value for ``Any``)."""
    if tp is Any or is_json_type(tp):
        return JSON(none_as_null=True)
    if is_enum_type(tp):
        return String()
    base, _ = unwrap_optional(tp)
    for python_type, sql_type in SCALAR_TYPES:
        if isinstance(base, type) and issubclass(base, python_type):
            return sql_type()
    raise TypeError(f"no column type for model type {tp!r}")


@cache
def stored_fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    """The fields of ``cls`` kept as columns of its own table: its own first, then inherited.

    Inherited fields (who typed a fact, and when) come last so that ``id`` leads the table.
    """
    base = next((b for b in cls.__mro__[1:] if dataclasses.is_dataclass(b)), None)
    inherited = {f.name for f in dataclasses.fields(base)} if base else set()
    kept = [f for f in dataclasses.fields(cls) if f.name not in CHILD_FIELDS]
    return tuple(sorted(kept, key=lambda f: f.name in inherited))


def model_columns(cls: type, key: str | None = "id") -> list[Column[Any]]:
    """One column per stored field of ``cls``; ``key`` is the primary key."""
    hints = field_types(cls)
    columns = []
    for f in stored_fields(cls):
        _, optional = unwrap_optional(hints[f.name])
        column = Column(
            f.name,
            column_type(hints[f.name]),
            primary_key=f.name == key,
            nullable=optional or hints[f.name] is Any,
        )
        columns.append(column)
    return columns


def kind_of(cls: type) -> str:
    """The kind name of a class as mentions, conflicts and search hits record it."""
    return cls.__name__.lower()


def fact_table_names() -> dict[type, str]:
    """The table of each fact class: its field name in ``KnowledgeBase`` ('persons')."""
    hints = field_types(KnowledgeBase)
    names = {}
    for f in dataclasses.fields(KnowledgeBase):
        item = typing.get_args(hints[f.name])[0]
        if item in FACT_CLASSES:
            names[item] = f.name
    return names


metadata = MetaData(naming_convention=NAMING)

documents = Table(
    "documents",
    metadata,
    *model_columns(Document),
    Column("superseded_by", Text, nullable=True),
    Column("is_current", Boolean, nullable=False),
    Index(None, "path"),
)

FACT_TABLES: dict[type, Table] = {
    cls: Table(name, metadata, *model_columns(cls)) for cls, name in fact_table_names().items()
}
KINDS: dict[str, type] = {kind_of(cls): cls for cls in FACT_TABLES}
# The people an event names are looked up by their canonical name.
Index(None, FACT_TABLES[KINDS["person"]].c.name)

mentions = Table(
    "mentions",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("fact_kind", String, nullable=False),
    Column("fact_id", Text, nullable=False),
    Column("document_id", Text, ForeignKey("documents.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("rule", Text, nullable=False, server_default=""),
    UniqueConstraint("fact_kind", "fact_id", "document_id", "start", "end", "rule"),
    Index(None, "document_id"),
    Index(None, "fact_kind", "fact_id"),
)

# Where resolution looks for candidates: each fact filed under its blocking keys
# (liaison.text.keys), so that a new document meets the few facts it may be, not all.
blocking_keys = Table(
    "blocking_keys",
    metadata,
    Column("fact_kind", String, primary_key=True),
    Column("key", Text, primary_key=True),
    Column("fact_id", Text, primary_key=True),
    Index(None, "fact_kind", "fact_id"),
)

# Two stored facts found to be one: why (rule, score), by whom (null: automatically), and
# what each was before, so that a person can undo it.
merges = Table(
    "merges",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("fact_kind", String, nullable=False),
    Column("survivor_id", Text, nullable=False),
    Column("absorbed_id", Text, nullable=False),
    Column("rule", Text, nullable=False),
    Column("score", Double, nullable=False),
    Column("merged_by", Text, nullable=True),
    Column("merged_at", UTCDateTime, nullable=False),
    Column("document_id", Text, nullable=True),
    Column("survivor_row", JSON(none_as_null=True), nullable=False),
    Column("absorbed_row", JSON(none_as_null=True), nullable=False),
    Column("moved", JSON(none_as_null=True), nullable=False),
    Column("undone_by", Text, nullable=True),
    Column("undone_at", UTCDateTime, nullable=True),
    Index(None, "fact_kind", "absorbed_id"),
    Index(None, "fact_kind", "survivor_id"),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("fact_kind", String, nullable=False),
    Column("fact_id", Text, nullable=False),
    Column("field", String, nullable=False),
    Column("value", JSON(none_as_null=True), nullable=True),
    Column("document_id", Text, ForeignKey("documents.id"), nullable=True),
    Index(None, "fact_kind", "fact_id"),
    Index(None, "document_id"),
)

# The audit log: one row per Change, in the order made (``seq``). ``undone_by`` names the
# change that undid a row while that undo stands; ``state`` holds, per fact touched, its
# exchange JSON before and after, which is what an undo puts back.
changes = Table(
    "changes",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    *model_columns(Change, key=None),
    Column("undone_by", Text, nullable=True),
    Column("state", JSON(none_as_null=True), nullable=True),
    UniqueConstraint("id"),
    Index(None, "fact_id"),
    Index(None, "user"),
    Index(None, "item"),
)

# Which partners each fact names (its ``partners``, or an indicator's ``partner``), one row
# each: a partner's view and note find their facts through the index on ``partner_id``
# instead of reading every fact's JSON list.
partner_links = Table(
    "partner_links",
    metadata,
    Column("fact_kind", String, primary_key=True),
    Column("fact_id", Text, primary_key=True),
    Column("partner_id", Text, primary_key=True),
    Index(None, "partner_id", "fact_kind"),
)

# What `liaison watch` remembers across restarts: each feed's validators for conditional
# requests, and every item seen, by its address and by the hash of what was fetched.
feeds = Table(
    "feeds",
    metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text, nullable=True),
    Column("last_modified", Text, nullable=True),
    Column("checked_at", UTCDateTime, nullable=True),
)

feed_items = Table(
    "feed_items",
    metadata,
    Column("url", Text, primary_key=True),
    Column("feed_url", Text, nullable=False),
    Column("content_hash", Text, nullable=True),
    Column("document_id", Text, nullable=True),
    Column("seen_at", UTCDateTime, nullable=False),
    Index(None, "content_hash"),
)

# The people who use the web application: a role each (reader, editor, admin) and an
# argon2 hash of the password, never the password itself.
users = Table(
    "users",
    metadata,
    Column("name", Text, primary_key=True),
    Column("role", String, nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

# Personal API tokens for scripts: only a hash of each is kept, so a copy of the database
# gives no token; removing the row revokes it.
api_tokens = Table(
    "api_tokens",
    metadata,
    Column("token_hash", Text, primary_key=True),
    Column("user_name", Text, ForeignKey("users.name", ondelete="CASCADE"), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Index(None, "user_name"),
)

# Settings the web application keeps with the knowledge base, so that every process serving
# it agrees: the key that signs session cookies, whether anonymous reading is allowed.
web_settings = Table(
    "web_settings",
    metadata,
    Column("name", String, primary_key=True),
    Column("value", Text, nullable=False),
)

search_entries = Table(
    "search_entries",
    metadata,
    Column("entry_id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String, nullable=False),
    Column("item_id", Text, nullable=False),
    Column("label", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("lemmas", Text, nullable=False),
    UniqueConstraint("kind", "item_id"),
)


def fact_table(cls: type) -> Table:
    """The table of a fact class; anything else is refused with a clear message."""
    if cls not in FACT_TABLES:
        names = ", ".join(c.__name__ for c in FACT_TABLES)
        raise StoreError(f"{cls.__name__} is not a kind of fact the store keeps", f"use {names}")
    return FACT_TABLES[cls]


IS_CURRENT = documents.c.is_current.is_(true())
IS_SUPERSEDED = documents.c.is_current.is_(false())


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic's filter: leave out the backend-specific full-text structures."""
    if type_ == "table" and name and name.startswith(SEARCH_FTS_PREFIX):
        return False
    if type_ == "column" and name == SEARCH_TSV_COLUMN:
        return bool(obj.table.name != search_entries.name)
    return not (type_ == "index" and name == SEARCH_TSV_INDEX)

"""Model objects to table rows and back, generically from the dataclass fields.

A row holds what the columns hold: vocabulary values as strings, dates as dates,
tuples and nested dataclasses in their exchange JSON shape (``to_json``). Two rows can
therefore be compared and merged without knowing the class they came from.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import Column, Connection, delete, select

from liaison.model import Conflict, Document, Mention
from liaison.model.json import convert, field_types, to_json
from liaison.store.tables import (
    FACT_TABLES,
    KINDS,
    as_utc,
    is_enum_type,
    is_json_type,
    stored_fields,
)

Row = dict[str, Any]
CHUNK = 500  # ids per IN (...) list: well under every backend's parameter limit
# What a database row is read as: SQLAlchemy keys its mappings by name or column.
RowLike = Mapping[Any, Any]


def column_value(tp: Any, value: Any) -> Any:
    """The column form of a field value of model type ``tp``."""
    if value is None:
        return None
    if is_json_type(tp):
        return to_json(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return as_utc(value)
    return value


def json_value(value: Any) -> Any:
    """A column value as a JSON column can hold it: dates as ISO text.

    >>> from datetime import date
    >>> json_value(date(2021, 12, 7)), json_value(["AZ"])
    ('2021-12-07', ['AZ'])
    """
    return value.isoformat() if isinstance(value, date) else value


def field_value(tp: Any, value: Any) -> Any:
    """The model form of a column value for a field of type ``tp``."""
    if value is None:
        return None
    if is_json_type(tp) or is_enum_type(tp):
        return convert(tp, value)
    if isinstance(value, datetime):
        return as_utc(value)
    return value


def object_row(obj: Any) -> Row:
    """The row of a model object: one entry per stored field."""
    cls: type = type(obj)
    hints = field_types(cls)
    return {f.name: column_value(hints[f.name], getattr(obj, f.name)) for f in stored_fields(cls)}


def object_from_row(cls: type, row: RowLike, mentions: Iterable[Mention] = ()) -> Any:
    """The model object of ``cls`` a row (plus its mentions, for facts) stands for."""
    hints = field_types(cls)
    kwargs = {f.name: field_value(hints[f.name], row[f.name]) for f in stored_fields(cls)}
    if "mentions" in hints:
        kwargs["mentions"] = tuple(mentions)
    return cls(**kwargs)


@cache
def default_row(cls: type) -> Row:
    """The column form of every field default of ``cls``: values that say nothing."""
    hints = field_types(cls)
    return {
        f.name: column_value(hints[f.name], f.default)
        for f in stored_fields(cls)
        if f.default is not dataclasses.MISSING
    }


def mention_rows(
    kind: str, fact_id: str, mentions: Iterable[Mention], document_id: str | None
) -> list[Row]:
    """Rows of the ``mentions`` table; ``document_id``, where given, overrides the mention's."""
    return [
        {
            "fact_kind": kind,
            "fact_id": fact_id,
            "document_id": document_id or m.document,
            "start": m.start,
            "end": m.end,
            "rule": m.rule,
        }
        for m in mentions
    ]


def mention_from_row(row: RowLike) -> Mention:
    """The mention a ``mentions`` row stands for, naming its document."""
    return Mention(
        start=row["start"], end=row["end"], rule=row["rule"], document=row["document_id"]
    )


def standing_conflicts(conn: Connection, rows: Iterable[Any]) -> list[Conflict]:
    """The conflicts of ``conflicts`` rows whose value still differs from the one their
    fact keeps: a merge of two people can make two sources agree after all (one gave the
    leader as 'Турегалиев Н.', the other as 'Турегалиев Н.А.'); a split makes them
    disagree again."""
    return [conflict_from_row(r) for r in rows if still_disagrees(conn, r)]


def still_disagrees(conn: Connection, row: Any) -> bool:
    """Whether a ``conflicts`` row's value differs from what its fact keeps now."""
    cls = KINDS.get(row.fact_kind)
    table = FACT_TABLES[cls] if cls is not None else None
    if table is None or row.field not in table.c:
        return True
    kept = conn.execute(select(table.c[row.field]).where(table.c.id == row.fact_id)).first()
    return kept is None or json_value(kept[0]) != row.value


def conflict_from_row(row: Any) -> Conflict:
    """The conflict a ``conflicts`` row stands for."""
    return Conflict(
        fact_kind=row.fact_kind,
        fact_id=row.fact_id,
        field=row.field,
        value=row.value,
        document=row.document_id,
    )


def document_from_row(row: RowLike) -> Document:
    """The document a ``documents`` row stands for (the bookkeeping columns left out)."""
    return object_from_row(Document, row)  # type: ignore[no-any-return]


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    """``items`` in slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


# Rows of facts (or documents) to derive from, by their kind ('person', 'event', …).
RowsByKind = Mapping[str, Sequence[Mapping[str, Any]]]


def delete_of(
    conn: Connection, kind: Column[Any], item: Column[Any], kinds: Iterable[str], ids: Iterable[str]
) -> None:
    """Delete the rows of a derived table (search entries, blocking keys, partner links) of
    the items ``ids`` of ``kinds``: ids carry their kind ('person:…'), so one list serves
    every kind, and the kinds let the (kind, id) index serve."""
    wanted = sorted(set(kinds))
    for chunk in chunks(list(ids)):
        conn.execute(delete(item.table).where(kind.in_(wanted), item.in_(chunk)))

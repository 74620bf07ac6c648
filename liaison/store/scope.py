"""Reads scoped to what a command shows: one partner's facts, some documents' paths.

A partner's view or note reads the facts its ``partner_links`` name, their mentions, the
documents those cite, the people its contacts name and its conflicts, each through an
index, and gives them back as a ``KnowledgeBase`` holding that part only: the briefing
code then works on it exactly as on a whole export, at a cost that follows the partner's
size, not the knowledge base's.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Connection, func, select

from liaison.model import (
    Agreement,
    Conflict,
    Document,
    Event,
    Fact,
    Indicator,
    KnowledgeBase,
    Mention,
    Partner,
    Person,
)
from liaison.store.audit import changes_of
from liaison.store.rows import (
    chunks,
    document_from_row,
    mention_from_row,
    object_from_row,
    standing_conflicts,
)
from liaison.store.tables import (
    FACT_TABLES,
    IS_CURRENT,
    conflicts,
    documents,
    kind_of,
    mentions,
    partner_links,
)

T = TypeVar("T")


def read_by_ids(conn: Connection, cls: type[T], ids: Iterable[str]) -> tuple[T, ...]:
    """The facts of ``cls`` with these ids, each with its mentions, by id."""
    wanted = sorted(set(ids))
    table, kind = FACT_TABLES[cls], kind_of(cls)
    rows: list[Any] = []
    by_fact: dict[str, list[Mention]] = {}
    for chunk in chunks(wanted):
        rows += [r._mapping for r in conn.execute(select(table).where(table.c.id.in_(chunk)))]
        query = (
            select(mentions)
            .where(mentions.c.fact_kind == kind, mentions.c.fact_id.in_(chunk))
            .order_by(mentions.c.seq)
        )
        for r in conn.execute(query):
            by_fact.setdefault(r.fact_id, []).append(mention_from_row(r._mapping))
    rows.sort(key=lambda r: r["id"])
    return tuple(object_from_row(cls, r, by_fact.get(r["id"], ())) for r in rows)


def linked_ids(
    conn: Connection, partner_ids: Collection[str], prefixes: Collection[str]
) -> dict[str, set[str]]:
    """The ids of the facts naming any of ``partner_ids`` (or an id starting with one of
    ``prefixes``), by kind."""
    column = partner_links.c.partner_id
    # A prefix as a range of the index ('AZ-' ≤ id < 'AZ.'): LIKE would scan on SQLite.
    wheres: list[ColumnElement[bool]] = [column.in_(sorted(partner_ids))]
    wheres += [(column >= p) & (column < p[:-1] + chr(ord(p[-1]) + 1)) for p in prefixes if p]
    found: dict[str, set[str]] = {}
    for where in wheres:
        query = select(partner_links.c.fact_kind, partner_links.c.fact_id).where(where)
        for r in conn.execute(query):
            found.setdefault(r.fact_kind, set()).add(r.fact_id)
    return found


def facts_in_documents(conn: Connection, cls: type, document_ids: Collection[str]) -> set[str]:
    """Ids of the facts of ``cls`` that these documents mention."""
    found: set[str] = set()
    for chunk in chunks(sorted(document_ids)):
        query = select(mentions.c.fact_id).where(
            mentions.c.fact_kind == kind_of(cls), mentions.c.document_id.in_(chunk)
        )
        found.update(r.fact_id for r in conn.execute(query))
    return found


def cited_documents(conn: Connection, items: Iterable[Any]) -> tuple[Document, ...]:
    """The current documents the items' mentions cite, in the order an export gives them."""
    ids = sorted({m.document for item in items for m in item.mentions if m.document})
    rows: list[Any] = []
    for chunk in chunks(ids):
        query = select(documents).where(documents.c.id.in_(chunk), IS_CURRENT)
        rows += [r._mapping for r in conn.execute(query)]
    found = [document_from_row(r) for r in rows]
    earliest = datetime.min.replace(tzinfo=UTC)
    return tuple(sorted(found, key=lambda d: (d.ingested_at or earliest, d.id)))


def persons_named(
    conn: Connection, events: Iterable[Event], facts: Iterable[Fact]
) -> tuple[Person, ...]:
    """The people the contacts and statements name, by their canonical names."""
    names = {e.leader for e in events if e.leader}
    names |= {p.name for e in events for p in e.participants}
    names |= {name for f in facts for name in f.persons}
    table = FACT_TABLES[Person]
    ids: list[str] = []
    for chunk in chunks(sorted(names)):
        ids += [r.id for r in conn.execute(select(table.c.id).where(table.c.name.in_(chunk)))]
    return read_by_ids(conn, Person, ids)


def conflicts_of(conn: Connection, kinds: dict[type, Iterable[Any]]) -> tuple[Conflict, ...]:
    """The conflicts recorded for the given facts, in the order they were found."""
    rows: list[Any] = []
    for cls, items in kinds.items():
        for chunk in chunks(sorted({item.id for item in items})):
            query = select(conflicts).where(
                conflicts.c.fact_kind == kind_of(cls), conflicts.c.fact_id.in_(chunk)
            )
            rows += list(conn.execute(query))
    rows.sort(key=lambda r: r.seq)
    return tuple(standing_conflicts(conn, rows))


def partner_part(
    conn: Connection,
    partner_ids: Collection[str],
    prefixes: Collection[str] = (),
    *,
    is_listing: bool = False,
) -> KnowledgeBase:
    """The part of the knowledge base about these partners (and the ids under the
    ``prefixes``, such as 'BY-' for a region no partner record names): every partner
    record, the agreements, contacts, statements and figures naming them (and the
    agreements signed at those contacts, the statements sharing a source with those
    figures), the people named, the documents cited and the conflicts recorded.

    ``is_listing`` reads the facts naming the partners alone (a view that lists them): no
    documents, people or conflicts."""
    ids = linked_ids(conn, partner_ids, prefixes)

    def named(cls: type[T], *more: Iterable[str]) -> tuple[T, ...]:
        wanted = ids.get(kind_of(cls), set()).union(*more)
        return read_by_ids(conn, cls, wanted)

    events = named(Event)
    indicators = named(Indicator)
    partners = partner_records(conn)
    if is_listing:
        return KnowledgeBase(
            partners=partners, agreements=named(Agreement), events=events, indicators=indicators
        )
    agreements = named(Agreement, (a for e in events for a in e.agreements))
    figure_sources = {m.document for i in indicators for m in i.mentions if m.document}
    facts = named(Fact, facts_in_documents(conn, Fact, figure_sources))
    cited = [*agreements, *events, *facts, *indicators]
    return KnowledgeBase(
        documents=cited_documents(conn, cited),
        partners=partners,
        agreements=agreements,
        events=events,
        persons=persons_named(conn, events, facts),
        facts=facts,
        indicators=indicators,
        conflicts=conflicts_of(
            conn, {Agreement: agreements, Event: events, Fact: facts, Indicator: indicators}
        ),
        changes=tuple(changes_of(conn, fact_ids(agreements, events, facts, indicators))),
    )


def fact_ids(*groups: Iterable[Agreement | Event | Fact | Indicator]) -> list[str]:
    """The ids of the facts of every group."""
    return [item.id for group in groups for item in group]


def partner_records(conn: Connection) -> tuple[Partner, ...]:
    """Every partner, by id, each with its first mention only: a view or note names
    partners and does not cite them, and their mentions grow with every document."""
    table = FACT_TABLES[Partner]
    found = []
    for row in sorted((r._mapping for r in conn.execute(select(table))), key=lambda r: r["id"]):
        query = (
            select(mentions)
            .where(mentions.c.fact_kind == kind_of(Partner), mentions.c.fact_id == row["id"])
            .order_by(mentions.c.seq)
            .limit(1)
        )
        first = [mention_from_row(r._mapping) for r in conn.execute(query)]
        found.append(object_from_row(Partner, row, first))
    return tuple(found)


def document_paths(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """The path of each of these documents, by id (their text is not read)."""
    found: dict[str, str] = {}
    for chunk in chunks(sorted(set(ids))):
        query = select(documents.c.id, documents.c.path).where(documents.c.id.in_(chunk))
        found.update((r.id, r.path) for r in conn.execute(query))
    return found


def partner_counts(conn: Connection) -> dict[str, int]:
    """How many agreements, contacts and statements name each partner id."""
    kinds = [kind_of(cls) for cls in (Agreement, Event, Fact)]
    query = (
        select(partner_links.c.partner_id, func.count())
        .where(partner_links.c.fact_kind.in_(kinds))
        .group_by(partner_links.c.partner_id)
    )
    return {partner: int(n) for partner, n in conn.execute(query)}


def partner_summary(conn: Connection) -> dict[str, dict[str, int]]:
    """Per partner id: how many agreements and contacts name it, and in how many current
    documents they were read ({"AZ": {"agreements": 3, "events": 40, "documents": 2}})."""
    found: dict[str, dict[str, int]] = {}
    for kind, key in ((kind_of(Agreement), "agreements"), (kind_of(Event), "events")):
        query = (
            select(partner_links.c.partner_id, func.count())
            .where(partner_links.c.fact_kind == kind)
            .group_by(partner_links.c.partner_id)
        )
        for partner, n in conn.execute(query):
            found.setdefault(partner, {})[key] = int(n)
    linked = (
        select(partner_links.c.partner_id, func.count(func.distinct(mentions.c.document_id)))
        .join(
            mentions,
            (mentions.c.fact_kind == partner_links.c.fact_kind)
            & (mentions.c.fact_id == partner_links.c.fact_id),
        )
        .group_by(partner_links.c.partner_id)
    )
    for partner, n in conn.execute(linked):
        found.setdefault(partner, {})["documents"] = int(n)
    return found


def latest_events(conn: Connection, limit: int) -> tuple[Event, ...]:
    """The ``limit`` contacts that started last, latest first, each with its mentions."""
    table = FACT_TABLES[Event]
    query = select(table.c.id).order_by(table.c.start.desc(), table.c.id).limit(limit)
    ids = [r.id for r in conn.execute(query)]
    by_id = {e.id: e for e in read_by_ids(conn, Event, ids)}
    return tuple(by_id[i] for i in ids if i in by_id)


def spans_in(conn: Connection, document_id: str) -> list[tuple[str, str, int, int]]:
    """Every extracted span of a document: (fact kind, fact id, start, end), in order."""
    query = (
        select(mentions.c.fact_kind, mentions.c.fact_id, mentions.c.start, mentions.c.end)
        .where(mentions.c.document_id == document_id)
        .order_by(mentions.c.start, mentions.c.end.desc(), mentions.c.seq)
    )
    return [(r.fact_kind, r.fact_id, int(r.start), int(r.end)) for r in conn.execute(query)]

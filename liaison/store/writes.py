"""The write operations of the Store, each run inside one transaction the caller opened.

``save_extraction`` stores one document and its facts; ``load_knowledge_base`` imports an
export (a person's corrections are ``liaison.store.corrections``). None of them commits: the Store
commits when they return and rolls back when they raise, so nothing is half-written.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, delete, select, update

from liaison.errors import StoreError
from liaison.model import Document, Extraction, KnowledgeBase
from liaison.model.merges import Merge
from liaison.store.audit import rejected_facts
from liaison.store.facts import (
    Claim,
    add_conflicts,
    add_mentions,
    claim_of,
    drop_orphans,
    existing_rows,
    upsert_claims,
)
from liaison.store.identity import merge_facts, redirected
from liaison.store.merge import canonical_row, merge_rows
from liaison.store.rows import Row, chunks, mention_from_row, object_row
from liaison.store.search import drop_entries, replace_entries
from liaison.store.tables import (
    FACT_TABLES,
    IS_CURRENT,
    conflicts,
    documents,
    kind_of,
    mentions,
)


class SaveStatus(StrEnum):
    """What saving a document did."""

    NEW = "new"
    UNCHANGED = "unchanged"
    NEW_VERSION = "new_version"


@dataclass(frozen=True, slots=True, kw_only=True)
class SaveResult:
    """The outcome of ``Store.save``: the status and what changed among the facts.

    ``facts_added`` are facts not stored before; ``facts_merged`` were already there (from
    another document) and took this one's mentions; ``facts_removed`` went with a superseded
    version, having no other source: the new version adds back those it still states.
    """

    status: SaveStatus
    document_id: str
    superseded: tuple[str, ...] = ()
    facts_added: int = 0
    facts_merged: int = 0
    facts_removed: int = 0


def save_extraction(
    conn: Connection, extraction: Extraction, now: datetime, merges: Sequence[Merge] = ()
) -> SaveResult:
    """Store a document and its facts, then make the merges resolution found between them
    and stored facts; an identical document already current changes nothing."""
    doc = extraction.document
    stored = conn.execute(select(documents).where(documents.c.id == doc.id)).first()
    if stored is not None and stored.is_current:
        return SaveResult(status=SaveStatus.UNCHANGED, document_id=doc.id)
    olds = [
        r.id
        for r in conn.execute(
            select(documents.c.id).where(
                documents.c.path == doc.path, documents.c.id != doc.id, IS_CURRENT
            )
        )
    ]
    removed = sum(retire_document(conn, old, doc.id) for old in olds)
    row = document_row(doc, now, supersedes=olds[0] if olds else doc.supersedes)
    if stored is None:
        conn.execute(documents.insert(), [row])
    else:  # an earlier version coming back: the superseded row becomes current again
        conn.execute(update(documents).where(documents.c.id == doc.id).values(row))
    replace_entries(conn, {"document": [row]})
    claims = [claim_of(obj, doc.id) for obj in facts_of(extraction, rejected_facts(conn))]
    claims = redirected(conn, claims)
    added, merged = upsert_claims(conn, claims)
    for request in merges:
        merge_facts(conn, request, now, doc.id)
    return SaveResult(
        status=SaveStatus.NEW_VERSION if olds or stored is not None else SaveStatus.NEW,
        document_id=doc.id,
        superseded=tuple(olds),
        facts_added=added,
        facts_merged=merged,
        facts_removed=removed,
    )


def facts_of(
    container: Extraction | KnowledgeBase, left_out: Collection[str] = frozenset()
) -> list[Any]:
    """Every fact of an extraction or knowledge base, in the order of the fact tables, less
    those ``left_out`` (the ones a person took out: a new version of their document, or an
    import, does not bring them back; undoing the rejection does).

    Both name their lists of facts like the tables ('persons', 'events', …).
    """
    return [
        obj
        for table in FACT_TABLES.values()
        for obj in getattr(container, table.name)
        if obj.id not in left_out
    ]


def document_row(doc: Document, now: datetime, supersedes: str | None) -> dict[str, Any]:
    """The ``documents`` row of a current document."""
    row = object_row(doc)
    row["supersedes"] = supersedes
    row["ingested_at"] = row["ingested_at"] or now
    return row | {"is_current": True, "superseded_by": None}


def retire_document(conn: Connection, old_id: str, new_id: str) -> int:
    """Mark a document superseded, drop its mentions, conflicts and now-orphan facts."""
    keys = {
        (r.fact_kind, r.fact_id)
        for r in conn.execute(
            select(mentions.c.fact_kind, mentions.c.fact_id).where(mentions.c.document_id == old_id)
        )
    }
    conn.execute(delete(mentions).where(mentions.c.document_id == old_id))
    conn.execute(delete(conflicts).where(conflicts.c.document_id == old_id))
    conn.execute(
        update(documents)
        .where(documents.c.id == old_id)
        .values(is_current=False, superseded_by=new_id)
    )
    drop_entries(conn, "document", [old_id])
    return drop_orphans(conn, sorted(keys))


def load_knowledge_base(conn: Connection, kb: KnowledgeBase, now: datetime) -> int:
    """Import an export: its documents not yet stored, then every fact; return documents added.

    A fact the knowledge base already holds keeps what it says and who it is credited to,
    unless the import only brings new documents saying it (as ingesting them would): what
    the import says otherwise is recorded as a conflict with no document, the import's.
    A new document whose path is already current settles which version is current by when
    each was ingested, as ingesting the newer one would.
    """
    ids = [d.id for d in kb.documents]
    known = {r.id for r in conn.execute(select(documents.c.id).where(documents.c.id.in_(ids)))}
    rows = [document_row(d, now, d.supersedes) for d in kb.documents if d.id not in known]
    if rows:
        conn.execute(documents.insert(), rows)
        replace_entries(conn, {"document": rows})
    fresh = {row["id"] for row in rows}
    claims = [claim_of(obj, None) for obj in facts_of(kb, rejected_facts(conn))]
    check_sources(conn, claims)
    stored = {
        cls: existing_rows(conn, cls, [c for c in claims if c.cls is cls]) for cls in FACT_TABLES
    }
    own = [c for c in claims if c.row["id"] not in stored[c.cls] or is_only_from(c, fresh)]
    others = [c for c in claims if c not in own]
    upsert_claims(conn, own)
    # The new documents that also say it become its sources too.
    add_mentions(conn, [m for c in others for m in c.mentions if m["document_id"] in fresh])
    add_conflicts(conn, [row for c in others for row in disagreements(c, stored[c.cls])])
    load_conflicts(conn, kb)
    settle_paths(conn, rows)
    return len(rows)


def check_sources(conn: Connection, claims: list[Claim]) -> None:
    """Refuse an import whose facts cite a document neither in it nor stored."""
    cited = sorted({m["document_id"] for c in claims for m in c.mentions if m["document_id"]})
    found: set[str] = set()
    for chunk in chunks(cited):
        found.update(
            r.id for r in conn.execute(select(documents.c.id).where(documents.c.id.in_(chunk)))
        )
    missing = [d for d in cited if d not in found]
    if missing:
        raise StoreError(
            f"import: not saved, nothing was changed: facts cite document {missing[0]!r}, "
            "which is neither in the file nor in the knowledge base",
            "export the knowledge base again with its documents and import that file",
        )


def is_only_from(claim: Claim, documents_ids: set[str]) -> bool:
    """Whether every source of ``claim`` is among ``documents_ids`` (and it has one)."""
    sources = {m["document_id"] for m in claim.mentions}
    return bool(sources) and sources <= documents_ids


def disagreements(claim: Claim, stored: dict[str, Row]) -> list[Row]:
    """Conflict rows for what ``claim`` says that the stored fact does not, field by field."""
    old = stored[claim.row["id"]]
    merged = merge_rows(claim.cls, old, claim.row)
    same = canonical_row(old)  # a list in another order says the same
    changed = [(name, claim.row[name]) for name in old if merged.row[name] != same[name]]
    return [
        {
            "fact_kind": kind_of(claim.cls),
            "fact_id": claim.row["id"],
            "field": name,
            "value": value,
            "document_id": None,
        }
        for name, value in changed + list(merged.conflicts)
    ]


def settle_paths(conn: Connection, added: list[Row]) -> None:
    """One current version per path: of the current documents sharing a path with an added
    one, the last ingested (then the greater id) stays current and the others retire."""
    for path in sorted({row["path"] for row in added}):
        query = select(documents.c.id, documents.c.ingested_at).where(
            documents.c.path == path, IS_CURRENT
        )
        versions = sorted(conn.execute(query), key=lambda r: (naive(r.ingested_at), r.id))
        for old in versions[:-1]:
            retire_document(conn, old.id, versions[-1].id)


def naive(moment: datetime | None) -> datetime:
    """A time comparable with any other: SQLite gives them back without their zone."""
    return (moment or datetime.min.replace(tzinfo=UTC)).replace(tzinfo=None)


def load_conflicts(conn: Connection, kb: KnowledgeBase) -> None:
    """An export's conflicts that the knowledge base does not hold yet."""
    held = {
        (r.fact_kind, r.fact_id, r.field, json.dumps(r.value, sort_keys=True), r.document_id)
        for r in conn.execute(select(conflicts))
    }
    rows = [
        {
            "fact_kind": c.fact_kind,
            "fact_id": c.fact_id,
            "field": c.field,
            "value": c.value,
            "document_id": c.document,
        }
        for c in kb.conflicts
        if (c.fact_kind, c.fact_id, c.field, json.dumps(c.value, sort_keys=True), c.document)
        not in held
    ]
    if rows:
        conn.execute(conflicts.insert(), rows)


def read_mentions(conn: Connection, kind: str, fact_id: str) -> list[Any]:
    """The mentions of one fact, in the order they were stored."""
    query = (
        select(mentions)
        .where(mentions.c.fact_kind == kind, mentions.c.fact_id == fact_id)
        .order_by(mentions.c.seq)
    )
    return [mention_from_row(r._mapping) for r in conn.execute(query)]

"""The Store: the only code that touches the knowledge base's database.

>>> import tempfile
>>> from liaison.model import Document, Extraction
>>> note = Document(id="a1", path="az.txt", title="Справка", text="Визит в Баку.")
>>> with tempfile.TemporaryDirectory() as folder, Store.open(f"sqlite:///{folder}/kb.sqlite") as kb:
...     print(kb.save(Extraction(document=note)).status, kb.save(Extraction(document=note)).status)
...     print([hit.id for hit in kb.search("визитами")])
new unchanged
['a1']
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Select, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from liaison.errors import LiaisonError, StoreError
from liaison.model import Conflict, Document, Extraction, KnowledgeBase, Mention
from liaison.model.merges import Merge
from liaison.store.engine import create_store_engine, is_at_head, upgrade_to_head, writing
from liaison.store.identity import MergeRecord, list_merges, merge_facts, split_merge
from liaison.store.keys import find_candidates
from liaison.store.rows import document_from_row, mention_from_row, object_from_row
from liaison.store.search import SearchHit, find_entries, query_lemmas, snippet
from liaison.store.tables import (
    FACT_TABLES,
    IS_CURRENT,
    conflicts,
    documents,
    fact_table,
    kind_of,
    mentions,
    metadata,
)
from liaison.store.writes import (
    SaveResult,
    correct_fact,
    load_knowledge_base,
    read_mentions,
    save_extraction,
)
from liaison.text.keys import LookupKeys

T = TypeVar("T")


class Store:
    """The knowledge base behind one engine. Open it with ``Store.open(url)``.

    Every write runs in one transaction (one per document for ``save``): it commits
    whole or raises ``StoreError`` having changed nothing.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @classmethod
    def open(cls, url: str, *, read_only: bool = False) -> Store:
        """Connect to ``url`` (``sqlite:///path`` or ``postgresql+psycopg://…``), migrating
        it only when its schema is behind.

        ``read_only`` opens it for reading only: no write lock is ever taken, so a search
        never waits for an import, and a read-only copy can be read. A knowledge base that
        is behind, or not there yet, is migrated first by a short writing connection.
        """
        if not read_only:
            return cls(migrated_engine(url))
        if not exists_at_head(url):
            migrated_engine(url).dispose()
        return cls(create_store_engine(url, read_only=True))

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # Writing

    def save(self, extraction: Extraction, merges: Sequence[Merge] = ()) -> SaveResult:
        """Store one document and its facts in one transaction (see ``SaveResult``), with
        the merges of stored facts into its own that resolution found."""
        what = extraction.document.path or extraction.document.id
        return self._write(what, lambda conn: save_extraction(conn, extraction, now(), merges))

    def merge(
        self, kind: str, survivor: str, absorbed: str, *, by: str, rule: str = "by hand"
    ) -> MergeRecord:
        """Merge the stored fact ``absorbed`` into ``survivor`` as ``by`` asked; the record
        says why and lets ``split`` undo it."""
        request = Merge(kind=kind, survivor=survivor, absorbed=absorbed, rule=rule, by=by)
        record = self._write(
            f"merge {kind} {absorbed}", lambda conn: merge_facts(conn, request, now())
        )
        assert record is not None  # only automatic merges are ever declined
        return record

    def split(self, seq: int, *, by: str) -> MergeRecord:
        """Undo merge ``seq``: the two facts apart again, each with its own sources."""
        return self._write(f"split {seq}", lambda conn: split_merge(conn, seq, by, now()))

    def merges(self, kind: str | None = None, fact_id: str | None = None) -> list[MergeRecord]:
        """The merges recorded, oldest first (of one kind, or one fact, where asked)."""
        with self._reading() as conn:
            return list_merges(conn, kind, fact_id)

    def candidates(self, cls: type[T], lookup: LookupKeys) -> tuple[T, ...]:
        """The stored facts of ``cls`` filed under the keys or prefixes of ``lookup``: the
        ones resolution compares a new fact with, read through the keys' index."""
        fact_table(cls)
        with self._reading() as conn:
            return find_candidates(conn, cls, lookup)

    def load(self, kb: KnowledgeBase) -> int:
        """Import an export in one transaction; return how many documents were added."""
        return self._write("import", lambda conn: load_knowledge_base(conn, kb, now()))

    def correct(self, cls: type[T], id: str, changes: Mapping[str, Any], *, author: str) -> T:
        """Change fields of a fact as a person typed them; record ``author`` and the time."""
        what = f"{kind_of(cls)} {id}"
        return self._write(  # type: ignore[no-any-return]
            what, lambda conn: correct_fact(conn, cls, id, changes, author, now())
        )

    def _write(self, what: str, work: Callable[[Connection], T]) -> T:
        """Run ``work`` in a write transaction; any failure rolls back and becomes StoreError."""
        try:
            with writing(self._engine) as conn:
                return work(conn)
        except LiaisonError:
            raise  # already says what is wrong (an invalid correction, an unknown id)
        except (SQLAlchemyError, TypeError, ValueError) as err:
            raise StoreError(
                f"{what}: not saved, nothing was changed: {first_line(err)}",
                "fix the cause and run again",
            ) from err

    # Reading

    def documents(self, *, include_superseded: bool = False) -> tuple[Document, ...]:
        """The documents, oldest first; superseded versions only when asked."""
        query = select(documents)
        if not include_superseded:
            query = query.where(IS_CURRENT)
        with self._reading() as conn:
            rows = [r._mapping for r in conn.execute(query)]
        found = [document_from_row(r) for r in rows]
        return tuple(sorted(found, key=lambda d: (d.ingested_at or now(), d.id)))

    def document(self, id: str) -> Document | None:
        """One document by id, current or superseded; None when absent."""
        with self._reading() as conn:
            row = conn.execute(select(documents).where(documents.c.id == id)).first()
        return None if row is None else document_from_row(row._mapping)

    def get(self, cls: type[T], id: str) -> T | None:
        """One fact of ``cls`` by id, with its mentions; None when absent."""
        table = fact_table(cls)
        with self._reading() as conn:
            row = conn.execute(select(table).where(table.c.id == id)).first()
            found = read_mentions(conn, kind_of(cls), id) if row else []
        return None if row is None else object_from_row(cls, row._mapping, found)

    def all(self, cls: type[T]) -> tuple[T, ...]:
        """Every fact of ``cls``, by id, each with its mentions."""
        fact_table(cls)
        with self._reading() as conn:
            return read_all(conn, cls)

    def export(self) -> KnowledgeBase:
        """Every current document and every fact, each mention naming its document."""
        with self._reading() as conn:
            facts: dict[str, Any] = {
                FACT_TABLES[cls].name: read_all(conn, cls) for cls in FACT_TABLES
            }
            rows = [r._mapping for r in conn.execute(select(documents).where(IS_CURRENT))]
            found = tuple(
                sorted(
                    read_conflicts(conn, select(conflicts).order_by(conflicts.c.seq)),
                    key=conflict_order,
                )
            )
        docs = sorted(
            (document_from_row(r) for r in rows), key=lambda d: (d.ingested_at or now(), d.id)
        )
        return KnowledgeBase(documents=tuple(docs), conflicts=found, **facts)

    def counts(self) -> dict[str, int]:
        """The number of rows of every table, by table name."""
        with self._reading() as conn:
            return {
                name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for name, table in metadata.tables.items()
            }

    def conflicts(self, fact_id: str | None = None) -> list[Conflict]:
        """The conflicting values recorded for a fact (or all), in the order they were found."""
        query = select(conflicts).order_by(conflicts.c.seq)
        if fact_id is not None:
            query = query.where(conflicts.c.fact_id == fact_id)
        with self._reading() as conn:
            return read_conflicts(conn, query)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Documents and facts holding every word of ``query`` in any form, best first."""
        lemmas = query_lemmas(query)
        if not lemmas or limit <= 0:
            return []
        with self._reading() as conn:
            entries = find_entries(conn, lemmas, limit)
            facts = [(e["kind"], e["item_id"]) for e in entries if e["kind"] != "document"]
            sources = first_documents(conn, facts)
        return [
            SearchHit(
                kind=e["kind"],
                id=e["item_id"],
                label=e["label"],
                snippet=snippet(e["body"], lemmas),
                score=float(e["score"]),
                document_id=(
                    e["item_id"]
                    if e["kind"] == "document"
                    else sources.get((e["kind"], e["item_id"]))
                ),
            )
            for e in entries
        ]

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A connection for reading one consistent snapshot; failures become StoreError.

        SQLite reads a snapshot within a transaction anyway; PostgreSQL needs REPEATABLE
        READ for an export not to see a save that commits halfway through it.
        """
        try:
            with self._engine.connect() as conn:
                if conn.dialect.name == "postgresql":
                    conn.execution_options(isolation_level="REPEATABLE READ")
                yield conn
        except SQLAlchemyError as err:
            raise StoreError(f"cannot read the knowledge base: {first_line(err)}", "") from err


def migrated_engine(url: str) -> Engine:
    """An engine for writing to ``url``, its schema migrated to the newest when behind."""
    engine = create_store_engine(url)
    try:
        upgrade_to_head(engine)
    except SQLAlchemyError as err:
        engine.dispose()
        where = make_url(url).render_as_string(hide_password=True)
        raise StoreError(
            f"cannot open the knowledge base at {where}: {first_line(err)}",
            "check that the database exists and can be written",
        ) from err
    return engine


def exists_at_head(url: str) -> bool:
    """Whether the knowledge base at ``url`` is there with the newest schema (read-only)."""
    try:
        engine = create_store_engine(url, read_only=True)
    except StoreError:
        return False  # no file yet
    try:
        return is_at_head(engine)
    except SQLAlchemyError:
        return False
    finally:
        engine.dispose()


def read_conflicts(conn: Connection, query: Select[Any]) -> list[Conflict]:
    """Conflict rows as model objects."""
    return [
        Conflict(
            fact_kind=r.fact_kind,
            fact_id=r.fact_id,
            field=r.field,
            value=r.value,
            document=r.document_id,
        )
        for r in conn.execute(query)
    ]


def read_all(conn: Connection, cls: type[T]) -> tuple[T, ...]:
    """Every fact of ``cls`` with its mentions, by id (in Python: collations differ)."""
    kind = kind_of(cls)
    by_fact: dict[str, list[Any]] = {}
    query = select(mentions).where(mentions.c.fact_kind == kind).order_by(mentions.c.seq)
    for r in conn.execute(query):
        by_fact.setdefault(r.fact_id, []).append(mention_from_row(r._mapping))
    for found in by_fact.values():  # the same sources in the same order, whatever the order
        found.sort(key=mention_order)  # the documents arrived in
    rows = sorted(
        (r._mapping for r in conn.execute(select(FACT_TABLES[cls]))), key=lambda r: r["id"]
    )
    return tuple(object_from_row(cls, r, by_fact.get(r["id"], ())) for r in rows)


def conflict_order(conflict: Conflict) -> tuple[str, str, str, str, str]:
    """Conflicts by fact, field, document and value: the export lists them in an order the
    order of ingestion cannot change."""
    value = json.dumps(conflict.value, sort_keys=True, ensure_ascii=False, default=str)
    return conflict.fact_kind, conflict.fact_id, conflict.field, conflict.document or "", value


def mention_order(mention: Mention) -> tuple[str, int, int, str]:
    """Mentions by document id, then span and rule: an order the order of ingestion
    cannot change."""
    return mention.document or "", mention.start, mention.end, mention.rule


def first_documents(conn: Connection, facts: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The first document that mentions each fact, by (kind, id)."""
    if not facts:
        return {}
    query = (
        select(mentions.c.fact_kind, mentions.c.fact_id, mentions.c.document_id)
        .where(mentions.c.fact_id.in_([fact_id for _, fact_id in facts]))
        .order_by(mentions.c.seq)
    )
    wanted = set(facts)
    found: dict[tuple[str, str], str] = {}
    for r in conn.execute(query):
        if (r.fact_kind, r.fact_id) in wanted:
            found.setdefault((r.fact_kind, r.fact_id), r.document_id)
    return found


def first_line(err: BaseException) -> str:
    """The first line of an error's message: drivers append SQL and parameters below it."""
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__


def now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)

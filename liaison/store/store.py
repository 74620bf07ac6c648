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
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Select, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from liaison.errors import LiaisonError, StoreError
from liaison.model import (
    Change,
    ChangeAction,
    Conflict,
    Document,
    Event,
    Extraction,
    KnowledgeBase,
    Mention,
    Partner,
)
from liaison.model.merges import Merge
from liaison.store.audit import (
    Filter,
    load_changes,
    read_changes,
    undone_by,
    undone_changes,
)
from liaison.store.corrections import correct_fields
from liaison.store.engine import (
    create_store_engine,
    is_at_head,
    is_sqlite_file,
    upgrade_to_head,
    writing,
)
from liaison.store.feeds import (
    FeedItem,
    FeedState,
    feed_state,
    save_feed_state,
    save_item,
    seen_urls,
    url_with_hash,
)
from liaison.store.identity import (
    MergeRecord,
    list_merges,
    merge_by_hand,
    split_by_hand,
    undo_any,
)
from liaison.store.keys import find_candidates
from liaison.store.review import ReviewItem, accept_item, correct_item, open_items, reject_item
from liaison.store.rows import (
    document_from_row,
    mention_from_row,
    object_from_row,
    standing_conflicts,
)
from liaison.store.scope import (
    document_paths,
    latest_events,
    partner_counts,
    partner_part,
    partner_records,
    partner_summary,
    spans_in,
)
from liaison.store.search import (
    FacetedHit,
    SearchHit,
    facet_counts,
    facets_of,
    find_entries,
    has_latin,
    hit_rows,
    narrowed,
    persons_spelled,
    query_forms,
    query_lemmas,
    snippet,
)
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
from liaison.store.users import (
    Role,
    User,
    add_user,
    find_user,
    list_users,
    new_token,
    read_setting,
    remove_user,
    revoke_tokens,
    session_secret,
    set_password,
    set_role,
    user_of_token,
    verify_password,
    write_setting,
)
from liaison.store.writes import (
    SaveResult,
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
            f"merge {kind} {absorbed}", lambda conn: merge_by_hand(conn, request, now())
        )
        return record

    def split(self, seq: int, *, by: str) -> MergeRecord:
        """Undo merge ``seq``: the two facts apart again, each with its own sources."""
        return self._write(f"split {seq}", lambda conn: split_by_hand(conn, seq, by, now()))

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
        """Import an export in one transaction; return how many documents were added.

        Its audit log comes too: the changes not held yet, kept as history (they are undone
        in the knowledge base they were made in)."""

        def work(conn: Connection) -> int:
            added = load_knowledge_base(conn, kb, now())
            load_changes(conn, kb.changes)
            return added

        return self._write("import", work)

    # Corrections, the audit log and the review queue. Every method that changes something
    # returns the Change it wrote to the audit log; a value that does not fit, an unknown id
    # or a decision that cannot apply raises a LiaisonError (one line) and writes nothing.

    def correct(
        self, fact_id: str, field: str, value: Any, *, user: str, kind: str | None = None
    ) -> Change:
        """Set one field of a fact to ``value`` as ``user`` typed it; return the Change.

        ``value`` is text as a form or a command line gives it ('2021', '2019–2021; 2023',
        '31.05.2024', 'входящий', 'Бабушкин И.Ю.', '1 300,5', '' to clear an optional field)
        or a JSON value a script sends (``[2021]``, ``{"from": 2024, "to": 2026}``). It is
        parsed by the model's type of ``field``; references (a leader, partners, agreements)
        must name what the knowledge base holds. Only that field changes: the fact keeps its
        mentions and its sentence, and records ``user`` and the time as who corrected it.
        ``kind`` ('event', …) is needed only when two kinds of fact share the id.
        """
        (change,) = self.correct_all(fact_id, {field: value}, user=user, kind=kind)
        return change

    def correct_all(
        self, fact_id: str, values: Mapping[str, Any], *, user: str, kind: str | None = None
    ) -> list[Change]:
        """Several fields of one fact at once, in one transaction: one Change per field."""
        return self._write(
            f"{kind or 'fact'} {fact_id}",
            lambda conn: correct_fields(conn, fact_id, values, user, now(), kind=kind),
        )

    def undo(self, change_id: str, *, user: str) -> Change:
        """Undo a change (its id, or an unambiguous start of it); return the undo.

        The fields it changed get back their values from before, unless one was changed
        again since (then nothing happens and the error names the later change). An undo is
        a change too: undoing it does the change again.
        """
        return self._write(f"undo {change_id}", lambda conn: undo_any(conn, change_id, user, now()))

    def change(self, change_id: str) -> Change | None:
        """One entry of the audit log by id; None when there is none."""
        with self._reading() as conn:
            found = read_changes(conn, Filter(id=change_id))
        return found[0] if found else None

    def audit(
        self,
        *,
        user: str | None = None,
        fact: str | None = None,
        action: ChangeAction | None = None,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        item: str | None = None,
        limit: int | None = None,
    ) -> list[Change]:
        """The audit log, oldest first: every change, or those by ``user``, to ``fact`` (an
        id), of ``action``, on a review ``item``, made from ``since`` to ``until`` (days
        inclusive, UTC); ``limit`` keeps the newest so many."""
        wanted = Filter(
            user=user, fact=fact, action=action, since=since, until=until, item=item, limit=limit
        )
        with self._reading() as conn:
            return read_changes(conn, wanted)

    def is_undone(self, change_id: str) -> bool:
        """Whether a change has been undone (and that undo still stands)."""
        with self._reading() as conn:
            return undone_by(conn, change_id) is not None

    def undone(self) -> dict[str, str]:
        """Every change undone while its undo stands: the undo's id by the change's id
        (for a list of the audit log that shows which entries no longer hold)."""
        with self._reading() as conn:
            return undone_changes(conn)

    def review_queue(self) -> list[ReviewItem]:
        """What waits for a person: conflicts, unsure extractions, merges (see ReviewItem)."""
        with self._reading() as conn:
            return open_items(conn)

    def accept(self, item_id: str, *, user: str) -> Change:
        """Accept a review item as the software has it; the item leaves the queue."""
        return self._write(
            f"review {item_id}", lambda conn: accept_item(conn, item_id, user, now())
        )

    def reject(self, item_id: str, *, user: str) -> Change:
        """Reject a review item: a conflict takes the other source's value, an unsure fact
        is taken out (undo puts it back); a merge is corrected instead."""
        return self._write(
            f"review {item_id}", lambda conn: reject_item(conn, item_id, user, now())
        )

    def correct_item(
        self, item_id: str, value: Any, *, user: str, field: str | None = None
    ) -> Change:
        """Settle a review item with a typed value for its field (``field`` for a merge)."""
        return self._write(
            f"review {item_id}",
            lambda conn: correct_item(conn, item_id, value, user, now(), field),
        )

    # Users of the web application, their tokens and its settings (see store/users.py).

    def add_user(self, name: str, role: Role, password: str) -> User:
        """Add a user with a role; the password is kept as an argon2 hash."""
        return self._write(f"user {name}", lambda conn: add_user(conn, name, role, password, now()))

    def user(self, name: str) -> User | None:
        """One user by name; None when there is none."""
        with self._reading() as conn:
            return find_user(conn, name)

    def users(self) -> list[User]:
        """Every user, by name."""
        with self._reading() as conn:
            return list_users(conn)

    def remove_user(self, name: str) -> None:
        """Remove a user and revoke their tokens."""
        self._write(f"user {name}", lambda conn: remove_user(conn, name))

    def set_role(self, name: str, role: Role) -> User:
        """Give a user another role."""
        return self._write(f"user {name}", lambda conn: set_role(conn, name, role))

    def set_password(self, name: str, password: str) -> None:
        """Give a user a new password."""
        self._write(f"user {name}", lambda conn: set_password(conn, name, password))

    def signed_in(self, name: str, password: str) -> User | None:
        """The user whose name and password these are; None for a wrong pair."""
        with self._reading() as conn:
            return verify_password(conn, name, password)

    def new_token(self, name: str) -> str:
        """A new personal API token for a user (shown once: only its hash is kept)."""
        return self._write(f"token {name}", lambda conn: new_token(conn, name, now()))

    def revoke_tokens(self, name: str) -> int:
        """Revoke every token of a user; return how many there were."""
        return self._write(f"token {name}", lambda conn: revoke_tokens(conn, name))

    def token_user(self, token: str) -> User | None:
        """The user a token belongs to; None for an unknown or revoked token."""
        with self._reading() as conn:
            return user_of_token(conn, token)

    def web_setting(self, name: str) -> str | None:
        """A setting of the web application; None when never set."""
        with self._reading() as conn:
            return read_setting(conn, name)

    def set_web_setting(self, name: str, value: str) -> None:
        """Set a setting of the web application."""
        self._write(f"setting {name}", lambda conn: write_setting(conn, name, value))

    def session_secret(self) -> str:
        """The key signing the web application's session cookies (made on first use)."""
        return self._write("session key", session_secret)

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

    def remember_feed(self, state: FeedState) -> None:
        """Keep a feed's validators (ETag, Last-Modified) for the next conditional fetch."""
        self._write(f"feed {state.url}", lambda conn: save_feed_state(conn, state))

    def remember_item(self, item: FeedItem) -> None:
        """Keep a feed item as seen, by its address and its content's hash."""
        self._write(f"feed item {item.url}", lambda conn: save_item(conn, item))

    # Reading

    def feed(self, url: str) -> FeedState | None:
        """A feed's state as last fetched; None for a feed never fetched."""
        with self._reading() as conn:
            return feed_state(conn, url)

    def seen_items(self, urls: Iterable[str]) -> set[str]:
        """Those of the item addresses ``urls`` already seen."""
        with self._reading() as conn:
            return seen_urls(conn, urls)

    def item_with_content(self, content_hash: str) -> str | None:
        """The address of an item already fetched with this content's hash, if any."""
        with self._reading() as conn:
            return url_with_hash(conn, content_hash)

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
            log = tuple(read_changes(conn, Filter()))
        docs = sorted(
            (document_from_row(r) for r in rows), key=lambda d: (d.ingested_at or now(), d.id)
        )
        return KnowledgeBase(documents=tuple(docs), conflicts=found, changes=log, **facts)

    def about_partners(
        self, ids: Collection[str], prefixes: Collection[str] = (), *, is_listing: bool = False
    ) -> KnowledgeBase:
        """The part of the knowledge base about the partners ``ids`` (and ids starting
        with one of ``prefixes``): what a partner's note shows, read through indexes;
        ``is_listing``: only the facts naming them, as a view lists them."""
        with self._reading() as conn:
            return partner_part(conn, ids, prefixes, is_listing=is_listing)

    def partners(self) -> tuple[Partner, ...]:
        """Every partner, by id, each with its first mention only (``all(Partner)`` gives
        them all): what finding a partner by name and listing partners need."""
        with self._reading() as conn:
            return partner_records(conn)

    def document_paths(self, ids: Iterable[str]) -> dict[str, str]:
        """The path of each of these documents, by id, without reading their text."""
        with self._reading() as conn:
            return document_paths(conn, ids)

    def partner_counts(self) -> dict[str, int]:
        """How many agreements, contacts and statements name each partner id."""
        with self._reading() as conn:
            return partner_counts(conn)

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
        groups = query_forms(query)
        lemmas = query_lemmas(query)
        if not groups or limit <= 0:
            return []
        with self._reading() as conn:
            entries = find_entries(conn, groups, limit)
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

    def search_faceted(
        self, query: str, wanted: Mapping[str, str] | None = None, limit: int = 200
    ) -> tuple[list[FacetedHit], dict[str, list[tuple[str, int]]]]:
        """A search with facets: the hits that have the ``wanted`` facet values ({"partner":
        "AZ", "year": "2024", …}), and every facet's values among all hits with their counts.

        A name in Latin letters ('Mustafayev') also finds what the people it names are in,
        under their Russian names."""
        hits = self.search(query, limit=limit)
        if has_latin(query):
            with self._reading() as conn:
                spelled = persons_spelled(conn, query)
            seen = {(h.kind, h.id) for h in hits}
            for name in spelled:
                more = [h for h in self.search(name, limit=limit) if (h.kind, h.id) not in seen]
                seen |= {(h.kind, h.id) for h in more}
                hits += more
        with self._reading() as conn:
            rows = hit_rows(conn, hits)
        faceted = [
            FacetedHit(hit=h, facets=facets_of(h.kind, rows.get((h.kind, h.id), {}))) for h in hits
        ]
        return narrowed(faceted, wanted or {}), facet_counts(faceted)

    def latest_events(self, limit: int = 10) -> tuple[Event, ...]:
        """The contacts with the latest start dates, latest first."""
        with self._reading() as conn:
            return latest_events(conn, limit)

    def spans_in(self, document_id: str) -> list[tuple[str, str, int, int]]:
        """Every span read from a document: (fact kind, fact id, start, end), in order."""
        with self._reading() as conn:
            return spans_in(conn, document_id)

    def partner_summary(self) -> dict[str, dict[str, int]]:
        """Per partner id: how many agreements, contacts (events) and documents name it."""
        with self._reading() as conn:
            return partner_summary(conn)

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
    """Whether the knowledge base at ``url`` is there with the newest schema (read-only).

    A SQLite file that is there but cannot be read says why: migrating cannot help it.
    """
    try:
        engine = create_store_engine(url, read_only=True)
    except StoreError:
        if is_sqlite_file(url):
            raise
        return False  # no file yet
    try:
        return is_at_head(engine)
    except SQLAlchemyError:
        return False
    finally:
        engine.dispose()


def read_conflicts(conn: Connection, query: Select[Any]) -> list[Conflict]:
    """Conflict rows as model objects, those that still disagree."""
    return standing_conflicts(conn, conn.execute(query))


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
    """The first document that mentions each fact, by (kind, id): one lookup in the index
    of mentions each, however many documents mention a fact (a partner: nearly all)."""
    found: dict[tuple[str, str], str] = {}
    for kind, fact_id in dict.fromkeys(facts):
        query = (
            select(mentions.c.document_id)
            .where(mentions.c.fact_kind == kind, mentions.c.fact_id == fact_id)
            .order_by(mentions.c.seq)
            .limit(1)
        )
        document = conn.execute(query).scalar()
        if document is not None:
            found[(kind, fact_id)] = document
    return found


def first_line(err: BaseException) -> str:
    """The first line of an error's message: drivers append SQL and parameters below it."""
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__


def now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)

"""Full-text search that finds Russian words in any grammatical form, on both backends.

Every searchable row has an entry in ``search_entries``: a label, the original words
(``body``) and their lemmas (``lemmas``, from ``liaison.text.morph``). A query is
lemmatised the same way, so 'Бабушкиным' finds 'Бабушкин' and 'соглашения' finds
'Соглашение'. SQLite matches the lemmas through an FTS5 table ranked by bm25; PostgreSQL
through a tsvector column ('simple' configuration: the lemmas are already normalised)
ranked by ts_rank. Snippets are cut from the original words, not from the lemmas.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, delete, text

from liaison.model import Agreement, Event, Fact, Indicator, Organization, Partner, Person
from liaison.store.rows import Row
from liaison.store.tables import kind_of, search_entries
from liaison.text.morph import analyzer, lemma, search_text, words

# Which fields of each class are searched; the first non-empty one labels the hit.
SEARCH_FIELDS: dict[str, tuple[str, ...]] = {
    "document": ("title", "text"),
    kind_of(Event): ("title", "leader", "place", "participants"),
    kind_of(Agreement): ("title", "parties"),
    kind_of(Person): ("name", "full_name", "name_en", "aliases", "positions"),
    kind_of(Organization): ("name", "aliases"),
    kind_of(Partner): ("name", "name_en", "aliases"),
    kind_of(Fact): ("text",),
    kind_of(Indicator): ("text", "metric", "scope"),
}
# Parts of speech a query leaves out (pymorphy's tags).
FUNCTION_WORDS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})
LABEL_LENGTH = 160
SNIPPET_RADIUS = 80


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchHit:
    """One result of ``Store.search``: what was found, where, and how well it matched."""

    kind: str
    id: str
    label: str
    snippet: str
    document_id: str | None
    score: float


def words_of(value: Any) -> list[str]:
    """The text pieces of a column value: strings, and strings inside JSON lists and objects.

    >>> words_of([{"name": "Бабушкин И.Ю.", "position": "губернатор"}, "Астрахань"])
    ['Бабушкин И.Ю.', 'губернатор', 'Астрахань']
    """
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [piece for item in value for piece in words_of(item)]
    if isinstance(value, dict):
        return [piece for item in value.values() for piece in words_of(item)]
    return []


def search_entry(kind: str, row: Mapping[str, Any]) -> Row:
    """The ``search_entries`` row of a document or fact row of kind ``kind``."""
    pieces = [piece for name in SEARCH_FIELDS[kind] for piece in words_of(row.get(name))]
    body = "\n".join(pieces)
    return {
        "kind": kind,
        "item_id": row["id"],
        "label": label_of(kind, row, pieces),
        "body": body,
        "lemmas": search_text(body),
    }


def label_of(kind: str, row: Mapping[str, Any], pieces: Sequence[str]) -> str:
    """What names a hit: a document's title or path, else the first line of the first piece."""
    if kind == "document":
        return shorten(row.get("title") or row.get("path") or row["id"], LABEL_LENGTH)
    first = pieces[0].strip().splitlines()[0] if pieces and pieces[0].strip() else row["id"]
    return shorten(first, LABEL_LENGTH)


def shorten(value: str, length: int) -> str:
    """``value`` cut to ``length`` characters with an ellipsis.

    >>> shorten("Соглашение о сотрудничестве", 10)
    'Соглашени…'
    """
    return value if len(value) <= length else value[: length - 1] + "…"


def replace_entries(conn: Connection, kind: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Write fresh search entries for ``rows`` of kind ``kind``, dropping the old ones."""
    if not rows:
        return
    drop_entries(conn, kind, [row["id"] for row in rows])
    conn.execute(search_entries.insert(), [search_entry(kind, row) for row in rows])


def drop_entries(conn: Connection, kind: str, ids: Iterable[str]) -> None:
    """Remove the search entries of the given items."""
    id_list = list(ids)
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        conn.execute(
            delete(search_entries).where(
                search_entries.c.kind == kind, search_entries.c.item_id.in_(chunk)
            )
        )


def query_lemmas(query: str) -> list[str]:
    """The distinct lemmas of a query's words, in order, without prepositions and the like.

    Every lemma must match, so 'соглашения с Бабушкиным' should not demand an 'с'; a query
    of function words alone keeps them.

    >>> query_lemmas("Соглашения с Бабушкиным, соглашение")
    ['соглашение', 'бабушкин']
    >>> query_lemmas("при")
    ['при']
    """
    found = list(dict.fromkeys(lemma(w) for w in words(query)))
    content = [item for item in found if not is_function_word(item)]
    return content or found


@lru_cache(maxsize=10_000)
def is_function_word(word: str) -> bool:
    """Whether a word is a preposition, conjunction, particle or interjection.

    >>> [is_function_word(w) for w in ("с", "между", "и", "Баку")]
    [True, True, True, False]
    """
    return analyzer().parse(word.lower())[0].tag.POS in FUNCTION_WORDS


SQLITE_QUERY = text(
    "SELECT e.kind, e.item_id, e.label, e.body, -bm25(search_fts) AS score "
    "FROM search_fts JOIN search_entries AS e ON e.entry_id = search_fts.rowid "
    "WHERE search_fts MATCH :match ORDER BY score DESC, e.kind, e.item_id LIMIT :limit"
)
POSTGRES_QUERY = text(
    "SELECT e.kind, e.item_id, e.label, e.body, ts_rank(e.tsv, q) AS score "
    "FROM search_entries AS e, plainto_tsquery('simple', :match) AS q "
    "WHERE e.tsv @@ q ORDER BY score DESC, e.kind, e.item_id LIMIT :limit"
)


def find_entries(conn: Connection, lemmas: Sequence[str], limit: int) -> list[Row]:
    """The best-matching search entries holding every lemma, best first."""
    if conn.dialect.name == "sqlite":
        # Each lemma quoted: a phrase of its own tokens, never FTS5 query syntax.
        match = " ".join(f'"{item}"' for item in lemmas)
        result = conn.execute(SQLITE_QUERY, {"match": match, "limit": limit})
    else:
        result = conn.execute(POSTGRES_QUERY, {"match": " ".join(lemmas), "limit": limit})
    return [dict(row._mapping) for row in result]


def snippet(body: str, lemmas: Iterable[str], radius: int = SNIPPET_RADIUS) -> str:
    """The words around the first word of ``body`` whose lemma is among ``lemmas``.

    >>> snippet("Визит делегации. Встреча с Бабушкиным И.Ю. в Баку.", ["бабушкин"], 12)
    '…Встреча с Бабушкиным И.Ю. в…'
    """
    wanted = set(lemmas)
    at = 0
    for word in words(body):
        found = body.find(word, at)
        at = found + len(word)
        if lemma(word) in wanted:
            return window(body, found, at, radius)
    return shorten(body.replace("\n", " "), 2 * radius)


def window(body: str, start: int, end: int, radius: int) -> str:
    """``body[start:end]`` with up to ``radius`` characters each side, cut at spaces."""
    left = max(0, start - radius)
    right = min(len(body), end + radius)
    if left > 0:
        space = body.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(body):
        space = body.rfind(" ", end, right)
        right = space if space >= 0 else right
    piece = body[left:right].replace("\n", " ").strip()
    return ("…" if left > 0 else "") + piece + ("…" if right < len(body) else "")

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

from sqlalchemy import Connection, select, text

from liaison.model import Agreement, Event, Fact, Indicator, Organization, Partner, Person
from liaison.store.rows import Row, RowsByKind, chunks, delete_of
from liaison.store.tables import kind_of, search_entries
from liaison.text.morph import analyzer, search_forms, search_text, words

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

    A participant's role and side are the store's codes ('leader', 'home'), no words of
    the text: they are left out, so that a snippet shows only what a source says.

    >>> words_of([{"name": "Бабушкин И.Ю.", "position": "губернатор", "role": "leader",
    ...            "side": "home"}, "Астрахань"])
    ['Бабушкин И.Ю.', 'губернатор', 'Астрахань']
    """
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [piece for item in value for piece in words_of(item)]
    if isinstance(value, dict):
        return [
            piece for key, item in value.items() if key not in CODES for piece in words_of(item)
        ]
    return []


# Keys of JSON values that hold the store's codes, not a source's words.
CODES = frozenset(("role", "side", "start", "end"))


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


def replace_entries(conn: Connection, rows_by_kind: RowsByKind) -> None:
    """Write fresh search entries for the rows of each kind, dropping the old ones."""
    fresh = [search_entry(kind, row) for kind, rows in rows_by_kind.items() for row in rows]
    if not fresh:
        return
    kinds = [entry["kind"] for entry in fresh]
    delete_of(
        conn, search_entries.c.kind, search_entries.c.item_id, kinds, [e["item_id"] for e in fresh]
    )
    conn.execute(search_entries.insert(), fresh)


def drop_entries(conn: Connection, kind: str, ids: Iterable[str]) -> None:
    """Remove the search entries of the given items."""
    delete_of(conn, search_entries.c.kind, search_entries.c.item_id, [kind], ids)


def query_lemmas(query: str) -> list[str]:
    """The distinct lemmas of a query's words, in order, without prepositions and the like.

    Every lemma must match, so 'соглашения с Бабушкиным' should not demand an 'с'; a query
    of function words alone keeps them.

    >>> query_lemmas("Соглашения с Бабушкиным, соглашение")
    ['соглашение', 'бабушкин']
    >>> query_lemmas("при")
    ['при']
    """
    return list(dict.fromkeys(form for group in query_forms(query) for form in group))


def query_forms(query: str) -> list[tuple[str, ...]]:
    """For each distinct content word of a query, the lemmas it may match (one, or the
    guesses for a word the dictionary does not know); function words only when the query
    holds nothing else.

    >>> query_forms("соглашения с Гиляном")[0], "гилян" in query_forms("с Гиляном")[0]
    (('соглашение',), True)
    """
    found = list(dict.fromkeys(search_forms(w) for w in words(query)))
    content = [forms for forms in found if not is_function_word(forms[0])]
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
# The query is the words' tsqueries, each a bound parameter, joined by || and &&.
POSTGRES_QUERY = (
    "SELECT e.kind, e.item_id, e.label, e.body, ts_rank(e.tsv, query.q) AS score "
    "FROM search_entries AS e, (SELECT {query} AS q) AS query "
    "WHERE e.tsv @@ query.q ORDER BY score DESC, e.kind, e.item_id LIMIT :limit"
)


def find_entries(conn: Connection, groups: Sequence[tuple[str, ...]], limit: int) -> list[Row]:
    """The best-matching search entries holding, for every group, one of its lemmas, best
    first."""
    if conn.dialect.name == "sqlite":
        # Each lemma quoted: a phrase of its own tokens, never FTS5 query syntax.
        # FTS5 needs AND spelt out once a group holds an OR.
        match = " AND ".join(
            "(" + " OR ".join(f'"{item}"' for item in group) + ")" for group in groups
        )
        result = conn.execute(SQLITE_QUERY, {"match": match, "limit": limit})
    else:
        params: dict[str, Any] = {"limit": limit}
        ands = []
        for i, group in enumerate(groups):
            ors = []
            for j, item in enumerate(group):
                params[f"w{i}_{j}"] = item
                ors.append(f"plainto_tsquery('simple', :w{i}_{j})")
            ands.append("(" + " || ".join(ors) + ")")
        result = conn.execute(text(POSTGRES_QUERY.format(query=" && ".join(ands))), params)
    return [dict(row._mapping) for row in result]


def snippet(body: str, lemmas: Iterable[str], radius: int = SNIPPET_RADIUS) -> str:
    """The words around the first word of ``body`` whose lemma is among ``lemmas``, within
    its own line: a body is one field a line (an event's title, its leader, its place), and
    a snippet quotes one of them, not the next field glued on.

    >>> snippet("Визит делегации. Встреча с Бабушкиным И.Ю. в Баку.", ["бабушкин"], 12)
    '…Встреча с Бабушкиным И.Ю. в…'
    >>> snippet("Переговоры в Баку.\\nБабушкин И.Ю.\\nБаку", ["переговоры"])
    'Переговоры в Баку.'
    """
    wanted = set(lemmas)
    at = 0
    for word in words(body):
        found = body.find(word, at)
        at = found + len(word)
        if wanted.intersection(search_forms(word)):
            return window(body, found, at, radius)
    first = body.strip().split("\n", 1)[0]
    return shorten(first, 2 * radius)


def window(body: str, start: int, end: int, radius: int) -> str:
    """``body[start:end]`` with up to ``radius`` characters each side within its line, cut
    at spaces."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    left = max(line_start, start - radius)
    right = min(line_end, end + radius)
    if left > line_start:
        space = body.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < line_end:
        space = body.rfind(" ", end, right)
        right = space if space >= 0 else right
    piece = body[left:right].strip()
    return ("…" if left > line_start else "") + piece + ("…" if right < line_end else "")


# Facets: what a hit can be narrowed by. Each is read from the hit's row by the fields
# that hold it in the model (an event's ``partners``, an indicator's ``partner``, …).
FACETS = ("kind", "partner", "sphere", "year", "person")


@dataclass(frozen=True, slots=True, kw_only=True)
class FacetedHit:
    """A search hit with the values of each facet it has (``facets["year"]``: its years)."""

    hit: SearchHit
    facets: Mapping[str, tuple[str, ...]]


def listed(value: Any) -> tuple[str, ...]:
    """A column value as a tuple of strings: a list, one value, or nothing.

    >>> listed(["AZ", "BY"]), listed("AZ"), listed(None)
    (('AZ', 'BY'), ('AZ',), ())
    """
    if value is None or value == "":
        return ()
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value if v not in (None, ""))
    return (str(value),)


def years_of(kind: str, row: Mapping[str, Any]) -> tuple[str, ...]:
    """The years a row is about: a contact's dates, a statement's years, a signing, a
    figure's date or period, a document's publication."""
    found: list[Any] = list(row.get("years") or [])
    for name in ("start", "end", "as_of", "published", "signed"):
        value = row.get(name)
        if value:
            found.append(str(value)[:4])
    period = row.get("period")
    if isinstance(period, dict):
        found += [period.get("from"), period.get("to")]
    return tuple(sorted({str(y) for y in found if y and str(y)[:4].isdigit()}))


def persons_of(kind: str, row: Mapping[str, Any]) -> tuple[str, ...]:
    """The canonical names a row names: a contact's leader and participants, a
    statement's persons, a person's own name."""
    names = [*listed(row.get("persons")), *listed(row.get("leader"))]
    names += [p.get("name", "") for p in row.get("participants") or [] if isinstance(p, dict)]
    if kind == kind_of(Person):
        names.append(row.get("name", ""))
    return tuple(sorted({n for n in names if n}))


def facets_of(kind: str, row: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """Every facet's values for a row of kind ``kind`` (a fact's row, or a document's).

    >>> facets_of("event", {"partners": ["AZ"], "spheres": ["trade"], "start": "2024-05-31",
    ...                     "end": "2024-06-01", "leader": "Бабушкин И.Ю."})["year"]
    ('2024',)
    """
    partners = listed(row.get("partners")) or listed(row.get("partner"))
    spheres = listed(row.get("spheres")) or listed(row.get("sphere"))
    return {
        "kind": (kind,),
        "partner": tuple(sorted(set(partners))),
        "sphere": tuple(sorted(set(spheres))),
        "year": years_of(kind, row),
        "person": persons_of(kind, row),
    }


def narrowed(hits: Sequence[FacetedHit], wanted: Mapping[str, str]) -> list[FacetedHit]:
    """The hits that have every wanted facet value (an empty value asks for nothing)."""
    chosen = {name: value for name, value in wanted.items() if value}
    return [h for h in hits if all(v in h.facets.get(n, ()) for n, v in chosen.items())]


def facet_counts(hits: Sequence[FacetedHit]) -> dict[str, list[tuple[str, int]]]:
    """For each facet, its values among the hits with how many hits have each, most first."""
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    for h in hits:
        for name in FACETS:
            for value in h.facets.get(name, ()):
                counts[name][value] = counts[name].get(value, 0) + 1
    return {
        name: sorted(found.items(), key=lambda item: (-item[1], item[0]))
        for name, found in counts.items()
    }


def has_latin(query: str) -> bool:
    """Whether a query holds Latin letters (a name spelled in English: 'Mustafayev').

    >>> has_latin("Mustafayev"), has_latin("Мустафаев")
    (True, False)
    """
    return any("a" <= c.lower() <= "z" for c in query)


def hit_rows(conn: Connection, hits: Iterable[SearchHit]) -> dict[tuple[str, str], Row]:
    """The stored row behind each hit, by (kind, id): what its facets are read from."""
    from liaison.store.identity import kind_class
    from liaison.store.tables import FACT_TABLES, documents

    wanted: dict[str, set[str]] = {}
    for h in hits:
        wanted.setdefault(h.kind, set()).add(h.id)
    found: dict[tuple[str, str], Row] = {}
    for kind, ids in wanted.items():
        table = documents if kind == "document" else FACT_TABLES[kind_class(kind)]
        columns = [documents.c.id, documents.c.published] if kind == "document" else [table]
        for chunk in chunks(sorted(ids)):
            query = select(*columns).where(table.c.id.in_(chunk))
            found.update(((kind, r.id), dict(r._mapping)) for r in conn.execute(query))
    return found


def persons_spelled(conn: Connection, query: str, limit: int = 5) -> list[str]:
    """The canonical names of the people ``query`` names in another script or form
    ('Mustafayev' → 'Мустафаев Ш.А.'), for a search the stored words alone would miss."""
    from liaison.store.tables import FACT_TABLES
    from liaison.text.forms import any_names

    table = FACT_TABLES[Person]
    columns = (table.c.name, table.c.full_name, table.c.name_en, table.c.aliases)
    found = []
    for r in conn.execute(select(*columns).order_by(table.c.name)):
        forms = [r.name, r.full_name or "", r.name_en or "", *(r.aliases or [])]
        if any_names(query, forms):
            found.append(str(r.name))
        if len(found) >= limit:
            break
    return found

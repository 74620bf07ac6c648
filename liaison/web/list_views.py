"""What the search, review, audit and users pages show, as plain data."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from liaison.model import Change, ChangeAction, Direction, EventKind, Sphere, to_json
from liaison.model.vocab import label
from liaison.store import Store
from liaison.store.search import FacetedHit, has_latin, query_lemmas
from liaison.store.users import Role
from liaison.text.morph import lemma, search_forms, words


def search_page(
    store: Store, query: str, wanted: Mapping[str, str], lang: str = "ru"
) -> dict[str, Any]:
    """Hits with highlighted snippets, and the facets to narrow them by."""
    if not query.strip():
        return {"q": query, "hits": [], "facets": {}, "wanted": dict(wanted)}
    hits, facets = store.search_faceted(query, wanted)
    lemmas = set(query_lemmas(query))
    if has_latin(query):
        lemmas |= spelled_lemmas(hits)
    return {
        "q": query,
        "wanted": dict(wanted),
        "hits": [
            {
                "kind": h.hit.kind,
                "id": h.hit.id,
                "label": h.hit.label,
                "snippet": h.hit.snippet,
                "marked": marked(h.hit.snippet, lemmas),
                "document": h.hit.document_id,
                "facets": dict(h.facets),
                "href": fact_href(h.hit.kind, h.hit.id),
            }
            for h in hits
        ],
        "facets": facets,
        "sphere_labels": {s.value: label(s, lang) for s in Sphere},
    }


def spelled_lemmas(hits: Iterable[FacetedHit]) -> set[str]:
    """The lemmas of the people the hits name, so that a Latin query ('Mustafayev') has
    the Cyrillic words it found marked too."""
    surnames = {name.split()[0] for h in hits for name in h.facets.get("person", ()) if name}
    return {lemma(surname) for surname in surnames}


def marked(snippet: str, lemmas: set[str]) -> list[dict[str, Any]]:
    """A snippet as pieces, those whose word has one of ``lemmas`` marked.

    >>> [p for p in marked("встреча с Бабушкиным", {"бабушкин"}) if p["hit"]]
    [{'text': 'Бабушкиным', 'hit': True}]
    """
    pieces: list[dict[str, Any]] = []
    at = 0
    for word in words(snippet):
        start = snippet.find(word, at)
        if start < 0 or not lemmas.intersection(search_forms(word)):
            continue
        if start > at:
            pieces.append({"text": snippet[at:start], "hit": False})
        pieces.append({"text": word, "hit": True})
        at = start + len(word)
    if at < len(snippet):
        pieces.append({"text": snippet[at:], "hit": False})
    return pieces


def fact_href(kind: str, fact_id: str) -> str | None:
    """The page of a fact of this kind, where it has one."""
    pages = {"event": "/events/", "person": "/persons/", "document": "/documents/"}
    return pages[kind] + fact_id if kind in pages else None


def review_page(store: Store, lang: str = "ru") -> dict[str, Any]:
    """The open review items, and the words a field of a closed vocabulary can take."""
    return {
        "items": [to_json(item) for item in store.review_queue()],
        "choices": {
            "direction": [(d.value, label(d, lang)) for d in Direction],
            "kind": [(k.value, label(k, lang)) for k in EventKind],
        },
    }


def audit_page(store: Store, wanted: Mapping[str, Any]) -> dict[str, Any]:
    """The audit log, newest first, filtered as asked, with what stands undone; each change
    also in parts (``told``) that the page says in the interface's language."""
    from liaison.cli.views import change_what

    log = store.audit(**wanted)
    undone = store.undone()
    return {
        "changes": [
            to_json(c) | {"undone": c.id in undone, "what": change_what(c), "told": told(c)}
            for c in reversed(log)
        ],
        "wanted": {k: v for k, v in wanted.items() if v is not None},
    }


def told(change: Change) -> dict[str, str]:
    """A change in parts: what it did (a catalogue word: 'changed', 'merged in', …), the
    field, and the values before and after as a line shows them."""
    from liaison.cli.views import shown_value

    before, after = change.before or {}, change.after
    if change.action == ChangeAction.MERGE:
        other = str(before.get("absorbed") or before.get("id") or "")
        return {"deed": "merged in", "field": "", "before": other, "after": ""}
    if change.field is None:
        deed = "undone" if change.undoes else "taken out" if after is None else "put back"
        return {"deed": deed, "field": "", "before": change.undoes or "", "after": ""}
    values = {"before": shown_value(change.before), "after": shown_value(after)}
    return {
        "deed": "kept" if change.action == ChangeAction.ACCEPT else "changed",
        "field": change.field,
    } | values


def users_page(store: Store) -> dict[str, Any]:
    return {"users": [to_json(u) for u in store.users()], "roles": [r.value for r in Role]}

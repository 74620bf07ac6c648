"""What a command reads from the knowledge base: only the part it shows."""

from __future__ import annotations

from collections.abc import Iterable

from liaison.errors import NotFound
from liaison.model import Event, KnowledgeBase
from liaison.store import Store


def about_partners(
    store: Store, queries: Iterable[str], *, is_listing: bool = False
) -> KnowledgeBase:
    """The part of the knowledge base a note on these partners needs: each one named (ISO
    code or a name), the partners inside it and the ids under its code; ``is_listing``:
    only their agreements, contacts and figures, as `show partner` lists them.

    A name that matches no partner is left for the note to report, with its hint.
    """
    from liaison.brief.partners import descendants, find_partner

    partners = store.partners()
    ids: set[str] = set()
    prefixes: set[str] = set()
    for query in queries:
        try:
            root = find_partner(partners, query)
        except NotFound:
            continue
        ids |= {p.id for p in descendants(partners, root)}
        prefixes.add(f"{root.id}-")
    if not ids:
        return KnowledgeBase(partners=partners)
    return store.about_partners(ids, prefixes, is_listing=is_listing)


def about_event(store: Store, event_id: str) -> KnowledgeBase:
    """One event and the documents it was read from (nothing when there is no such event)."""
    wanted = event_id if event_id.startswith("event:") else f"event:{event_id}"
    event = store.get(Event, wanted)
    if event is None:
        return KnowledgeBase()
    cited = dict.fromkeys(m.document for m in event.mentions if m.document)
    documents = [d for d in (store.document(i) for i in cited) if d is not None]
    return KnowledgeBase(events=(event,), documents=tuple(documents))

"""Which statements are about the home side's own cooperation, and which are background.

A knowledge base fed with news holds state-level contacts too (presidents meeting in
Moscow, a declaration between two countries). A region's note lists only what the region
itself took part in: a statement read from the region's own reference note, or from a
paragraph of the news that names the region, or typed in by a person.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from liaison.model import Document, Event, Home
from liaison.text.morph import lemmas


def names_home(text: str, home: Home) -> bool:
    """Whether ``text`` names the home side in any word form.

    >>> names_home("Губернатор Астраханской области", Home())
    True
    >>> names_home("Президент России", Home())
    False
    """
    return cues_in(text, home.cues)


@lru_cache(maxsize=20_000)
def cues_in(text: str, cues: tuple[str, ...]) -> bool:
    """Whether any lemmatised cue stands in the lemmatised text (cached: paragraphs repeat)."""
    padded = f" {' '.join(lemmas(text))} "
    return any(f" {cue} " in padded for cue in cues)


def paragraph_at(text: str, start: int, end: int) -> str:
    """The line (a bullet, a paragraph) holding the span ``start``..``end``."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first : last if last != -1 else len(text)]


def involves_home(item: Any, home: Home, documents: Mapping[str, Document]) -> bool:
    """Whether the home side took part: typed by a person, a contact to or from home, a
    participant from home, or a source that is home's own note or names home beside it.

    Only sources read for this home count: a knowledge base may hold the notes of several
    regions, and the side one of them calls 'home' is not another's.
    """
    if item.entered_by:
        return True
    sources = [
        (m, doc)
        for m in item.mentions
        if (doc := documents.get(m.document or "")) is not None and is_read_for(doc, home)
    ]
    if not sources and any(m.document in documents for m in item.mentions):
        return False
    # Not the direction alone: a state-level contact comes in to or goes out of the home
    # country, not the region.
    if isinstance(item, Event) and any(p.side == "home" for p in item.participants):
        return True
    if isinstance(item, Event) and item.place and names_home(item.place, home):
        return True  # a delegation came to the home region, whoever received it
    for m, doc in sources:
        if names_home(doc.title, home) or names_home(paragraph_at(doc.text, m.start, m.end), home):
            return True
    return False


def is_read_for(doc: Document, home: Home) -> bool:
    """Whether ``doc`` was read for ``home``; a document stored before documents kept their
    home counts for any.

    >>> note = Document(id="d", path="uz.txt", home="RU-TA")
    >>> is_read_for(note, Home()), is_read_for(note, Home(code="RU-TA"))
    (False, True)
    """
    return doc.home is None or doc.home == home.code

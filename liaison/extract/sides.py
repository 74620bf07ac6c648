"""Whose side a person named in a document is on: by the post stated with the name, the
same person's post elsewhere in the document, the words just before the name, or the
delegation the person leads. News and notes both ask it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from liaison.extract.directions import places_in
from liaison.extract.name_spans import NamedPerson
from liaison.extract.positions import side_of
from liaison.extract.roles import LEADER_CUE
from liaison.model import Home

SIDE_BREAK = re.compile(r"[,;.()\n]|\s(?:и|and)\s")


def side_key(text: str, named: NamedPerson, home: Home, known: dict[str, str]) -> str | None:
    """'home', the home country's code, a partner's code, or None: by the post stated with
    the name here, else with the same person elsewhere in the document, else by the words
    just before the name ('Astrakhan region Governor Igor Babushkin')."""
    if named.post is not None:
        side = side_of(named.post.title, home)
        if side is not None:
            return side
        if is_bare_home_post(named.post.title) and names_home_anywhere(text, home):
            return "home"
    return known.get(named.name) or side_in_words(text, named.span.start, home)


# Posts that name no place: in an item about the home region, its own ('губернатор Игорь
# Бабушкин'); a foreign governor is written with his province ('губернатор провинции Гилян').
BARE_HOME_POSTS = frozenset({"губернатор", "вице-губернатор", "глава региона", "governor"})


def is_bare_home_post(title: str) -> bool:
    """Whether a post is the home region's head's, named without a place."""
    return " ".join(title.lower().split()) in BARE_HOME_POSTS


@lru_cache(maxsize=8)
def names_home_anywhere(text: str, home: Home) -> bool:
    """Whether the text names the home region at all."""
    return any(p.side == "home" for p in places_in(text, 0, len(text), home))


def side_in_words(text: str, start: int, home: Home) -> str | None:
    """The side the words just before a name state, back to a comma or 'и'/'and': the post
    as written ('Astrakhan region Governor Igor Babushkin' → 'home').

    >>> t = "signed by Azerbaijan’s Economy Minister Mikayil Jabbarov and Astrakhan Governor Igor"
    >>> side_in_words(t, t.index("Mikayil"), Home()), side_in_words(t, t.index("Igor"), Home())
    ('AZ', 'home')
    """
    before = SIDE_BREAK.split(text[max(0, start - 60) : start])[-1]
    words = " ".join(before.split())
    return side_of(words, home) if words else None


def document_sides(text: str, names: Sequence[NamedPerson], home: Home) -> dict[str, str]:
    """The side of everyone the document names with a post somewhere, or in the words
    before the name ('Kazakhstan's Atyrau Region headed by Akim Serik Shapkenov'), or as
    the one a delegation is led by ('A delegation of Turkmenistan's Balkan Province led by
    its hakim (governor), Tachmammet Esenmyradov')."""
    known: dict[str, str] = {}
    for n in names:
        side = side_key(text, n, home, {}) or led_side(text, n, home)
        if side is not None:
            known.setdefault(n.name, side)
    return known


def led_side(text: str, named: NamedPerson, home: Home) -> str | None:
    """The side of the delegation a name is said to lead, from the words before the cue."""
    cues = list(LEADER_CUE.finditer(text, max(0, named.span.start - 60), named.span.start))
    if not cues:
        return None
    cue = cues[-1]  # the cue nearest the name
    line_start = text.rfind("\n", 0, cue.start()) + 1
    clause = SIDE_BREAK.split(text[max(line_start, cue.start() - 120) : cue.start()])
    return side_of(" ".join(clause[-1].split()), home) if clause[-1].strip() else None

"""Who takes part in a contact, and how: the leader, the co-chairs, everyone else.

The leader is named after a cue ('во главе с', 'под руководством'), else is the first
co-chair ('под председательством X и Y'), else the first person of a clause that opens with
its kind ('визит X в …'). Everyone else named takes part, with the post stated and the
side that post names, except the people named only as honoured or quoted (``honoured``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from liaison.extract.honoured import is_honoured
from liaison.extract.name_spans import NamedPerson
from liaison.extract.partners import gazetteer, implied_partners, name_in_post
from liaison.extract.positions import side_of
from liaison.model import Direction, Home, Participant, PartnerLevel
from liaison.text.phrases import inflect

WITH = re.compile(r"\bс(?:о)?\s+(?:[А-ЯЁа-яё-]+\s+){0,3}$")
LEADER_CUE = re.compile(r"во\s+главе\s+со?\b|под\s+руководством|headed\s+by|led\s+by", re.I)
CHAIR_CUE = re.compile(r"под\s+(?:совместным\s+)?председательством|(?:co-)?chaired\s+by", re.I)
# 'в соответствии с договорённостями, достигнутыми в ходе переговоров X с Y': the contact
# the people are named in is another one, recalled.
RECALLED = re.compile(r"\b(?:в\s+ходе|в\s+рамках|по\s+итогам|в\s+соответствии)\b", re.I)


@dataclass(frozen=True, slots=True)
class Roles:
    """Who led a contact and who chaired it."""

    leader: NamedPerson | None
    chairs: tuple[NamedPerson, ...] = ()


def taking_part(text: str, names: Sequence[NamedPerson]) -> list[NamedPerson]:
    """The names of people who may take part: not those honoured, remembered or quoted."""
    return [n for n in names if not is_honoured(text, n.span.start)]


def names_after(
    cue: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    names: Sequence[NamedPerson],
    joined: bool,
) -> list[NamedPerson]:
    """The person named after a cue ('во главе с …'), and with ``joined`` the one joined to
    it by 'и' ('под председательством X и Y')."""
    m = cue.search(text, start, end)
    if m is None:
        return []
    after = [n for n in names if n.span.start >= m.end()]
    found = after[:1]
    if joined and len(after) > 1 and re.match(r"\s+и\s", text[after[0].span.end :]):
        found.append(after[1])
    return found


def roles_of(
    text: str,
    clause: tuple[int, int],
    names: Sequence[NamedPerson],
    opens: bool,
    actor: str | None,
) -> Roles:
    """The leader: after a cue, else a co-chair, else the first person of a clause that opens
    with its kind ('визит X в …'), else the first person of the delegation's side.

    ``clause`` is the main clause: from the end of the bullet's dates to its first full stop.
    """
    start, end = clause
    led = names_after(LEADER_CUE, text, start, end, names, joined=False)
    chairs = tuple(names_after(CHAIR_CUE, text, start, end, names, joined=True))
    if led or chairs:
        return Roles((led or list(chairs))[0], chairs)
    in_clause = [n for n in names if n.span.start < end]
    if opens and in_clause:
        return Roles(in_clause[0])
    if opens and actor and not in_clause:
        side = [n for n in names if person_side(n) == actor]
        return Roles(side[0] if side else None)
    return Roles(None)


def person_side(
    named: NamedPerson, home: Home | None = None, known: Mapping[str, str] | None = None
) -> str | None:
    """'home' or 'partner' by the post stated with a name, else by the side ``known`` gives
    the name (the same person's post elsewhere in the document), None without either."""
    side = side_of(named.post.title, home or Home()) if named.post is not None else None
    if side is None and known:
        side = known.get(named.name)
    return None if side is None else ("home" if side == "home" else "partner")


def participants_of(
    names: Sequence[NamedPerson], roles: Roles, home: Home, known: Mapping[str, str] | None = None
) -> tuple[Participant, ...]:
    """Everyone named, once each, with the first post stated for them, their role and side
    (by that post, else as ``known`` gives it: told elsewhere in the document)."""
    chairs = {n.name for n in roles.chairs}
    leader = roles.leader.name if roles.leader else None
    posts: dict[str, str | None] = {}
    for n in names:
        if posts.get(n.name) is None:
            posts[n.name] = n.post.title if n.post else None
    found = []
    for name, title in posts.items():
        role = "co-chair" if name in chairs else "leader" if name == leader else "participant"
        side = (side_of(title, home) if title else None) or (known or {}).get(name)
        found.append(Participant(name=name, position=title, role=role, side=side))
    return tuple(found)


def acting(
    present: Sequence[NamedPerson], clause: tuple[int, int], happened_at: int | None
) -> list[NamedPerson]:
    """The people of a clause that does not open with its contact who act in it: all of
    the clause's, when one of them is its subject ('Бочаров А.И. принял …', 'Рахман
    Мустафаев, Посол …, посетил …') or they follow the words saying the contact took place
    (``happened_at``: 'состоялась встреча Губернатора … с …'); none when they are named
    only in passing."""
    inside = [n for n in present if n.span.start < clause[1]]
    if any("nomn" in n.cases for n in inside):
        return inside
    return [n for n in inside if n.span.start > happened_at] if happened_at else []


def head_of_side(
    text: str,
    present: Sequence[NamedPerson],
    side: str,
    home: Home,
    known: Mapping[str, str] | None = None,
) -> NamedPerson | None:
    """The first person of ``side`` ('home' or 'partner'); for the visitors, when the posts
    do not tell, the one beside the home side's people whose post is not told, else the one
    a meeting is with ('встреча ректора … с Драганом Станковичем, проректором …')."""
    sides = [person_side(n, home, known) for n in present]
    found = next((n for n, s in zip(present, sides, strict=True) if s == side), None)
    if found is not None or side != "partner":
        return found
    if "home" in sides:
        return next((n for n, s in zip(present, sides, strict=True) if s is None), None)
    return next(
        (n for n in present[1:] if WITH.search(text, n.span.start - 40, n.span.start)), None
    )


def is_resident(named: NamedPerson, home: Home) -> bool:
    """Whether a partner's person serves in the home region ('Генеральный консул Исламской
    Республики Иран в г. Астрахани'): nobody travels to meet them."""
    if named.post is None or person_side(named, home) != "partner":
        return False
    return side_of(named.post.title.split(" в ", 1)[-1], home) == "home"


def at_home_with_resident(
    direction: Direction, present: Sequence[NamedPerson], home: Home
) -> Direction:
    """A contact the text gives no place for, with a partner's person resident in the home
    region, took place at home: incoming."""
    if direction is Direction.UNKNOWN and any(is_resident(n, home) for n in present):
        return Direction.INCOMING
    return direction


# The heads of a territory: a post of one of them names its territory ('аким
# Атырауской области'); said alone after a delegation's cue, the territory is the
# delegation's own.
TERRITORY_HEADS = frozenset(
    ("аким", "хяким", "хоким", "губернатор", "мэр", "глава", "генерал-губернатор", "вали")
)  # fmt: skip


def delegation_post(text: str, post_start: int, title: str, home: Home) -> str:
    """A bare territory head's post completed with the region of the delegation it leads:
    'делегация Западно-Казахстанской области во главе с акимом …' → 'аким
    Западно-Казахстанской области'; any other post as it is.

    >>> t = "A delegation from Kazakhstan's Atyrau Region headed by Akim Serik Shapkenov"
    >>> delegation_post(t, t.index("Akim"), "аким", Home())
    'аким Атырауской области'
    >>> delegation_post("губернатор Игорь Бабушкин", 0, "губернатор", Home())
    'губернатор'
    """
    if title.lower() not in TERRITORY_HEADS:
        return title
    cue = LEADER_CUE.search(text, max(0, post_start - 20), post_start)
    if cue is None or text[cue.end() : post_start].strip():
        return title
    clause = re.split(r"[.;:!?\t\n]", text[max(0, cue.start() - 120) : cue.start()])[-1]
    if (delegation := DELEGATION.search(clause)) is not None:
        clause = clause[delegation.start() :]  # 'Ашхабад. Визит делегации Астраханской …'
    if side_of(clause, home) == "home":
        return f"{title} {inflect(home.name, 'gent')}"
    regions = [
        gazetteer().partners[code]
        for code in implied_partners(clause, home)
        if gazetteer().partners[code].level is not PartnerLevel.COUNTRY
    ]
    if len(regions) != 1:
        return title
    return f"{title} {inflect(name_in_post(regions[0]), 'gent')}"


DELEGATION = re.compile(r"делегаци|delegation", re.I)

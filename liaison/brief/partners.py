"""Finding the partner a user asked for, and every partner that lies inside it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from liaison.errors import NotFound
from liaison.model import KnowledgeBase, Partner
from liaison.text.forms import is_whole_name
from liaison.text.morph import lemmas


def normalise(name: str) -> str:
    """A name folded for comparison: case, 'ё', runs of white space.

    >>> normalise("  Могилёвская   ОБЛАСТЬ ")
    'могилевская область'
    """
    return " ".join(name.casefold().replace("ё", "е").split())


def partner_names(partner: Partner) -> list[str]:
    """Every name a user may type for ``partner``: code, Russian, English, aliases."""
    names = [partner.id, partner.name, partner.name_en, *partner.aliases]
    return [n for n in names if n]


def find_partner(partners: Iterable[Partner], query: str) -> Partner:
    """The partner named by an ISO code or any of its names, in any case or word form.

    >>> by = Partner(id="BY", name="Беларусь", aliases=("Республика Беларусь",), entered_by="t")
    >>> find_partner([by], "Республики Беларусь").id
    'BY'
    >>> vitebsk = Partner(id="BY-VI-VITEBSK", name="Витебск", name_en="Vitebsk", entered_by="t")
    >>> find_partner([by, vitebsk], "Витебском").id
    'BY-VI-VITEBSK'

    Raises NotFound with the closest names as the hint when nothing matches.
    """
    wanted = normalise(query)
    candidates = list(partners)
    for partner in candidates:
        if wanted in {normalise(n) for n in partner_names(partner)}:
            return partner
    # Any word form: "Беларуси", "Могилевской области", "Азербайджаном".
    forms = tuple(lemmas(query))
    for partner in candidates:
        if forms in {tuple(lemmas(n)) for n in partner_names(partner)}:
            return partner
    # Any reading of each word, any script: "Витебском" (not "витебский"), "Vitebsk".
    named = [p for p in candidates if any(is_whole_name(query, n) for n in partner_names(p))]
    if not named:  # the place's own word alone: 'Мангистауской', 'Mangystau', 'Апшеронского'
        core = name_core(query)
        named = [p for p in candidates if core and core in map(name_core, partner_names(p))]
    if len(named) == 1:
        return named[0]
    if named:
        raise NotFound(
            f"{query!r} names several partners: " + ", ".join(f"{p.name} ({p.id})" for p in named),
            "give the code of the one you mean",
        )
    raise NotFound(
        f"no partner {query!r} in the knowledge base", close_names_hint(candidates, query)
    )


# Words that say what kind of place a partner is, which a user asking for it may leave out.
PLACE_KINDS = frozenset(
    ("область", "области", "region", "province", "провинция", "провинции", "район",
     "района", "district", "край", "края", "oblast", "велаят", "велаята", "ил", "устан")
)  # fmt: skip
ADJECTIVE_ENDING = re.compile(r"(?:ая|яя|ой|ей|ую|юю|ого|его|ому|ему|ий|ый|ым|им|ом|ем|ое|ее)$")


def name_core(name: str) -> tuple[str, ...]:
    """A place's name without its kind, each word without an adjective's ending: what
    stays the same in 'Мангистауская область', 'Мангистауской', 'Mangystau Region'.

    >>> name_core("Мангистауская область") == name_core("Мангистауской")
    True
    >>> name_core("Mangystau Region"), name_core("Атырау")
    (('mangystau',), ('атырау',))
    """
    words = [w for w in normalise(name).split() if w not in PLACE_KINDS]
    return tuple(ADJECTIVE_ENDING.sub("", w) for w in words)


def close_names_hint(partners: list[Partner], query: str) -> str:
    """'did you mean: …' with up to five close names, or how to list them all."""
    choices = {normalise(n): n for p in partners for n in (p.name, p.name_en, p.id) if n}
    found = process.extract(normalise(query), list(choices), scorer=fuzz.WRatio, limit=5)
    close = [choices[name] for name, score, _ in found if score >= 50]
    if close:
        return "did you mean: " + ", ".join(close)
    if not partners:
        return "the knowledge base has no partners yet; ingest a note first"
    return "give an ISO code (AZ) or a name in Russian or English"


def descendants(partners: Iterable[Partner], root: Partner) -> tuple[Partner, ...]:
    """``root`` and every partner inside it: by ``parent`` links, or by ``country``
    when ``root`` is a country."""
    pool = list(partners)
    found = {root.id: root}
    changed = True
    while changed:  # the hierarchy is a few levels deep; repeat until nothing is added
        changed = False
        for partner in pool:
            if partner.id not in found and is_inside(partner, root, found):
                found[partner.id] = partner
                changed = True
    return tuple(found.values())


def is_inside(partner: Partner, root: Partner, found: dict[str, Partner]) -> bool:
    """Whether ``partner`` lies in ``root`` or in a partner already found inside it."""
    if partner.parent is not None and partner.parent in found:
        return True
    return root.parent is None and bool(partner.country) and partner.country == root.id


def partner_ids(kb: KnowledgeBase, query: str) -> tuple[Partner, tuple[Partner, ...]]:
    """The partner named by ``query`` and every partner it contains (itself first)."""
    root = find_partner(kb.partners, query)
    return root, descendants(kb.partners, root)

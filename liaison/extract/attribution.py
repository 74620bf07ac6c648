"""Which partner a figure or a statement is about, on pages that speak of several.

A figure belongs to the partner named nearest to it: first within its clause (the stretch
between commas, dashes, colons and semicolons around the number), else the nearest named
before it in the sentence, else the nearest after. Words for several partners at once
("the Caspian states", "СНГ", "иностранных студентов"; ``data/partner_groups.tsv``) count
as a name of no partner: "more than 3,100 students from the Caspian states …, 1,300 of
them from Turkmenistan" is a figure of no one partner and a figure of TM.

On a page about several partners written as running paragraphs (corpus 002), every
sentence that names partners is a statement of those partners and only of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from liaison.data import DATA_DIR, load_records
from liaison.extract.context import Context
from liaison.extract.facts import years_in
from liaison.extract.organizations import organization_names
from liaison.extract.partners import (
    LemmaTable,
    finest_partner,
    gazetteer,
    hits_within,
    lemma_key,
    lemma_table,
    match_lemmas,
    tokens_between,
)
from liaison.extract.spheres import SectionKind, parts, sentences, spheres_in
from liaison.model import BlockKind, Document, Fact, Home, Mention, Sphere, make_id

PARTNER_GROUPS = DATA_DIR / "partner_groups.tsv"
CLAUSE_BREAK = re.compile(r",\s|[;:()]|\s[–—-]\s")  # not the comma of "3,100"
# A page is about several partners when it names at least this many foreign countries.
SEVERAL = 3
RULE = "facts_from_partner_sentences"


@dataclass(frozen=True, slots=True)
class Named:
    """Words in a sentence that name a partner, or several at once (``partner`` None)."""

    start: int
    end: int
    partner: str | None


@cache
def group_table() -> LemmaTable[bool]:
    """The lemma sequences of words for several partners at once."""
    return lemma_table({lemma_key(r["cue"]): True for r in load_records(PARTNER_GROUPS)})


def named_in(text: str, home: Home, start: int, end: int) -> list[Named]:
    """Partners and groups of partners a stretch of text names, in text order."""
    found = [Named(h.start, h.end, h.partner) for h in hits_within(text, home, start, end)]
    toks = tokens_between(text, start, end)
    found += [
        Named(toks[i].start, toks[j - 1].end, None) for i, j, _ in match_lemmas(toks, group_table())
    ]
    return sorted(found, key=lambda n: n.start)


def clause_around(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The clause of ``text[start:end]`` that holds offset ``at``."""
    begin, finish = start, end
    for m in CLAUSE_BREAK.finditer(text, start, end):
        if m.end() <= at:
            begin = m.end()
        elif m.start() >= at:
            finish = m.start()
            break
    return begin, finish


def nearest(named: Sequence[Named], at: int) -> Named:
    """The one of ``named`` closest to offset ``at``."""
    return min(named, key=lambda n: abs(n.start - at) if n.start >= at else abs(at - n.end))


def partner_near(
    text: str, home: Home, sentence: tuple[int, int], at: int
) -> tuple[bool, str | None, str | None]:
    """Whether the sentence names any partner or group, the partner of the figure at
    ``at`` (None for a group), and the group's words when it is a group's."""
    named = named_in(text, home, *sentence)
    if not named:
        return False, None, None
    clause = clause_around(text, *sentence, at)
    pool = (
        [n for n in named if clause[0] <= n.start < clause[1]]
        or [n for n in named if n.end <= at]
        or named
    )
    best = nearest(pool, at)
    if best.partner is None:
        return True, None, text[best.start : best.end]
    # "Kazakhstan's Atyrau region": the finest of the partners named side by side.
    around = [n.partner for n in pool if n.partner and abs(n.start - best.start) < 40]
    ancestors = gazetteer().ancestors
    finer = [p for p in around if best.partner in ancestors(p)]
    return True, (finer[0] if finer else best.partner), None


def is_about_several(doc: Document, home: Home) -> bool:
    """A page of running paragraphs (no list, whose items other rules read) that names
    several foreign countries."""
    if any(p.kind in (BlockKind.BULLET, BlockKind.SUBBULLET) for p in parts(doc)):
        return False
    gaz = gazetteer()
    named = {
        gaz.partners[h.partner].country
        for h in hits_within(doc.text, home, 0, len(doc.text))
        if h.is_name
    }
    return len(named - {home.country}) >= SEVERAL


def facts_from_partner_sentences(doc: Document, ctx: Context) -> Iterator[Fact]:
    """On a page about several partners, each sentence that names partners is a statement
    of those partners only (a sentence about a group of them, of none)."""
    if not is_about_several(doc, ctx.home):
        return
    for part in parts(doc):
        if part.kind in (BlockKind.TITLE, BlockKind.HEADING) or part.section == SectionKind.TITLE:
            continue
        for start, end in sentences(doc.text, part.start, part.end):
            partners = finest_partner(
                n.partner for n in named_in(doc.text, ctx.home, start, end) if n.partner
            )
            if not partners:
                continue
            words = doc.text[start:end]
            sphere = next(iter(spheres_in(words)), Sphere.OTHER)
            yield Fact(
                id=make_id("fact", sphere, " ".join(words.split())),
                sphere=sphere,
                text=words,
                years=years_in(doc.text, start, end),
                organizations=organization_names(doc.text, start, end),
                partners=tuple(partners),
                mentions=(Mention(start=start, end=end, rule=RULE),),
            )

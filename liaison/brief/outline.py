"""Statements laid out as their source laid them out: a lead ending in ':' and its items.

A reference note writes 'Реализован ряд проектов …:' as a bullet and the projects as
'- …' items under it. Extraction keeps each item as a statement of its own; the blocks
of the source document (level 1 under a level-0 bullet) tell which lead an item hangs
under. An item is shown under its lead only when the lead is shown right before it (or
a sibling that is); otherwise it stands as a bullet of its own. A lead left with no
item under it (the period dropped them all) is not shown: it would announce nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from liaison.model import Block, BlockKind, Document, Fact

Place = tuple[str, int]
"""(document id, offset of a block's first character)."""


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a statement stands in its source: its block, and the lead it hangs under."""

    block: Place | None = None
    lead: Place | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """A statement as the note shows it: as a bullet, or nested under the lead before it;
    ``last`` marks the final item of a run of nested ones."""

    fact: Fact
    nested: bool = False
    last: bool = True


def outline(facts: Sequence[Fact], documents: Mapping[str, Document]) -> list[Item]:
    """The statements of one sphere, in the order given, each marked nested or not; leads
    with nothing under them left out."""
    items: list[Item] = []
    before: Placement | None = None
    before_nested = False
    for fact in facts:
        place = placement(fact, documents)
        nested = hangs_under(place, before, before_nested)
        items.append(Item(fact, nested))
        before, before_nested = place, nested
    return mark_last(drop_bare_leads(items))


def hangs_under(place: Placement, before: Placement | None, before_nested: bool) -> bool:
    """Whether an item shows under the statement before it: that one is its lead, or is
    nested under the same lead."""
    if place.lead is None or before is None:
        return False
    return place.lead == before.block or (before_nested and place.lead == before.lead)


def placement(fact: Fact, documents: Mapping[str, Document]) -> Placement:
    """The block of the statement's first mention and, for a nested item, its lead."""
    mention = next((m for m in fact.mentions if m.document), None)
    doc = documents.get(mention.document or "") if mention is not None else None
    if mention is None or doc is None or not doc.blocks:
        return Placement()
    index = block_at(doc.blocks, mention.start)
    if index is None:
        return Placement()
    block = doc.blocks[index]
    if block.level == 0:
        return Placement((doc.id, block.start))
    lead = lead_of(doc.blocks, index)
    return Placement((doc.id, block.start), (doc.id, lead.start) if lead else None)


def block_at(blocks: Sequence[Block], offset: int) -> int | None:
    """The index of the block holding ``offset`` (blocks are in text order), or None."""
    index = bisect_right([b.start for b in blocks], offset) - 1
    if index < 0 or offset >= blocks[index].end:
        return None
    return index


def lead_of(blocks: Sequence[Block], index: int) -> Block | None:
    """The top-level bullet or paragraph a nested block hangs under; None past a heading."""
    for block in reversed(blocks[:index]):
        if block.kind in (BlockKind.HEADING, BlockKind.TITLE):
            return None
        if block.level == 0:
            return block
    return None


def is_lead(text: str) -> bool:
    """Whether a statement announces items after it ('… принимали участие в:').

    >>> is_lead("Проведены: "), is_lead("Проведены: концерты.")
    (True, False)
    """
    return text.rstrip().endswith(":")


def drop_bare_leads(items: list[Item]) -> list[Item]:
    """The items without the leads that no nested item follows."""
    kept = []
    for index, item in enumerate(items):
        follows = index + 1 < len(items) and items[index + 1].nested
        if is_lead(item.fact.text) and not follows:
            continue
        kept.append(item)
    return kept


def mark_last(items: list[Item]) -> list[Item]:
    """The items with ``last`` false on a nested one that another nested one follows."""
    marked = []
    for index, item in enumerate(items):
        follows = index + 1 < len(items) and items[index + 1].nested
        marked.append(Item(item.fact, item.nested, not (item.nested and follows)))
    return marked

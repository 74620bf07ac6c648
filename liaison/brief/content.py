"""What goes into a note: the knowledge base narrowed to one partner, a period and spheres.

Selection is separate from writing so every format (md, html, docx, pdf, chronology
tables) says the same things in the same order. Nothing without a source is selected:
a fact needs a mention naming a document, or the name of the person who typed it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from liaison.brief.dates import parse_signed
from liaison.brief.filters import Filters, note_filters, passes
from liaison.brief.home import involves_home
from liaison.brief.partners import partner_ids
from liaison.model import (
    Agreement,
    AgreementStatus,
    Change,
    ChangeAction,
    Conflict,
    Document,
    Event,
    Fact,
    Home,
    Indicator,
    KnowledgeBase,
    Mention,
    Partner,
    PartnerLevel,
    Person,
    Sphere,
)

ConflictValue = tuple[str, Any, str]
"""(field, the other value, id of the document that gives it) for one fact."""

KINDS = ("agreements", "facts", "indicators", "events")
STATUS_RANK = {
    AgreementStatus.IN_FORCE: 0,
    AgreementStatus.BEING_IMPLEMENTED: 0,
    AgreementStatus.SIGNED: 1,
    AgreementStatus.UNKNOWN: 2,
    AgreementStatus.SUPERSEDED: 3,
}
LEVEL_RANK = {
    PartnerLevel.COUNTRY: 0,
    PartnerLevel.REGION: 1,
    PartnerLevel.DISTRICT: 2,
    PartnerLevel.CITY: 3,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class NoteContent:
    """Everything one note says, selected and ordered, with what it needs to say it."""

    home: Home
    partner: Partner
    partners: tuple[Partner, ...]
    agreements: tuple[Agreement, ...] = ()
    facts: tuple[Fact, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    events: tuple[Event, ...] = ()
    persons: Mapping[str, Person] = field(default_factory=dict)
    documents: Mapping[str, Document] = field(default_factory=dict)
    all_agreements: Mapping[str, Agreement] = field(default_factory=dict)
    conflicts: Mapping[str, tuple[ConflictValue, ...]] = field(default_factory=dict)
    corrected: Mapping[str, frozenset[str]] = field(default_factory=dict)
    filters: Filters = field(default_factory=Filters)
    skipped: Mapping[str, int] = field(default_factory=dict)

    @property
    def skipped_total(self) -> int:
        """How many statements about this partner were left out for lack of a source."""
        return sum(self.skipped.values())


def select_note(
    kb: KnowledgeBase,
    partner: str,
    *,
    home: Home | None = None,
    start: date | None = None,
    end: date | None = None,
    spheres: Iterable[Sphere] | None = None,
    since: date | None = None,
    inactive_agreements: bool = False,
    conflicts: Mapping[str, Iterable[ConflictValue]] | None = None,
) -> NoteContent:
    """The note on ``partner`` (ISO code or any name; a country brings its regions and
    cities): contacts in ``start``..``end``, statements dated in it, ``spheres``, what is
    new ``since`` a date. Agreements in force and being implemented are listed, and with
    ``inactive_agreements`` the signed and superseded too. Conflicting values (``kb``'s and
    ``conflicts``: {fact id: [(field, value, document id), …]}) are shown beside the value
    kept. Raises NotFound for an unknown partner, LiaisonError when start > end.
    """
    filters = note_filters(start, end, spheres, since, inactive_agreements)
    root, inside = partner_ids(kb, partner)
    documents = {d.id: d for d in kb.documents}
    skipped: dict[str, int] = {}
    home = home or Home()
    picked = pick_all(kb, member_ids(kb, root, inside), filters, home, documents, skipped)
    return NoteContent(
        home=home,
        partner=root,
        partners=inside,
        **in_note_order(picked, kb.facts, inside, list(documents)),
        persons=persons_by_name(kb.persons),
        documents=documents,
        all_agreements={a.id: a for a in kb.agreements},
        conflicts=conflicts_by_fact(kb.conflicts, conflicts or {}),
        corrected=corrected_fields(kb.changes),
        filters=filters,
        skipped=skipped,
    )


def corrected_fields(log: Iterable[Change]) -> dict[str, frozenset[str]]:
    """The fields people corrected, by fact id, as the audit log leaves them: a correction
    counts while it stands (an undo takes it away, an undo of that brings it back)."""
    standing: dict[str, Change] = {}
    by_id: dict[str, Change] = {}
    for change in log:
        by_id[change.id] = change
        standing[change.id] = change
        undone = by_id.get(change.undoes or "")
        if undone is not None:
            standing.pop(undone.id, None)
            if undone.undoes in by_id:  # undoing an undo: what it undid stands again
                standing[undone.undoes] = by_id[undone.undoes]
    fields: dict[str, set[str]] = {}
    for change in standing.values():
        if change.field and change.action in (ChangeAction.CORRECT, ChangeAction.REJECT):
            fields.setdefault(change.fact_id, set()).add(change.field)
    return {fact_id: frozenset(names) for fact_id, names in fields.items()}


def in_note_order(
    picked: Mapping[str, list[Any]],
    facts: Iterable[Fact],
    inside: Iterable[Partner],
    documents: list[str],
) -> dict[str, tuple[Any, ...]]:
    """The picked items as the note orders them: agreements active first and the country's
    before its regions'; statements in their source's order; contacts by date; figures
    that a statement of the knowledge base already says left out."""
    levels = {p.id: LEVEL_RANK.get(p.level, 9) for p in inside}
    rank = {doc_id: n for n, doc_id in enumerate(documents)}
    every_fact = tuple(facts)
    return {
        "agreements": tuple(sorted(picked["agreements"], key=lambda a: agreement_key(a, levels))),
        "facts": tuple(sorted(picked["facts"], key=lambda f: source_order(f, rank))),
        "indicators": tuple(i for i in picked["indicators"] if not stated_in_facts(i, every_fact)),
        "events": tuple(sorted(picked["events"], key=lambda e: (e.start, e.end, e.title))),
    }


def conflicts_by_fact(
    stored: Iterable[Conflict], extra: Mapping[str, Iterable[ConflictValue]]
) -> dict[str, tuple[ConflictValue, ...]]:
    """The other values of each fact: the knowledge base's and the ones passed in."""
    found: dict[str, list[ConflictValue]] = {}
    for conflict in stored:
        value = (conflict.field, conflict.value, conflict.document or "")
        found.setdefault(conflict.fact_id, []).append(value)
    for fact_id, values in extra.items():
        found.setdefault(fact_id, []).extend(values)
    return {k: unique(v) for k, v in found.items()}


def unique(values: list[ConflictValue]) -> tuple[ConflictValue, ...]:
    """The values without repeats, in order (a value may be a list: compared by repr)."""
    seen: dict[str, ConflictValue] = {}
    for value in values:
        seen.setdefault(repr(value), value)
    return tuple(seen.values())


def member_ids(kb: KnowledgeBase, root: Partner, inside: Iterable[Partner]) -> set[str]:
    """Ids of the partners inside ``root``, and the ids items name under its code that
    have no partner record ('BY-BR' for an agreement with the Brest region, when only
    its city was recorded): such an item is still about ``root``."""
    known = {p.id for p in kb.partners}
    prefix = f"{root.id}-"
    named = {p for kind in KINDS for item in getattr(kb, kind) for p in item_partners(item)}
    return {p.id for p in inside} | {p for p in named - known if p.startswith(prefix)}


def pick_all(
    kb: KnowledgeBase,
    ids: set[str],
    filters: Filters,
    home: Home,
    documents: Mapping[str, Document],
    skipped: dict[str, int],
) -> dict[str, list[Any]]:
    """The agreements, facts, indicators and events of the note, by kind: those that pass
    the filters and that the home side itself took part in."""
    return {
        kind: [
            item
            for item in pick(getattr(kb, kind), ids, filters, documents, skipped, kind)
            if involves_home(item, home, documents)
        ]
        for kind in KINDS
    }


def pick(
    items: Iterable[Any],
    ids: set[str],
    filters: Filters,
    documents: Mapping[str, Document],
    skipped: dict[str, int],
    kind: str,
) -> list[Any]:
    """The items about the partners ``ids`` that pass the filters; counts the unsourced."""
    out = []
    for item in items:
        if not ids.intersection(item_partners(item)):
            continue
        if not has_source(item):
            skipped[kind] = skipped.get(kind, 0) + 1
            continue
        if passes(item, filters, documents):
            out.append(item)
    return out


def item_partners(item: Any) -> tuple[str, ...]:
    """Partner ids an item names (an indicator names one)."""
    if isinstance(item, Indicator):
        return (item.partner,) if item.partner else ()
    return tuple(item.partners)


def has_source(item: Any) -> bool:
    """A mention naming a document, or a person who typed it."""
    return bool(item.entered_by) or any(m.document for m in item.mentions)


def agreement_key(agreement: Agreement, levels: Mapping[str, int]) -> tuple[Any, ...]:
    """Active first; then the country's before its regions' and cities'; then by year, an
    agreement whose year no source states after those dated."""
    level = min((levels.get(p, 9) for p in agreement.partners), default=9)
    signed = parse_signed(agreement.signed)
    year = signed.year if isinstance(signed, date) else (signed or 0)
    return (STATUS_RANK.get(agreement.status, 2), level, not year, year, agreement.title)


def source_order(item: Any, rank: Mapping[str, int]) -> tuple[int, int, int]:
    """Where an item was first mentioned: documents in the order they were ingested, then
    by offset; typed items, which have no place in a source, after all of them.

    The notes order a sphere's statements themselves (a lead ending in ':' and then its
    items), so their order is kept rather than re-sorted by year.
    """
    spots = [(rank.get(m.document, len(rank)), m.start) for m in item.mentions if m.document]
    if not spots:
        return (1, 0, 0)
    return (0, *min(spots))


def stated_in_facts(indicator: Indicator, facts: Iterable[Fact]) -> bool:
    """Whether a statement of the knowledge base already says the figure: its source span
    lies inside the statement's (whether or not that statement is in this note), or a
    typed statement on the same partner carries its words."""
    words = " ".join(indicator.text.split())
    for fact in facts:
        if any(span_within(m, n) for m in indicator.mentions for n in fact.mentions):
            return True
        typed = not fact.mentions and indicator.partner in fact.partners
        if typed and words and words in " ".join(fact.text.split()):
            return True
    return False


def span_within(inner: Mention, outer: Mention) -> bool:
    """Whether ``inner`` lies inside ``outer`` in the same document."""
    same = bool(inner.document) and inner.document == outer.document
    return same and outer.start <= inner.start and inner.end <= outer.end


def persons_by_name(persons: Iterable[Person]) -> dict[str, Person]:
    """People by their canonical name, the key events and facts refer to them by."""
    return {p.name: p for p in persons}


def source_keys(item: Any) -> tuple[str, ...]:
    """The documents an item comes from, in order, then 'entered_by:' when a person typed or
    corrected it: a corrected statement names both its documents and its corrector."""
    keys = list(dict.fromkeys(m.document for m in item.mentions if m.document))
    if item.entered_by:
        keys.append(f"entered_by:{item.entered_by}")
    return tuple(keys)

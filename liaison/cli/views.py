"""Rich renderings of what the commands found; pure functions from model objects to tables."""

from __future__ import annotations

import json
import shlex
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from liaison.cli.app import printable
from liaison.errors import NotFound
from liaison.model import (
    Agreement,
    Change,
    ChangeAction,
    Event,
    Extraction,
    KnowledgeBase,
    Partner,
    Person,
    label,
)
from liaison.store.review import ReviewItem
from liaison.text.forms import any_names
from liaison.text.paths import readable_path

FACT_KINDS = ("agreements", "events", "persons", "organizations", "facts", "indicators")


def ingest_table(outcomes: Sequence[Any]) -> Table:
    """One row per file: what became of it and how much was found."""

    table = Table(title="Ingested", title_justify="left")
    table.add_column("file", overflow="fold")
    table.add_column("status")
    table.add_column("found")
    for o in outcomes:
        style = {"failed": "red", "unchanged": "dim", "new_version": "yellow"}.get(
            o.status, "green"
        )
        found = o.found or (found_line(o.extraction) if o.extraction else "")
        status = Text(str(o.status).replace("_", " "), style=style)
        add_row(table, Path(readable_path(o.path)).name, status, found)
    return table


def add_row(table: Table, *cells: str | Text) -> None:
    """A row whose text cells are printable: a name or title never forges a line."""
    table.add_row(*(printable(c) if isinstance(c, str) else c for c in cells))


def counted(n: int, plural: str) -> str:
    """'1 agreement', '38 events', '5 search entries'.

    >>> counted(1, "agreements"), counted(2, "files"), counted(1, "search_entries")
    ('1 agreement', '2 files', '1 search entry')
    """
    words = plural.replace("_", " ")
    if n != 1:
        return f"{n} {words}"
    return f"{n} {words[:-3] + 'y' if words.endswith('ies') else words.removesuffix('s')}"


def found_line(result: Extraction) -> str:
    """'38 events, 7 agreements, …' for one document."""
    return ", ".join(counted(len(getattr(result, k)), k) for k in FACT_KINDS)


def outcomes_line(outcomes: Sequence[Any]) -> str:
    """How many files ended how, in one line: '3 files: 2 new, 1 unchanged'."""
    statuses = Counter(str(o.status).replace("_", " ") for o in outcomes)
    parts = ", ".join(f"{n} {status}" for status, n in sorted(statuses.items()))
    return f"{counted(len(outcomes), 'files')}: {parts}" if outcomes else "no files to read"


def counts_line(counts: dict[str, int]) -> str:
    """The knowledge base in one line."""
    return "Knowledge base now holds: " + ", ".join(counted(v, k) for k, v in counts.items())


def unplaced_line(path: Path, words: Sequence[str]) -> Text:
    """One line for a document whose relative dates have nothing to count from."""

    quoted = ", ".join(f"«{w}»" for w in words[:5]) + (" …" if len(words) > 5 else "")
    return Text(
        printable(
            f"{readable_path(path)}: states no date to place {quoted}; the contacts on those "
            "days are left out: give the publication date with --published DATE and ingest it "
            "again"
        ),
        style="yellow",
    )


def extraction_summary(result: Extraction) -> Group:
    """What one document gave: counts, then the chronology."""
    doc = result.document
    head = Text(
        printable(f"{doc.path}  ({doc.format}, {doc.lang}, {len(doc.text)} chars)"), style="bold"
    )
    counts = Text(found_line(result))
    unplaced = [unplaced_line(Path(doc.path), result.unplaced)] if result.unplaced else []
    return Group(
        head,
        Text(printable(doc.title or ""), style="italic"),
        counts,
        *unplaced,
        events_table(result.events),
        agreements_table(result.agreements),
        persons_table(result.persons),
    )


def agreements_table(agreements: Iterable[Agreement]) -> Table:
    """Agreements in the source's order: kind, title, signed, status."""
    table = Table(title="Agreements", title_justify="left")
    for column in ("kind", "title", "signed", "status"):
        table.add_column(column)
    for a in agreements:
        kind, status = label(a.kind, "en"), label(a.status, "en")
        table.add_row(kind, printable(a.title), a.signed or "", status)
    return table


def persons_table(persons: Iterable[Person]) -> Table:
    """People with the posts the document gives them."""
    table = Table(title="People", title_justify="left")
    for column in ("name", "posts"):
        table.add_column(column)
    for person in sorted(persons, key=lambda p: p.name):
        posts = "; ".join(dict.fromkeys(p.title for p in person.positions))
        table.add_row(printable(person.name), printable(posts))
    return table


def events_table(events: Iterable[Event], title: str = "Chronology") -> Table:
    """Contacts as a table: dates, kind, direction, place, leader."""
    table = Table(title=title, title_justify="left")
    for column in ("dates", "kind", "direction", "place", "leader", "id"):
        table.add_column(column)
    for e in sorted(events, key=lambda e: (e.start, e.end)):
        dates = e.start.isoformat() if e.start == e.end else f"{e.start} – {e.end}"
        add_row(
            table,
            dates,
            label(e.kind, "en"),
            label(e.direction, "en"),
            e.place or "",
            e.leader or "",
            e.id,
        )
    return table


def search_table(hits: Sequence[Any], paths: dict[str, str]) -> Table:
    """Search hits, best first, each with the file it was read from."""
    table = Table(title="Found", title_justify="left")
    for column in ("kind", "what", "where", "id"):
        table.add_column(column)
    for hit in hits:
        where = paths.get(hit.document_id or "", hit.document_id or "")
        add_row(table, hit.kind, hit.snippet or hit.title, where, hit.id)
    return table


def partners_table(partners: Iterable[Partner], summary: Mapping[str, Mapping[str, int]]) -> Table:
    """Every partner with how many agreements, contacts and documents name it (``summary``
    by id, as ``Store.partner_summary`` gives it; the web's overview shows the same)."""
    table = Table(title="Partners", title_justify="left")
    for column in ("id", "name", "english", "level", "agreements", "contacts", "documents"):
        table.add_column(column)
    for p in sorted(partners, key=lambda p: (p.country, p.id)):
        counts = summary.get(p.id, {})
        add_row(
            table,
            p.id,
            p.name,
            p.name_en,
            label(p.level, "en"),
            *(str(counts.get(key, 0)) for key in ("agreements", "events", "documents")),
        )
    return table


def partner_view(kb: KnowledgeBase, query: str) -> Group:
    """A partner with its agreements and contacts, its regions and cities included."""
    from liaison.brief.partners import descendants, find_partner

    partner = find_partner(kb.partners, query)
    ids = {p.id for p in descendants(kb.partners, partner)}
    agreements = Table(title="Agreements", title_justify="left")
    for column in ("status", "title", "signed", "id"):
        agreements.add_column(column)
    for a in kb.agreements:
        if ids & set(a.partners):
            add_row(agreements, label(a.status), a.title, a.signed or "", a.id)
    events = [e for e in kb.events if ids & set(e.partners)]
    head = Text(printable(f"{partner.name} / {partner.name_en} ({partner.id})"), style="bold")
    return Group(head, agreements, events_table(events), figures_table(kb, ids))


def figures_table(kb: KnowledgeBase, ids: set[str]) -> Table:
    """The figures about a partner: value, unit, when, and the words they were read from."""
    table = Table(title="Figures", title_justify="left")
    for column in ("value", "unit", "as of / period", "words"):
        table.add_column(column)
    for i in kb.indicators:
        if i.partner in ids:
            when = i.as_of.isoformat() if i.as_of else period_text(i.period)
            add_row(table, f"{i.value:,.10g}", i.unit, when, i.text)
    return table


def period_text(period: Any) -> str:
    """'2024' or '2025–2026' for a period of years."""
    if period is None or period.from_ is None:
        return ""
    return str(period.from_) if period.to in (None, period.from_) else f"{period.from_}–{period.to}"


def person_view(kb: KnowledgeBase, query: str) -> Group:
    """A person found by any form of the name: aliases, posts with dates, contacts."""
    q = query.casefold()
    found = [
        p
        for p in kb.persons
        if any(q in n.casefold() for n in (p.name, *p.aliases))
        or any_names(query, (p.name, *p.aliases, p.full_name or "", p.name_en or ""))
    ]
    if not found:
        raise NotFound(
            f"no person matching {query!r}", "try the surname alone: liaison search NAME"
        )
    parts: list[Any] = []
    for person in found:
        parts.append(Text(printable(f"{person.name}  {person.name_en or ''}"), style="bold"))
        parts.append(Text(printable("forms seen: " + ", ".join(sorted(set(person.aliases))))))
        for pos in person.positions:
            seen = f"{pos.start or '?'} – {pos.end or '?'}"
            parts.append(Text(printable(f"  {pos.title}  ({seen})")))
        events = [
            e for e in kb.events if person.name in {e.leader, *(x.name for x in e.participants)}
        ]
        parts.append(events_table(events, title="Contacts"))
    return Group(*parts)


def event_view(kb: KnowledgeBase, event_id: str) -> Group:
    """One event: dates, kind, direction, people with posts, sources."""
    wanted = event_id if event_id.startswith("event:") else f"event:{event_id}"
    event = next((e for e in kb.events if e.id == wanted), None)
    if event is None:
        raise NotFound(f"no event {event_id!r}", "list events with: liaison show partner CODE")
    table = Table(show_header=False)
    add_row(table, "dates", f"{event.start} – {event.end}")
    add_row(table, "kind", label(event.kind, "en"))
    add_row(table, "direction", label(event.direction, "en"))
    add_row(table, "place", event.place or "")
    add_row(table, "leader", event.leader or "")
    add_row(table, "partners", ", ".join(event.partners))
    for p in event.participants:
        add_row(table, p.role, f"{p.name}, {p.position or ''}")
    titles = {d.id: d.title or d.path for d in kb.documents}
    for m in event.mentions:
        add_row(table, "source", f"{titles.get(m.document or '', m.document)} [{m.start}:{m.end}]")
    return Group(Text(printable(event.title), style="bold"), table)


def demo_commands(program: str, db: str) -> list[str]:
    """Commands to try on the demo's knowledge base, each ready to paste as printed.

    >>> demo_commands(".venv/bin/liaison", "liaison demo/kb.sqlite")[0]
    ".venv/bin/liaison --db 'liaison demo/kb.sqlite' search 'соглашения'"
    """
    base = f"{program} --db {shlex.quote(db)}"
    return [
        f"{base} search 'соглашения'",
        f"{base} show partner KZ",
        f"{base} brief TM --format md",
    ]


def shown_value(value: Any, width: int = 40) -> str:
    """A JSON value of the audit log on one short line: '2021', '[2019, 2021]', '—'.

    >>> shown_value(None), shown_value("Баку"), shown_value([2019, 2021])
    ('—', 'Баку', '[2019, 2021]')
    """
    if value is None:
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return printable(text if len(text) <= width else text[: width - 1] + "…")


def change_what(change: Change) -> str:
    """'event.leader: Алиев И.Г. → Бабушкин И.Ю.', or what a decision was about."""
    where = f"{change.fact_kind} {change.fact_id}"
    if change.action == ChangeAction.MERGE:
        before, after = change.before or {}, change.after or {}
        if "absorbed" in before:
            rule = f" ({after['rule']})" if after.get("rule") else ""
            return f"{where}: {before['absorbed']} merged in{rule}"
        return f"{where}: {after.get('absorbed')} split off again"
    if change.action == ChangeAction.UNDO and change.field is None:
        return f"{where}: {change.undoes} undone"
    if change.field is None:
        whole = "taken out" if change.after is None else "put back"
        return f"{where}: {whole}" if change.before != change.after else where
    if change.action == ChangeAction.ACCEPT:
        return f"{where} {change.field}: {shown_value(change.after)} kept"
    return f"{where} {change.field}: {shown_value(change.before)} → {shown_value(change.after)}"


def change_line(change: Change) -> Text:
    """One line for a change just made, with the command that takes it back."""
    return Text(
        printable(f"{change.action.value} {change.id}: {change_what(change)}")
        + f" (undo: liaison undo {change.id})"
    )


def audit_table(log: Sequence[Change], undone: set[str]) -> Table:
    """The audit log: one row per change, oldest first; undone ones dimmed."""
    table = Table(title="Audit log", title_justify="left")
    for name in ("change", "when (UTC)", "who", "action", "what"):
        table.add_column(name, overflow="fold")
    for change in log:
        style = "dim" if change.id in undone else ""
        action = change.action.value + (" (undone)" if change.id in undone else "")
        cells = (change.id, change.at.strftime("%Y-%m-%d %H:%M"), change.user, action)
        table.add_row(*(Text(printable(c), style=style) for c in (*cells, change_what(change))))
    return table


def review_table(items: Sequence[ReviewItem]) -> Table:
    """The review queue: one row per open item."""
    table = Table(title="Review queue", title_justify="left")
    for name in ("item", "reason", "fact", "field", "holds", "other source"):
        table.add_column(name, overflow="fold")
    for item in items:
        why = f"{item.reason}: {item.rule}"
        if item.documents:
            why += f" ({item.documents} documents)"
        fact = f"{item.fact_kind} {item.fact_id} {item.label}"
        add_row(
            table,
            item.id,
            why,
            fact,
            item.field or "",
            shown_value(item.value) if item.field else "",
            shown_value(item.proposed) if item.reason == "conflict" else "",
        )
    return table

"""The note as an ordered list of lines, the one shape every writer renders.

Order as in the office's notes: title; agreements (active first); 'ОСНОВНЫЕ
НАПРАВЛЕНИЯ СОТРУДНИЧЕСТВА' with one section per sphere (statements, then figures);
'ХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ.' with one line per contact. Each line keeps the
documents it comes from, so a writer can number them as footnotes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from liaison.brief.content import NoteContent, item_spheres, source_keys
from liaison.brief.dates import format_year_span
from liaison.brief.events import EventContext, event_line, make_event_context
from liaison.brief.lines import agreement_line, conflict_note, fact_lines, indicator_line
from liaison.brief.wording import SPHERE_HEADINGS, sphere_heading, text, title_lines
from liaison.model import Document, Fact, Indicator


@dataclass(frozen=True, slots=True)
class Line:
    """One paragraph of the note: heading, subheading, bullet or subbullet."""

    kind: str
    text: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Note:
    """A note ready to write: title lines, body lines and a label for every source."""

    lang: str
    title: tuple[str, ...]
    lines: tuple[Line, ...]
    source_labels: Mapping[str, str]


def build_note(content: NoteContent, lang: str = "ru") -> Note:
    """The lines of the note on ``content`` in ``lang`` ('ru' or 'en')."""
    lines = [*agreement_section(content, lang), *sphere_sections(content, lang)]
    lines += chronology_section(content, lang)
    keys = {key for line in lines for key in line.sources}
    labels = {key: source_label(key, content.documents, lang) for key in sorted(keys)}
    return Note(
        lang=lang,
        title=title_lines(content.home, content.partner, lang),
        lines=tuple(lines),
        source_labels=labels,
    )


def agreement_section(content: NoteContent, lang: str) -> list[Line]:
    """One bullet per agreement."""
    return [
        with_conflicts(Line("bullet", agreement_line(a, lang), source_keys(a)), a.id, content, lang)
        for a in content.agreements
    ]


def sphere_sections(content: NoteContent, lang: str) -> list[Line]:
    """'ОСНОВНЫЕ НАПРАВЛЕНИЯ СОТРУДНИЧЕСТВА' and a section per sphere that has anything."""
    lines: list[Line] = []
    for sphere in SPHERE_HEADINGS:
        facts = [f for f in content.facts if f.sphere is sphere]
        figures = [
            i
            for i in content.indicators
            if item_spheres(i)[0] is sphere and not repeats_fact(i, content.facts)
        ]
        if not facts and not figures:
            continue
        lines.append(Line("subheading", sphere_heading(sphere, lang)))
        for fact in facts:
            lines += fact_section(fact, content, lang)
        for figure in figures:
            line = Line("bullet", indicator_line(figure, lang), source_keys(figure))
            lines.append(with_conflicts(line, figure.id, content, lang))
    return [Line("heading", text("areas", lang)), *lines] if lines else []


def fact_section(fact: Fact, content: NoteContent, lang: str) -> list[Line]:
    """A statement's bullet (with its sources and conflicts) and its sub-items."""
    rows = fact_lines(fact, lang)
    if not rows:
        return []
    first = with_conflicts(Line("bullet", rows[0], source_keys(fact)), fact.id, content, lang)
    return [first, *(Line("subbullet", r.lstrip("-–· ").strip()) for r in rows[1:])]


def chronology_section(content: NoteContent, lang: str) -> list[Line]:
    """'ХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ.' and a line per contact."""
    if not content.events:
        return []
    ctx = event_context(content)
    lines = [Line("heading", chronology_heading(content, lang))]
    for event in content.events:
        line = Line("bullet", event_line(event, ctx, lang), source_keys(event))
        lines.append(with_conflicts(line, event.id, content, lang))
    return lines


def chronology_heading(content: NoteContent, lang: str) -> str:
    """The heading with the years asked for, or else the years of the contacts shown."""
    first = content.filters.start.year if content.filters.start else None
    last = content.filters.end.year if content.filters.end else None
    first = first or min(e.start.year for e in content.events)
    last = last or max(e.end.year for e in content.events)
    if lang == "en":
        return f"{text('chronology', lang)}, {format_year_span(first, last, lang)}"
    return f"{text('chronology', lang)} В {format_year_span(first, last, lang, upper=True)}"


def event_context(content: NoteContent) -> EventContext:
    """What event sentences need from the content: names to decline and translate."""
    return make_event_context(
        content.home,
        {p.id: p for p in content.partners},
        content.persons,
        content.all_agreements,
    )


def with_conflicts(line: Line, item_id: str, content: NoteContent, lang: str) -> Line:
    """The line with '(по данным другого источника: …)' before its full stop, and the
    documents giving the other values added to its sources."""
    conflicts = content.conflicts.get(item_id, ())
    if not conflicts:
        return line
    body = line.text[:-1] if line.text.endswith(".") else line.text
    others = tuple(doc for _, _, doc in conflicts if doc and doc not in line.sources)
    return Line(line.kind, f"{body}{conflict_note(conflicts, lang)}.", line.sources + others)


def repeats_fact(indicator: Indicator, facts: Iterable[Fact]) -> bool:
    """Whether a figure was read from a sentence already shown as a statement."""
    words = " ".join(indicator.text.split())
    for fact in facts:
        if words and words in " ".join(fact.text.split()):
            return True
        if any(spans_overlap(m, n) for m in indicator.mentions for n in fact.mentions):
            return True
    return False


def spans_overlap(a: Any, b: Any) -> bool:
    """Two mentions of the same document whose spans share a character."""
    return bool(a.document) and a.document == b.document and a.start < b.end and b.start < a.end


def source_label(key: str, documents: Mapping[str, Document], lang: str) -> str:
    """'Справка о сотрудничестве (note_az.docx, id 1a2b…)' or 'внесено вручную: Иванов'."""
    if key.startswith("entered_by:"):
        return f"{text('entered_by', lang)}: {key.removeprefix('entered_by:')}"
    doc = documents.get(key)
    if doc is None:
        return f"{text('document', lang)} {key}"
    name = PurePath(doc.path).name if doc.path else ""
    title = doc.title.strip() or name
    if name and name != title:
        return f"{title} ({name}, id {doc.id})"
    return f"{title} (id {doc.id})"


@dataclass(frozen=True, slots=True)
class Footnotes:
    """Footnote numbers per line ('' for none) and the numbered notes themselves."""

    refs: tuple[str, ...]
    notes: tuple[tuple[int, str], ...]


def number_sources(note: Note) -> Footnotes:
    """Number each distinct set of sources once, in order of first use: lines from the
    same documents share one footnote."""
    numbers: dict[frozenset[str], tuple[int, tuple[str, ...]]] = {}
    refs = []
    for line in note.lines:
        if not line.sources:
            refs.append("")
            continue
        entry = numbers.setdefault(frozenset(line.sources), (len(numbers) + 1, line.sources))
        refs.append(str(entry[0]))
    notes = tuple(
        (number, "; ".join(note.source_labels[k] for k in keys))
        for number, keys in numbers.values()
    )
    return Footnotes(refs=tuple(refs), notes=notes)

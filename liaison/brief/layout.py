"""The note as an ordered list of lines, the one shape every writer renders.

Order as in the office's notes: title; agreements (active first); 'ОСНОВНЫЕ
НАПРАВЛЕНИЯ СОТРУДНИЧЕСТВА' with one section per sphere (statements, then figures);
'ХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ.' with one line per contact. Each line keeps the
documents it comes from, so a writer can number them as footnotes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath

from liaison.brief.content import NoteContent, source_keys
from liaison.brief.dates import format_year_span
from liaison.brief.english import names_lookup
from liaison.brief.events import EventContext, event_line, is_cyrillic, make_event_context
from liaison.brief.figures import indicator_line
from liaison.brief.filters import item_spheres
from liaison.brief.lines import agreement_line, conflict_note, fact_lines
from liaison.brief.outline import Item, outline
from liaison.brief.statements_en import statement_en
from liaison.brief.wording import SPHERE_HEADINGS, sphere_heading, text, title_lines
from liaison.model import Document, Event, Indicator


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
    partners = {p.id: p for p in content.partners}
    return [
        with_conflicts(
            Line("bullet", agreement_line(a, lang, partners), source_keys(a)), a.id, content, lang
        )
        for a in content.agreements
    ]


def sphere_sections(content: NoteContent, lang: str) -> list[Line]:
    """'ОСНОВНЫЕ НАПРАВЛЕНИЯ СОТРУДНИЧЕСТВА' and a section per sphere that has anything
    to show: statements in their source's order and layout, then figures."""
    lines: list[Line] = []
    for sphere in SPHERE_HEADINGS:
        facts = [f for f in content.facts if f.sphere is sphere and readable(f.text, lang)]
        body: list[Line] = []
        for item in outline(facts, content.documents):
            body += fact_section(item, content, lang)
        for figure in content.indicators:
            if item_spheres(figure)[0] is sphere and readable(figure.text, lang):
                body += figure_section(figure, content, lang)
        if body:
            lines += [Line("subheading", sphere_heading(sphere, lang)), *body]
    return [Line("heading", text("areas", lang)), *lines] if lines else []


def readable(words: str, lang: str) -> bool:
    """Whether a statement's own words can stand in a note in ``lang``: a Russian note
    shows no English lines (there is nothing to say them from); an English note takes
    Russian ones, to say them in English or show them marked as Russian. Words that are
    not there (a figure typed as fields) are built in the note's language.

    >>> readable("over 3 thousand", "ru"), readable("свыше 10 тысяч гостей", "en")
    (False, True)
    """
    return lang == "en" or not words.strip() or is_cyrillic(words)


def fact_section(item: Item, content: NoteContent, lang: str) -> list[Line]:
    """A statement's line (with its sources and conflicts) and its own sub-items: a
    bullet opening with a capital, or an item nested under the lead before it, ending in
    ';' unless it is the last of its run."""
    rows = fact_lines(item.fact, lang)
    if not rows:
        return []
    rows = [rows[0], *(r.lstrip("-–· ").strip() for r in rows[1:])]
    if lang == "en":
        names = names_lookup(content.persons)
        rows = [statement_en(r, names) for r in rows]
    head = rows[0] if item.nested else capitalise(rows[0])
    if item.nested and not item.last:
        head = run_on(head)
    kind = "subbullet" if item.nested else "bullet"
    first = with_conflicts(Line(kind, head, source_keys(item.fact)), item.fact.id, content, lang)
    return [first, *(Line("subbullet", r) for r in rows[1:])]


def figure_section(figure: Indicator, content: NoteContent, lang: str) -> list[Line]:
    """The bullet of a figure shown on its own; none when it cannot be said in full."""
    words = indicator_line(figure, lang)
    if not words:
        return []
    return [with_conflicts(Line("bullet", words, source_keys(figure)), figure.id, content, lang)]


def capitalise(line: str) -> str:
    """The line opening with a capital, as a bullet of a note does.

    >>> capitalise("дискуссия «Перспективы» (Баку, 2023 г.)."), capitalise("«Кубок»")
    ('Дискуссия «Перспективы» (Баку, 2023 г.).', '«Кубок»')
    """
    return line[:1].upper() + line[1:]


def run_on(line: str) -> str:
    """An item that another follows ends in ';' (a closing 'г.' keeps its full stop).

    >>> run_on("строительство моста (2012 г.)."), run_on("закупки техники и др."), run_on("x:")
    ('строительство моста (2012 г.);', 'закупки техники и др.;', 'x:')
    """
    if line.endswith(":"):
        return line
    body = line.rstrip(".;, ")
    return f"{body}.;" if re.search(r"\s(?:гг|г|им|др)$", body) else f"{body};"


def chronology_section(content: NoteContent, lang: str) -> list[Line]:
    """'ХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ.' and a line per contact."""
    if not content.events:
        return []
    ctx = event_context(content)
    lines = [Line("heading", chronology_heading(content, lang))]
    for event in content.events:
        line = Line("bullet", event_line(event, ctx, lang), event_sources(event, lang))
        lines.append(with_conflicts(line, event.id, content, lang))
    return lines


def event_sources(event: Event, lang: str) -> tuple[str, ...]:
    """The sources of an event's line; a line built from an English source's fields in a
    Russian note keeps that source's own sentence for its footnote ('quote:<id>:<text>')."""
    keys = source_keys(event)
    title = " ".join(event.title.split())
    if lang == "en" or not title or is_cyrillic(title):
        return keys
    english = {m.document for m in event.mentions if m.document}
    return tuple(f"quote:{k}:{title}" if k in english else k for k in keys)


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
        content.corrected,
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


def source_label(key: str, documents: Mapping[str, Document], lang: str) -> str:
    """'Справка о сотрудничестве (note_az.docx, id 1a2b…)' or 'внесено вручную: Иванов'."""
    if key.startswith("entered_by:"):
        return f"{text('entered_by', lang)}: {key.removeprefix('entered_by:')}"
    if key.startswith("quote:"):
        document, _, sentence = key.removeprefix("quote:").partition(":")
        return f"{source_label(document, documents, lang)}: «{sentence}»"
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

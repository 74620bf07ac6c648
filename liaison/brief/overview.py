"""An overview in prose, one paragraph per partner, in the manner of a regional
government's web page: agreements, main areas, figures, the count and the latest of
the contacts. English by default, Russian on request; Markdown out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

from liaison.brief.content import NoteContent, select_note, source_keys
from liaison.brief.dates import format_year_span, signed_year
from liaison.brief.english import RUSSIAN_MARK, title_en
from liaison.brief.events import event_line
from liaison.brief.figures import indicator_line
from liaison.brief.layout import capitalise, event_context, readable, source_label
from liaison.brief.markdown import escape
from liaison.brief.wording import official_name
from liaison.model import AgreementStatus, Direction, Home, KnowledgeBase, Sphere, label
from liaison.text.morph import analyzer
from liaison.text.phrases import inflect

Sentence = tuple[str, tuple[str, ...]]
ACTIVE = (AgreementStatus.IN_FORCE, AgreementStatus.BEING_IMPLEMENTED)
RECENT = 3  # contacts an overview names, the latest first


def render_overview(
    kb: KnowledgeBase,
    partners: Sequence[str],
    lang: str = "en",
    *,
    home: Home | None = None,
    start: date | None = None,
    end: date | None = None,
    spheres: Iterable[Sphere] | None = None,
    since: date | None = None,
    sources: bool = False,
) -> str:
    """Markdown prose on one partner or a group (``['AZ', 'KZ', 'TM', 'IR']``)."""
    home = home or Home()
    wanted = list(spheres) if spheres is not None else None
    contents = [
        select_note(kb, p, home=home, start=start, end=end, spheres=wanted, since=since)
        for p in partners
    ]
    paragraphs = [partner_sentences(c, lang) for c in contents]
    numbers: dict[frozenset[str], tuple[int, tuple[str, ...]]] = {}
    out = [f"# {heading(home, contents, lang)}", ""]
    if len(contents) > 1:
        out += [opening(home, contents, lang), ""]
    for content, sentences in zip(contents, paragraphs, strict=True):
        name = content.partner.name_en if lang == "en" else official_name(content.partner)
        body = " ".join(with_ref(s, numbers, sources) for s in sentences)
        out += [f"**{escape(name or content.partner.name)}.** {body}", ""]
    if sources and numbers:
        labels = {k: source_label(k, c.documents, lang) for c in contents for k in keys_of(c)}
        for number, keys in numbers.values():
            out.append(f"[^{number}]: {escape('; '.join(labels[k] for k in keys))}")
    return "\n".join(out).rstrip() + "\n"


def heading(home: Home, contents: list[NoteContent], lang: str) -> str:
    """'Cooperation between Astrakhan Region and Azerbaijan' (or '… and its partners')."""
    if lang == "en":
        other = contents[0].partner.name_en if len(contents) == 1 else "its foreign partners"
        return f"Cooperation between {home.name_en} and {other}"
    other = (
        inflect(official_name(contents[0].partner), "ablt")
        if len(contents) == 1
        else "зарубежными партнерами"
    )
    return f"Сотрудничество {inflect(home.name, 'gent')} с {other}"


def opening(home: Home, contents: list[NoteContent], lang: str) -> str:
    """The first paragraph of a group overview: who the partners are."""
    if lang == "en":
        names = join_names([c.partner.name_en or c.partner.name for c in contents], "and")
        return f"{home.name_en}'s partners covered here are {names}."
    names = join_names([official_name(c.partner) for c in contents], "и")
    return f"В обзоре — партнеры региона: {names}."


def join_names(names: list[str], conjunction: str) -> str:
    """'A, B and C'.

    >>> join_names(["Azerbaijan", "Kazakhstan", "Iran"], "and")
    'Azerbaijan, Kazakhstan and Iran'
    """
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def partner_sentences(content: NoteContent, lang: str) -> list[Sentence]:
    """The sentences of one partner's paragraph, each with the documents it rests on."""
    sentences = [*agreement_sentence(content, lang), *areas_sentence(content, lang)]
    figures = [(indicator_line(i, lang), i) for i in content.indicators if readable(i.text, lang)]
    sentences += [(capitalise(words), source_keys(i)) for words, i in figures if words]
    sentences += contacts_sentences(content, lang)
    if not sentences:
        nothing = (
            "Nothing with a source is recorded yet."
            if lang == "en"
            else ("Сведений с источником пока нет.")
        )
        sentences.append((nothing, ()))
    return sentences


def agreement_sentence(content: NoteContent, lang: str) -> list[Sentence]:
    """'Cooperation rests on the Agreement between … (2011) and the Programme … (2024).'"""
    active = [a for a in content.agreements if a.status in ACTIVE]
    if not active:
        return []
    keys = tuple(dict.fromkeys(k for a in active for k in source_keys(a)))
    if lang == "en":
        items = [agreement_named_en(a.title, signed_year(a.signed)) for a in active]
        return [(f"Cooperation rests on {join_names(items, 'and')}.", keys)]
    items = []
    for a in active:
        year = signed_year(a.signed)
        kind = label(a.kind, lang)
        kind = kind[:1].lower() + kind[1:]
        items.append(f"{kind} ({year})" if year else kind)
    return [(f"Действующих документов — {len(active)}: {', '.join(items)}.", keys)]


def agreement_named_en(title: str, year: int | None) -> str:
    """'the Agreement on … (2011)', or the marked Russian title when it cannot be said.

    >>> agreement_named_en("Соглашение о сотрудничестве", 2011)
    'the Agreement on Cooperation (2011)'
    """
    english = title_en(title.strip().rstrip("."))
    stamp = f" ({year})" if year else ""
    if english.startswith(RUSSIAN_MARK):
        return f"{english}{stamp}"
    return f"the {english}{stamp}"


def areas_sentence(content: NoteContent, lang: str) -> list[Sentence]:
    """'The main areas are trade and economy, culture and education.' (by weight)."""
    counts = Counter(f.sphere for f in content.facts)
    if not counts:
        return []
    names = [label(s, lang) for s, _ in counts.most_common(4)]
    keys = tuple(dict.fromkeys(k for f in content.facts for k in source_keys(f)))
    if lang == "en":
        return [(f"The main areas of cooperation are {join_names(names, 'and')}.", keys)]
    return [(f"Основные направления: {', '.join(names)}.", keys)]


def contacts_sentences(content: NoteContent, lang: str) -> list[Sentence]:
    """How many contacts, of which way, and the latest one."""
    events = content.events
    if not events:
        return []
    first, last = events[0].start.year, events[-1].end.year
    span = format_year_span(first, last, lang)
    ways = Counter(e.direction for e in events)
    keys = tuple(dict.fromkeys(k for e in events for k in source_keys(e)))
    ctx = event_context(content)
    recent = events[-RECENT:]
    latest = event_line(events[-1], ctx, lang)
    recent_keys = tuple(dict.fromkeys(k for e in recent for k in source_keys(e)))
    if lang == "en":
        others = len(events) - ways[Direction.OUTGOING] - ways[Direction.INCOMING]
        split = (
            f"{counted(ways[Direction.OUTGOING], 'visit')} from the region, "
            f"{ways[Direction.INCOMING]} to it, {others} elsewhere or remote"
        )
        lines = " ".join(event_line(e, ctx, lang) for e in reversed(recent))
        return [
            (f"In {span}, {counted(len(events), 'contact')} on record: {split}.", keys),
            (f"Recent contacts: {lines}", recent_keys),
        ]
    noun = agree("контакт", len(events))
    text = (
        f"В {span} зафиксировано {len(events)} {noun}: исходящих — {ways[Direction.OUTGOING]}, "
        f"входящих — {ways[Direction.INCOMING]}, прочих — "
        f"{len(events) - ways[Direction.OUTGOING] - ways[Direction.INCOMING]}."
    )
    return [(text, keys), (f"Последний: {latest}", source_keys(events[-1]))]


def counted(number: int, noun: str) -> str:
    """'1 contact', '3 contacts'.

    >>> counted(1, "visit"), counted(0, "visit")
    ('1 visit', '0 visits')
    """
    return f"{number} {noun}{'' if number == 1 else 's'}"


def agree(noun: str, number: int) -> str:
    """A Russian noun in the form that follows a number: 1 контакт, 3 контакта, 10 контактов.

    >>> agree("контакт", 1), agree("контакт", 3), agree("контакт", 10)
    ('контакт', 'контакта', 'контактов')
    """
    parse = analyzer().parse(noun)[0]
    return str(parse.make_agree_with_number(number).word)


def with_ref(
    sentence: Sentence, numbers: dict[frozenset[str], tuple[int, tuple[str, ...]]], sources: bool
) -> str:
    """A sentence, with its footnote mark when sources are asked for; sentences from the
    same documents share a number."""
    text, keys = sentence
    if not sources or not keys:
        return escape(text)
    number, _ = numbers.setdefault(frozenset(keys), (len(numbers) + 1, keys))
    return f"{escape(text)}[^{number}]"


def keys_of(content: NoteContent) -> set[str]:
    """Every source key the content's items name."""
    items = [*content.agreements, *content.facts, *content.indicators, *content.events]
    return {k for item in items for k in source_keys(item)}

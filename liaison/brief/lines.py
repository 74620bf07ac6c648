"""The text of one bullet: an agreement, a statement of cooperation, a conflict."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from liaison.brief.dates import format_date, format_year_span, format_years, parse_signed
from liaison.brief.english import title_en
from liaison.brief.events import finish, is_cyrillic
from liaison.brief.figures import format_number
from liaison.brief.typography import tidy_text
from liaison.brief.wording import STATUS_FORMS, head_gender, official_name, status_word, text
from liaison.model import Agreement, Fact, Partner, label
from liaison.text.phrases import inflect

LIST_MARK = re.compile(r"^[-–—·•]\s*")


def agreement_line(
    agreement: Agreement, lang: str = "ru", partners: Mapping[str, Partner] | None = None
) -> str:
    """'Действует Соглашение … (2011 г.).' / 'In force: Agreement on … (2011).'

    An English note says a Russian title in English by its parts (``title_en``), or shows
    it marked as the Russian original; a Russian note says an English title by its kind
    and the partner it is with ('Действует Соглашение с провинцией Голестан'), the English
    words being the footnote's.
    """
    title = restore_abbreviation(agreement.title.strip().rstrip("."))
    if lang == "en":
        status = status_word(agreement.status.value, title, lang)
        stamp = signed_stamp(agreement, title, lang)
        head = f"{status}: " if status else ""
        return finish(f"{head}{with_period(title_en(title), agreement, lang)}{stamp}")
    named = title if is_cyrillic(title) else kind_with_partner(agreement, partners or {})
    status = status_word(agreement.status.value, named, lang)
    body = with_period(named, agreement, lang)
    head = f"{status} " if status else ""
    return finish(f"{head}{body}{signed_stamp(agreement, named, lang)}")


def kind_with_partner(agreement: Agreement, partners: Mapping[str, Partner]) -> str:
    """'Соглашение с провинцией Голестан': an agreement a source named in English, said in
    Russian by its kind and the partner it is with (its kind alone when none is known)."""
    kind = label(agreement.kind, "ru")
    partner = next((partners[p] for p in agreement.partners if p in partners), None)
    return f"{kind} с {inflect(official_name(partner), 'ablt')}" if partner else kind


def restore_abbreviation(title: str) -> str:
    """Put back the full stop of a closing abbreviation that trimming the sentence took.

    >>> restore_abbreviation("Программа на 2024–2026 гг")
    'Программа на 2024–2026 гг.'
    >>> restore_abbreviation("Соглашение о сотрудничестве")
    'Соглашение о сотрудничестве'
    """
    return f"{title}." if re.search(r"\s(?:гг|г|им|обл|ул|др)$", title) else title


def with_period(title: str, agreement: Agreement, lang: str) -> str:
    """The title with 'на 2024–2026 гг.' added when the period is not already in it."""
    period = agreement.period
    if period is None or period.from_ is None:
        return title
    last = period.to or period.from_
    if str(period.from_) in title and str(last) in title:
        return title
    span = format_year_span(period.from_, last, lang)
    return f"{title} for {span}" if lang == "en" else f"{title} на {span}"


def signed_stamp(agreement: Agreement, title: str, lang: str) -> str:
    """' (2011 г.)', ' (7 декабря 2021 г.)', ' (подписано в 2021 г. взамен …)' or ''."""
    signed = parse_signed(agreement.signed)
    when = ""
    if isinstance(signed, date):
        when = format_date(signed, lang)
    elif signed is not None:
        when = format_years([signed], lang)
    if agreement.replaces:
        if lang == "en":
            what = "an earlier one" if is_cyrillic(agreement.replaces) else agreement.replaces
            return f" ({'signed in ' + when + ', ' if when else ''}replacing {what})"
        verb = STATUS_FORMS["signed_in"][head_gender(title)]
        at = f"{verb} {'в ' if isinstance(signed, int) else ''}{when} " if when else ""
        return f" ({at}взамен {agreement.replaces})"
    return f" ({when})" if when else ""


def fact_lines(fact: Fact, lang: str = "ru") -> list[str]:
    """The bullet of a statement, then its sub-items ('- …' lines in the source).

    The years go in brackets at the end unless the text already names them all. A lead
    ending in ':' keeps its colon (after the years) and gets no full stop; a line broken
    inside a name joins the line before it.

    >>> from liaison.model import Sphere
    >>> def rows(text: str, *years: int) -> list[str]:
    ...     fact = Fact(id="f", sphere=Sphere.TRADE, text=text, years=years, entered_by="t")
    ...     return fact_lines(fact)
    >>> rows("Проведены:", 2023)
    ['Проведены (2023 г.):']
    >>> rows("турнир «Кубок\\nДружбы»;"), rows("Прошли ярмарки (2024 г., 2025г.)", 2024, 2025)
    (['турнир «Кубок Дружбы».'], ['Прошли ярмарки (2024 г., 2025 г.).'])
    """
    rows = text_rows(fact.text)
    if len(rows) != 1:
        return rows
    first = rows[0]
    is_lead = first.endswith(":")
    if any(str(y) not in first for y in fact.years):
        body = restore_abbreviation(first.rstrip(":;,. "))
        first = f"{body} ({format_years(fact.years, lang)}){':' if is_lead else ''}"
    return [first if is_lead else finish(first)]


def text_rows(text: str) -> list[str]:
    """The rows of a statement: its first line and its '- …' items, each tidied; a line
    that does not open with a list mark continues the row before it."""
    rows: list[str] = []
    for raw in text.strip().splitlines():
        row = tidy_text(raw)
        if not row:
            continue
        if rows and not LIST_MARK.match(row):
            rows[-1] = f"{rows[-1]} {row}"
        else:
            rows.append(row)
    return rows


def conflict_note(conflicts: Iterable[tuple[str, Any, str]], lang: str = "ru") -> str:
    """' (по данным другого источника: 2012 г.)' for values other documents give."""
    values = [conflict_value(field, value, lang) for field, value, _ in conflicts]
    if not values:
        return ""
    return f" ({text('other_source', lang)}: {'; '.join(values)})"


def conflict_value(field: str, value: Any, lang: str) -> str:
    """A conflicting value in the form the note writes that field."""
    if field == "signed":
        signed = parse_signed(str(value))
        if isinstance(signed, date):
            return format_date(signed, lang)
        return format_years([signed], lang) if signed is not None else str(value)
    if field in ("start", "end", "as_of"):
        try:
            return format_date(date.fromisoformat(str(value)), lang)
        except ValueError:
            return str(value)
    if field == "years" and isinstance(value, list | tuple):
        return format_years(value, lang)
    if field == "value" and isinstance(value, int | float):
        return format_number(float(value), lang)
    return str(value)

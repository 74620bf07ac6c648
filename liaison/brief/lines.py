"""The text of one bullet: an agreement, a statement of cooperation, a figure, a conflict."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from liaison.brief.dates import (
    format_as_of,
    format_date,
    format_year_span,
    format_years,
    parse_signed,
)
from liaison.brief.events import finish, is_cyrillic
from liaison.brief.wording import STATUS_FORMS, head_gender, status_word, text
from liaison.model import Agreement, Fact, Indicator, label

YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# Figures without a sentence of their own: (Russian, English) label of the metric.
METRIC_LABELS: dict[str, tuple[str, str]] = {
    "trade_turnover": ("Товарооборот", "Trade turnover"),
    "export": ("Экспорт", "Exports"),
    "import": ("Импорт", "Imports"),
    "investments": ("Инвестиции", "Investments"),
    "companies": ("Компании с участием иностранного капитала", "Companies with foreign capital"),
    "students": ("Обучающиеся граждане", "Students"),
    "events": ("Проведено мероприятий", "Events held"),
    "visitors": ("Посетители", "Visitors"),
}


# Units in English; a Russian unit not listed is left out of an English line.
UNITS_EN: dict[str, str] = {
    "млн долл. сша": "million USD",
    "млрд долл. сша": "billion USD",
    "тыс. долл. сша": "thousand USD",
    "долл. сша": "USD",
    "млн руб.": "million RUB",
    "чел.": "people",
    "человек": "people",
    "ед.": "units",
    "%": "%",
}


def agreement_line(agreement: Agreement, lang: str = "ru") -> str:
    """'Действует Соглашение … (2011 г.).' / 'In force: Agreement “…” (2011).'"""
    title = restore_abbreviation(agreement.title.strip().rstrip("."))
    status = status_word(agreement.status.value, title, lang)
    stamp = signed_stamp(agreement, title, lang)
    if lang == "en":
        head = f"{status}: " if status else ""
        named = f"{label(agreement.kind, 'en')} “{title}”" if is_cyrillic(title) else title
        return finish(f"{head}{with_period(named, agreement, lang)}{stamp}")
    title = with_period(title, agreement, lang)
    body = f"{status} {title}" if status else title
    return finish(f"{body}{stamp}")


def restore_abbreviation(title: str) -> str:
    """Put back the full stop of a closing abbreviation that trimming the sentence took.

    >>> restore_abbreviation("Программа на 2024–2026 гг")
    'Программа на 2024–2026 гг.'
    >>> restore_abbreviation("Соглашение о сотрудничестве")
    'Соглашение о сотрудничестве'
    """
    return f"{title}." if re.search(r"\s(?:гг|г|им|обл|ул)$", title) else title


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

    The years go in brackets at the end unless the text already names them all.
    """
    rows = [r.strip() for r in fact.text.strip().splitlines() if r.strip()]
    if not rows:
        return []
    first = rows[0]
    missing = [y for y in fact.years if str(y) not in fact.text]
    if missing and len(rows) == 1:
        first = f"{first.rstrip('.').rstrip()} ({format_years(fact.years, lang)})"
    return [finish(first) if len(rows) == 1 else first, *rows[1:]]


def indicator_line(indicator: Indicator, lang: str = "ru") -> str:
    """The figure's own sentence where there is one in ``lang``, else one built from fields:
    'Компании с участием иностранного капитала: 20 (на 01.01.2025).'"""
    own = indicator.text.strip()
    stamp = indicator_stamp(indicator, lang)
    if own and is_cyrillic(own) == (lang != "en"):
        if stamp and not stamp_in(indicator, own):
            own = f"{own.rstrip('.').rstrip()} ({stamp})"
        return finish(own)
    names = METRIC_LABELS.get(indicator.metric, (indicator.metric, indicator.metric))
    what = (indicator.scope if lang != "en" and indicator.scope else None) or (
        names[1] if lang == "en" else names[0]
    )
    unit = unit_in(indicator.unit, lang)
    tail = f" ({stamp})" if stamp else ""
    return finish(f"{what}: {format_number(indicator.value, lang)}{unit}{tail}")


def unit_in(unit: str, lang: str) -> str:
    """' млн долл. США' as stated, or in English where the unit is a known one.

    >>> unit_in("млн долл. США", "en"), unit_in("компаний", "en"), unit_in("ед.", "ru")
    (' million USD', '', ' ед.')
    """
    if not unit:
        return ""
    if lang == "en" and is_cyrillic(unit):
        english = UNITS_EN.get(unit.strip().lower())
        return f" {english}" if english else ""
    return f" {unit}"


def indicator_stamp(indicator: Indicator, lang: str) -> str:
    """'на 01.01.2025', '2024 г.', '2022–2024 гг.' or ''."""
    if indicator.as_of is not None:
        return format_as_of(indicator.as_of, lang)
    period = indicator.period
    if period is not None and period.from_ is not None:
        return format_year_span(period.from_, period.to or period.from_, lang)
    return ""


def stamp_in(indicator: Indicator, words: str) -> bool:
    """Whether the figure's own words already carry its date or years."""
    if indicator.as_of is not None:
        return f"{indicator.as_of:%d.%m.%Y}" in words or str(indicator.as_of.year) in words
    return bool(YEAR.search(words))


def format_number(value: float, lang: str) -> str:
    """'20', '2,6' (ru) or '2.6' (en): integers without a fraction.

    >>> format_number(20.0, "ru"), format_number(2.6, "ru"), format_number(1012.0, "en")
    ('20', '2,6', '1,012')
    """
    if value == int(value):
        number = f"{int(value):,}" if lang == "en" else str(int(value))
    else:
        number = f"{value:,.2f}".rstrip("0") if lang == "en" else f"{value:.2f}".rstrip("0")
        number = number if lang == "en" else number.replace(".", ",")
    return number


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

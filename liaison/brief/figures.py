"""The line of a figure shown on its own: a full statement, never a bare fragment.

A figure keeps the words it was read from, which are mostly a fragment ('порядка 50
мероприятий', 'over 3 thousand'). Those words are used only when they make a sentence
of their own in the note's language; otherwise the line is built from the fields:
'Проведено мероприятий: порядка 50 (2024 г.).' A figure whose metric has no label here
has no readable statement, and is not shown.
"""

from __future__ import annotations

import re

from liaison.brief.dates import format_as_of, format_year_span
from liaison.brief.events import finish, is_cyrillic
from liaison.model import Indicator

YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# What a figure counts or measures: (Russian, English) label of the metric.
METRIC_LABELS: dict[str, tuple[str, str]] = {
    "trade_turnover": ("Товарооборот", "Trade turnover"),
    "export": ("Экспорт", "Exports"),
    "import": ("Импорт", "Imports"),
    "investments": ("Инвестиции", "Investments"),
    "companies": ("Компании с участием иностранного капитала", "Companies with foreign capital"),
    "companies_with_foreign_capital": (
        "Компании с участием иностранного капитала",
        "Companies with foreign capital",
    ),
    "students": ("Обучающиеся граждане", "Students"),
    "scholarships": ("Стипендии", "Scholarships"),
    "events": ("Проведено мероприятий", "Events held"),
    "visitors": ("Посетители", "Visitors"),
    "tourists": ("Туристы", "Tourists"),
}
# Metrics whose unit only repeats what the label counts ('20 компаний' → '20').
COUNTED = frozenset(
    {"companies", "companies_with_foreign_capital", "students", "scholarships", "events"}
    | {"visitors", "tourists"}
)
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
UNITS_RU: dict[str, str] = {"usd": "долл. США", "eur": "евро", "rub": "руб."}
UNITS_RU |= dict.fromkeys(("tonnes", "tons", "tonne", "ton", "t"), "т")
UNITS_RU |= dict.fromkeys(("people", "persons", "visitors", "tourists"), "чел.")
UNITS_RU |= {"students": "студентов", "companies": "компаний", "units": "ед.", "%": "%"}
# Approximate qualifiers, Russian → English; the reverse serves Russian notes.
QUALIFIERS_EN: dict[str, str] = {
    "более чем": "more than",
    "не менее": "at least",
    "более": "more than",
    "свыше": "over",
    "около": "about",
    "порядка": "about",
    "почти": "almost",
    "примерно": "about",
    "до": "up to",
}
QUALIFIERS_RU: dict[str, str] = {
    "more than": "более",
    "over": "свыше",
    "about": "около",
    "nearly": "почти",
    "almost": "почти",
    "around": "около",
    "up to": "до",
    "some": "около",
}
BRACKETED = re.compile(r"\s*\(([^()]+)\)\s*$")
SCALES = ((1e9, "млрд", "billion"), (1e6, "млн", "million"))


def indicator_line(indicator: Indicator, lang: str = "ru") -> str:
    """The figure's own sentence where it has one in ``lang``, else one built from its
    fields; '' when neither can be said.

    >>> from datetime import date
    >>> indicator_line(Indicator(id="i", metric="companies_with_foreign_capital",
    ...     value=20, unit="компаний", as_of=date(2025, 1, 1), text="20 компаний",
    ...     entered_by="t"))
    'Компании с участием иностранного капитала: 20 (на 01.01.2025).'
    >>> indicator_line(Indicator(id="i", metric="events", value=50, unit="мероприятий",
    ...     scope="мероприятий (порядка)", text="порядка 50 мероприятий", entered_by="t"))
    'Проведено мероприятий: порядка 50.'
    >>> indicator_line(Indicator(id="i", metric="cargo", value=3, entered_by="t"))
    ''
    """
    own = indicator.text.strip()
    stamp = indicator_stamp(indicator, lang)
    if is_statement(own) and is_cyrillic(own) == (lang != "en"):
        if stamp and not stamp_in(indicator, own):
            own = f"{own.rstrip('.').rstrip()} ({stamp})"
        return finish(own)
    what = figure_label(indicator, lang)
    if what is None:
        return ""
    tail = f" ({stamp})" if stamp else ""
    return finish(f"{what}: {amount(indicator, lang)}{tail}")


def is_statement(words: str) -> bool:
    """Whether a figure's words make a sentence: a capital, a verb's worth of words before
    the figure, a full stop; not 'Около 800 компаний', which is a fragment.

    >>> is_statement("В области зарегистрировано 20 компаний с иностранным капиталом.")
    True
    >>> is_statement("порядка 50 мероприятий"), is_statement("Около 800 компаний.")
    (False, False)
    """
    head = words.split(maxsplit=1)[0] if words.strip() else ""
    if not head[:1].isupper() or not words.rstrip().endswith((".", "!", "?")):
        return False
    first = head.lower()
    opens_with_figure = first[:1].isdigit() or first in QUALIFIERS_EN or first in QUALIFIERS_RU
    return not opens_with_figure and len(words.split()) >= 3


def figure_label(indicator: Indicator, lang: str) -> str | None:
    """What the figure is: a scope written as a name ('Граждане Азербайджана, обучающиеся
    …'), else the metric's label; None for a metric without one."""
    scope = (indicator.scope or "").strip()
    named = scope[:1].isupper() and "(" not in scope
    if lang != "en" and named and is_cyrillic(scope):
        return scope
    labels = METRIC_LABELS.get(indicator.metric)
    if labels is None:
        return None
    return labels[1] if lang == "en" else labels[0]


def amount(indicator: Indicator, lang: str) -> str:
    """'порядка 50', '350,5 млн долл. США', 'over 3,000', '4,4 млрд долл. США'.

    >>> amount(Indicator(id="i", metric="investments", value=4.4e9, unit="USD",
    ...     entered_by="t"), "ru")
    '4,4 млрд долл. США'
    """
    value, scale = indicator.value, ""
    for size, ru, en in SCALES:
        if abs(value) >= size:
            value, scale = value / size, f" {en if lang == 'en' else ru}"
            break
    repeated = indicator.metric in COUNTED and indicator.unit.isalpha()
    unit = "" if repeated else unit_in(indicator.unit, lang)
    qualifier = qualifier_of(indicator, lang)
    lead = f"{qualifier} " if qualifier else ""
    return f"{lead}{format_number(value, lang)}{scale}{unit}"


def qualifier_of(indicator: Indicator, lang: str) -> str:
    """The approximate qualifier the extraction put in brackets after the scope, in
    ``lang`` ('' when there is none or it cannot be said in ``lang``).

    >>> qualifier_of(Indicator(id="i", metric="m", value=1, scope="гостей (свыше)",
    ...     entered_by="t"), "en")
    'over'
    """
    found = BRACKETED.search(indicator.scope or "")
    if found is None:
        bare = (indicator.scope or "").strip().lower()
        word = bare if bare in QUALIFIERS_EN or bare in QUALIFIERS_RU else ""
    else:
        word = found.group(1).strip().lower()
    if lang == "en":
        return word if word in QUALIFIERS_RU else QUALIFIERS_EN.get(word, "")
    return word if word in QUALIFIERS_EN else QUALIFIERS_RU.get(word, "")


def unit_in(unit: str, lang: str) -> str:
    """' млн долл. США' as stated, or in the note's language where the unit is a known one.

    >>> unit_in("млн долл. США", "en"), unit_in("компаний", "en"), unit_in("ед.", "ru")
    (' million USD', '', ' ед.')
    >>> unit_in("USD", "ru"), unit_in("tonnes", "ru"), unit_in("delegates", "ru")
    (' долл. США', ' т', '')
    """
    if not unit:
        return ""
    if lang == "en" and is_cyrillic(unit):
        english = UNITS_EN.get(unit.strip().lower())
        return f" {english}" if english else ""
    if lang != "en":
        russian = UNITS_RU.get(unit.strip().lower())
        if russian is None and not is_cyrillic(unit):
            return ""  # an English unit not listed is left out of a Russian line
        return f" {russian or unit}"
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
    """'20', '2,6' (ru) or '2.6' (en): integers without a fraction; Russian groups the
    thousands of a number of five digits or more with a non-breaking space.

    >>> format_number(20.0, "ru"), format_number(2.6, "ru"), format_number(1012.0, "en")
    ('20', '2,6', '1,012')
    >>> format_number(1012.0, "ru"), format_number(10000.0, "ru") == "10\u00a0000"
    ('1012', True)
    """
    if value == int(value):
        number = f"{int(value):,}"
        if lang != "en":
            number = number.replace(",", "\u00a0") if abs(value) >= 10_000 else str(int(value))
    else:
        number = f"{value:,.2f}".rstrip("0") if lang == "en" else f"{value:.2f}".rstrip("0")
        number = number if lang == "en" else number.replace(".", ",")
    return number

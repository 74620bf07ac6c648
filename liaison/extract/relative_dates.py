"""Dates news give relative to their publication or to the contact just told.

A news item dated 2021-12-08 says ``в пятницу``, ``yesterday``, ``накануне``, ``the next
day``, ``в заключительный день визита``: each names a day only against an anchor — the
publication date, or the days of the contact the item has just described. This module
finds those words (with their span, so the mention keeps them) and places them; what it
cannot place without a publication date is reported, not guessed.

>>> from datetime import date
>>> [r.words for r in find_relative("В пятницу губернатор встретился с послом")]
['В пятницу']
>>> place(next(find_relative("On Monday the sides met")), date(2024, 3, 15), None).iso()
'2024-03-11'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from liaison.extract.dates import DateRange
from liaison.text.weekdays import WD_EN, WD_RU, WD_RU_FROM

WEEKDAYS_RU = {
    "понедельник": 0,
    "вторник": 1,
    "среду": 2,
    "среда": 2,
    "четверг": 3,
    "пятницу": 4,
    "пятница": 4,
    "субботу": 5,
    "суббота": 5,
    "воскресенье": 6,
}
WEEKDAYS_EN = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
# Each form and what it is relative to: the publication ('published') or the contact just
# told ('previous'), and the shift in days, or the part of the previous contact it names.
FORMS: tuple[tuple[str, str, str], ...] = (
    # two days told as one stretch: 'в среду и четверг', 'from Monday to Wednesday'
    (
        rf"\bво?\s+(?P<wd>{WD_RU})\s+и\s+(?:во?\s+)?(?P<wd2>{WD_RU})\b"
        rf"|\bсо?\s+(?P<wdf>{WD_RU_FROM})\s+по\s+(?P<wd3>{WD_RU})\b"
        rf"|\b(?:on\s+)?(?P<wde>{WD_EN})\s+(?:and|to|through)\s+(?P<wde2>{WD_EN})\b"
        rf"|\bfrom\s+(?P<wdef>{WD_EN})\s+(?:to|until|through)\s+(?P<wde3>{WD_EN})\b",
        "published",
        "weekdays",
    ),
    (
        rf"\bво?\s+(?P<wd>{WD_RU})\b",
        "published",
        "weekday",
    ),
    (
        rf"\b(?:on\s+)?(?P<wd>{WD_EN})\b",
        "published",
        "weekday",
    ),
    (r"\bсегодня\b|\btoday\b|\bthis\s+morning\b", "published", "0"),
    (r"\bвчера\b|\byesterday\b", "published", "-1"),
    (r"\bпозавчера\b", "published", "-2"),
    (
        r"\bнакануне\b|\bthe\s+day\s+before\b|\bthe\s+previous\s+day\b|\bon\s+the\s+eve\b",
        "previous",
        "-1",
    ),
    (
        r"\bна\s+следующий\s+день\b|\bна\s+другой\s+день\b|\bthe\s+next\s+day\b"
        r"|\bthe\s+following\s+day\b",
        "previous",
        "+1",
    ),
    (
        r"\bв\s+(?:тот|этот)\s+же\s+день\b|\b(?:вечером|утром|днём|днем)\s+(?:того|этого)\s+же"
        r"\s+дня\b|\bthe\s+same\s+day\b|\bthat\s+same\s+day\b|\blater\s+that\s+day\b"
        r"|\bthat\s+(?:evening|afternoon)\b",
        "previous",
        "0",
    ),
    (
        r"\bв\s+(?:заключительный|последний|завершающий)\s+день\b"
        r"|\bon\s+the\s+(?:final|last|closing)\s+day\b",
        "previous",
        "last",
    ),
    (
        r"\bв\s+(?:первый|начальный)\s+день\b|\bon\s+the\s+first\s+day\b"
        r"|\bon\s+the\s+opening\s+day\b",
        "previous",
        "first",
    ),
    (r"\bв\s+прошлом\s+году\b|\blast\s+year\b", "published", "last_year"),
)
PATTERNS = tuple((re.compile(p, re.IGNORECASE), anchor, shift) for p, anchor, shift in FORMS)


@dataclass(frozen=True, slots=True)
class RelativeDate:
    """Words that name a day relative to an anchor, and how to place them."""

    start: int
    end: int
    words: str
    anchor: str  # 'published' or 'previous'
    shift: str  # a signed number of days, 'weekday(s)', 'first', 'last' or 'last_year'
    weekday: int | None = None
    last_weekday: int | None = None  # the end of a stretch of weekdays


def find_relative(text: str, start: int = 0, end: int | None = None) -> Iterator[RelativeDate]:
    """Every relative date form in ``text[start:end]``, in text order."""
    stop = len(text) if end is None else end
    found = []
    for pattern, anchor, shift in PATTERNS:
        for m in pattern.finditer(text, start, stop):
            first, last = weekdays_of(m) if shift.startswith("weekday") else (None, None)
            found.append(RelativeDate(m.start(), m.end(), m.group(), anchor, shift, first, last))
    stretches = [(r.start, r.end) for r in found if r.shift == "weekdays"]
    kept = [
        r for r in found if r.shift == "weekdays" or not any(a <= r.start < b for a, b in stretches)
    ]
    yield from sorted(kept, key=lambda r: r.start)


def weekday_number(word: str) -> int | None:
    """0 for Monday … 6 for Sunday, from a Russian or English weekday in any case used."""
    low = word.lower()
    found = WEEKDAYS_RU.get(low, WEEKDAYS_EN.get(low))
    if found is None:
        found = next((n for w, n in WEEKDAYS_RU.items() if low.startswith(w[:4])), None)
    return found


def weekdays_of(m: re.Match[str]) -> tuple[int | None, int | None]:
    """The weekday (and the last weekday of a stretch) a match names."""
    groups = {k: v for k, v in m.groupdict().items() if v}
    first = next((groups[k] for k in ("wd", "wdf", "wde", "wdef") if k in groups), "")
    last = next((groups[k] for k in ("wd2", "wd3", "wde2", "wde3") if k in groups), None)
    return weekday_number(first), weekday_number(last) if last else None


def latest_weekday(weekday: int, published: date) -> date:
    """The latest day of that weekday not after publication ('в пятницу' in Friday's news is
    that Friday).

    >>> latest_weekday(4, date(2024, 3, 15)), latest_weekday(3, date(2024, 3, 15))
    (datetime.date(2024, 3, 15), datetime.date(2024, 3, 14))
    """
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def coming_weekday(weekday: int, published: date) -> date:
    """The first day of that weekday not before publication: what a clause in the future
    means by it ('Визит завершится в пятницу' in Thursday's news is the next day).

    >>> coming_weekday(4, date(2025, 6, 19)), coming_weekday(3, date(2025, 6, 19))
    (datetime.date(2025, 6, 20), datetime.date(2025, 6, 19))
    """
    return published + timedelta(days=(weekday - published.weekday()) % 7)


def place(
    found: RelativeDate, published: date | None, previous: DateRange | None
) -> DateRange | None:
    """The days a relative form names, or None when its anchor is unknown.

    A form relative to the contact just told falls back on the publication date when the
    item has told none yet ('накануне' in a lead: the day before publication).
    """
    if found.shift == "last_year":
        return None if published is None else year_of(published.year - 1)
    if found.anchor == "previous" and previous is not None:
        return from_previous(found.shift, previous)
    if published is None:
        return None
    if found.shift == "weekdays" and found.weekday is not None and found.last_weekday is not None:
        end = latest_weekday(found.last_weekday, published)
        return DateRange(end - timedelta(days=(found.last_weekday - found.weekday) % 7), end)
    if found.shift.startswith("weekday") and found.weekday is not None:
        day = latest_weekday(found.weekday, published)
    elif found.shift in ("first", "last"):
        day = published
    else:
        day = published + timedelta(days=int(found.shift))
    return DateRange(day, day)


def from_previous(shift: str, previous: DateRange) -> DateRange:
    """A day told against the previous contact: its first or last day, or a shift from it."""
    if shift == "first":
        return DateRange(previous.start, previous.start)
    if shift == "last":
        return DateRange(previous.end, previous.end)
    days = int(shift) if shift.lstrip("+-").isdigit() else 0
    day = (previous.start if days < 0 else previous.end) + timedelta(days=days)
    return DateRange(day, day)


def year_of(year: int) -> DateRange:
    """A whole year, told relatively ('в прошлом году')."""
    return DateRange(date(year, 1, 1), date(year, 12, 31), "year")

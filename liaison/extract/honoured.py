"""People a text names who do not take part: the one honoured, remembered or quoted.

'концерт к 140-летию композитора Узеира Гаджибекова', 'Возложение цветов к памятнику …
Алиеву Г.А.', 'премия имени Наримана Нариманова', 'турнир памяти Василия Кудинова',
'конференция «Гейдар Алиев: …»': the name is there, its bearer is not at the contact.
Such a person stays a Person of the document; only the event's participants leave them out.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

# A word that makes the next noun phrase the one honoured: an anniversary, a monument, a
# memory, a name given.
HONOUR_CUE = re.compile(
    r"\d\s*-?\s*лети[еяюи]|годовщин[а-я]*|юбиле[а-я]*|памят(?:ник[а-я]*|и)\b|\bимени\b"
    r"|\bим\.|дня\s+рождения|\bв\s+честь\b",
    re.IGNORECASE,
)
# What ends that noun phrase before the name: punctuation, a sentence break, or a word that
# opens another part of the sentence (after it a name may be a participant again).
PHRASE_BREAK = re.compile(
    r"[,;:!?()«»\"“”\n]|[а-яё]{2,}\.\s"
    r"|\b(?:с|со|при|участи[а-я]*|главе|руководством|председательством|встреч[а-я]*"
    r"|переговор[а-я]*|визит[а-я]*|прош[её]?л[а-я]*|состоял[а-я]*)\b",
    re.IGNORECASE,
)
LOOK_BACK = 90


def is_honoured(text: str, start: int, floor: int = 0) -> bool:
    """Whether the name at ``start`` names someone honoured or quoted, not a participant.

    >>> t = "Концерт, приуроченный к 100-летию со дня рождения Г.А. Алиева."
    >>> is_honoured(t, t.index("Г.А."))
    True
    >>> t = "Возложение цветов к памятнику Общенациональному лидеру Алиеву Г.А."
    >>> is_honoured(t, t.index("Алиеву"))
    True
    >>> t = "Встреча у памятника с Губернатором Бабушкиным И.Ю."
    >>> is_honoured(t, t.index("Бабушкиным"))
    False
    """
    return is_after_honour_cue(text, start, floor) or is_quoted(text, start, floor)


def is_after_honour_cue(text: str, start: int, floor: int = 0) -> bool:
    """Whether an honour cue governs the phrase the name closes ('к 140-летию композитора …')."""
    before = text[max(floor, start - LOOK_BACK) : start]
    cues = list(HONOUR_CUE.finditer(before))
    return bool(cues) and PHRASE_BREAK.search(before, cues[-1].end()) is None


def is_quoted(text: str, start: int, floor: int = 0) -> bool:
    """Whether ``start`` lies inside a quoted title on its line: a quote opened before it
    and not closed, and the next quote mark after it closes one.

    A note may leave a nested quote unclosed ('«Городской округ «Город Астрахань» Полумордвинова
    О.А.'): without a closing mark after the name, the name is not inside a title.

    >>> t = "Участие в конференции «Гейдар Алиев: наследие»."
    >>> is_quoted(t, t.index("Гейдар")), is_quoted(t, t.index("наследие") + 10)
    (True, False)
    >>> t = "глава «Городской округ «Город Астрахань» Полумордвинов О.А. в Могилеве."
    >>> is_quoted(t, t.index("Полумордвинов"))
    False
    """
    marks = quote_marks(text)
    line_start = max(floor, marks.line_start(start))
    line_end = marks.line_end(start)
    if marks.count('"', line_start, start) % 2 == 1:
        return marks.count('"', start, line_end) > 0
    depth = (
        marks.count("«", line_start, start)
        - marks.count("»", line_start, start)
        + marks.count("“", line_start, start)
        - marks.count("”", line_start, start)
    )
    closing = marks.next_guillemet(start, line_end)
    return depth > 0 and closing is not None and closing in "»”"


class QuoteMarks:
    """Where a text's quote marks and line ends stand, so that a question about one offset
    costs a binary search: counting them over the line for each name cost time in the
    square of the line's length on a line of many names."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at: dict[str, list[int]] = {
            mark: [m.start() for m in re.finditer(re.escape(mark), text)]
            for mark in ('"', "«", "»", "“", "”", "\n")
        }
        self.guillemets = [m.start() for m in re.finditer("[«»“”]", text)]

    def count(self, mark: str, start: int, end: int) -> int:
        """How many ``mark`` stand in ``start..end``."""
        spots = self.at[mark]
        return bisect.bisect_left(spots, end) - bisect.bisect_left(spots, start)

    def line_start(self, at: int) -> int:
        """Where the line holding ``at`` starts."""
        ends = self.at["\n"]
        i = bisect.bisect_left(ends, at)
        return ends[i - 1] + 1 if i else 0

    def line_end(self, at: int) -> int:
        """Where the line holding ``at`` ends."""
        ends = self.at["\n"]
        i = bisect.bisect_left(ends, at)
        return ends[i] if i < len(ends) else len(self.text)

    def next_guillemet(self, start: int, end: int) -> str | None:
        """The first of « » “ ” in ``start..end``."""
        i = bisect.bisect_left(self.guillemets, start)
        if i < len(self.guillemets) and self.guillemets[i] < end:
            return self.text[self.guillemets[i]]
        return None


@lru_cache(maxsize=4)
def quote_marks(text: str) -> QuoteMarks:
    """The quote marks of ``text``, found once for all the names in it."""
    return QuoteMarks(text)

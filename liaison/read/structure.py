"""The structure of a clean text, the same for every format: title, headings, bullets, paragraphs.

Reference notes are exported from Word, so structure is read off the shape of lines:
a bullet starts with a marker (``·``, ``•``, ``-``, ``1.``), a heading is a short line in
capitals or a short line without a final period that a list follows, the title is the
first lines when they look like that. A reader that knows more (a Word style, an HTML
tag) passes a ``LineHint`` for the line, and the shape rules fill in the rest. A line of
a plain text that does not start anything and follows a line that did not end a
sentence continues the block before it (a bullet that Word wrapped onto two lines).

Block spans cover the block's words: without the marker and the spaces around.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from liaison.model import Block, BlockKind
from liaison.read.datelines import date_line
from liaison.text.years import DATED_ITEM, YEAR_LINE

MAX_TITLE_LINES = 5
MAX_SHORT_WORDS = 12
MAX_SHORT_CHARS = 120
MAX_CAPS_WORDS = 20
MIN_CAPS_SHARE = 0.8
MAX_HEADING_TAIL_WORDS = 3

MARKER = re.compile(
    r"""(?P<dot>[·•●▪■►▸♦◆∙‣⁃])[ \t]*
    | (?P<star>\*)[ \t]+
    | (?P<ring>[◦○])[ \t]*
    | (?P<dash>[-–−])[ \t]+
    | (?P<word>[o§])\t[ \t]*
    | (?P<number>\d{1,2}(?:\.\d{1,2})*)[.)][ \t]+
    | (?P<letter>[а-яa-z])\)[ \t]+""",
    re.VERBOSE,
)
SENTENCE_END = re.compile(r"[.!?…;:][\"'»”)\]]*$")
INNER_SENTENCE_BREAK = re.compile(r"[.!?…] +[A-ZА-ЯЁ]")
UPPER = re.compile(r"[A-ZА-ЯЁ]")
LOWER = re.compile(r"[a-zа-яё]")
STARTS_LOWER = re.compile(r"^[a-zа-яё]")
TOWN_ABBREVIATION = re.compile(r"(?:\(|,|\b(?:в|во|из|до|у|с|г\.|и))\s*г\.$")
STARTS_CAPITAL = re.compile(r"^[\"«„“(]?[A-ZА-ЯЁ]")
# A hard-wrapped text (a PDF's text layer, a fixed-width .txt) has no line much longer than
# its page allows and many lines near that width; a text written a paragraph a line has
# lines far longer. A line is full when the next line's first word would not have fitted.
MAX_WRAP_WIDTH = 150
MIN_WRAPPED_LINES = 6
NEAR_WIDTH = 0.75
MIN_NEAR_WIDTH_SHARE = 0.3
MIN_BREAKS = 2
MIN_BREAK_SHARE = 0.15
FULL_LINE = 0.9
# A line that stops at an initial or an abbreviation ("Алиева Г.А.", "в г.") has not
# ended its sentence when the next line carries on where the page ran out.
ABBREVIATED_END = re.compile(
    r"(?:\b[A-ZА-ЯЁ]\.\s?){1,3}$|\b(?:г|гг|им|ул|обл|пр|пос|ст|т)\.$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class LineHint:
    """What a format knows of one line: a style's kind, or only that a block starts there.

    ``kind`` None leaves the kind to the shape rules. ``is_furniture`` marks page headers,
    which are never the document's title.
    """

    kind: BlockKind | None = None
    level: int = 0
    is_furniture: bool = False


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: its words' span, its text, and what came before it."""

    index: int
    start: int
    end: int
    text: str
    blank_before: bool


@dataclass(frozen=True, slots=True)
class Marker:
    """A bullet's marker: the kind and level it gives and its length with the spaces after."""

    kind: BlockKind
    level: int
    length: int


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` with their stripped spans.

    >>> [(line.text, line.blank_before) for line in split_lines(" A \\n\\nB")]
    [('A', False), ('B', True)]
    """
    lines: list[Line] = []
    offset = 0
    blank_before = False
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if stripped:
            start = offset + len(raw) - len(raw.lstrip())
            lines.append(Line(index, start, start + len(stripped), stripped, blank_before))
            blank_before = False
        elif lines:
            blank_before = True
        offset += len(raw) + 1
    return lines


def bullet_marker(text: str) -> Marker | None:
    """The bullet marker ``text`` starts with, if any.

    >>> bullet_marker("· 16–19 сентября 2019 г., визит")
    Marker(kind=<BlockKind.BULLET: 'bullet'>, level=0, length=2)
    >>> bullet_marker("- выставка (Баку, 2022 г.);").kind
    <BlockKind.SUBBULLET: 'subbullet'>
    >>> bullet_marker("2) второй пункт").level, bullet_marker("1.2. пункт").level
    (0, 1)
    >>> bullet_marker("2023 г.") is None
    True
    """
    match = MARKER.match(text)
    if match is None or match.end() >= len(text):
        return None
    if match.group("dot") or match.group("star"):
        return Marker(BlockKind.BULLET, 0, match.end())
    number = match.group("number")
    level = number.count(".") if number else 1
    kind = BlockKind.BULLET if level == 0 else BlockKind.SUBBULLET
    return Marker(kind, level, match.end())


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence or a list item (``.``, ``;``, ``:``, ``.)``).

    >>> ends_sentence("(Астрахань, 2025 г.)"), ends_sentence("Чрезвычайным и Полномочным Послом")
    (True, False)
    """
    return SENTENCE_END.search(text) is not None


def is_caps_line(text: str) -> bool:
    """True for a line in capitals, such as ``ОСНОВНЫЕ НАПРАВЛЕНИЯ СОТРУДНИЧЕСТВА``.

    >>> is_caps_line("ХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ."), is_caps_line("В сфере культуры")
    (True, False)
    """
    upper = len(UPPER.findall(text))
    lower = len(LOWER.findall(text))
    return (
        upper >= 3
        and upper >= MIN_CAPS_SHARE * (upper + lower)
        and len(text.split()) <= MAX_CAPS_WORDS
    )


# A section's number before a heading's words: 'Раздел 3.', 'Глава II.', 'Section 2.'.
SECTION_NUMBER = re.compile(
    r"^(?:раздел|глава|часть|section|part|chapter)\s+(?:\d{1,2}|[IVXLC]{1,5})\.?\s+", re.I
)


def is_short_line(text: str) -> bool:
    """True for a short line that starts with a capital and does not end a sentence.

    >>> is_short_line("В торгово-экономической сфере"), is_short_line("Проведены встречи.")
    (True, False)
    >>> is_short_line("Раздел 3. Визиты и встречи")  # a section's number before its words
    True
    """
    text = SECTION_NUMBER.sub("", text, count=1)
    return (
        len(text) <= MAX_SHORT_CHARS
        and len(text.split()) <= MAX_SHORT_WORDS
        and STARTS_CAPITAL.match(text) is not None
        and not ends_sentence(text)
        and not text.endswith(",")
        and INNER_SENTENCE_BREAK.search(text) is None
    )


def detect_blocks(text: str, hints: Mapping[int, LineHint] | None = None) -> tuple[Block, ...]:
    """The blocks of ``text``; ``hints`` maps a line number to what its format knows.

    >>> note = "СПРАВКА\\nО ВИЗИТЕ\\n\\nВ сфере культуры\\n· Концерт (2023 г.)\\n- гала-концерт"
    >>> [(b.kind.value, b.level, note[b.start:b.end]) for b in detect_blocks(note)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('title', 0, 'СПРАВКА\\nО ВИЗИТЕ'), ('heading', 1, 'В сфере культуры'),
     ('bullet', 0, 'Концерт (2023 г.)'), ('subbullet', 1, 'гала-концерт')]
    """
    hints = hints or {}
    lines = split_lines(text)
    width = wrap_width(lines)
    first, after = title_range(lines, hints)
    blocks: list[Block] = []
    for pos, line in enumerate(lines):
        if first <= pos < after:
            if pos == first:
                end = lines[after - 1].end
                blocks.append(Block(kind=BlockKind.TITLE, start=line.start, end=end))
            continue
        previous = lines[pos - 1] if pos else None
        following = lines[pos + 1] if pos + 1 < len(lines) else None
        if continues_block(line, previous, blocks, hints, Wrap(width, following)):
            blocks[-1] = replace(blocks[-1], end=line.end)
        else:
            blocks.append(block_of_line(line, previous, following, blocks, hints))
    return tuple(blocks)


def title_range(lines: Sequence[Line], hints: Mapping[int, LineHint]) -> tuple[int, int]:
    """Positions ``[first, after)`` of the lines that make the title; empty when none do.

    A title is a run of lines in capitals (or styled Title) at the top, or one short line
    that stands alone; page headers and a leading date line are passed over.
    """
    first = 0
    while first < len(lines) and (
        hint_of(lines[first], hints).is_furniture or (first == 0 and date_line(lines[0].text))
    ):
        first += 1
    after = first
    while after < len(lines) and after - first < MAX_TITLE_LINES:
        line = lines[after]
        following = lines[after + 1] if after + 1 < len(lines) else None
        if after > first and line.blank_before:
            break
        shape = title_shape(line, following, hints)
        if shape is None or (shape == "short" and after > first):
            break
        after += 1
        if shape == "short":
            break
    return first, after


def title_shape(line: Line, following: Line | None, hints: Mapping[int, LineHint]) -> str | None:
    """'caps' for a line that can be part of a title, 'short' for a one-line title, or None.

    A short line in mixed case is a title only when it stands alone: a wrapped paragraph
    of a PDF starts with lines just as short.
    """
    hint = hint_of(line, hints)
    if hint.kind is not None:
        return "caps" if hint.kind is BlockKind.TITLE else None
    if bullet_marker(line.text) is not None:
        return None
    if is_caps_line(line.text):
        return "caps"
    stands_alone = following is None or following.blank_before or following.index in hints
    if stands_alone and following is not None and not following.blank_before:
        stands_alone = bullet_marker(following.text) is None
    return "short" if stands_alone and is_short_line(line.text) else None


def hint_of(line: Line, hints: Mapping[int, LineHint]) -> LineHint:
    """The hint for ``line``, or an empty one for a plain-text line."""
    return hints.get(line.index, PLAIN)


PLAIN = LineHint()


@dataclass(frozen=True, slots=True)
class Wrap:
    """What tells a hard-wrapped line's break: the text's width (``wrap_width``; None when
    it is not hard-wrapped) and the line after the one judged."""

    width: int | None = None
    following: Line | None = None


def continues_block(
    line: Line,
    previous: Line | None,
    blocks: Sequence[Block],
    hints: Mapping[int, LineHint],
    wrap: Wrap | None = None,
) -> bool:
    """True when a plain-text line carries on the block before it (a wrapped line)."""
    wrap = wrap or Wrap()
    if previous is None or not blocks or line.blank_before or line.index in hints:
        return False
    if blocks[-1].kind is BlockKind.HEADING:
        return is_wrapped_heading(line, previous)
    if blocks[-1].kind not in (BlockKind.BULLET, BlockKind.SUBBULLET, BlockKind.PARAGRAPH):
        return False
    # A line in capitals starts a heading, unless a full line broke a sentence before it
    # ("в выставках" / "«ПРОДЭКСПО», «БЕЛАГРО» …").
    is_broken = not ends_sentence(previous.text) and is_full(previous, line, wrap)
    if is_caps_line(line.text) and not is_broken:
        return False
    if YEAR_LINE.match(line.text) or YEAR_LINE.match(previous.text):
        return False  # '2023 год' heads the items of its year
    if previous.index == 0 and date_line(previous.text):
        return False  # 'date 2025-03-11' dates the item; the article starts after it
    marker = bullet_marker(line.text)
    if marker is not None:
        # A dash the page pushed to the start of a line ("«Казаки»" / "– лауреат …") is
        # the sentence's own, not a sub-item's marker.
        return line.text[0] in "-–−" and is_broken
    # A stop that cannot end a sentence ("в г.", "(г.", ", г.", one inside a quoted name)
    # or a line that goes on in lower case is a line break a PDF or a fixed width put
    # inside a sentence.
    return (
        not ends_sentence(previous.text)
        or STARTS_LOWER.match(line.text) is not None
        or TOWN_ABBREVIATION.search(previous.text) is not None
        or previous.text.count("«") > previous.text.count("»")  # «Диалог. / Успех»
        or goes_on_past_full_line(line, previous, wrap)
    )


def goes_on_past_full_line(line: Line, previous: Line, wrap: Wrap) -> bool:
    """True when a hard-wrapped item goes on after a full line that ends in a stop: at an
    initial ("… Г.А." / "Алиева."), with its next sentence ("(г. Атырау)." / "Состоялись
    переговоры …") or after a colon ("по теме:" / "«Торгово-экономическое …»"), unless
    that line is shaped as a heading over a list.
    """
    if not is_full(previous, line, wrap):
        return False
    heads_list = wrap.following is not None and bullet_marker(wrap.following.text) is not None
    is_heading = is_short_line(line.text) and heads_list
    return ABBREVIATED_END.search(previous.text) is not None or not is_heading


def wrap_width(lines: Sequence[Line]) -> int | None:
    """The width a hard-wrapped text was wrapped at (its longest line), or None for a text
    that is not hard-wrapped.

    >>> wrap_width(split_lines("\\n".join(["слово " * 11] * 6)))
    65
    >>> wrap_width(split_lines("\\n".join(["· Визит в Минск (2023 г.)."] * 6))) is None
    True
    >>> wrap_width(split_lines("\\n".join(["Короткая строка.", "слово " * 40] * 3))) is None
    True
    """
    lengths = [len(line.text) for line in lines]
    if len(lengths) < MIN_WRAPPED_LINES or max(lengths) > MAX_WRAP_WIDTH:
        return None
    width = max(lengths)
    near = [n >= NEAR_WIDTH * width for n in lengths]
    # A line near the width that breaks off mid-sentence, the next line going straight
    # on: a text written a paragraph a line has next to none.
    breaks = sum(
        1
        for pos, line in enumerate(lines[1:], 1)
        if near[pos - 1]
        and not line.blank_before
        and bullet_marker(line.text) is None
        and not ends_sentence(lines[pos - 1].text)
    )
    is_wrapped = sum(near) >= MIN_NEAR_WIDTH_SHARE * len(lines) and breaks >= max(
        MIN_BREAKS, MIN_BREAK_SHARE * len(lines)
    )
    return width if is_wrapped else None


def is_full(previous: Line, line: Line, wrap: Wrap) -> bool:
    """True when ``previous`` broke only because the first word of ``line`` did not fit."""
    if wrap.width is None:
        return False
    first_word = line.text.split(maxsplit=1)[0]
    return len(previous.text) + 1 + len(first_word) > FULL_LINE * wrap.width


def is_wrapped_heading(line: Line, previous: Line) -> bool:
    """True for the rest of a heading in capitals that a PDF broke over two lines
    (``КОНТАКТЫ НА ВЫСОКОМ`` / ``УРОВНЕ``): a few words more, in capitals, nothing between.

    >>> first, rest = split_lines("КОНТАКТЫ НА ВЫСОКОМ\\nУРОВНЕ")
    >>> is_wrapped_heading(rest, first)
    True
    """
    return (
        is_caps_line(previous.text)
        and is_caps_line(line.text)
        and not ends_sentence(previous.text)
        and len(line.text.split()) <= MAX_HEADING_TAIL_WORDS
        and bullet_marker(line.text) is None
    )


def block_of_line(
    line: Line,
    previous: Line | None,
    following: Line | None,
    blocks: Sequence[Block],
    hints: Mapping[int, LineHint],
) -> Block:
    """The block that ``line`` starts, judged by its hint, its marker, then its shape."""
    hint = hint_of(line, hints)
    marker = bullet_marker(line.text)
    start = line.start + (marker.length if marker else 0)
    if hint.kind is not None:
        if hint.kind not in (BlockKind.BULLET, BlockKind.SUBBULLET):
            start = line.start
        return Block(kind=hint.kind, start=start, end=line.end, level=hint.level)
    if marker is not None:
        return Block(kind=marker.kind, start=start, end=line.end, level=marker.level)
    if is_caps_line(line.text):
        return Block(kind=BlockKind.HEADING, start=line.start, end=line.end)
    if is_heading_by_shape(line, previous, following, blocks, opens_items(following, hints)):
        return Block(kind=BlockKind.HEADING, start=line.start, end=line.end, level=1)
    return Block(kind=BlockKind.PARAGRAPH, start=line.start, end=line.end)


def opens_items(line: Line | None, hints: Mapping[int, LineHint]) -> bool:
    """True when ``line`` starts a list: a marker, a list item's or table row's hint, or a
    day and a dash ('17.04.2024 – визит …').

    >>> opens_items(split_lines("17.04.2024–19.04.2024 – визит в Чанша")[0], {})
    True
    >>> opens_items(split_lines("17 апреля 2024 г. делегация прибыла")[0], {})
    False
    """
    if line is None:
        return False
    kind = hint_of(line, hints).kind
    is_dated = DATED_ITEM.match(line.text) is not None  # a chronology without markers
    return bullet_marker(line.text) is not None or kind in ITEM_HINTS or is_dated


ITEM_HINTS = (BlockKind.BULLET, BlockKind.SUBBULLET, BlockKind.TABLE_ROW)


def is_heading_by_shape(
    line: Line,
    previous: Line | None,
    following: Line | None,
    blocks: Sequence[Block],
    is_list_after: bool = False,
) -> bool:
    """True for a short line that stands apart and introduces a list or a paragraph.

    It stands apart when nothing, a blank line, a heading or a finished sentence comes
    before it. A short line with blank lines on both sides and a longer paragraph after it
    is a heading too (a news page's sub-heading).
    """
    if following is None or not is_short_line(line.text):
        return False
    stands_apart = (
        previous is None
        or line.blank_before
        or blocks[-1].kind in HEADINGS
        or ends_sentence(previous.text)
    )
    if is_list_after or bullet_marker(following.text) is not None:
        return stands_apart
    return (
        line.blank_before
        and following.blank_before
        and not is_short_line(following.text)
        and len(following.text) > len(line.text)
    )


HEADINGS = (BlockKind.TITLE, BlockKind.HEADING)

"""Items wrapped over several lines, joined back: a PDF's hard line breaks, a fixed-width .txt.

Two repairs, both keeping every line break in its place so that a format's hints, keyed
by line number, still hold. A word hyphenated at a line end (``сотруд-`` / ``ничества``)
is joined and moved to the next line whole, with its hyphen dropped when the joined word
is in the dictionary and kept when it is not (``торгово-`` / ``экономического`` is a
compound). Once the structure is known, the line breaks inside a wrapped item or
paragraph become spaces, so that the item reads as one sentence; that keeps the length.
Anchors map every offset back to the text as read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from liaison.model import Block, BlockKind
from liaison.text.morph import analyzer

Anchors = tuple[tuple[int, int], ...]

# A Russian word broken at a line end, with what the token holds before it (a quote mark
# or bracket, the first part of a compound: "«Торгово-", "научно-техни-"): that moves
# along with the word, so nothing of the token stays behind at the line end. Both are
# bounded, so a line of one endless token costs no more than a short one.
HYPHEN_BREAK = re.compile(
    r"(?<!\S)(\S{0,40}?)([^\W\d_]{0,60}[а-яё])-[ \t]*\n[ \t]*([а-яё][а-яё]*)", re.IGNORECASE
)
MIN_COMPOUND_PART = 4
ADJECTIVE_ENDINGS = ("ый", "ий", "ой")
LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
WRAPPED = (BlockKind.BULLET, BlockKind.SUBBULLET, BlockKind.PARAGRAPH)


def is_one_word(start: str, end: str) -> bool:
    """True when ``start`` + ``end`` is one word that a line end hyphenated.

    A compound adjective breaks at its own hyphen: its first half is an adjective's stem
    with the linking ``о``/``е`` (``торгово-``: ``торговый``) and its second half a word.
    Otherwise a word the dictionary knows once joined is one (``сотруд`` / ``ничества``),
    and two words it knows as they stand keep their hyphen (``фестиваля-`` / ``форума``).

    >>> is_one_word("сотруд", "ничества"), is_one_word("торгово", "экономического")
    (True, False)
    >>> is_one_word("взаимо", "действия"), is_one_word("Кабардино", "Балкарская")
    (True, False)
    >>> is_one_word("фестиваля", "форума"), is_one_word("Премьер", "министром")
    (False, False)
    >>> is_one_word("Шап", "кеновым"), is_one_word("Гусей", "новым")
    (True, True)
    >>> is_one_word("историко", "культурный")
    False
    """
    if not end[:1].islower():
        return False
    low = start.lower()
    is_compound = (
        len(low) >= MIN_COMPOUND_PART
        and low[-1] in "ое"
        and any(is_adjective(low[:-1] + ending) for ending in ADJECTIVE_ENDINGS)
        and is_dictionary_word(end)
    )
    if is_compound:
        return False
    if is_dictionary_word(start + end):
        return True
    # The linking vowel of a compound whose first half is no dictionary word as such
    # ("историко-" / "культурный", "военно-" / "патриотический"); a name split at a
    # syllable ("Шапке-" / "новым") is no compound.
    is_linked = (
        start[:1].islower()
        and len(low) >= MIN_COMPOUND_PART
        and low[-1] in "ое"
        and is_dictionary_word(end)
    )
    return not (is_linked or (is_dictionary_word(start) and is_dictionary_word(end)))


def is_adjective(word: str) -> bool:
    """True for an adjective in its dictionary form: ``торговый``, ``научный``."""
    return any(
        "ADJF" in parse.tag and parse.normal_form == word and parse.is_known
        for parse in analyzer().parse(word)
    )


def is_dictionary_word(word: str) -> bool:
    """True for a word form the dictionary holds, not one the analyzer only guesses at
    (a guess by a known prefix or suffix, as for ``фестиваляфорума``, does not count)."""
    return bool(analyzer().word_is_known(word.lower()))


def hyphen_edits(text: str) -> Iterator[tuple[int, int, str]]:
    """Edits that join words hyphenated at a line end, the joined word on the next line."""
    for match in HYPHEN_BREAK.finditer(text):
        lead, start, end = match.groups()
        joined = start + end if is_one_word(start, end) else f"{start}-{end}"
        yield match.start(), match.end(), "\n" + lead + joined


def undo_hyphenation(text: str) -> tuple[str, Anchors]:
    """``text`` with line-end hyphenation undone, and anchors back into ``text``.

    >>> undo_hyphenation("в сфере сотруд-\\nничества и торгово-\\nэкономической")[0]
    'в сфере \\nсотрудничества и \\nторгово-экономической'
    """
    pieces: list[str] = []
    anchors: list[tuple[int, int]] = []
    done = shift = 0
    for start, end, replacement in hyphen_edits(text):
        pieces += [text[done:start], replacement]
        done = end
        shift += len(replacement) - (end - start)
        if len(replacement) != end - start:
            anchors.append((end + shift, end))
    pieces.append(text[done:])
    return "".join(pieces), tuple(anchors)


def shift_at(anchors: Anchors, offset: int) -> int:
    """How far ``offset`` lies from its place in the text the anchors point into."""
    shift = 0
    for at, raw in anchors:
        if at > offset:
            break
        shift = raw - at
    return shift


def compose_anchors(outer: Anchors, inner: Anchors) -> Anchors:
    """Anchors from a text edited twice straight back to the first: ``outer`` maps the
    final text to the middle one, ``inner`` the middle one to the first.

    >>> compose_anchors(((5, 6),), ((2, 4),))
    ((2, 4), (5, 8))
    """
    points = {at for at, _ in outer}
    for at, _ in inner:
        guess = at - shift_at(outer, at)
        points.update(p for p in (guess - 1, guess, guess + 1) if p >= 0)
    composed: list[tuple[int, int]] = []
    last = 0
    for point in sorted(points):
        middle = point + shift_at(outer, point)
        shift = middle + shift_at(inner, middle) - point
        if shift != last:
            composed.append((point, point + shift))
            last = shift
    return tuple(composed)


def join_wrapped(text: str, blocks: Sequence[Block]) -> str:
    """``text`` with the line breaks inside wrapped items and paragraphs made spaces.

    >>> join_wrapped("· Визит\\n  делегации.", [Block(kind=BlockKind.BULLET, start=2, end=19)])
    '· Визит   делегации.'
    """
    chars = list(text)
    for block in blocks:
        if block.kind not in WRAPPED or "\n" not in text[block.start : block.end]:
            continue
        for match in LINE_BREAK.finditer(text, block.start, block.end):
            chars[match.start() : match.end()] = " " * (match.end() - match.start())
    return "".join(chars)

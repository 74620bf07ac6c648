"""Clean text as read into the text every later step works on, keeping a map back.

What changes: Word's plain-text leftovers (``[bookmark: _GoBack]``), invisible
characters (soft hyphens, zero-width spaces, a stray byte-order mark) and control
characters other than tab and line breaks (NUL, ESC, DEL) are removed;
Windows line ends become ``\\n``; the text is put in NFC; non-breaking and other odd
spaces become plain spaces; look-alike letters typed in the wrong script are repaired.

Removals and NFC change the length, so they are done first, as edits on the raw text,
and leave anchors ``(offset in clean text, offset in raw text)`` where the two drift
apart (the model's ``Document.raw_offset`` reads them). Everything after that keeps
the length, so the anchors stay true.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from liaison.text.homoglyphs import repair_mixed_scripts
from liaison.text.scripts import cyrillic_share

Edit = tuple[int, int, str]
"""Replace ``raw[start:end]`` with the string."""

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# C0 controls but tab and the line breaks (LF, VT, FF, CR become line ends below), and DEL.
# PostgreSQL refuses NUL in text where SQLite keeps it, so an export of one would not load
# into the other; ESC would let a document's text drive the terminal that prints it.
CONTROLS = "\x00-\x08\x0e-\x1f\x7f"
# Word's "save as plain text" writes bookmarks as ``[bookmark: name]``; `_GoBack` marks
# the last edit, `_Hlk…` a hidden link target. They are never part of the content.
LEFTOVER = re.compile(rf"\[bookmark: [^\]\n]*\]|\r\n|[{INVISIBLE}{CONTROLS}]")
CONTROL = re.compile(f"[{CONTROLS}]")
# NFC only ever changes a run of non-ASCII characters, with the ASCII letter before it
# that a combining mark may attach to (``e`` + U+0301). The runs never hold a character
# that LEFTOVER removes, so the two kinds of edit never overlap.
NON_ASCII_RUN = re.compile(rf"[A-Za-z]?[^\x00-\x7f{INVISIBLE}]+")
# Spaces and line breaks that look like a plain one; each becomes one plain character.
ODD_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
ODD_BREAK = re.compile("[\r\x0b\x0c\u2028\u2029\x85]")
# Word's bullets in the Symbol and Wingdings fonts come out of PDFs as private-use
# characters (U+F0B7 is Symbol's bullet); they become the bullets they show.
PRIVATE_BULLETS = str.maketrans({"\uf0b7": "·", "\uf0a7": "▪", "\uf0d8": "►", "\uf076": "◆"})
PRIVATE_USE = re.compile("[\uf000-\uf0ff]")


@dataclass(frozen=True, slots=True)
class CleanText:
    """Clean text and the anchors that map its offsets back into the raw text."""

    text: str
    anchors: tuple[tuple[int, int], ...] = ()

    def raw_offset(self, offset: int) -> int:
        """The raw offset of ``offset`` in the clean text (as ``Document.raw_offset``).

        >>> cleaned = clean_text("a[bookmark: _GoBack]b")
        >>> cleaned.text, cleaned.raw_offset(1)
        ('ab', 20)
        """
        shift = 0
        for at, raw in self.anchors:
            if at > offset:
                break
            shift = raw - at
        return offset + shift


def clean_text(raw: str) -> CleanText:
    """Clean ``raw`` (see the module docstring) and keep the map back to it.

    >>> clean_text("Меморандум\u00a0o сотрудничестве").text
    'Меморандум о сотрудничестве'
    >>> clean_text("[bookmark: _Hlk93060245]10 ноября").text
    '10 ноября'
    """
    edits = list(leftover_edits(raw))
    if not unicodedata.is_normalized("NFC", raw):
        edits = merge_edits(edits, nfc_edits(raw))
    text, anchors = apply_edits(raw, edits)
    text = ODD_BREAK.sub("\n", ODD_SPACE.sub(" ", text))
    if PRIVATE_USE.search(text):
        text = text.translate(PRIVATE_BULLETS)
    text = repair_mixed_scripts(text, prefer_cyrillic=cyrillic_share(text) >= 0.5)
    return CleanText(text, anchors)


def strip_controls(text: str) -> str:
    r"""``text`` without the control characters cleaning removes (for titles and names).

    >>> strip_controls("Справка\x00 о визите\x1b[2J")
    'Справка о визите[2J'
    """
    return CONTROL.sub("", text)


def leftover_edits(raw: str) -> Iterator[Edit]:
    """Edits that drop Word leftovers and invisible characters and turn CRLF into LF."""
    for match in LEFTOVER.finditer(raw):
        yield match.start(), match.end(), "\n" if match.group() == "\r\n" else ""


def nfc_edits(raw: str) -> Iterator[Edit]:
    """Edits that put each run of non-ASCII characters in NFC.

    >>> list(nfc_edits("Неи\u0306тральная зона"))
    [(0, 12, 'Нейтральная')]
    """
    for match in NON_ASCII_RUN.finditer(raw):
        run = match.group()
        composed = unicodedata.normalize("NFC", run)
        if composed != run:
            yield match.start(), match.end(), composed


def merge_edits(first: Iterable[Edit], second: Iterable[Edit]) -> list[Edit]:
    """Both lists of edits in order; an edit of ``second`` overlapping one of ``first`` loses."""
    kept = sorted(first)
    taken = [(start, end) for start, end, _ in kept]
    for edit in second:
        if not any(edit[0] < end and start < edit[1] for start, end in taken):
            kept.append(edit)
    return sorted(kept)


def apply_edits(raw: str, edits: Iterable[Edit]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``raw`` with the edits applied (sorted, not overlapping) and the anchors they leave.

    >>> apply_edits("ab--cd", [(2, 4, "")])
    ('abcd', ((2, 4),))
    """
    pieces: list[str] = []
    anchors: list[tuple[int, int]] = []
    done = 0
    shift = 0
    for start, end, replacement in edits:
        pieces.append(raw[done:start])
        pieces.append(replacement)
        done = end
        shift += len(replacement) - (end - start)
        if len(replacement) != end - start:
            anchor = (end + shift, end)
            if anchors and anchors[-1][0] == anchor[0]:
                anchors.pop()
            anchors.append(anchor)
    pieces.append(raw[done:])
    return "".join(pieces), tuple(anchors)

"""From the text a reader got out of a file to a ``Document``: clean, structure, identity.

Every format ends here, so cleaning, structure, title, language and the date line are
decided once for all of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from liaison.errors import UnreadableDocument
from liaison.model import Block, BlockKind, Document, content_hash
from liaison.read.datelines import Dateline, date_alone, date_line, find_dateline, release_line
from liaison.read.structure import LineHint, detect_blocks
from liaison.read.wrapping import compose_anchors, join_wrapped, undo_hyphenation
from liaison.text.clean import clean_text, strip_controls
from liaison.text.paths import readable_path
from liaison.text.scripts import guess_lang

# Any run of white space, line breaks included: a paragraph of a styled format is one line.
WHITE_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True, kw_only=True)
class RawText:
    """What a reader got out of a file: the text as read and what the format said of it.

    ``hints`` maps a line number of ``text`` to what a style or tag says of that line;
    cleaning never adds or removes a line, so the numbers hold in the clean text too.
    ``published`` is a date the file states (a page's metadata); ``guessed`` one it only
    suggests (a date printed near a page's headline).
    """

    text: str
    format: str
    hints: Mapping[int, LineHint] = field(default_factory=dict)
    title: str = ""
    lang: str | None = None
    published: date | None = None
    guessed: date | None = None
    encoding: str | None = None


def assemble_document(
    raw: RawText, *, data: bytes, path: Path, published: date | None = None
) -> Document:
    """The ``Document`` for ``raw``, read from ``data`` at ``path``.

    ``published`` is the date a user gave for a file that may state none: a date the file
    states wins over it, and it wins over one the file only suggests.
    """
    cleaned = clean_text(raw.text)
    if not cleaned.text.strip():
        raise UnreadableDocument(
            f"{path}: there is no text in it, only white space",
            "check that the right file was given and that it was saved with its content",
        )
    text, unhyphenated = undo_hyphenation(cleaned.text)
    blocks = detect_blocks(text, raw.hints)
    text = join_wrapped(text, blocks)
    found = opening_dateline(text, blocks)
    if found is not None:
        blocks = without_dateline(blocks, found)
    return Document(
        id=content_hash(data),
        path=readable_path(path),
        title=one_line(strip_controls(raw.title)) or title_from_blocks(text, blocks),
        lang=raw.lang or guess_lang(text),
        published=publication_date(text, raw, found, published),
        text=text,
        blocks=blocks,
        source_offsets=compose_anchors(unhyphenated, cleaned.anchors),
        format=raw.format,
        encoding=raw.encoding,
    )


# A dateline opens the article: it is looked for in the first blocks after the title.
DATELINE_BLOCKS = 3


def opening_dateline(text: str, blocks: tuple[Block, ...]) -> Dateline | None:
    """The dateline that opens one of the first blocks of the article, if any."""
    body = [b for b in blocks if b.kind is not BlockKind.TITLE][:DATELINE_BLOCKS]
    for block in body:
        found = (
            find_dateline(text, block.start, block.end)
            or date_alone(text, block.start, block.end)
            or release_line(text, block.start, block.end)
        )
        if found is not None:
            return found
    return None


def without_dateline(blocks: tuple[Block, ...], found: Dateline) -> tuple[Block, ...]:
    """The blocks with the dateline cut off the block it opens, so no sentence holds it.

    A dateline names a day but no contact; left in, the article's first sentence would
    read as an event of that day.
    """
    kept: list[Block] = []
    for block in blocks:
        if block.start == found.start:
            if found.end < block.end:
                kept.append(replace(block, start=found.end))
            continue
        kept.append(block)
    return tuple(kept)


def publication_date(
    text: str, raw: RawText, found: Dateline | None, given: date | None
) -> date | None:
    """A date the file states, else the one a user gave, else one the file suggests.

    The file states its date in its metadata, on a first line ``date 2021-12-08`` or in a
    dateline that gives the year; a dateline without a year, its year taken from the text,
    and a date printed by a page's headline only suggest one.
    """
    stated = raw.published or date_line(first_line(text))
    if stated is None and found is not None and found.is_year_stated:
        stated = found.published
    if stated is not None or given is not None:
        return stated or given
    return found.published if found is not None and found.published else raw.guessed


def title_from_blocks(text: str, blocks: tuple[Block, ...]) -> str:
    """The title blocks' words on one line; else the first heading's; else nothing.

    >>> from liaison.read.structure import detect_blocks
    >>> note = "СПРАВКА\\nО ВИЗИТЕ В БАКУ\\n\\n· Визит (2023 г.)"
    >>> title_from_blocks(note, detect_blocks(note))
    'СПРАВКА О ВИЗИТЕ В БАКУ'
    """
    titles = [b for b in blocks if b.kind is BlockKind.TITLE]
    if not titles:
        titles = [b for b in blocks if b.kind is BlockKind.HEADING][:1]
    return " ".join(" ".join(text[b.start : b.end].split()) for b in titles)


def first_line(text: str) -> str:
    """The first non-blank line of ``text``."""
    for line in text.split("\n", 5):
        if line.strip():
            return line
    return ""


def one_line(text: str) -> str:
    """``text`` on one line: runs of white space, line breaks included, become one space.

    A reader of a styled format (docx, html) makes one line of each paragraph, so that
    line numbers and the hints keyed by them agree.

    >>> one_line(" Визит\\nв Баку\\t(2023 г.) ")
    'Визит в Баку (2023 г.)'
    """
    return WHITE_SPACE.sub(" ", text).strip()

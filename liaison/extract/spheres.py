"""Spheres of cooperation, and the sections of a reference note they head.

A note is a title, a top list (the agreements in force), sphere sections ("В сфере
образования") and a chronology of contacts. ``parts`` walks the blocks and tells each
one's section; ``sphere_of_heading`` maps a heading to the Sphere vocabulary through the
lemma cues in ``data/spheres.tsv`` and never fails: a heading it cannot place is OTHER.
A document without blocks (a plain news text) is split into lines, so every rule still
gets something to read.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from liaison.data import SPHERES, load_records
from liaison.extract.partners import (
    LemmaKey,
    LemmaTable,
    Token,
    lemma_key,
    lemma_table,
    match_lemmas,
    tokens,
    tokens_between,
)
from liaison.extract.sections import (
    SectionKind,
    first_cue,
    heading_section,
    is_agreement_list,
    opened_section,
)
from liaison.model import Block, BlockKind, Document, Sphere

# Bullet markers and white space a block may start with, depending on the reader.
MARKERS = re.compile(r"^[\s·•▪●◦‣∙*\-–—]+")
TRAILING = re.compile(r"\s+$")
BULLET_LINE = re.compile(r"^\s*[·•▪●∙*]\s*")
SUBBULLET_LINE = re.compile(r"^\s*[-–—◦‣]\s*")
HEADING_MAX = 90
# A quoted name, of at most QUOTE_MAX characters: an opening « that never closes would
# otherwise be tried to the end of its line, and a line of many such (a hostile file, a
# broken export) cost time in the square of its length. The longest name in the corpus
# (a conference's theme) has 148.
QUOTE_MAX = 400
QUOTED = rf"(?:«[^»\n]{{0,{QUOTE_MAX}}}»+|\"[^\"\n]{{1,{QUOTE_MAX}}}\"|“[^”\n]{{1,{QUOTE_MAX}}}”)"
SENTENCE_END = re.compile(
    r"(?<!\bг)(?<!\bгг)(?<!\bим)(?<!\bSt)(?<!\bMr)(?<!\bDr)(?<!\b[А-ЯЁA-Z])(?<!\bдолл)"
    r"[.!?]\s+(?=[А-ЯЁA-Z«\"])"
)

__all__ = ["Part", "SectionKind", "parts", "section_of", "spheres_in"]


@dataclass(frozen=True, slots=True)
class Part:
    """A block's words (markers and edge spaces cut off) and the section it is in."""

    kind: BlockKind
    start: int
    end: int
    section: SectionKind
    sphere: Sphere | None = None
    is_opening: bool = False  # a heading or lead-in line that opens ``section``


@cache
def sphere_cues() -> LemmaTable[Sphere]:
    """The lemmatised cues of every sphere."""
    cues: dict[LemmaKey, Sphere] = {}
    for record in load_records(SPHERES):
        for cue in record["cues"].split(";"):
            key = lemma_key(cue)
            if key:
                cues.setdefault(key, Sphere(record["sphere"]))
    return lemma_table(cues)


def spheres_in(text: str) -> list[Sphere]:
    """The spheres a text names, in order of first mention.

    >>> spheres_in("о торгово-экономическом, научно-техническом и культурном сотрудничестве")
    [<Sphere.TRADE: 'trade'>, <Sphere.SCIENCE: 'science'>, <Sphere.CULTURE: 'culture'>]
    >>> spheres_in("в сфере физической культуры и спорта")
    [<Sphere.SPORT: 'sport'>]
    """
    return spheres_of_tokens(tokens(text))


def spheres_between(text: str, start: int, end: int) -> list[Sphere]:
    """The spheres ``text[start:end]`` names, read from the document's cached tokens.

    >>> t = "Концерт молодежного оркестра. Открытие Астраханского делового центра."
    >>> spheres_between(t, 0, t.index("Открытие"))
    [<Sphere.CULTURE: 'culture'>, <Sphere.YOUTH: 'youth'>]
    """
    return spheres_of_tokens(tokens_between(text, start, end))


def spheres_of_tokens(toks: Sequence[Token]) -> list[Sphere]:
    """The spheres a run of tokens names, in order of first mention, each once.

    A cue of OTHER names a phrase that holds a sphere's word but no sphere ("муниципальное
    образование" is not education): it only keeps a shorter cue from matching there.
    """
    found = [s for _, _, s in match_lemmas(toks, sphere_cues()) if s != Sphere.OTHER]
    return list(dict.fromkeys(found))


def sphere_of_heading(heading: str) -> Sphere:
    """The sphere a section heading names: its first cue; OTHER when it names none.

    >>> sphere_of_heading("В сфере промышленности, строительства и ЖКХ")
    <Sphere.INDUSTRY: 'industry'>
    >>> sphere_of_heading("Прочее")
    <Sphere.OTHER: 'other'>
    """
    found = spheres_in(heading)
    return found[0] if found else Sphere.OTHER


def section_of_heading(heading: str) -> tuple[SectionKind, Sphere | None]:
    """The section a heading opens: by its cue words (``sections``), else a sphere.

    >>> section_of_heading("Экономика и инвестиции")
    (<SectionKind.SPHERE: 'sphere'>, <Sphere.TRADE: 'trade'>)
    >>> section_of_heading("Нормативная основа сотрудничества")
    (<SectionKind.TOP: 'top'>, None)
    """
    names_sphere = bool(spheres_in(heading))
    section = heading_section(heading, names_sphere=names_sphere)
    if section is not None:
        return section, None
    return SectionKind.SPHERE, sphere_of_heading(heading)


def body(text: str, start: int, end: int) -> tuple[int, int]:
    """The block's span without its bullet marker and surrounding white space."""
    piece = text[start:end]
    lead = MARKERS.match(piece)
    trail = TRAILING.search(piece)
    cut_end = end - (len(trail.group()) if trail else 0)
    return min(start + (lead.end() if lead else 0), cut_end), cut_end


def line_kind(line: str) -> BlockKind:
    """The kind of a line of a document that came without blocks."""
    if BULLET_LINE.match(line):
        return BlockKind.BULLET
    if SUBBULLET_LINE.match(line):
        return BlockKind.SUBBULLET
    bare = line.strip()
    if len(bare) <= HEADING_MAX and not bare.endswith((".", ":", ";", ",")):
        return BlockKind.HEADING
    return BlockKind.PARAGRAPH


def line_blocks(text: str) -> tuple[Block, ...]:
    """Blocks for a text without structure: one a non-empty line."""
    blocks = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            blocks.append(Block(kind=line_kind(m.group()), start=m.start(), end=m.end()))
    return tuple(blocks)


@lru_cache(maxsize=16)
def parts(doc: Document) -> tuple[Part, ...]:
    """Every block of the document with its section (blocks from lines if it has none).

    Cached per document, not per (text, blocks): a tuple does not keep its hash, and
    hashing every block again for each of a long note's facts made extraction quadratic.
    """
    return parts_of(doc.text, doc.blocks or line_blocks(doc.text))


def parts_of(text: str, blocks: tuple[Block, ...]) -> tuple[Part, ...]:
    """Sections of the blocks: the top list until the first heading, then by heading."""
    found: list[Part] = []
    section, sphere = SectionKind.TOP, None
    for block in blocks:
        start, end = body(text, block.start, block.end)
        if start >= end:
            continue
        if block.kind == BlockKind.TITLE:
            found.append(Part(block.kind, start, end, SectionKind.TITLE))
            section = title_section(text[start:end], section)
            continue
        opened = opening(block.kind, text[start:end], section)
        if opened is not None:
            section, sphere = opened
        found.append(Part(block.kind, start, end, section, sphere, opened is not None))
    return tuple(agreement_sections(text, found))


def agreement_sections(text: str, found: list[Part]) -> list[Part]:
    """The parts, with a section whose heading names neither a section nor a sphere made
    the top list when its items are agreements ("Правовая основа взаимодействия" over
    "Соглашение …", "Меморандум …")."""
    starts = [i for i, p in enumerate(found) if p.is_opening and p.kind == BlockKind.HEADING]
    for first, after in zip(starts, [*starts[1:], len(found)][: len(starts)], strict=True):
        head = found[first]
        if head.section != SectionKind.SPHERE or head.sphere != Sphere.OTHER:
            continue
        run = found[first:after]
        items = [text[p.start : p.end] for p in run if p.kind == BlockKind.BULLET]
        if is_agreement_list(items):
            found[first:after] = [
                dataclasses.replace(p, section=SectionKind.TOP, sphere=None) for p in run
            ]
    return found


def title_section(title: str, current: SectionKind) -> SectionKind:
    """The section after a title: a chronology when the title names one outright.

    A title names the note's subject ("СПРАВКА О ВИЗИТЕ"), so only a cue strong enough to
    open a section from running text ("ХРОНОЛОГИЯ КОНТАКТОВ") opens one from a title.
    """
    cue = first_cue(title)
    return cue.section if cue is not None and cue.is_in_text else current


def opening(
    kind: BlockKind, words: str, current: SectionKind
) -> tuple[SectionKind, Sphere | None] | None:
    """The section (and sphere) a heading or a lead-in line opens; None for other blocks."""
    if kind == BlockKind.HEADING:
        return section_of_heading(words)
    if kind != BlockKind.PARAGRAPH or first_cue(words) is None:
        return None
    section = opened_section(
        kind, words, names_sphere=bool(spheres_in(words)), in_sphere=current == SectionKind.SPHERE
    )
    return None if section is None else (section, None)


def section_of(doc: Document, offset: int) -> Part | None:
    """The block at or before ``offset``, with the section it is in; None before the first.

    The one question the extraction asks about sections: which part of the note is this?
    """
    found = parts(doc)
    at = bisect.bisect_right(part_starts(doc), offset) - 1
    return found[at] if at >= 0 else None


@lru_cache(maxsize=16)
def part_starts(doc: Document) -> list[int]:
    """Where each of the document's parts starts, for ``section_of``."""
    return [p.start for p in parts(doc)]


def items(doc: Document, *sections: SectionKind) -> Iterator[Part]:
    """The bullets and sub-bullets of the given sections (all sections when none given)."""
    for part in parts(doc):
        is_item = part.kind in (BlockKind.BULLET, BlockKind.SUBBULLET)
        if is_item and (not sections or part.section in sections):
            yield part


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` (not split after "г.", "им.", "долл." or
    initials)."""
    bounds, begin = [], start
    for m in SENTENCE_END.finditer(text, start, end):
        bounds.append((begin, m.start() + 1))
        begin = m.end()
    return [*bounds, (begin, end)]


# "…, что на 31% больше показателя 2022 г. В регионе действуют …": a year, "г." and a
# capitalised word end a sentence the splitter above keeps whole (after "г." may come a
# city); not after a day and month ("12 мая 2023 г. Губернатор провел …").
YEAR_END = re.compile(r"(?<=[а-яё,)])\s+(?:в\s+)?(?:19|20)\d\d\s*гг?\.(?=\s+[А-ЯЁ](?:[а-яё]|\s))")
MONTH_BEFORE = re.compile(
    r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)$"
)


def statements(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, split also after a year that ends one.

    >>> t = "Рост составил 31% к 2022 г. В регионе 27 организаций. Визит 12 мая 2023 г. Губернатор"
    >>> [t[a:b] for a, b in statements(t, 0, len(t))]
    ['Рост составил 31% к 2022 г.', 'В регионе 27 организаций.', 'Визит 12 мая 2023 г. Губернатор']
    """
    found = []
    for begin, finish in sentences(text, start, end):
        for m in YEAR_END.finditer(text, begin, finish):
            if MONTH_BEFORE.search(text, begin, m.start()):
                continue
            found.append((begin, m.end()))
            begin = m.end() + len(text[m.end() : finish]) - len(text[m.end() : finish].lstrip())
        found.append((begin, finish))
    return found


def masked(text: str, start: int, end: int) -> Masked:
    """``text`` with quoted names and brackets in ``start..end`` blanked, offsets kept.

    Only the span and a little context around it are copied, so a rule may mask every
    sentence of a long document in time linear in its length.

    >>> plain = masked("a «b» (c) d", 0, 11)
    >>> plain[0:11], plain[2], plain.search("[a-z]", 1, 11)
    ('a ___ ___ d', '_', Found(begin=10, finish=11))
    """
    piece = text[start:end]
    for pattern in (QUOTED, r"\([^()]*\)"):
        piece = re.sub(pattern, lambda m: "_" * len(m.group()), piece)
    lo = max(0, start - CONTEXT)
    return Masked(text[lo:start] + piece + text[end : end + CONTEXT], lo)


# Characters of context kept around a masked span, for look-behinds and look-aheads.
CONTEXT = 64


@dataclass(frozen=True, slots=True)
class Found:
    """Where a pattern matched in a masked text, in the whole text's offsets."""

    begin: int
    finish: int

    def start(self) -> int:
        """Where the match starts (as ``re.Match.start``)."""
        return self.begin

    def end(self) -> int:
        """Where the match ends (as ``re.Match.end``)."""
        return self.finish


@dataclass(frozen=True, slots=True)
class Masked:
    """A window of a text with some spans blanked, read with the whole text's offsets."""

    window: str
    offset: int

    def __getitem__(self, key: int | slice) -> str:
        if isinstance(key, slice):
            return self.window[key.start - self.offset : key.stop - self.offset]
        return self.window[key - self.offset]

    def search(self, pattern: re.Pattern[str] | str, pos: int, endpos: int) -> Found | None:
        """The first match of ``pattern`` in ``pos..endpos`` (as ``Pattern.search``)."""
        return next(self.finditer(pattern, pos, endpos), None)

    def finditer(self, pattern: re.Pattern[str] | str, pos: int, endpos: int) -> Iterator[Found]:
        """Every match of ``pattern`` in ``pos..endpos`` (as ``Pattern.finditer``)."""
        compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
        for m in compiled.finditer(self.window, pos - self.offset, endpos - self.offset):
            yield Found(m.start() + self.offset, m.end() + self.offset)

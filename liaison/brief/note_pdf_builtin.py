"""The note as PDF without LibreOffice: the lines of the Word note, drawn by fpdf2.

The page follows the shipped Word template: A4, margins of 3 cm left, 1.5 cm right and
2 cm top and bottom, a Times-metric serif (Liberation Serif, shipped in liaison/data/fonts
under the SIL Open Font License) at 14 pt with single spacing, justified paragraphs with a
1.25 cm first-line indent, bold centred headings kept with the text under them, page
numbers at the top from page 2, footnote numbers as superscripts and the numbered sources
at the end in 12 pt. The words are the same as in the Word note; lines may break in other
places than Word breaks them, which is what LibreOffice is for.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.fonts import TTFFont

from liaison.brief.content import NoteContent
from liaison.brief.files import replacing
from liaison.brief.layout import build_note
from liaison.brief.placeholders import template_context
from liaison.data import NOTE_FONT, NOTE_FONT_BOLD

MM_PER_PT = 25.4 / 72
BODY_PT = 14
SOURCES_PT = 12
SPACING = 1.15  # single spacing of a Times-metric font, as a multiple of its size
LEFT, TOP, RIGHT, BOTTOM = 30.0, 20.0, 15.0, 20.0  # mm
INDENT = 12.5  # mm, the first line of a paragraph
FAMILY = "LiberationSerif"
MARKS = {"bullet": "·\u00a0", "subbullet": "-\u00a0"}
SPACE_AROUND = {"heading": (12, 12), "subheading": (12, 6)}  # pt before, after
# White space of any kind is drawn as a space; other control and format characters
# (NUL, ESC, bidirectional overrides, zero-width marks) are not drawn at all.
AS_SPACE = frozenset("\t\n\r\v\f\x85\u2028\u2029")
UNDRAWN = frozenset(("Cc", "Cf", "Cs", "Co", "Cn"))
MISSING = "?"


class NotePages(FPDF):
    """A4 pages in the house style, numbered at the top from the second page."""

    def header(self) -> None:
        if self.page_no() < 2:
            return
        self.set_font(FAMILY, "", SOURCES_PT)
        self.set_y(TOP / 2)
        self.cell(0, SOURCES_PT * MM_PER_PT, str(self.page_no()), align="C")
        self.set_y(TOP)


def draw_pdf(content: NoteContent, lang: str = "ru", sources: bool = False, *, out: Path) -> Path:
    """Write the note to ``out`` (.pdf) drawn by fpdf2, in the shipped font."""
    context = template_context(content, build_note(content, lang), sources)
    pdf = note_pages(context)
    with replacing(out) as temporary:
        pdf.output(str(temporary))
    return out


def note_pages(context: Mapping[str, Any]) -> NotePages:
    """The note's pages from the same placeholders the Word and HTML templates get."""
    pdf = NotePages(orientation="portrait", unit="mm", format="A4")
    pdf.add_font(FAMILY, "", str(NOTE_FONT))
    pdf.add_font(FAMILY, "B", str(NOTE_FONT_BOLD))
    glyphs = font_glyphs(pdf)
    pdf.set_margins(LEFT, TOP, RIGHT)
    pdf.set_auto_page_break(True, BOTTOM)
    pdf.set_title(drawable(" ".join(context["title"]), glyphs))
    pdf.set_lang(context["lang"])
    pdf.set_creator("Liaison")
    pdf.add_page()
    pdf.set_font(FAMILY, "B", BODY_PT)
    for line in context["title"]:
        centred(pdf, drawable(line, glyphs))
    pdf.ln(line_height(BODY_PT))  # one empty line under the title, as in the notes
    for block in context["blocks"]:
        if block["kind"] in SPACE_AROUND:
            heading(pdf, block["kind"], drawable(block["text"], glyphs))
        else:
            paragraph(pdf, drawable(MARKS[block["kind"]] + block["text"], glyphs), block["ref"])
    if context["sources"]:
        source_list(pdf, context["sources_heading"], context["sources"], glyphs)
    return pdf


def font_glyphs(pdf: NotePages) -> frozenset[int]:
    """The code points the shipped font draws (regular and bold cover the same)."""
    font = pdf.fonts[FAMILY.lower()]
    return frozenset(font.cmap) if isinstance(font, TTFFont) else frozenset()


def heading(pdf: NotePages, kind: str, words: str) -> None:
    """A bold centred heading, moved to the next page rather than left alone at the foot
    of this one."""
    before, after = (points * MM_PER_PT for points in SPACE_AROUND[kind])
    if pdf.will_page_break(before + 4 * line_height(BODY_PT) + after):
        pdf.add_page()
    elif pdf.get_y() > TOP:
        pdf.ln(before)
    pdf.set_font(FAMILY, "B", BODY_PT)
    centred(pdf, words)
    pdf.ln(after)


def centred(pdf: NotePages, words: str) -> None:
    """One centred line (wrapped when long) in the current font."""
    height = line_height(pdf.font_size_pt)
    pdf.multi_cell(0, height, words, align="C", new_x="LMARGIN", new_y="NEXT")


def paragraph(pdf: NotePages, words: str, ref: str) -> None:
    """A justified paragraph with a first-line indent and its footnote number raised."""
    pdf.set_font(FAMILY, "", BODY_PT)
    with (
        pdf.text_columns(text_align="J", line_height=SPACING) as column,
        column.paragraph(first_line_indent=INDENT) as para,
    ):
        para.write(words)
        if ref:
            pdf.char_vpos = "SUP"
            para.write(ref)
            pdf.char_vpos = "LINE"


def source_list(
    pdf: NotePages, title: str, sources: list[dict[str, Any]], glyphs: frozenset[int]
) -> None:
    """'Источники' and the numbered sources, left-aligned in the smaller size."""
    pdf.ln(18 * MM_PER_PT)
    pdf.set_font(FAMILY, "B", SOURCES_PT)
    height = line_height(SOURCES_PT)
    pdf.multi_cell(0, height, drawable(title, glyphs), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6 * MM_PER_PT)
    pdf.set_font(FAMILY, "", SOURCES_PT)
    for source in sources:
        words = drawable(f"{source['number']}. {source['text']}", glyphs)
        pdf.multi_cell(0, height, words, align="L", new_x="LMARGIN", new_y="NEXT")


def line_height(points: float) -> float:
    """The height in mm of a line of type ``points`` high, single-spaced."""
    return points * SPACING * MM_PER_PT


def drawable(text: str, glyphs: frozenset[int]) -> str:
    """``text`` as the page can show it: white space as spaces, control and format
    characters left out, a character the font has no glyph for as '?'.

    >>> drawable("a\\tb\\x00c\\x1b[31m\\u202ed 漢", frozenset(map(ord, "abcd[31m ?")))
    'a bc[31md ?'
    """
    out = []
    for char in text:
        if char in AS_SPACE:
            out.append(" ")
        elif unicodedata.category(char) in UNDRAWN:
            continue
        else:
            out.append(char if ord(char) in glyphs else MISSING)
    return "".join(out)

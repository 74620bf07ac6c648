"""Build the shipped note template, note.docx, with python-docx: run it to rebuild.

    .venv/bin/python liaison/brief/templates/make_template.py [OUT]

The template is a ministry reference note: A4, Times New Roman 14 pt, single spacing,
justified text with a 1.25 cm first-line indent, the title bold, centred and in
capitals, section headings bold and centred, sphere headings bold, page numbers at the
top from page 2. Its placeholders (docxtpl / Jinja) are documented in docs/briefing.md:
``title``, ``blocks`` (kind, text, ref), ``sources`` (number, text), ``sources_heading``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
FONT = "Times New Roman"
SIZE = Pt(14)
INDENT = Cm(1.25)


def build_template(out: Path) -> Path:
    """Write the template to ``out`` and return it."""
    doc = Document()
    set_up_page(doc)
    set_up_normal_style(doc)
    add_page_numbers(doc)
    tag(doc.add_paragraph(), "{%p for line in title %}")
    line(doc, "{{ line }}", bold=True, centred=True)
    tag(doc.add_paragraph(), "{%p endfor %}")
    doc.add_paragraph()  # one empty line under the title, as in the notes
    tag(doc.add_paragraph(), "{%p for b in blocks %}")
    tag(doc.add_paragraph(), "{%p if b.kind == 'heading' %}")
    line(doc, "{{ b.text }}", bold=True, centred=True, before=12, after=12)
    tag(doc.add_paragraph(), "{%p elif b.kind == 'subheading' %}")
    line(doc, "{{ b.text }}", bold=True, centred=True, before=12, after=6)
    tag(doc.add_paragraph(), "{%p elif b.kind == 'subbullet' %}")
    line(doc, "-\u00a0{{ b.text }}", indent=INDENT)
    tag(doc.add_paragraph(), "{%p else %}")
    bullet(doc)
    tag(doc.add_paragraph(), "{%p endif %}")
    tag(doc.add_paragraph(), "{%p endfor %}")
    tag(doc.add_paragraph(), "{%p if sources %}")
    line(doc, "{{ sources_heading }}", bold=True, before=18, after=6, size=Pt(12))
    tag(doc.add_paragraph(), "{%p for s in sources %}")
    line(doc, "{{ s.number }}. {{ s.text }}", size=Pt(12), justified=False)
    tag(doc.add_paragraph(), "{%p endfor %}")
    tag(doc.add_paragraph(), "{%p endif %}")
    doc.core_properties.title = "Справочная информация"
    doc.core_properties.author = "Liaison"
    doc.save(str(out))
    return out


def set_up_page(doc: WordDocument) -> None:
    """A4 with the margins of Russian official papers: 3 cm left, 1.5 cm right, 2 cm."""
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)


def set_up_normal_style(doc: WordDocument) -> None:
    """Times New Roman 14 pt for every script (Cyrillic included), single spacing."""
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = SIZE
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(0), Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.widow_control = True


def add_page_numbers(doc: WordDocument) -> None:
    """A centred PAGE field in the header, none on the first page."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    para = section.header.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    para._p.append(field)


def tag(para: Paragraph, text: str) -> None:
    """A paragraph holding only a docxtpl block tag (it disappears when rendered)."""
    para.add_run(text)


def line(
    doc: WordDocument,
    text: str,
    *,
    bold: bool = False,
    centred: bool = False,
    justified: bool = True,
    indent: Cm | None = None,
    before: int = 0,
    after: int = 0,
    size: Pt | None = None,
) -> Paragraph:
    """A formatted paragraph with one run of ``text``."""
    para = doc.add_paragraph()
    fmt = para.paragraph_format
    if centred:
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif not justified:
        fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fmt.first_line_indent = indent
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if centred or bold:
        fmt.keep_with_next = True
    run = para.add_run(text)
    run.bold = bold or None
    if size is not None:
        run.font.size = size
    return para


def bullet(doc: WordDocument) -> Paragraph:
    """'· text' with the footnote number as a superscript run after it."""
    para = line(doc, "·\u00a0{{ b.text }}", indent=INDENT)
    ref = para.add_run("{{ b.ref }}")
    ref.font.superscript = True
    return para


def main() -> None:
    """Rebuild note.docx beside this script, or at the path given."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "note.docx"
    build_template(out)
    sys.stdout.write(f"wrote {out}\n")


if __name__ == "__main__":
    main()

"""Build the notes of this set that are not plain UTF-8 text from their sources in sources/.

Run from the repository root:  .venv/bin/python benchmarks/devsets/notes/make_binary.py

The outputs are committed; the scorer never runs this. A source is plain text with a line
mark for each Word feature the note uses, so the words stay readable and diffable:

    = title        # heading        * item (List Bullet)      + numbered item (List Number)
    ** sub-item (List Bullet 2)     | cell | cell |  a table row    anything else: a paragraph

The PDF is printed by LibreOffice (``soffice --headless --convert-to pdf``) from a .docx
laid out on a narrow page, so its text layer breaks every item over several lines; long
words carry a soft hyphen, so some lines end in a hyphenated half-word as Word's
automatic hyphenation leaves them. Its dates and ids are then fixed with pypdf, so a
rebuild gives the same bytes.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.shared import Cm, Pt
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from liaison.data.samples.make_samples import save_reproducibly
from tests.data.make_fixtures import convert_to_pdf

SOURCES = HERE / "sources"
STYLES = (("** ", "List Bullet 2"), ("* ", "List Bullet"), ("+ ", "List Number"))
# A soft hyphen past the middle of a long word, between a vowel and a consonant followed by
# a vowel (гу-ма-ни-тар-ном): the commonest place Russian hyphenation allows a break.
LONG_WORD = re.compile(r"[А-Яа-яЁё]{11,}")
VOWELS = "аеёиоуыэюяАЕЁИОУЫЭЮЯ"


def build_docx(source: Path) -> WordDocument:
    """A Word document from a marked-up source: title, headings, list styles, tables."""
    document = docx.Document()
    document.core_properties.title = ""
    rows: list[list[str]] = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
            continue
        if rows:
            add_table(document, rows)
            rows = []
        add_line(document, line)
    if rows:
        add_table(document, rows)
    return document


def add_line(document: WordDocument, line: str) -> None:
    """One marked line as the paragraph style its mark names."""
    if not line.strip():
        return
    if line.startswith("= "):
        document.add_paragraph(line[2:], style="Title")
        return
    if line.startswith("# "):
        document.add_heading(line[2:], level=1)
        return
    for mark, style in STYLES:
        if line.startswith(mark):
            document.add_paragraph(line[len(mark) :], style=style)
            return
    document.add_paragraph(line)


def add_table(document: WordDocument, rows: list[list[str]]) -> None:
    """A grid table; the first row is the header."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=True):
            cell.text = text


def soft_hyphenated(text: str) -> str:
    """Long words with one soft hyphen each, past their middle, before a consonant and vowel."""

    def hyphenate(match: re.Match[str]) -> str:
        word = match.group()
        for i in range(len(word) // 2, len(word) - 3):
            if word[i] in VOWELS and word[i + 1] not in VOWELS + "йьъ" and word[i + 2] in VOWELS:
                return word[: i + 1] + "\u00ad" + word[i + 1 :]
        return word

    return LONG_WORD.sub(hyphenate, text)


def narrow_page(document: WordDocument) -> None:
    """A narrow page and a large font, so each item breaks over several lines."""
    section = document.sections[0]
    section.page_width, section.page_height = Cm(12), Cm(29.7)
    section.left_margin = section.right_margin = Cm(1.5)
    document.styles["Normal"].font.size = Pt(12)
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.text = soft_hyphenated(run.text)


def print_pdf(document: WordDocument, target: Path) -> None:
    """Print ``document`` to ``target`` with LibreOffice, then fix its dates and ids."""
    with tempfile.TemporaryDirectory() as folder:
        printed = Path(folder) / target.name
        convert_to_pdf(document, printed)
        writer = PdfWriter(clone_from=PdfReader(printed))
    writer.add_metadata({"/CreationDate": "D:20250101000000Z", "/ModDate": "D:20250101000000Z"})
    fixed_id = ByteStringObject(bytes(16))
    writer._ID = ArrayObject([fixed_id, fixed_id])
    with target.open("wb") as out:
        writer.write(out)


def main() -> None:
    text = (SOURCES / "tm_balkan.txt").read_text(encoding="utf-8")
    (HERE / "tm_balkan.txt").write_bytes(text.replace("\n", "\r\n").encode("cp1251"))
    save_reproducibly(build_docx(SOURCES / "ir_gilan.txt"), HERE / "ir_gilan.docx")
    pdf_note = build_docx(SOURCES / "uz_tashkent.txt")
    narrow_page(pdf_note)
    print_pdf(pdf_note, HERE / "uz_tashkent.pdf")


if __name__ == "__main__":
    main()

"""Build the small fixture files in tests/data. The outputs are committed; tests never run this.

Run from the repository root:  .venv/bin/python tests/data/make_fixtures.py

The PDF with a Cyrillic text layer is made by LibreOffice (``soffice --headless
--convert-to pdf``) from a .docx this script writes, because pypdf cannot lay out text;
the scanned (textless) and the password-protected PDFs are made with pypdf.
"""

from __future__ import annotations

import copy
import io
import random
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
import openpyxl
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from liaison.data.samples.make_samples import save_reproducibly

HERE = Path(__file__).resolve().parent

# A short note in the project's own words, saved in several encodings (KOI8-R has no en
# dash, so the range is written with a hyphen, as KOI8-R texts do).
NOTE = """\
СПРАВКА О ВИЗИТЕ В АКТАУ

· 12-14 мая 2023 г., визит делегации Астраханской области во главе с министром внешних \
связей Астраханской области Лаптевым А.Г. в г. Актау. Переговоры о контейнерной линии.
· Подписан протокол о намерениях между портами Оля и Актау (2023 г.).
"""
# The same note with what Word and Notepad leave in a file: a byte-order mark, CRLF line
# ends, a bookmark, a decomposed "й" (и + combining breve) and a soft hyphen.
QUIRKY_NOTE = (
    NOTE.replace("· Подписан", "· [bookmark: _GoBack]Подписан")
    .replace("контейнерной", "контеи\u0306нерной")
    .replace("намерениях", "наме\u00adрениях")
    .replace("\n", "\r\n")
)


def write_text_fixtures() -> None:
    """Encodings, empty and blank files, binary data named .txt, unsupported suffixes."""
    (HERE / "note_koi8r.txt").write_bytes(NOTE.encode("koi8-r"))
    (HERE / "note_utf8_bom.txt").write_bytes(QUIRKY_NOTE.encode("utf-8-sig"))
    (HERE / "empty.txt").write_bytes(b"")
    (HERE / "blank.txt").write_bytes(" \r\n\t\r\n\u00a0 \r\n".encode())
    (HERE / "binary.txt").write_bytes(random.Random(7).randbytes(2048))
    # An OLE2 compound file header: what a legacy .doc starts with.
    (HERE / "report.doc").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504))
    (HERE / "memo.rtf").write_bytes(rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} Memo.\par}")
    (HERE / "table.xyz").write_bytes(b"a;b;c\n1;2;3\n")


def write_docx_fixtures() -> None:
    """A .docx using every feature the reader handles, and three files that are not .docx."""
    save_reproducibly(build_features_docx(), HERE / "features.docx")
    save_reproducibly(build_layout_docx(), HERE / "layout.docx")
    (HERE / "renamed_text.docx").write_bytes("Это обычный текст, а не документ Word.".encode())
    # the same text saved under a PDF's name
    (HERE / "renamed_text.pdf").write_bytes("Это обычный текст, а не документ Word.".encode())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "An archive, not a Word document.")
    (HERE / "archive.docx").write_bytes(buffer.getvalue())
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Показатель"
    workbook.save(str(HERE / "workbook.docx"))


def build_features_docx() -> WordDocument:
    """Header, Title, a bold heading in Normal style, numbered and nested lists, a table."""
    document = docx.Document()
    document.core_properties.title = ""
    document.sections[0].header.paragraphs[0].text = "Министерство внешних связей"
    document.add_paragraph("СПРАВКА О ПОЕЗДКЕ В АТЫРАУ", style="Title")
    paragraph = document.add_paragraph("Поездка прошла по плану.")
    paragraph.add_run().add_break()
    paragraph.add_run("Отчет подготовлен отделом СНГ.")
    document.add_paragraph("Итоги переговоров").runs[0].bold = True
    document.add_paragraph("Согласован план на 2024 г.", style="List Number")
    document.add_paragraph("Открыт торговый дом.", style="List Number")
    document.add_paragraph("Участники:", style="List Bullet")
    document.add_paragraph("министерство экономики;", style="List Bullet 2")
    document.add_paragraph("агентство по туризму.", style="List Bullet 2")
    document.add_heading("Показатели", level=2)
    table = document.add_table(rows=2, cols=3)
    table.rows[0].cells[0].merge(table.rows[0].cells[1]).text = "Товарооборот, млн долл."
    table.rows[0].cells[2].text = "2023"
    for cell, value in zip(table.rows[1].cells, ("356,1", "380,9", "412,6"), strict=True):
        cell.text = value
    return document


def build_layout_docx() -> WordDocument:
    """A note laid out as another office does: headings in other words, a list numbered
    through its style, a "Справочно:" paragraph and the chronology as a table."""
    document = docx.Document()
    document.add_paragraph("СПРАВКА О СВЯЗЯХ С ГОРОДОМ ГОМЕЛЕМ", style="Title")
    document.add_paragraph("Договорно-правовая база").runs[0].bold = True
    numbered = document.styles.add_style("Пункт справки", WD_STYLE_TYPE.PARAGRAPH)
    numbered.base_style = document.styles["List Paragraph"]
    style_pr = numbered.element.get_or_add_pPr()
    style_pr.append(copy.deepcopy(document.styles["List Number"].element.pPr.find(qn("w:numPr"))))
    document.add_paragraph("Соглашение о сотрудничестве городов (2018 г.).", style=numbered)
    document.add_paragraph("Программа совместных действий на 2024–2026 гг.", style=numbered)
    document.add_paragraph("Справочно: программа продлевается каждые три года.")
    document.add_paragraph("Перечень мероприятий").runs[0].bold = True
    table = document.add_table(rows=3, cols=2)
    rows = (
        ("Дата", "Мероприятие"),
        ("12.03.2024", "Визит делегации города Гомеля в Астрахань, переговоры в мэрии."),
        ("5–7 июня 2024 г.", "Участие делегации Астраханской области в ярмарке в Гомеле."),
    )
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    return document


def write_pdf_fixtures() -> None:
    """A PDF with a Cyrillic text layer, a scan without one, locked and damaged ones."""
    text_layer = HERE / "text_layer.pdf"
    convert_to_pdf(build_pdf_source(), text_layer)
    (HERE / "scanned.pdf").write_bytes(textless_pdf())
    (HERE / "password.pdf").write_bytes(encrypted(text_layer, user_password="secret"))
    (HERE / "owner_only.pdf").write_bytes(encrypted(text_layer, user_password=""))
    (HERE / "damaged.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nbroken")


def build_pdf_source() -> WordDocument:
    """The Word document the text-layer PDF is printed from."""
    document = docx.Document()
    document.add_paragraph("СПРАВКА О РАБОЧЕЙ ПОЕЗДКЕ", style="Title")
    document.add_paragraph(
        "Делегация Астраханской области во главе с министром внешних связей Лаптевым А.Г. "
        "посетила город Актау 12–14 мая 2023 г. и провела переговоры с руководством "
        "морского порта о новых контейнерных рейсах через Каспийское море."
    )
    document.add_paragraph("ИТОГИ ПОЕЗДКИ")
    document.add_paragraph("Подписан протокол о намерениях (2023 г.).", style="List Bullet")
    document.add_paragraph("Согласован график рейсов на 2024 г.", style="List Bullet")
    return document


def convert_to_pdf(document: WordDocument, target: Path) -> None:
    """Print ``document`` to ``target`` with LibreOffice."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to build text_layer.pdf")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"{target.stem}.docx"
        document.save(str(source))
        command = [soffice, "--headless", "--convert-to", "pdf", "--outdir", folder, str(source)]
        subprocess.run(command, check=True, capture_output=True, timeout=180)
        shutil.copyfile(Path(folder) / f"{target.stem}.pdf", target)


def textless_pdf() -> bytes:
    """One page of grey bars where a scan's lines would be: drawing, but no text."""
    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    stream = DecodedStreamObject()
    stream.set_data(b"0.3 g 72 760 450 18 re f 72 720 420 10 re f 72 700 430 10 re f")
    page[NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def encrypted(source: Path, *, user_password: str) -> bytes:
    """``source`` encrypted with RC4-128 (pypdf does it without extra packages)."""
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# A Russian news page saved by an old site in Windows-1251, dated only in JSON-LD, with no
# ``lang`` on <html>: the language has to come from the text.
PAGE_CP1251 = """\
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Астраханские рыбаки начали поставки в Актау — Новости Прикаспия</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},
 {"@type": "NewsArticle", "datePublished": "2023-05-15T08:00:00+04:00"}]}
</script>
</head><body>
<div class="menu"><a href="/">Главная</a> | <a href="/news">Новости</a> |
<a href="/ads">Реклама</a></div>
<div class="article">
<h1>Астраханские рыбаки начали поставки в Актау</h1>
<p>Первая партия мороженой рыбы из Астраханской области отправлена в порт Актау в \
понедельник. Поставки согласованы во время визита астраханской делегации в Казахстан \
12–14 мая 2023 года.</p>
<p>По словам министра внешних связей Астраханской области Лаптева А.Г., до конца года \
планируется отправить еще двенадцать партий рыбы и овощей.</p>
</div>
<div class="footer">Все права защищены. Перепечатка запрещена.</div>
</body></html>
"""
MENU_ONLY = """\
<!DOCTYPE html><html lang="ru"><head><title>Новости</title></head><body>
<nav><ul><li><a href="/">Главная</a></li><li><a href="/news">Новости</a></li></ul></nav>
</body></html>
"""


def write_html_fixtures() -> None:
    """A Windows-1251 news page, and a page with nothing but a menu."""
    (HERE / "page_cp1251.html").write_bytes(PAGE_CP1251.encode("cp1251"))
    (HERE / "menu_only.html").write_bytes(MENU_ONLY.encode())


def main() -> None:
    """Write every fixture next to this script."""
    write_text_fixtures()
    write_docx_fixtures()
    write_pdf_fixtures()
    write_html_fixtures()


if __name__ == "__main__":
    main()

"""A Word note of another office, laid out with Word's own lists, comes out whole in the note.

The note is written for this test and built with python-docx the way Word saves a list:
List Paragraph paragraphs numbered through numbering.xml (no markers typed), sub-items
one level down, headings in a Heading style and in bold Normal paragraphs, an agreements
section whose heading names no usual cue word, and a chronology table (date | event)
with a header row. Every line of it must reach the written note once, in its section.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.document import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from liaison.brief import render_markdown, select_note
from liaison.cli import flow
from liaison.config import Settings
from liaison.store import Store

# (how the line is laid out, its text); "1" a numbered item, "•" a bullet, "–" a sub-item
# (numbered list's or bullet list's level 1), "#" a Heading 1, "b" a bold paragraph.
NOTE: list[tuple[str, str]] = [
    ("#", "Правовая основа взаимодействия"),
    (
        "1",
        "Действует Соглашение между Правительством Астраханской области и акиматом "
        "Мангистауской области о торгово-экономическом, научно-техническом и культурном "
        "сотрудничестве (2017 г.).",
    ),
    ("1", "Меморандум о взаимопонимании между Астраханским морским портом и морским портом "
          "Актау (2021 г.)."),
    ("1", "Соглашение о сотрудничестве между Астраханским государственным университетом и "
          "Каспийским университетом технологий и инжиниринга имени Ш. Есенова (2022 г.)."),
    ("b", "Основные направления сотрудничества"),
    ("b", "Торговля и транспорт"),
    ("•", "Товарооборот Астраханской области с Мангистауской областью в 2024 г. составил "
          "118,4 млн долл. США."),
    ("•", "Работает паромная линия Оля – Актау. В 2024 г. по ней:"),
    ("–", "выполнено 46 рейсов;"),
    ("–", "перевезено около 52 тыс. т грузов."),
    ("b", "Гуманитарные связи"),
    ("•", "В вузах Астраханской области обучаются 640 студентов из Мангистауской области "
          "(2024 г.)."),
    ("•", "В 2023 г. в г. Актау прошли Дни культуры Астраханской области. В программе:"),
    ("–", "концерт Астраханского государственного ансамбля песни и танца;"),
    ("–", "выставка работ астраханских художников."),
    ("#", "Хронология контактов"),
    ("1", "14 марта 2023 г. – визит делегации Мангистауской области во главе с заместителем "
          "акима Мангистауской области Ажигалиевым М.Т. в г. Астрахань."),
    ("–", "Обсуждено увеличение числа паромных рейсов."),
    ("1", "22–24 августа 2023 г. – участие делегации Астраханской области во главе с "
          "министром внешних связей Астраханской области Лаптевым А.Г. в Каспийском деловом "
          "форуме (г. Актау)."),
]  # fmt: skip
TABLE = [
    ("Дата", "Мероприятие"),
    ("18.04.2024", "Видеоконференция министра промышленности и торговли Астраханской области "
                   "Гоголева Е.В. с руководством управления предпринимательства Мангистауской "
                   "области."),
    ("03.10.2024", "Визит делегации Астраханской области во главе с Губернатором Астраханской "
                   "области Бабушкиным И.Ю. в Мангистаускую область (г. Актау)."),
]  # fmt: skip
TITLE = "СПРАВКА о сотрудничестве Астраханской области с Мангистауской областью Казахстана"


def add_list(document: WordDocument, abstract_id: int, formats: list[str]) -> str:
    """A list definition in numbering.xml (its levels' number formats); its numId."""
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="%{level + 1}."/></w:lvl>'
        for level, fmt in enumerate(formats)
    )
    abstract = f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{levels}'
    first = numbering.find(qn("w:num"))
    if first is not None:  # abstract definitions come before the lists that use them
        first.addprevious(parse_xml(abstract + "</w:abstractNum>"))
    else:
        numbering.append(parse_xml(abstract + "</w:abstractNum>"))
    num_id = str(100 + abstract_id)
    num = f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
    numbering.append(parse_xml(num + "</w:num>"))
    return num_id


def list_item(document: WordDocument, text: str, num_id: str, level: int) -> None:
    """A List Paragraph numbered as Word numbers it: ``w:numPr`` on the paragraph."""
    paragraph = document.add_paragraph(text, style="List Paragraph")
    num_pr = f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
    paragraph._p.get_or_add_pPr().append(parse_xml(num_pr + "</w:numPr>"))


def build_note(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph(TITLE, style="Title")
    bullets = add_list(document, 51, ["bullet", "bullet"])
    numbered = current = ""
    for kind, text in NOTE:
        if kind == "#":
            document.add_heading(text, level=1)
            numbered = add_list(document, 60 + len(document.paragraphs), ["decimal", "bullet"])
        elif kind == "b":
            document.add_paragraph(text).runs[0].bold = True
        elif kind == "–":  # a sub-item, one level down in the list of the item above it
            list_item(document, text, current, 1)
        else:
            current = numbered if kind == "1" else bullets
            list_item(document, text, current, 0)
    document.add_paragraph("Контакты в 2024 г.").runs[0].bold = True
    table = document.add_table(rows=len(TABLE), cols=2)
    for row, cells in zip(table.rows, TABLE, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.save(str(path))
    return path


def words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


@pytest.fixture(scope="module")
def note(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("word_note")
    settings = Settings(database_url=f"sqlite:///{folder / 'kb.sqlite'}")
    store = Store.open(settings.database_url)
    path = build_note(folder / "kz_mangystau.docx")
    assert [o.status for o in flow.ingest_files([path], settings, store)] == ["new"]
    return render_markdown(select_note(store.export(), "KZ"))


def test_every_item_of_the_word_lists_reaches_the_note_once(note: str) -> None:
    said = words(note)
    items = [text for kind, text in NOTE if kind not in ("#", "b")]
    missing = [text for text in items if words(text) not in said]
    assert missing == []
    assert [said.count(words(text)) for text in items] == [1] * len(items)


def test_agreements_are_listed_once_and_not_again_as_other_areas(note: str) -> None:
    top = note.split("## ОСНОВНЫЕ НАПРАВЛЕНИЯ", 1)[0]
    assert [line.startswith("- ") for line in top.splitlines() if line] == [False] * 2 + [True] * 3
    assert "Иные направления" not in note


def test_the_chronology_table_gives_contacts_and_no_header_fact(note: str) -> None:
    assert "Мероприятие" not in note
    chronology = note.split("## ХРОНОЛОГИЯ КОНТАКТОВ", 1)[1]
    lines = [line for line in chronology.splitlines() if line.startswith("- ")]
    assert [line.split(",")[0].split(" – ")[0] for line in lines] == [
        "- 14 марта 2023 г.",
        "- 22–24 августа 2023 г.",
        "- 18 апреля 2024 г.",
        "- 3 октября 2024 г.",
    ]
    assert lines[2].startswith("- 18 апреля 2024 г., видеоконференция министра")
    assert "18.04.2024" not in note and "03.10.2024" not in note


def test_a_contacts_sub_item_stays_with_its_contact(note: str) -> None:
    (line,) = [line for line in note.splitlines() if line.startswith("- 14 марта 2023 г.")]
    assert line.endswith("в г. Астрахань. Обсуждено увеличение числа паромных рейсов.")
    assert "Политическое взаимодействие" not in note

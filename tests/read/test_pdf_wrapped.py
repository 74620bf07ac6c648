"""A PDF note whose lines were broken where the page ran out: each item one item again.

The note is written for this test and drawn line by line with fpdf2, so its text layer
has the hard line breaks exactly where they stand below: an initial at a line end before
the surname (once before a short last line that looks like a heading), a dash pushed to
the start of a line, a compound and a syllable hyphenated at the line end, the last one
across a page break with the page's number on top.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from liaison.data import NOTE_FONT
from liaison.extract.context import Context
from liaison.extract.pipeline import extract
from liaison.model import BlockKind, Document, Extraction, Sphere
from liaison.read import read_document

LIMIT = 10 * 1024 * 1024
WRAPPED_NOTE = """\
СПРАВКА О СОТРУДНИЧЕСТВЕ АСТРАХАНСКОЙ ОБЛАСТИ С АЗЕРБАЙДЖАНСКОЙ
РЕСПУБЛИКОЙ

В сфере культуры
· В 2023 г. в г. Астрахани прошли дни Международного фестиваля-
форума «Каспийские встречи», в которых участвовали творческие
коллективы Азербайджанской Республики.
· В Астраханском драматическом театре прошёл вечер памяти Г.А.
Алиева.
· Ансамбль «Астраханские казаки» выступил на Днях культуры в г. Баку
– в программе праздника были концерт и выставка народных промыслов.
· Подписан план по развитию сотрудничества в сфере народного творче-
<page>
2
ства на 2024–2025 гг.

ХРОНОЛОГИЯ КОНТАКТОВ
· 12 апреля 2024 г. в г. Астрахани Губернатор Астраханской области И.Ю.
Бабушкин провёл встречу с консулом Азербайджана (г. Астрахань)
· 5–7 июня 2024 г., визит делегации Астраханской области во главе с
заместителем Губернатора Астраханской области Шаповаловым К.В. в
г. Баку. Состоялись переговоры с руководством Министерства экономики
Азербайджанской Республики.
"""
CULTURE_ITEMS = [
    "В 2023 г. в г. Астрахани прошли дни Международного фестиваля-форума «Каспийские "
    "встречи», в которых участвовали творческие коллективы Азербайджанской Республики.",
    "В Астраханском драматическом театре прошёл вечер памяти Г.А. Алиева.",
    "Ансамбль «Астраханские казаки» выступил на Днях культуры в г. Баку – в программе "
    "праздника были концерт и выставка народных промыслов.",
    "Подписан план по развитию сотрудничества в сфере народного творчества на 2024–2025 гг.",
]


def draw_pdf(text: str, target: Path) -> Path:
    """Each line of ``text`` as one line of the PDF's text layer; ``<page>`` starts a page."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.add_font("serif", fname=str(NOTE_FONT))
    pdf.set_font("serif", size=11)
    for line in text.splitlines():
        if line == "<page>":
            pdf.add_page()
            continue
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))
    return target


@pytest.fixture(scope="module")
def wrapped(tmp_path_factory: pytest.TempPathFactory) -> Document:
    path = draw_pdf(WRAPPED_NOTE, tmp_path_factory.mktemp("pdf") / "az_wrapped.pdf")
    return read_document(path, max_bytes=LIMIT)


@pytest.fixture(scope="module")
def extraction(wrapped: Document) -> Extraction:
    return extract(wrapped, Context())


def one_line(text: str) -> str:
    return " ".join(text.split())


def test_each_wrapped_item_is_one_item(wrapped: Document) -> None:
    blocks = [(b.kind, one_line(wrapped.text[b.start : b.end])) for b in wrapped.blocks]
    assert [kind for kind, _ in blocks] == [
        BlockKind.TITLE,
        BlockKind.HEADING,
        *[BlockKind.BULLET] * 4,
        BlockKind.HEADING,
        *[BlockKind.BULLET] * 2,
    ]
    assert [text for _, text in blocks[2:6]] == CULTURE_ITEMS
    assert blocks[6] == (BlockKind.HEADING, "ХРОНОЛОГИЯ КОНТАКТОВ")
    assert blocks[7][1].endswith(
        "области И.Ю. Бабушкин провёл встречу с консулом Азербайджана (г. Астрахань)"
    )


def test_each_statement_is_one_sentence_of_its_item(extraction: Extraction) -> None:
    culture = [one_line(f.text) for f in extraction.facts if f.sphere is Sphere.CULTURE]
    assert culture == CULTURE_ITEMS
    assert {f.sphere for f in extraction.facts} == {Sphere.CULTURE}


def test_the_contacts_keep_their_wrapped_names(extraction: Extraction) -> None:
    events = sorted(extraction.events, key=lambda e: e.start)
    assert [e.start.isoformat() for e in events] == ["2024-04-12", "2024-06-05"]
    assert "Бабушкин И.Ю." in {p.name for p in events[0].participants}

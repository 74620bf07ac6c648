"""Structure, the same rules for every format: title, headings, bullets, paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.model import BlockKind, Document
from liaison.read import read_document
from liaison.read.structure import LineHint, detect_blocks

T, H, B, S, P, R = (
    BlockKind.TITLE,
    BlockKind.HEADING,
    BlockKind.BULLET,
    BlockKind.SUBBULLET,
    BlockKind.PARAGRAPH,
    BlockKind.TABLE_ROW,
)
LIMIT = 10 * 1024 * 1024


def shape(text: str, hints: dict[int, LineHint] | None = None) -> list[tuple[str, int, str]]:
    return [(b.kind.value, b.level, text[b.start : b.end]) for b in detect_blocks(text, hints)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "СПРАВКА\nО ВИЗИТЕ В БАКУ\n\n· Действует Соглашение (2016 г.).",
            [(T, 0, "СПРАВКА\nО ВИЗИТЕ В БАКУ"), (B, 0, "Действует Соглашение (2016 г.).")],
            id="caps title lines make one block",
        ),
        pytest.param(
            "ОСНОВНЫЕ НАПРАВЛЕНИЯ\n\nВ сфере культуры\n\n· Концерт (2023 г.).",
            [
                (T, 0, "ОСНОВНЫЕ НАПРАВЛЕНИЯ"),
                (H, 1, "В сфере культуры"),
                (B, 0, "Концерт (2023 г.)."),
            ],
            id="short line before a list is a heading",
        ),
        pytest.param(
            "Текст.\n\nХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ.\n\n· 10 мая 2022 г., визит.",
            [
                (P, 0, "Текст."),
                (H, 0, "ХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ."),
                (B, 0, "10 мая 2022 г., визит."),
            ],
            id="caps heading even with a final period",
        ),
        pytest.param(
            "Текст.\n\n· Участники:\n- министерство;\n– агентство.",
            [(P, 0, "Текст."), (B, 0, "Участники:"), (S, 1, "министерство;"), (S, 1, "агентство.")],
            id="dashes are sub-bullets",
        ),
        pytest.param(
            "Текст.\n\n•Слитный маркер\n● Круглый маркер\n* Звездочка\n1. Первый\n2) Второй\n"
            "1.1. Вложенный\nа) буква\no\tWord",
            [
                (P, 0, "Текст."),
                (B, 0, "Слитный маркер"),
                (B, 0, "Круглый маркер"),
                (B, 0, "Звездочка"),
                (B, 0, "Первый"),
                (B, 0, "Второй"),
                (S, 1, "Вложенный"),
                (S, 1, "буква"),
                (S, 1, "Word"),
            ],
            id="every bullet marker",
        ),
        pytest.param(
            "Текст.\n\n· 22 августа 2025 г., встреча с Послом \n"
            "Азербайджанской Республики Мустафаевым Р.С.\n· 3 декабря 2025 г., визит.",
            [
                (P, 0, "Текст."),
                (
                    B,
                    0,
                    "22 августа 2025 г., встреча с Послом \n"
                    "Азербайджанской Республики Мустафаевым Р.С.",
                ),
                (B, 0, "3 декабря 2025 г., визит."),
            ],
            id="a bullet wrapped onto the next line is one block",
        ),
        pytest.param(
            "Текст.\n\n· Спортсмены приняли участие в турнире. \n"
            "В 2025 году состоялись следующие:\n- первый тур;",
            [
                (P, 0, "Текст."),
                (B, 0, "Спортсмены приняли участие в турнире."),
                (P, 0, "В 2025 году состоялись следующие:"),
                (S, 1, "первый тур;"),
            ],
            id="after a finished sentence a new paragraph starts",
        ),
        pytest.param(
            "Текст.\n\n· Концерт (Астрахань, 2025 г.)\nВ сфере спорта\n· Турнир (2024 г.).",
            [
                (P, 0, "Текст."),
                (B, 0, "Концерт (Астрахань, 2025 г.)"),
                (H, 1, "В сфере спорта"),
                (B, 0, "Турнир (2024 г.)."),
            ],
            id="heading right after a finished bullet",
        ),
        pytest.param(
            "Текст.\n\n· Концерт в честь\nЗОЛОТОЙ ОСЕНИ",
            [(P, 0, "Текст."), (B, 0, "Концерт в честь"), (H, 0, "ЗОЛОТОЙ ОСЕНИ")],
            id="a caps line never continues a bullet",
        ),
        pytest.param(
            "date 2024-03-05\nVisit to Baku\n\nThe delegation arrived on March 4.",
            [
                (P, 0, "date 2024-03-05"),
                (T, 0, "Visit to Baku"),
                (P, 0, "The delegation arrived on March 4."),
            ],
            id="date line then a one-line title",
        ),
        pytest.param(
            "Visit to Baku\n\nThe delegation arrived on March 4 for talks.\n\n"
            "Trade\n\nTrade grew by a fifth in the last year.",
            [
                (T, 0, "Visit to Baku"),
                (P, 0, "The delegation arrived on March 4 for talks."),
                (H, 1, "Trade"),
                (P, 0, "Trade grew by a fifth in the last year."),
            ],
            id="a news sub-heading between paragraphs",
        ),
        pytest.param(
            "МОСКВА, 22 апр. Переговоры пройдут в понедельник.\nНиже справка.",
            [(P, 0, "МОСКВА, 22 апр. Переговоры пройдут в понедельник."), (P, 0, "Ниже справка.")],
            id="no title when the first line is a sentence",
        ),
        pytest.param(
            "Делегация во главе с министром\nпосетила Актау и провела\nпереговоры в порту.",
            [
                (
                    P,
                    0,
                    "Делегация во главе с министром\nпосетила Актау и провела\nпереговоры в порту.",
                )
            ],
            id="a wrapped paragraph is not a title",
        ),
        pytest.param(
            "Состоялись встречи.\nМероприятия\n17.04.2024–19.04.2024 – визит в Чанша.\n"
            "22.11.2024 – прием консула.",
            [
                (P, 0, "Состоялись встречи."),
                (H, 1, "Мероприятия"),
                (P, 0, "17.04.2024–19.04.2024 – визит в Чанша."),
                (P, 0, "22.11.2024 – прием консула."),
            ],
            id="a heading over dated lines without markers",
        ),
        pytest.param(
            "Обзор.\nРаздел 3. Визиты и встречи\n1) Встреча с послом (г. Самара, 3 мая 2024 г.).",
            [
                (P, 0, "Обзор."),
                (H, 1, "Раздел 3. Визиты и встречи"),
                (B, 0, "Встреча с послом (г. Самара, 3 мая 2024 г.)."),
            ],
            id="a numbered section's heading",
        ),
        pytest.param("  \n\n", [], id="blank"),
    ],
)
def test_blocks_by_shape(text: str, expected: list[tuple[BlockKind, int, str]]) -> None:
    assert shape(text) == [(kind.value, level, words) for kind, level, words in expected]


def test_hints_from_a_styled_format_win_and_keep_lines_apart() -> None:
    text = "Шапка бланка\nВизит в Баку\nВажное\nОбычный абзац без точки\nпродолжение\nA | B"
    hints = {
        0: LineHint(kind=P, is_furniture=True),
        1: LineHint(kind=T),
        2: LineHint(kind=H, level=2),
        3: LineHint(),
        4: LineHint(),
        5: LineHint(kind=R),
    }
    assert shape(text, hints) == [
        ("paragraph", 0, "Шапка бланка"),
        ("title", 0, "Визит в Баку"),
        ("heading", 2, "Важное"),
        ("paragraph", 0, "Обычный абзац без точки"),
        ("paragraph", 0, "продолжение"),  # a styled paragraph never continues another
        ("table_row", 0, "A | B"),
    ]


def test_spans_never_hold_markers_or_surrounding_space() -> None:
    text = "Текст.\n\n  ·   Пункт с отступом   \n  -\tподпункт  \n"
    for block in detect_blocks(text):
        words = text[block.start : block.end]
        assert words == words.strip() and not words.startswith(("·", "-"))


def chronology(document: Document) -> list[str]:
    blocks = list(document.blocks)
    at = next(
        i for i, b in enumerate(blocks) if document.text[b.start : b.end].startswith("ХРОНОЛОГИЯ")
    )
    return [document.text[b.start : b.end] for b in blocks[at + 1 :] if b.kind is B]


def spheres(document: Document) -> list[str]:
    return [document.text[b.start : b.end] for b in document.blocks if b.kind is H and b.level == 1]


def test_corpus_note_000(corpus_dir: Path) -> None:
    document = read_document(corpus_dir / "000_dbe67b22e53d9186.txt", max_bytes=LIMIT)
    assert document.title == (
        "СПРАВОЧНАЯ ИНФОРМАЦИЯ О СОТРУДНИЧЕСТВЕ АСТРАХАНСКОЙ ОБЛАСТИ С АЗЕРБАЙДЖАНСКОЙ РЕСПУБЛИКОЙ"
    )
    events = chronology(document)
    assert len(events) == 38
    assert events[0].startswith("16–19 сентября 2019 г.")
    wrapped = [e for e in events if e.startswith("22 августа 2025 г.")]
    assert len(wrapped) == 1 and wrapped[0].endswith("в Российской Федерации Мустафаевым Р.С.")
    assert spheres(document) == [
        "В торгово-экономической сфере",
        "В социально-гуманитарной сфере",
        "В сфере образования",
        "В сфере культуры",
        "В сфере молодежной политики",
        "В сфере физической культуры и спорта",
        "Взаимодействие с соотечественниками за рубежом",
    ]
    subbullets = [b for b in document.blocks if b.kind is S]
    assert len(subbullets) == 15 and {b.level for b in subbullets} == {1}


def test_corpus_note_001(corpus_dir: Path) -> None:
    document = read_document(corpus_dir / "001_3211ef41689413ab.txt", max_bytes=LIMIT)
    assert document.title == (
        "СПРАВОЧНАЯ ИНФОРМАЦИЯ О СОТРУДНИЧЕСТВЕ АСТРАХАНСКОЙ ОБЛАСТИ С РЕСПУБЛИКОЙ БЕЛАРУСЬ"
    )
    assert len(chronology(document)) == 28
    assert spheres(document) == [
        "В торгово-экономической сфере",
        "В сфере промышленности, строительства и ЖКХ",
        "В сфере транспорта и логистики",
        "В сфере сельского хозяйства",
        "В сфере образования",
        "В сфере культуры",
        "В сфере молодежной политики",
        "В сфере физической культуры и спорта",
    ]
    agreements = [b for b in document.blocks if b.kind is B][:12]
    assert all(
        document.text[b.start : b.end].startswith("Действует")
        or document.text[b.start : b.end].startswith("Реализуется")
        for b in agreements
    )


def test_corpus_news_title(corpus_dir: Path) -> None:
    page = read_document(corpus_dir / "002_44602aedb9c9d459.txt", max_bytes=LIMIT)
    assert page.title == "Caspian Sea region and the CIS"
    news = read_document(corpus_dir / "004_0f260513bf37d4bb.txt", max_bytes=LIMIT)
    assert news.title == ""
    assert {b.kind for b in news.blocks} == {P}

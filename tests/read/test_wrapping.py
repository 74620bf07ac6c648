"""Items wrapped over several lines read as one item and one sentence; offsets still map."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.extract.context import Context
from liaison.extract.events import event_from_dated_bullet
from liaison.model import BlockKind
from liaison.read import read_document
from liaison.read.structure import detect_blocks
from liaison.read.wrapping import undo_hyphenation

LIMIT = 10 * 1024 * 1024


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("развитие сотруд-\nничества", "развитие \nсотрудничества"),
        ("развитие сотруд- \n  ничества", "развитие \nсотрудничества"),
        ("в торгово-\nэкономической сфере", "в \nторгово-экономической сфере"),
        ("о взаимо-\nдействии", "о \nвзаимодействии"),
        ("Кабардино-\nБалкарская Республика", "\nКабардино-Балкарская Республика"),
        ("фестиваля-\nфорума «Встречи»", "\nфестиваля-форума «Встречи»"),
        ("народного творче-\nства", "народного \nтворчества"),
        ("конференции «Торгово-\nэкономическое", "конференции \n«Торгово-экономическое"),
        ("научно-техни-\nческого", "\nнаучно-технического"),
        ("визит -\nвстреча", "визит -\nвстреча"),
        ("2023 г.-\n2024 г.", "2023 г.-\n2024 г."),
    ],
)
def test_hyphenation_at_a_line_end_is_undone(text: str, expected: str) -> None:
    assert undo_hyphenation(text)[0] == expected


# A note typed into a fixed-width plain text: items wrapped, one word hyphenated.
NOTE = """ХРОНОЛОГИЯ КОНТАКТОВ

1. 3–5 мая 2023 г., визит делегации Республики Беларусь в
   Астраханскую область. Обсуждены вопросы сотруд-
   ничества в сфере образования.
2) 14 июня 2023 г., участие делегации Астраханской области в
   выставке в г. Минске.
– 20 июля 2023 г., видеоконференция с Могилевской областью.
"""


@pytest.fixture
def note(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    return path


def test_wrapped_items_are_one_item_each(note: Path) -> None:
    document = read_document(note, max_bytes=LIMIT)
    items = [
        document.text[b.start : b.end]
        for b in document.blocks
        if b.kind in (BlockKind.BULLET, BlockKind.SUBBULLET)
    ]
    assert len(items) == 3
    assert "\n" not in "".join(items)
    assert "вопросы сотрудничества в сфере образования." in " ".join(items[0].split())
    assert " ".join(items[1].split()).endswith("в выставке в г. Минске.")


def test_offsets_after_the_joined_word_map_back(note: Path) -> None:
    document = read_document(note, max_bytes=LIMIT)
    at = document.text.index("в сфере образования")
    raw = note.read_text(encoding="utf-8")
    assert raw[document.raw_offset(at) :].startswith("в сфере образования")
    first = document.text.index("Астраханскую")
    assert raw[document.raw_offset(first) :].startswith("Астраханскую")


def test_wrapped_items_are_dated_contacts(note: Path) -> None:
    document = read_document(note, max_bytes=LIMIT)
    events = list(event_from_dated_bullet(document, Context()))
    assert [(e.start.isoformat(), e.direction.value) for e in events] == [
        ("2023-05-03", "incoming"),
        ("2023-06-14", "outgoing"),
        ("2023-07-20", "remote"),
    ]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("· С 18 по 20 октября 2024 г.\nделегация посетила выставку.\n", 1),
        ("· Участие в форуме (г.\nТашкент), встреча с коллегами.\n", 1),
        ("· Встреча в г.\nМинске с делегацией.\n", 1),
        ("· Рабочая встреча Петрова И.Ю.\nс послом в Москве.\n", 1),
        ("· Визит в Минск (2023 г.).\n· Визит в Гродно (2024 г.).\n", 2),
        ("· Визит в Минск 5 мая 2023 г.\nВторой визит прошёл в Гродно.\n", 2),
    ],
)
def test_a_line_break_after_a_stop_inside_a_sentence_joins(text: str, items: int) -> None:
    assert len(detect_blocks(text)) == items


# Lines of a hard-wrapped note (a PDF's text layer): every line full up to about 64
# characters, so that where a line stops tells whether the page or the writer broke it;
# most breaks of such a text fall inside a sentence (the last two items), the first five
# items break where a sentence could have ended.
WRAPPED_BULLETS = [
    "· Астраханские компании принимают участие в специализированных",
    "выставках «ПРОДЭКСПО», «БЕЛАГРО» и «МИРЗОО» (2022 г., 2023 г.).",
    "· Проведена конференция, приуроченная к юбилею учёного, по теме:",
    "«Каспий: история и современность» в г. Астрахани (2023 г.).",
    "· Делегация Могилевской области приняла участие в форуме «Диалог.",
    "Сотрудничество. Успех» в г. Астрахани и в выставке (2023 г.).",
    "· Состоялись гастроли хора Астраханской филармонии (Минск, г.",
    "Гомель, 2023 г.) и выставка работ астраханских художников.",
    "· 12 октября 2023 г., визит делегации в Атыраускую область (Атырау).",
    "Состоялись переговоры с акимом области, подписан План мероприятий.",
    "· В вузах Астраханской области обучаются студенты из Могилевской",
    "области; вузы проводят совместные научные конференции и школы.",
    "· Ансамбль народной песни выступил на фестивале в г. Бобруйске и в",
    "Могилеве, где прошли мастер-классы для юных исполнителей (2024 г.).",
]


@pytest.mark.parametrize("first", range(0, len(WRAPPED_BULLETS), 2))
def test_a_full_line_of_a_hard_wrapped_text_goes_on_into_the_next(first: int) -> None:
    text = "\n".join(WRAPPED_BULLETS)
    item = " ".join(WRAPPED_BULLETS[first : first + 2])[2:]
    blocks = [" ".join(text[b.start : b.end].split()) for b in detect_blocks(text)]
    assert len(blocks) == len(WRAPPED_BULLETS) // 2
    assert item in blocks


def test_a_heading_after_a_full_line_still_heads_its_list() -> None:
    text = "\n".join(
        [*WRAPPED_BULLETS[-4:], "В сфере культуры", "· Проведены Дни культуры (2024 г.)."]
    )
    kinds = [b.kind for b in detect_blocks(text)]
    assert kinds == [BlockKind.BULLET, BlockKind.BULLET, BlockKind.HEADING, BlockKind.BULLET]

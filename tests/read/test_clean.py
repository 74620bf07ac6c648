"""Cleaning: Word leftovers, invisible characters, NFC, odd spaces, mixed scripts, offsets."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from liaison.model import Document
from liaison.read import read_document
from liaison.text.clean import clean_text
from liaison.text.homoglyphs import repair_mixed_scripts, word_in_one_script


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Сaspian Sea region", "Caspian Sea region"),  # Cyrillic С in a Latin word
        ("Меморандум o сотрудничестве", "Меморандум о сотрудничестве"),  # Latin o
        ("Встреча c вице-губернатором", "Встреча с вице-губернатором"),  # Latin c
        ("Встреча c\nвице-губернатором", "Встреча с\nвице-губернатором"),  # a PDF's line end
        ("Меморандум\no сотрудничестве", "Меморандум\nо сотрудничестве"),
        ("Баку, c участием посла", "Баку, с участием посла"),
        ("B сфере культуры", "В сфере культуры"),  # Latin B at the start of a line
        ("сотрудничeство", "сотрудничество"),  # Latin e inside a Russian word
        ("Aзербайджан", "Азербайджан"),  # Latin A opening a Russian word
        ("Рrotocol of intent", "Protocol of intent"),  # Cyrillic Р opening an English word
        ("участие в X Форуме", "участие в X Форуме"),  # a Roman numeral stays
        ("в IX Форуме регионов", "в IX Форуме регионов"),
        ("B2B переговоры", "B2B переговоры"),
        ("Команда MAZ-SPORTauto", "Команда MAZ-SPORTauto"),
        ("фестиваль OperaFirst", "фестиваль OperaFirst"),
        ("Яndex", "Яndex"),  # letters of both scripts without look-alikes: a real mixture
        ("Astrakhan Region", "Astrakhan Region"),
    ],
)
def test_mixed_scripts_are_repaired(raw: str, clean: str) -> None:
    assert clean_text(raw).text == clean


@pytest.mark.parametrize(
    ("text", "prefer_cyrillic", "expected"),
    [
        ("Baku is а partner", False, "Baku is a partner"),  # a Cyrillic а in English
        ("между Apple с Google", True, "между Apple с Google"),  # Russian prose keeps its с
        ("Сaspian", True, "Caspian"),
        ("Сaspian", False, "Caspian"),
    ],
)
def test_lone_letters_follow_the_text_around(
    text: str, prefer_cyrillic: bool, expected: str
) -> None:
    assert repair_mixed_scripts(text, prefer_cyrillic) == expected


@pytest.mark.parametrize(
    ("word", "prefer_cyrillic", "expected"),
    [
        ("CО", True, "СО"),  # all look-alikes, half and half: the text's script decides
        ("CО", False, "CO"),
        ("CОК", False, "СОК"),  # all look-alikes: most of the word decides
        ("PEKA", True, "PEKA"),  # one script already: nothing to do
    ],
)
def test_a_word_of_look_alikes_only_takes_the_preferred_script(
    word: str, prefer_cyrillic: bool, expected: str
) -> None:
    assert word_in_one_script(word, prefer_cyrillic) == expected


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("· [bookmark: _GoBack]Состоялся концерт", "· Состоялся концерт"),
        ("· [bookmark: _Hlk93060245]10 ноября 2021 г.", "· 10 ноября 2021 г."),
        ("[bookmark: _Toc1][bookmark: _Toc2]Раздел", "Раздел"),
        ("ссылка [1] и пометка [sic]", "ссылка [1] и пометка [sic]"),  # not Word's
    ],
)
def test_word_bookmarks_are_removed(raw: str, clean: str) -> None:
    assert clean_text(raw).text == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("2023\u00a0г.", "2023 г."),
        ("Бабушкина\u00a0И.Ю.", "Бабушкина И.Ю."),
        ("10\u202f000 гостей", "10 000 гостей"),  # narrow no-break space
        ("a\u2009b", "a b"),  # thin space
    ],
)
def test_odd_spaces_become_plain_spaces_of_the_same_length(raw: str, clean: str) -> None:
    cleaned = clean_text(raw)
    assert cleaned.text == clean
    assert cleaned.anchors == ()


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Неи\u0306тральная", "Нейтральная"),  # decomposed й (и + combining breve)
        ("Фе\u0308дор", "Фёдор"),  # decomposed ё
        ("Cafe\u0301", "Café"),  # a Latin base letter with a combining accent
        ("сотруд\u00adничество", "сотрудничество"),  # soft hyphen
        ("Баку\u200b2023", "Баку2023"),  # zero-width space
        ("\ufeffСправка", "Справка"),  # a byte-order mark inside the text
        ("строка\r\nстрока", "строка\nстрока"),
        ("строка\rстрока", "строка\nстрока"),
    ],
)
def test_nfc_and_invisible_characters(raw: str, clean: str) -> None:
    assert clean_text(raw).text == clean


QUIRKY = (
    "\ufeffСПРАВКА\r\n[bookmark: _GoBack]Неи\u0306тральная зона Сaspian, "
    "сотруд\u00adничество c Баку\u00a0(2023\u00a0г.)\r\n· [bookmark: _Hlk1]Визит"
)


def test_every_unchanged_word_maps_back_into_the_raw_text() -> None:
    cleaned = clean_text(QUIRKY)
    document = Document(id="x", path="x", text=cleaned.text, source_offsets=cleaned.anchors)
    changed = []
    for word in re.finditer(r"\S+", cleaned.text):
        start, end = document.raw_offset(word.start()), document.raw_offset(word.end())
        assert (start, end) == (cleaned.raw_offset(word.start()), cleaned.raw_offset(word.end()))
        if QUIRKY[start:end] != word.group():
            changed.append((word.group(), QUIRKY[start:end]))
    assert changed == [
        ("Нейтральная", "Неи\u0306тральная"),  # NFC changed it
        ("Caspian,", "Сaspian,"),  # a homoglyph repaired in place
        ("сотрудничество", "сотруд\u00adничество"),
        ("с", "c"),
    ]


def test_the_end_of_the_text_maps_to_the_end_of_the_raw_text() -> None:
    cleaned = clean_text(QUIRKY)
    assert cleaned.raw_offset(len(cleaned.text)) == len(QUIRKY)
    assert QUIRKY.startswith("\ufeff")
    assert cleaned.raw_offset(0) == 1  # the clean text starts after the byte-order mark


def test_clean_text_is_nfc_with_no_leftovers() -> None:
    text = clean_text(QUIRKY).text
    assert unicodedata.is_normalized("NFC", text)
    assert "[bookmark" not in text
    assert not set(text) & {"\ufeff", "\u00ad", "\u00a0", "\r"}


# The words cleaning changes in each corpus file: everything else maps back unchanged.
CORPUS_CHANGES = {
    "000_dbe67b22e53d9186.txt": [("о", "o"), ("с", "c")],
    "001_3211ef41689413ab.txt": [],
    "002_44602aedb9c9d459.txt": [("Caspian", "Сaspian")],
    "003_d4dcfea1c4e63ee9.txt": [],
    "004_0f260513bf37d4bb.txt": [],
}


@pytest.mark.parametrize("name", sorted(CORPUS_CHANGES))
def test_corpus_text_maps_back_to_the_text_as_read(corpus_dir: Path, name: str) -> None:
    path = corpus_dir / name
    document = read_document(path, max_bytes=10 * 1024 * 1024)
    raw = path.read_bytes().decode(document.encoding or "")
    changed = []
    for word in re.finditer(r"\S+", document.text):
        start, end = document.raw_offset(word.start()), document.raw_offset(word.end())
        if raw[start:end] != word.group():
            changed.append((word.group(), raw[start:end]))
    assert changed == CORPUS_CHANGES[name]
    assert document.raw_offset(len(document.text)) == len(raw)


def test_corpus_bookmark_bullet_starts_after_the_bookmark(corpus_dir: Path) -> None:
    path = corpus_dir / "000_dbe67b22e53d9186.txt"
    document = read_document(path, max_bytes=10 * 1024 * 1024)
    raw = path.read_text(encoding="utf-8")
    starts = [document.raw_offset(b.start) for b in document.blocks]
    assert any(raw[s - len("_GoBack]") : s + 9] == "_GoBack]Состоялся" for s in starts)
    assert any(raw[s - 1 : s + 2] == "]10" for s in starts)  # [bookmark: _Hlk93060245]10 ноября

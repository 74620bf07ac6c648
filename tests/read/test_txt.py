"""Plain text in the encodings a Russian office produces, and the documents it gives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from liaison.model import BlockKind, content_hash
from liaison.read import SUPPORTED_SUFFIXES, iter_paths, read_document
from liaison.read.encoding import detect_encoding
from tests.data import NEWS_EN_TXT, NOTE_KOI8R_TXT, NOTE_UTF8_BOM_TXT, TURKMENISTAN_NOTE_TXT

LIMIT = 10 * 1024 * 1024
SHORT = "Визит делегации Астраханской области в Баку."
LONG = """\
СПРАВКА О СОТРУДНИЧЕСТВЕ С АТЫРАУСКОЙ ОБЛАСТЬЮ

· Действует Соглашение о торгово-экономическом и гуманитарном сотрудничестве (2016 г.).
· Товарооборот в 2024 г. составил 412,6 млн долл. США, что на 8,3 % больше, чем годом ранее.

ХРОНОЛОГИЯ КОНТАКТОВ

· 14-16 апреля 2021 г., визит делегации Атырауской области во главе с заместителем акима \
Сарсенбаевым Д.К. Встреча с Губернатором Астраханской области Ивановым П.С.
· 10 мая 2022 г., переговоры в режиме видеоконференции. Щедрый объём поставок рыбы, \
съезд фермеров, экспорт зерна и фруктов, "Каспийский" форум.
"""


@pytest.mark.parametrize("text", [SHORT, LONG], ids=["short", "long"])
@pytest.mark.parametrize(
    ("codec", "recorded"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("cp1251", "cp1251"),
        ("koi8-r", "koi8-r"),
    ],
)
def test_the_same_russian_text_reads_the_same_in_every_encoding(
    tmp_path: Path, text: str, codec: str, recorded: str
) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(text.encode(codec))
    document = read_document(path, max_bytes=LIMIT)
    assert document.text == text
    assert document.encoding == recorded


@pytest.mark.parametrize("codec", ["mac-cyrillic", "cp866"])
def test_rarer_cyrillic_codepages_are_detected_on_a_full_note(codec: str) -> None:
    text = LONG.replace("·", "-")  # Mac Cyrillic has no middle dot
    data = text.encode(codec)
    assert data.decode(detect_encoding(data)) == text


def test_english_in_windows_1252_is_not_taken_for_cyrillic() -> None:
    text = "Café crème at the Hôtel de Ville, Zürich and Kraków, naïve résumé."
    data = text.encode("cp1252")
    assert data.decode(detect_encoding(data)) == text


def test_utf8_with_one_damaged_byte_stays_utf8(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(LONG.encode() + b"\xff")
    document = read_document(path, max_bytes=LIMIT)
    assert document.encoding == "utf-8"
    assert document.text.startswith("СПРАВКА О СОТРУДНИЧЕСТВЕ")


def test_koi8r_and_utf8_bom_fixtures_give_the_same_clean_text() -> None:
    koi8 = read_document(NOTE_KOI8R_TXT, max_bytes=LIMIT)
    bom = read_document(NOTE_UTF8_BOM_TXT, max_bytes=LIMIT)
    assert (koi8.encoding, bom.encoding) == ("koi8-r", "utf-8-sig")
    assert koi8.text == bom.text  # CRLF, bookmark, decomposed й and soft hyphen repaired
    assert koi8.title == "СПРАВКА О ВИЗИТЕ В АКТАУ"
    assert koi8.id != bom.id


def test_raw_offsets_of_the_bom_fixture_point_into_its_decoded_bytes() -> None:
    document = read_document(NOTE_UTF8_BOM_TXT, max_bytes=LIMIT)
    raw = NOTE_UTF8_BOM_TXT.read_bytes().decode(document.encoding or "")
    second = [b for b in document.blocks if b.kind is BlockKind.BULLET][1]
    start = document.raw_offset(second.start)
    assert raw[start : start + 8] == "Подписан"  # just after the bookmark
    assert raw[: document.raw_offset(len("СПРАВКА"))] == "СПРАВКА"


def test_identity_path_and_format(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(SHORT.encode("cp1251"))
    document = read_document(path, max_bytes=LIMIT)
    assert document.id == content_hash(SHORT.encode("cp1251"))
    assert document.path == str(path)
    assert document.format == "txt"
    assert document.lang == "ru"


def test_news_text_takes_its_date_and_title_from_the_first_lines() -> None:
    document = read_document(NEWS_EN_TXT, max_bytes=LIMIT)
    assert document.published == date(2024, 3, 5)
    assert document.lang == "en"
    assert document.title == "Astrakhan and Turkmenistan agree a shipping timetable"


def test_cp1251_sample_note_is_read_and_repaired() -> None:
    document = read_document(TURKMENISTAN_NOTE_TXT, max_bytes=LIMIT)
    assert document.encoding == "cp1251"
    assert document.title == (
        "СПРАВОЧНАЯ ИНФОРМАЦИЯ О СОТРУДНИЧЕСТВЕ АСТРАХАНСКОЙ ОБЛАСТИ С ТУРКМЕНИСТАНОМ"
    )
    assert "Меморандум о сотрудничестве" in document.text  # a Latin o repaired
    assert "[bookmark" not in document.text and "\r" not in document.text
    wrapped = [
        b for b in document.blocks if "Ивановым П.С. Подписание" in document.text[b.start : b.end]
    ]
    assert len(wrapped) == 1 and document.text[wrapped[0].start :].startswith("2–3 апреля 2024 г.")


@pytest.mark.parametrize(
    ("name", "lang", "published"),
    [
        ("000_dbe67b22e53d9186.txt", "ru", None),
        ("001_3211ef41689413ab.txt", "ru", None),
        ("002_44602aedb9c9d459.txt", "en", None),
        ("003_d4dcfea1c4e63ee9.txt", "ru", date(2024, 4, 22)),  # dateline, year from text
        ("004_0f260513bf37d4bb.txt", "en", date(2021, 12, 8)),
    ],
)
def test_corpus_language_and_date(
    corpus_dir: Path, name: str, lang: str, published: date | None
) -> None:
    document = read_document(corpus_dir / name, max_bytes=LIMIT)
    assert (document.lang, document.published, document.encoding) == (lang, published, "utf-8")


def test_iter_paths_walks_folders_sorted_and_skips_what_is_no_document(tmp_path: Path) -> None:
    for name in (
        "b.txt",
        "a.docx",
        "sub/c.pdf",
        "sub/d.HTML",
        "sub/old.doc",  # yielded: reading it explains what to do
        ".hidden.txt",
        ".git/e.txt",
        "~$lock.docx",
        "notes.md",
        "Thumbs.db",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    given = tmp_path / "notes.md"
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path, given])]
    assert found == ["a.docx", "b.txt", "sub/c.pdf", "sub/d.HTML", "sub/old.doc", "notes.md"]


def test_supported_suffixes_are_one_constant() -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".docx", ".pdf", ".html", ".htm")


def test_notepad_unicode_is_utf16(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(SHORT.encode("utf-16"))
    document = read_document(path, max_bytes=LIMIT)
    assert (document.text, document.encoding) == (SHORT, "utf-16")

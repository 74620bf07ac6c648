"""Names and posts declined to fit the sentence: 'во главе с Губернатором … Бабушкиным И.Ю.'."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.text.names import guess_gender, inflect_name
from liaison.text.phrases import inflect


@pytest.mark.parametrize(
    ("canonical", "case", "gender", "expected"),
    [
        ("Бабушкин И.Ю.", "ablt", "m", "Бабушкиным И.Ю."),
        ("Бабушкин И.Ю.", "gent", None, "Бабушкина И.Ю."),
        ("Бабушкин И.Ю.", "datv", None, "Бабушкину И.Ю."),
        ("Прокофьева О.Н.", "ablt", "f", "Прокофьевой О.Н."),
        ("Прокофьева О.Н.", "accs", None, "Прокофьеву О.Н."),
        ("Головченко Р.А.", "ablt", "m", "Головченко Р.А."),
        ("Исаченко А.М.", "gent", None, "Исаченко А.М."),
        ("Алиев И.Г.", "ablt", None, "Алиевым И.Г."),
        ("Волынский И.А.", "gent", None, "Волынского И.А."),
        ("Крутой Д.Н.", "ablt", None, "Крутым Д.Н."),
        ("Ляхнович А.А.", "ablt", None, "Ляхновичем А.А."),
        ("Страхар Р.Б.", "ablt", None, "Страхаром Р.Б."),
        ("Оверчук А.Л.", "gent", None, "Оверчука А.Л."),
        ("Зейналов Э.", "gent", None, "Зейналова Э."),
        ("Якушевич О.", "ablt", "f", "Якушевич О."),
        ("Гурьянова В.В.", "gent", None, "Гурьяновой В.В."),
        ("Римский-Корсаков Н.А.", "ablt", None, "Римским-Корсаковым Н.А."),
        ("Бабушкин И.Ю.", "nomn", None, "Бабушкин И.Ю."),
        ("Igor Babushkin", "ablt", None, "Igor Babushkin"),
    ],
)
def test_surname_is_declined_and_initials_kept(
    canonical: str, case: str, gender: str | None, expected: str
) -> None:
    assert inflect_name(canonical, case, gender) == expected


@pytest.mark.parametrize(
    ("surname", "gender"),
    [("Рагимова", "f"), ("Волынская", "f"), ("Фарзалиев", "m"), ("Ляхнович", "m")],
)
def test_gender_is_guessed_from_the_ending(surname: str, gender: str) -> None:
    assert guess_gender(surname) == gender


def test_an_unknown_case_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown case"):
        inflect_name("Бабушкин И.Ю.", "voct")


# Post and person in the nominative, as the knowledge base keeps them; the phrase built
# from them must be one the real notes contain word for word.
CORPUS_PHRASES = [
    ("000", "Губернатор Астраханской области", "Бабушкин И.Ю.", "ablt", None),
    ("000", "Губернатор Астраханской области", "Бабушкин И.Ю.", "gent", None),
    ("000", "министр культуры Астраханской области", "Прокофьева О.Н.", "ablt", "f"),
    ("000", "Президент Азербайджанской Республики", "Алиев И.Г.", "ablt", None),
    (
        "000",
        "заместитель Премьер-министра Азербайджанской Республики",
        "Мустафаев Ш.А.",
        "ablt",
        None,
    ),
    (
        "000",
        "заместитель Главы Исполнительной власти Апшеронского района",
        "Рагимова Г.В.",
        "gent",
        "f",
    ),
    ("001", "Премьер-министр Республики Беларусь", "Головченко Р.А.", "ablt", "m"),
    (
        "001",
        "Председатель Могилевского областного исполнительного комитета",
        "Исаченко А.М.",
        "ablt",
        "m",
    ),
    (
        "001",
        "министр физической культуры и спорта Астраханской области",
        "Ивашкина Н.В.",
        "gent",
        "f",
    ),
]
FILES = {"000": "000_dbe67b22e53d9186.txt", "001": "001_3211ef41689413ab.txt"}


@pytest.mark.parametrize(("note", "post", "name", "case", "gender"), CORPUS_PHRASES)
def test_post_and_name_are_declined_as_the_real_notes_write_them(
    corpus_dir: Path, note: str, post: str, name: str, case: str, gender: str | None
) -> None:
    text = " ".join((corpus_dir / FILES[note]).read_text(encoding="utf-8").split())
    phrase = f"{inflect(post, case)} {inflect_name(name, case, gender)}"
    assert phrase in text

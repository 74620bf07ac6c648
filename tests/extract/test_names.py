"""A person's gender from a feminine noun in apposition, and one person per document however
many initials it gives them."""

from __future__ import annotations

import pytest

from liaison.extract.context import Context
from liaison.extract.initials import fuller_names
from liaison.extract.persons import person_from_name, read_names


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        (
            "В концерте выступили народная артистка, председатель Союза музыкантов Франгиз "
            "Ализаде и квартет.",
            "Ализаде Ф.",
            "f",
        ),
        (
            "Заслуженная артистка Республики, руководитель ансамбля Наргиз Ализаде провела "
            "мастер-класс.",
            "Ализаде Н.",
            "f",
        ),
        ("Писательница из Азербайджана Солмаз Аманова провела вечер.", "Аманова С.", "f"),
        ("Поэтесса из Казахстана Айгерим Сарсенова провела вечер.", "Сарсенова А.", "f"),
        (
            "Встретились солистка театра Анна Петрова и председатель союза Франгиз Ализаде.",
            "Ализаде Ф.",
            "m",  # the feminine noun belongs to the name before: nothing tells this one
        ),
        ("Оперный певец, председатель союза Азер Ализаде выступил.", "Ализаде А.", "m"),
    ],
)
def test_gender_from_a_feminine_noun_in_apposition(text: str, name: str, gender: str) -> None:
    found = {n.name: n.gender for n in read_names(text)}
    assert found[name] == gender


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Открыт сквер Гейдара Алиева. Концерт к юбилею Г.А. Алиева прошёл в театре.",
            ["Алиев Г.А."],
        ),
        (
            "Ильхам Алиев принял делегацию. Встреча с Президентом Алиевым И.Г. и концерт к "
            "юбилею Г.А. Алиева.",
            ["Алиев И.Г.", "Алиев Г.А."],
        ),
        (
            "Открыт сквер Гейдара Алиева. Встреча с Алиевым Г.А. и с Алиевым Г.Б. состоялась.",
            ["Алиев Г.", "Алиев Г.А.", "Алиев Г.Б."],  # two fit: the short form stays
        ),
        (
            "Встреча с министром Ивановой Е.В. Выступила Елена Иванова.",
            ["Иванова Е.В."],
        ),
    ],
)
def test_initials_fold_into_the_one_fuller_name(make_document, text: str, names: list[str]) -> None:
    persons = list(person_from_name(make_document(text), Context()))
    assert [p.name for p in persons] == names


@pytest.mark.parametrize(
    ("names", "folded"),
    [
        (["Алиев Г.", "Алиев Г.А."], {"Алиев Г.": "Алиев Г.А."}),
        (["Алиев И.", "Алиев И.Г.", "Алиев Г.А."], {"Алиев И.": "Алиев И.Г."}),
        (["Алиев Г.", "Алиев Г.А.", "Алиев Г.Б."], {}),
        (["Алиев Г.", "Алиева Г.А."], {}),
        (["Бюльбюль оглы П.", "Бюльбюль оглы П.М."], {"Бюльбюль оглы П.": "Бюльбюль оглы П.М."}),
    ],
)
def test_fuller_names(names: list[str], folded: dict[str, str]) -> None:
    assert fuller_names(names) == folded


def test_corpus_one_heydar_aliyev_and_a_woman_composer(corpus_document) -> None:
    persons = {p.name: p for p in person_from_name(corpus_document("000"), Context())}
    assert "Алиев Г." not in persons
    heydar = persons["Алиев Г.А."]
    assert {"Гейдара Алиева", "Г.А. Алиева", "Алиеву Г.А."} <= set(heydar.aliases)
    assert heydar.full_name == "Гейдар Алиев"
    assert "Алиев И.Г." in persons  # the president is another person
    assert persons["Ализаде Ф."].gender == "f"
    assert persons["Аманова С."].gender == "f"

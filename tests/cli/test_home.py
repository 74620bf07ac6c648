"""`--home`: the same note read for another region makes that region home."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from liaison.cli.main import app

runner = CliRunner()

# A note of a made-up cooperation, in the house's own words.
NOTE = """СПРАВКА
О СОТРУДНИЧЕСТВЕ ВОЛГОГРАДСКОЙ ОБЛАСТИ С РЕСПУБЛИКОЙ БЕЛАРУСЬ

ХРОНОЛОГИЯ КОНТАКТОВ

· 12–14 марта 2024 г., визит делегации Волгоградской области во главе с Губернатором \
Волгоградской области Петровым П.П. в г. Минск.
· 5 июня 2024 г., визит в Волгоградскую область делегации Республики Беларусь под \
руководством Министра промышленности Республики Беларусь Сидорова С.С.
· 20 сентября 2024 г., участие делегации Волгоградской области в форуме в г. Астрахани.
"""


@pytest.fixture
def note(tmp_path: Path) -> Path:
    path = tmp_path / "vgg.txt"
    path.write_text(NOTE, encoding="utf-8")
    return path


def events(note: Path, *options: str) -> list[tuple[str, str, str | None]]:
    result = runner.invoke(
        app, ["--db", str(note.parent / "kb.sqlite"), "extract", str(note), "--json", *options]
    )
    assert result.exit_code == 0, result.stderr
    return [(e["start"], e["direction"], e["place"]) for e in json.loads(result.stdout)["events"]]


@pytest.mark.parametrize("home", ["Волгоградская область", "Volgograd Region", "RU-VGG"])
def test_home_option_makes_the_region_home_and_astrakhan_elsewhere(note: Path, home: str) -> None:
    assert events(note, "--home", home) == [
        ("2024-03-12", "outgoing", "Минск"),
        ("2024-06-05", "incoming", "Волгоградская область"),
        ("2024-09-20", "elsewhere", "Астрахань"),
    ]


def test_participants_of_the_home_region_are_the_home_side(note: Path) -> None:
    result = runner.invoke(app, ["extract", str(note), "--json", "--home", "RU-VGG"])
    first = json.loads(result.stdout)["events"][0]
    assert [(p["name"], p["side"]) for p in first["participants"]] == [("Петров П.П.", "home")]


def test_an_unknown_home_gets_one_line(note: Path) -> None:
    result = runner.invoke(app, ["extract", str(note), "--home", "Атлантида"])
    assert result.exit_code == 1
    assert "not a region of Russia" in result.stderr

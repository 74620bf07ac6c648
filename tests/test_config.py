"""Home is configuration: a region named on the command line, in the environment or a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.config import Settings, home_of
from liaison.errors import ConfigError
from liaison.model import Home


@pytest.mark.parametrize(
    ("wanted", "code", "name_en"),
    [
        ("Волгоградская область", "RU-VGG", "Volgograd Region"),
        ("волгоградской области", "RU-VGG", "Volgograd Region"),
        ("Volgograd Region", "RU-VGG", "Volgograd Region"),
        ("RU-VGG", "RU-VGG", "Volgograd Region"),
        ("Татарстан", "RU-TA", "Republic of Tatarstan"),
        ("Кузбасс", "RU-KEM", "Kemerovo Region – Kuzbass"),
        ("Москва", "RU-MOW", "Moscow"),
    ],
)
def test_a_region_is_named_in_any_form(wanted: str, code: str, name_en: str) -> None:
    home = home_of(wanted)
    assert (home.code, home.name_en, home.country) == (code, name_en, "RU")


@pytest.mark.parametrize(
    ("wanted", "cues"),
    [
        ("Астраханская область", Home().cues),
        ("Волгоградская область", ("волгоградский область", "волгоград", "volgograd")),
        ("Владимирская область", ("владимирский область", "vladimir region")),
    ],
)
def test_cues_are_lemmatised_like_the_default(wanted: str, cues: tuple[str, ...]) -> None:
    assert home_of(wanted).cues == cues


def test_an_unknown_home_says_how_to_name_one() -> None:
    with pytest.raises(ConfigError, match="not a region of Russia"):
        home_of("Атлантида")


@pytest.mark.parametrize(
    ("file", "env", "given", "code"),
    [
        ("", None, None, "RU-AST"),
        ('home = "Волгоградская область"\n', None, None, "RU-VGG"),
        ('home = "Волгоградская область"\n', "RU-TA", None, "RU-TA"),
        ('home = "Волгоградская область"\n', "RU-TA", "RU-SAR", "RU-SAR"),
        (
            '[home]\nname = "Город Энск"\nname_en = "Ensk"\ncode = "RU-XX-ENSK"\ncues = ["Энск"]\n',
            None,
            None,
            "RU-XX-ENSK",
        ),
    ],
)
def test_home_comes_from_option_environment_file_then_default(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    file: str,
    env: str | None,
    given: str | None,
    code: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LIAISON_HOME", raising=False)
    if file:
        (tmp_path / "liaison.toml").write_text(file, encoding="utf-8")
    if env:
        monkeypatch.setenv("LIAISON_HOME", env)
    assert Settings.load(home=given).home.code == code


def test_a_home_described_in_the_file_gets_lemmatised_cues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LIAISON_HOME", raising=False)
    (tmp_path / "liaison.toml").write_text(
        '[home]\nname = "Город Энск"\nname_en = "Ensk"\ncode = "RU-XX"\ncues = ["мэрии города"]\n',
        encoding="utf-8",
    )
    assert Settings.load().home.cues == ("город энск", "ensk", "мэрия город")


def test_a_broken_settings_file_gets_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "liaison.toml").write_text("home = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"liaison\.toml: cannot be read as settings"):
        Settings.load()

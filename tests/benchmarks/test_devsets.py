"""The development sets' gold files follow benchmarks/devsets/README.md, and the scorer's
comparisons treat the forms the README says are one as one."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from liaison.model import Home
from liaison.model.vocab import AgreementKind, AgreementStatus, Direction, EventKind

ROOT = Path(__file__).resolve().parents[2]
DEVSETS = ROOT / "benchmarks" / "devsets"
sys.path.insert(0, str(ROOT / "benchmarks"))

from scoring.fields import countries, plain_place, quantity  # noqa: E402

GOLD_FILES = sorted(DEVSETS.rglob("*.gold.json"))
# 'Фамилия И.О.', 'Фамилия И.', 'Мамед-заде Т.-А.', 'Бюльбюль оглы П.'
CANONICAL = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]*)*(?: [а-яё]+)? [А-ЯЁ]\.(?:-?[А-ЯЁ]\.)?")
METRICS = {
    "trade_turnover", "export", "import", "investment", "students", "tourists", "visitors",
    "companies_with_foreign_capital", "events", "cargo", "growth",
}  # fmt: skip


def gold_of(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def named(path: Path) -> str:
    return str(path.relative_to(DEVSETS))


@pytest.mark.parametrize("path", GOLD_FILES, ids=named)
def test_gold_names_its_document_and_home(path: Path) -> None:
    gold = gold_of(path)
    assert (path.parent / gold["file"]).is_file()
    if gold["home"] is not None:
        Home(**{**gold["home"], "cues": tuple(gold["home"]["cues"])})
    if gold["published"] is not None:
        date.fromisoformat(gold["published"])


@pytest.mark.parametrize("path", GOLD_FILES, ids=named)
def test_gold_events_use_the_model_vocabularies(path: Path) -> None:
    gold = gold_of(path)
    people = {p["name"] for p in gold["persons"]}
    for event in gold["events"]:
        assert date.fromisoformat(event["start"]) <= date.fromisoformat(event["end"])
        assert event["kind"] in set(EventKind) and event["direction"] in set(Direction)
        assert set(event["agreements"]) <= set(AgreementKind), event["agreements"]
        names = {p["name"] for p in event["participants"]}
        assert names <= people, f"{event['start']}: participants not among persons"
        if event["leader"] is not None and names:
            assert event["leader"] in names, f"{event['start']}: leader not a participant"


@pytest.mark.parametrize("path", GOLD_FILES, ids=named)
def test_gold_names_are_canonical(path: Path) -> None:
    for person in gold_of(path)["persons"]:
        assert CANONICAL.fullmatch(person["name"]), person["name"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=named)
def test_gold_agreements_and_figures_use_the_agreed_values(path: Path) -> None:
    gold = gold_of(path)
    for agreement in gold["agreements"]:
        assert agreement["kind"] in set(AgreementKind), agreement["kind"]
        assert agreement["status"] in set(AgreementStatus), agreement["status"]
        signed = agreement["signed"]
        assert signed is None or re.fullmatch(r"\d{4}(?:-\d\d-\d\d)?", signed), signed
    for figure in gold["indicators"]:
        assert figure["metric"] in METRICS, figure["metric"]
        assert isinstance(figure["value"], int | float)


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        (["KZ"], ["KZ"]),
        (["KZ", "KZ-ATY"], ["KZ"]),
        (["KZ-ATY", "KZ-ATY-ATYRAU"], ["KZ"]),
        (["RS-NIS", "RS-NOVI-SAD"], ["RS", "RS"]),
        (["AZ", "BY-MA"], ["AZ", "BY"]),
        ([], []),
    ],
)
def test_partners_compare_by_country_once_each(codes: list[str], expected: list[str]) -> None:
    assert countries(codes) == expected


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (2.3, "тыс. студентов", 2300.0),
        (2300, "студентов", 2300.0),
        (45, "млн долл. США", 45_000_000.0),
        (2.6, "млрд долл. США", 2_600_000_000.0),
        (1.5, "million USD", 1_500_000.0),
        (18, "%", 18.0),
        (37, None, 37.0),
    ],
)
def test_figures_compare_as_quantities(value: float, unit: str | None, expected: float) -> None:
    assert quantity(value, unit) == expected


@pytest.mark.parametrize(
    ("found", "gold"),
    [("г. Астрахань", "Астрахань"), ("город Баку", "Баку"), ("Атырау", "атырау")],
)
def test_places_compare_without_the_city_word(found: str | None, gold: str | None) -> None:
    assert plain_place(found) == plain_place(gold)

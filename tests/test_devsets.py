"""The development sets' gold files keep to benchmarks/devsets/README.md.

A gold file that drifts from the format (a key renamed, a kind the model does not know, a
name not in the canonical form, a range that ends before it starts, a link to an event no
gold holds)
would make the quality figures lie quietly; these checks make it fail loudly instead.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import re
from collections.abc import Callable, Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

from liaison.model import AgreementKind, AgreementStatus, Direction, EventKind, Home

# LIAISON_DEVSETS points the checks at a set kept outside the repository (one written by other
# hands and scored with `benchmarks/quality.py --devsets FOLDER`), so its gold is checked too.
DEVSETS = Path(
    os.environ.get("LIAISON_DEVSETS")
    or Path(__file__).resolve().parents[1] / "benchmarks" / "devsets"
)
GOLDS = sorted(DEVSETS.rglob("*.gold.json"))
LINKS = sorted(DEVSETS.rglob("links.json"))

KEYS = {
    "file",
    "lang",
    "home",
    "published",
    "events",
    "persons",
    "agreements",
    "indicators",
    "unplaced",
}
EVENT_KEYS = {
    "start",
    "end",
    "kind",
    "direction",
    "place",
    "leader",
    "partners",
    "participants",
    "agreements",
}
PARTICIPANT_KEYS = {"name", "position", "side"}
PERSON_KEYS = {"name", "forms", "positions"}
AGREEMENT_KEYS = {"kind", "signed", "status", "period", "partners", "parties"}
INDICATOR_KEYS = {"metric", "value", "unit", "as_of", "period", "partner"}
HOME_KEYS = {field.name for field in dataclasses.fields(Home)}
METRICS = {
    "trade_turnover",
    "export",
    "import",
    "investment",
    "students",
    "tourists",
    "visitors",
    "companies_with_foreign_capital",
    "events",
    "cargo",
    "growth",
}

# Фамилия И.О. / Фамилия И.: a hyphenated surname (Мамед-заде) and a patronymic particle
# written apart (Бюльбюль оглы) are part of the surname; a hyphenated given name may keep
# both initials (Мамед-заде Т.-А.).
CANONICAL_NAME = re.compile(
    r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]*)*(?: (?:оглы|кызы))? [А-ЯЁ]\.(?:-?[А-ЯЁ]\.)?"
)
PARTNER_CODE = re.compile(r"[A-Z]{2}(?:-[A-Z0-9]+)*")
SIGNED = re.compile(r"\d{4}(?:-\d{2}-\d{2})?")

Problems = Iterator[str]


def iso_date(value: object) -> date | None:
    """The date an ISO string names, or None when it is not one."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def keys_problems(where: str, item: object, expected: set[str]) -> Problems:
    """A record that is not an object, or has other keys than the README's."""
    if not isinstance(item, dict):
        yield f"{where}: not an object"
        return
    if set(item) != expected:
        yield f"{where}: keys {sorted(item)}, expected {sorted(expected)}"


def vocab_problem(where: str, value: object, vocab: type[StrEnum]) -> Problems:
    if value not in {member.value for member in vocab}:
        yield f"{where}: {value!r} is not a {vocab.__name__}"


def name_problems(where: str, name: object) -> Problems:
    if not isinstance(name, str) or not CANONICAL_NAME.fullmatch(name):
        yield f"{where}: {name!r} is not a canonical 'Фамилия И.О.'"


def partners_problems(where: str, codes: object) -> Problems:
    if not isinstance(codes, list) or not all(
        isinstance(code, str) and PARTNER_CODE.fullmatch(code) for code in codes
    ):
        yield f"{where}: partners {codes!r} are not ISO codes"


def period_problems(where: str, period: object) -> Problems:
    if period is None:
        return
    if not isinstance(period, dict) or set(period) != {"from", "to"}:
        yield f"{where}: period {period!r} is not {{'from', 'to'}}"
        return
    first, last = period["from"], period["to"]
    if not all(isinstance(year, int) for year in (first, last)) or first > last:
        yield f"{where}: period {period!r} is not two years in order"


def event_problems(where: str, event: dict[str, Any]) -> Problems:
    start, end = iso_date(event["start"]), iso_date(event["end"])
    if start is None or end is None:
        yield f"{where}: start/end {event['start']!r}–{event['end']!r} are not ISO dates"
    elif end < start:
        yield f"{where}: end {end} is before start {start}"
    yield from vocab_problem(f"{where}.kind", event["kind"], EventKind)
    yield from vocab_problem(f"{where}.direction", event["direction"], Direction)
    if event["leader"] is not None:
        yield from name_problems(f"{where}.leader", event["leader"])
    yield from partners_problems(where, event["partners"])
    for kind in event["agreements"]:
        yield from vocab_problem(f"{where}.agreements", kind, AgreementKind)
    for n, participant in enumerate(event["participants"]):
        at = f"{where}.participants[{n}]"
        yield from keys_problems(at, participant, PARTICIPANT_KEYS)
        if isinstance(participant, dict) and "name" in participant:
            yield from name_problems(at, participant["name"])
            side = participant.get("side")
            if side != "home" and not (isinstance(side, str) and PARTNER_CODE.fullmatch(side)):
                yield f"{at}: side {side!r} is neither 'home' nor a partner's code"


def is_signed_date(value: object) -> bool:
    """A year ('2011') or a real day ('2021-12-07'), as an agreement's `signed` is written."""
    if not isinstance(value, str) or not SIGNED.fullmatch(value):
        return False
    return len(value) == 4 or iso_date(value) is not None


def agreement_problems(where: str, agreement: dict[str, Any]) -> Problems:
    yield from vocab_problem(f"{where}.kind", agreement["kind"], AgreementKind)
    yield from vocab_problem(f"{where}.status", agreement["status"], AgreementStatus)
    signed = agreement["signed"]
    if signed is not None and not is_signed_date(signed):
        yield f"{where}: signed {signed!r} is not 'YYYY' or 'YYYY-MM-DD'"
    yield from period_problems(where, agreement["period"])
    yield from partners_problems(where, agreement["partners"])


def indicator_problems(where: str, indicator: dict[str, Any]) -> Problems:
    if indicator["metric"] not in METRICS:
        yield f"{where}: metric {indicator['metric']!r} is not one the README lists"
    value = indicator["value"]
    if isinstance(value, bool) or not isinstance(value, int | float):
        yield f"{where}: value {value!r} is not a number"
    if indicator["as_of"] is not None and iso_date(indicator["as_of"]) is None:
        yield f"{where}: as_of {indicator['as_of']!r} is not an ISO date"
    yield from period_problems(where, indicator["period"])
    partner = indicator["partner"]
    if partner is not None and not (isinstance(partner, str) and PARTNER_CODE.fullmatch(partner)):
        yield f"{where}: partner {partner!r} is not an ISO code or null"


SECTIONS: dict[str, tuple[set[str], Callable[[str, dict[str, Any]], Problems]]] = {
    "events": (EVENT_KEYS, event_problems),
    "agreements": (AGREEMENT_KEYS, agreement_problems),
    "indicators": (INDICATOR_KEYS, indicator_problems),
    "persons": (PERSON_KEYS, lambda where, person: name_problems(where, person["name"])),
}


def header_problems(gold: dict[str, Any]) -> Problems:
    if gold["lang"] not in {"ru", "en"}:
        yield f"lang {gold['lang']!r} is not 'ru' or 'en'"
    if gold["published"] is not None and iso_date(gold["published"]) is None:
        yield f"published {gold['published']!r} is not an ISO date"
    home = gold["home"]
    if home is not None and (not isinstance(home, dict) or set(home) != HOME_KEYS):
        yield f"home {home!r} is neither null nor an object with the keys {sorted(HOME_KEYS)}"
    if not isinstance(gold["unplaced"], list):
        yield "unplaced is not a list"
    elif gold["unplaced"] and gold["published"] is not None:
        yield "unplaced lists relative dates, but the document states its date"


def cast_problems(gold: dict[str, Any]) -> Problems:
    """People an event names but the persons list lacks, and leaders who take no part."""
    people = {person.get("name") for person in gold["persons"] if isinstance(person, dict)}
    for n, event in enumerate(gold["events"]):
        names = {p.get("name") for p in event["participants"] if isinstance(p, dict)}
        for name in sorted(map(str, (names | {event["leader"]}) - people - {None})):
            yield f"events[{n}]: {name!r} is not among the persons"
        if event["leader"] is not None and names and event["leader"] not in names:
            yield f"events[{n}]: leader {event['leader']!r} is not among the participants"


def gold_problems(gold: object) -> list[str]:
    """Every way ``gold`` departs from the README's format (empty when it keeps to it)."""
    problems = list(keys_problems("gold", gold, KEYS))
    if problems or not isinstance(gold, dict):
        return problems
    problems += header_problems(gold)
    for section, (keys, check) in SECTIONS.items():
        for n, item in enumerate(gold[section]):
            where = f"{section}[{n}]"
            found = list(keys_problems(where, item, keys))
            problems += found or list(check(where, item))
    if not problems:
        problems += cast_problems(gold)
    return problems


def event_starts(gold: dict[str, Any]) -> set[str]:
    return {event["start"] for event in gold["events"]}


def link_problems(links: object, golds: dict[str, dict[str, Any]]) -> list[str]:
    """Links whose news or note gold is missing, or holds no event on the date named.
    ``golds`` maps a document's path relative to the links file to its gold."""
    if not isinstance(links, list):
        return ["links.json is not a list"]
    problems = []
    for n, link in enumerate(links):
        found = list(keys_problems(f"links[{n}]", link, {"news", "start", "note", "note_start"}))
        if found:
            problems += found
            continue
        for document, start in ((link["news"], link["start"]), (link["note"], link["note_start"])):
            gold = golds.get(document)
            if gold is None:
                problems.append(f"links[{n}]: {document} has no gold file")
            elif start not in event_starts(gold):
                problems.append(f"links[{n}]: {document} holds no event starting {start}")
    return problems


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_there_are_gold_files() -> None:
    assert GOLDS, f"no *.gold.json under {DEVSETS}"


@pytest.mark.parametrize("path", GOLDS, ids=lambda path: str(path.relative_to(DEVSETS)))
def test_gold_file_keeps_to_the_format(path: Path) -> None:
    gold = load(path)
    assert gold_problems(gold) == []
    assert gold["file"] == path.name.removesuffix(".gold.json") + Path(gold["file"]).suffix
    assert (path.parent / gold["file"]).is_file(), f"{gold['file']} is missing beside {path.name}"


@pytest.mark.parametrize("path", LINKS, ids=lambda path: str(path.relative_to(DEVSETS)))
def test_links_name_events_both_golds_hold(path: Path) -> None:
    golds = {
        gold.relative_to(path.parent).as_posix().removesuffix(".gold.json")
        + Path(load(gold)["file"]).suffix: load(gold)
        for gold in path.parent.rglob("*.gold.json")
    }
    assert link_problems(load(path), golds) == []


VALID: dict[str, Any] = {
    "file": "ru_item.txt",
    "lang": "ru",
    "home": None,
    "published": "2024-03-15",
    "events": [
        {
            "start": "2024-03-14",
            "end": "2024-03-15",
            "kind": "visit",
            "direction": "outgoing",
            "place": "Баку",
            "leader": "Бабушкин И.",
            "partners": ["AZ"],
            "agreements": ["memorandum"],
            "participants": [
                {"name": "Бабушкин И.", "position": "губернатор", "side": "home"},
                {"name": "Бюльбюль оглы П.", "position": "посол", "side": "AZ"},
            ],
        }
    ],
    "persons": [
        {"name": "Бабушкин И.", "forms": ["Игорь Бабушкин"], "positions": []},
        {"name": "Бюльбюль оглы П.", "forms": ["Поладом Бюльбюль оглы"], "positions": []},
        {"name": "Мамед-заде Р.", "forms": ["Рустама Мамед-заде"], "positions": []},
    ],
    "agreements": [
        {
            "kind": "memorandum",
            "signed": "2024-03-14",
            "status": "signed",
            "period": {"from": 2024, "to": 2026},
            "partners": ["AZ-BA"],
            "parties": [],
        }
    ],
    "indicators": [
        {
            "metric": "trade_turnover",
            "value": 2.6,
            "unit": "млрд долл. США",
            "as_of": None,
            "period": {"from": 2020, "to": 2020},
            "partner": None,
        }
    ],
    "unplaced": [],
}


def test_a_valid_gold_passes() -> None:
    assert gold_problems(VALID) == []


def broken(path: str, value: object) -> dict[str, Any]:
    """VALID with the value at a dotted path ('events.0.kind') replaced; '-' deletes it."""
    gold = copy.deepcopy(VALID)
    *parents, last = path.split(".")
    node: Any = gold
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if value == "-":
        del node[last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return gold


@pytest.mark.parametrize(
    ("path", "value", "complaint"),
    [
        ("unplaced", "-", "keys"),
        ("events.0.spheres", [], "keys"),
        ("events.0.participants.0.role", "head", "keys"),
        ("lang", "de", "lang"),
        ("published", "15.03.2024", "published"),
        ("home", {"name": "Волгоградская область"}, "home"),
        ("unplaced", ["в пятницу"], "unplaced"),
        ("events.0.kind", "trip", "EventKind"),
        ("events.0.direction", "inbound", "Direction"),
        ("events.0.agreements", ["mou"], "AgreementKind"),
        ("events.0.start", "2024-3-14", "ISO"),
        ("events.0.end", "2024-02-30", "ISO"),
        ("events.0.end", "2024-03-13", "before start"),
        ("events.0.leader", "Бабушкина И.Ю", "canonical"),
        ("events.0.leader", "Igor Babushkin", "canonical"),
        ("events.0.participants.1.name", "П. Бюльбюль оглы", "canonical"),
        ("events.0.participants.1.side", "Азербайджан", "side"),
        ("events.0.partners", ["Azerbaijan"], "ISO codes"),
        ("persons.0.name", "Бабушкин", "canonical"),
        ("persons.0.name", "Бабушкин И.Ю.", "not among the persons"),
        ("events.0.participants.1.name", "Мустафаев Р.", "not among the persons"),
        ("events.0.leader", "Мамед-заде Р.", "not among the participants"),
        ("agreements.0.status", "active", "AgreementStatus"),
        ("agreements.0.kind", "treaty", "AgreementKind"),
        ("agreements.0.signed", "2024-14-03", "signed"),
        ("agreements.0.signed", "2024 г.", "signed"),
        ("agreements.0.period", {"from": 2026, "to": 2024}, "period"),
        ("agreements.0.period", {"start": 2024, "end": 2026}, "period"),
        ("indicators.0.metric", "turnover", "metric"),
        ("indicators.0.value", "2,6", "value"),
        ("indicators.0.as_of", "2024", "as_of"),
        ("indicators.0.partner", "Caspian", "partner"),
    ],
)
def test_broken_gold_is_rejected(path: str, value: object, complaint: str) -> None:
    problems = gold_problems(broken(path, value))
    assert any(complaint in problem for problem in problems), problems


@pytest.mark.parametrize(
    ("links", "complaint"),
    [
        ({"news": "ru_item.txt"}, "not a list"),
        ([{"news": "ru_item.txt", "start": "2024-03-14"}], "keys"),
        (
            [
                {
                    "news": "ru_item.txt",
                    "start": "2024-03-15",
                    "note": "notes/n.txt",
                    "note_start": "2024-03-14",
                }
            ],
            "ru_item.txt holds no event starting 2024-03-15",
        ),
        (
            [
                {
                    "news": "ru_item.txt",
                    "start": "2024-03-14",
                    "note": "notes/n.txt",
                    "note_start": "2024-03-13",
                }
            ],
            "notes/n.txt holds no event starting 2024-03-13",
        ),
        (
            [
                {
                    "news": "ru_other.txt",
                    "start": "2024-03-14",
                    "note": "notes/n.txt",
                    "note_start": "2024-03-14",
                }
            ],
            "ru_other.txt has no gold file",
        ),
    ],
)
def test_broken_link_is_rejected(links: object, complaint: str) -> None:
    golds = {"ru_item.txt": VALID, "notes/n.txt": VALID}
    problems = link_problems(links, golds)
    assert any(complaint in problem for problem in problems), problems


def test_a_valid_link_passes() -> None:
    links = [
        {
            "news": "ru_item.txt",
            "start": "2024-03-14",
            "note": "notes/n.txt",
            "note_start": "2024-03-14",
        }
    ]
    assert link_problems(links, {"ru_item.txt": VALID, "notes/n.txt": VALID}) == []

"""The generated schema and docs match the model; every class survives a JSON round trip."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import jsonschema
import pytest

from liaison.errors import InvalidFact
from liaison.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Block,
    BlockKind,
    Direction,
    Document,
    Event,
    EventKind,
    Extraction,
    Fact,
    Indicator,
    Mention,
    Organization,
    Participant,
    Partner,
    PartnerLevel,
    Period,
    Person,
    Position,
    Sphere,
    from_json,
    to_json,
)
from liaison.model.gen import artefacts, schema

M = (Mention(start=0, end=5, rule="test_rule"),)

SAMPLES = [
    Partner(
        id="BY-MA",
        name="Могилевская область",
        name_en="Mogilev Region",
        level=PartnerLevel.REGION,
        country="BY",
        parent="BY",
        aliases=("Могилевской области",),
        mentions=M,
    ),
    Organization(id="org:1", name="Фонд Гейдара Алиева", kind="ngo", partner="AZ", mentions=M),
    Person(
        id="person:1",
        name="Прокофьева О.Н.",
        gender="f",
        aliases=("Прокофьевой О.Н.",),
        positions=(
            Position(
                title="министр культуры Астраханской области",
                start=date(2023, 6, 2),
                end=date(2024, 7, 6),
            ),
        ),
        mentions=M,
    ),
    Agreement(
        id="agr:1",
        kind=AgreementKind.PROGRAMME,
        title="Программа мероприятий",
        parties=("Правительство Астраханской области",),
        signed="2024",
        period=Period(from_=2024, to=2026),
        status=AgreementStatus.BEING_IMPLEMENTED,
        partners=("AZ",),
        spheres=(Sphere.TRADE,),
        mentions=M,
    ),
    Event(
        id="event:1",
        kind=EventKind.VISIT,
        start=date(2023, 9, 28),
        end=date(2023, 10, 2),
        direction=Direction.OUTGOING,
        place="Баку",
        leader="Редькин И.А.",
        participants=(Participant(name="Редькин И.А.", position="глава", role="leader"),),
        partners=("AZ",),
        agreements=("agr:1",),
        mentions=M,
    ),
    Fact(
        id="fact:1",
        sphere=Sphere.CULTURE,
        text="Учреждена премия (2022 г.)",
        years=(2022,),
        entered_by="editor",
        entered_at=datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
    ),
    Indicator(
        id="ind:1",
        metric="students",
        value=1012.0,
        unit="граждан",
        period=Period(from_=2025, to=2026),
        partner="AZ",
        text="1012 граждан",
        mentions=M,
    ),
    Document(
        id="abc",
        path="note.txt",
        title="Справка",
        published=date(2021, 12, 8),
        text="Текст",
        blocks=(Block(kind=BlockKind.BULLET, start=0, end=5),),
        source_offsets=((3, 25),),
    ),
]


@pytest.mark.parametrize("obj", SAMPLES, ids=lambda o: type(o).__name__)
def test_json_round_trip(obj: object) -> None:
    data = json.loads(json.dumps(to_json(obj), ensure_ascii=False))
    assert from_json(type(obj), data) == obj


def test_period_uses_the_agreed_key() -> None:
    assert to_json(Period(from_=2024, to=2026)) == {"from": 2024, "to": 2026}


def test_extraction_validates_against_the_committed_schema() -> None:
    doc = SAMPLES[-1]
    assert isinstance(doc, Document)
    extraction = Extraction(
        document=doc,
        agreements=tuple(o for o in SAMPLES if isinstance(o, Agreement)),
        events=tuple(o for o in SAMPLES if isinstance(o, Event)),
        facts=tuple(o for o in SAMPLES if isinstance(o, Fact)),
    )
    jsonschema.validate(to_json(extraction), schema())


def test_schema_rejects_a_broken_event() -> None:
    data = to_json(Extraction(document=SAMPLES[-1], events=(SAMPLES[4],)))  # type: ignore[arg-type]
    data["events"][0]["direction"] = "sideways"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema())


@pytest.mark.parametrize("path", list(artefacts()), ids=lambda p: p.name)
def test_generated_files_are_in_step(path) -> None:  # type: ignore[no-untyped-def]
    expected = artefacts()[path]
    actual = path.read_text(encoding="utf-8") if path.exists() else ""
    assert actual == expected, (
        f"{path.name} is out of step with the model: run `python -m liaison.model.gen`"
    )


def test_event_cannot_end_before_it_starts() -> None:
    with pytest.raises(InvalidFact, match="before it starts"):
        Event(
            id="e", kind=EventKind.VISIT, start=date(2020, 2, 2), end=date(2020, 2, 1), mentions=M
        )


def test_a_fact_needs_a_source() -> None:
    with pytest.raises(InvalidFact, match="no mention and no author"):
        Fact(id="f", sphere=Sphere.TRADE, text="x")


def test_indicator_value_must_be_finite() -> None:
    with pytest.raises(InvalidFact, match="finite"):
        Indicator(id="i", metric="m", value=float("nan"), mentions=M)

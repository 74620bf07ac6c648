"""How long writing a note takes for a partner with 1000 contacts, against a plain JSON dump.

    .venv/bin/python benchmarks/brief.py [--events 1000] [--runs 5]

Builds a knowledge base in memory: one partner with a district and a city, --events
contacts (half with their own sentence as a note gives it, half typed in, so their
sentences are built and declined), 20 agreements, 200 statements, 20 figures, 40 people.
Times, as the median of --runs runs after one warm-up run: select_note + render_markdown,
select_note + render_docx (shipped template), select_note + render_pdf drawn by the
built-in renderer (engine="builtin", no LibreOffice), and as the baseline measured in the same
run, json.dumps(to_json(kb)) of the same knowledge base. The warm-up (first) run is
printed too: it loads the morphology dictionaries. The goal is about a second for 1000.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from liaison.brief import render_docx, render_markdown, render_pdf, select_note
from liaison.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Direction,
    Document,
    Event,
    EventKind,
    Fact,
    Indicator,
    KnowledgeBase,
    Mention,
    Participant,
    Partner,
    PartnerLevel,
    Person,
    Position,
    Sphere,
    make_id,
    to_json,
)

DOC = "bench000000000001"
SURNAMES = ("Иванов", "Петрова", "Сидоренко", "Кузнецов", "Алиева", "Мамедов", "Гусейнов")
POSTS = (
    "министр культуры Астраханской области",
    "заместитель председателя Правительства Астраханской области",
    "Глава Исполнительной власти Апшеронского района",
    "Чрезвычайный и Полномочный Посол Азербайджанской Республики",
)
DIRECTIONS = (Direction.INCOMING, Direction.OUTGOING, Direction.ELSEWHERE, Direction.REMOTE)
KINDS = (EventKind.VISIT, EventKind.MEETING, EventKind.FORUM, EventKind.SESSION)


def mention(i: int) -> tuple[Mention, ...]:
    return (Mention(start=i * 10, end=i * 10 + 9, rule="bench", document=DOC),)


def build_kb(n_events: int) -> KnowledgeBase:
    """A knowledge base with one partner and ``n_events`` contacts."""
    partners = (
        Partner(id="AZ", name="Азербайджан", aliases=("Азербайджанская Республика",),
                name_en="Azerbaijan", country="AZ", entered_by="bench"),
        Partner(id="AZ-ABS", name="Апшеронский район", name_en="Absheron District",
                level=PartnerLevel.DISTRICT, country="AZ", parent="AZ", entered_by="bench"),
    )  # fmt: skip
    persons = tuple(
        Person(
            id=f"person:{i}",
            name=f"{SURNAMES[i % len(SURNAMES)]} {'АБВГДЕЖ'[i % 7]}.{'ИКЛМНОП'[i % 7]}.",
            positions=(Position(title=POSTS[i % len(POSTS)]),),
            mentions=mention(i),
        )
        for i in range(40)
    )
    return KnowledgeBase(
        documents=(Document(id=DOC, path="bench/note.docx", title="Справка для замера"),),
        partners=partners,
        agreements=tuple(bench_agreement(i) for i in range(20)),
        events=tuple(bench_event(i, persons) for i in range(n_events)),
        persons=persons,
        facts=tuple(bench_fact(i) for i in range(200)),
        indicators=tuple(bench_indicator(i) for i in range(20)),
    )


def bench_agreement(i: int) -> Agreement:
    return Agreement(
        id=make_id("agreement", i),
        kind=AgreementKind.AGREEMENT if i % 2 else AgreementKind.MEMORANDUM,
        title=f"Соглашение о сотрудничестве номер {i}",
        signed=str(2000 + i),
        status=AgreementStatus.IN_FORCE if i % 3 else AgreementStatus.SIGNED,
        partners=("AZ",),
        mentions=mention(i),
    )


def bench_event(i: int, persons: tuple[Person, ...]) -> Event:
    start = date(2000, 1, 1) + timedelta(days=i * 9)
    leader, other = persons[i % len(persons)], persons[(i * 7 + 3) % len(persons)]
    own = i % 2 == 0
    return Event(
        id=make_id("event", i),
        kind=KINDS[i % len(KINDS)],
        start=start,
        end=start + timedelta(days=i % 4),
        title=f"визит делегации номер {i} в Астраханскую область для участия в форуме"
        if own
        else "",
        direction=DIRECTIONS[i % len(DIRECTIONS)],
        place="Москва" if i % 4 == 2 else None,
        leader=leader.name,
        participants=(Participant(name=leader.name, role="leader"), Participant(name=other.name)),
        partners=("AZ" if i % 3 else "AZ-ABS",),
        mentions=mention(i) if own else (),
        entered_by=None if own else "bench",
    )


def bench_fact(i: int) -> Fact:
    spheres = (Sphere.TRADE, Sphere.EDUCATION, Sphere.CULTURE, Sphere.COMPATRIOTS)
    return Fact(
        id=make_id("fact", i),
        sphere=spheres[i % len(spheres)],
        text=f"Проведено совместное мероприятие номер {i} с участием обеих сторон",
        years=(2010 + i % 15,),
        partners=("AZ",),
        mentions=mention(i),
    )


def bench_indicator(i: int) -> Indicator:
    return Indicator(
        id=make_id("indicator", i),
        metric="companies" if i % 2 else "students",
        value=float(10 + i),
        unit="ед.",
        as_of=date(2020 + i % 5, 1, 1),
        partner="AZ",
        mentions=mention(i),
    )


def timed(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """(first run, median of the next ``runs``) in seconds."""
    began = time.perf_counter()
    action()
    first = time.perf_counter() - began
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return first, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    kb = build_kb(args.events)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "note.docx"
        pdf = Path(tmp) / "note.pdf"
        results = {
            "json.dumps(to_json(kb)) (baseline)": timed(
                lambda: json.dumps(to_json(kb), ensure_ascii=False), args.runs
            ),
            "select_note + render_markdown": timed(
                lambda: render_markdown(select_note(kb, "AZ"), "ru", sources=True), args.runs
            ),
            "select_note + render_docx": timed(
                lambda: render_docx(select_note(kb, "AZ"), "ru", sources=True, out=out), args.runs
            ),
            "select_note + render_pdf (built-in)": timed(
                lambda: render_pdf(select_note(kb, "AZ"), "ru", True, out=pdf, engine="builtin"),
                args.runs,
            ),
        }
    baseline = results["json.dumps(to_json(kb)) (baseline)"][1]
    report = [
        f"knowledge base: {args.events} events, {len(kb.facts)} facts, "
        f"{len(kb.agreements)} agreements; median of {args.runs} runs after a first run",
    ]
    for name, (first, median) in results.items():
        report.append(
            f"{name:<38} first {first:6.3f} s   median {median:6.3f} s   "
            f"x{median / baseline:5.1f} baseline"
        )
    sys.stdout.write("\n".join(report) + "\n")


if __name__ == "__main__":
    main()

"""Resolution time per new document against knowledge bases of 1k, 10k and 100k known
people and events: through the blocking keys' index, and as the scan of everything known
it replaces, measured in the same run.

    .venv/bin/python benchmarks/resolve.py [--sizes 1000,10000,100000] [--documents 40]
                                           [--scan-up-to 10000] [--seed 7]

For each size a fresh SQLite knowledge base is filled (through ``Store.load``, the real
write path that files the blocking keys) with that many people and that many events
(and a tenth as many agreements), seeded so every run builds the same ones. Then
--documents new news items are resolved one by one: each names a known person in Latin
letters, a known person by a shortened name, a new person, a contact within a known
event's days sharing a participant, and a new contact. Printed per size: milliseconds per
document (median, after one warm-up) for resolution (``resolve_document`` with
``Store.candidates``), for saving it
(``Store.save`` with the merges), the mean number of candidates read, and the ratio of
each to the smallest size. The scan is what ingest did before: load every person, event
and agreement (printed once per size) and compare each new document with all of them;
it runs up to --scan-up-to known facts, as it grows with the knowledge base.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from liaison.model import (
    Agreement,
    AgreementKind,
    Document,
    Event,
    EventKind,
    Extraction,
    Mention,
    Participant,
    Person,
    make_id,
)
from liaison.resolve.agreements import resolve_agreements
from liaison.resolve.document import resolve_document
from liaison.resolve.events import resolve_events
from liaison.resolve.persons import resolve_persons
from liaison.store import Store
from liaison.store.engine import create_store_engine, writing
from liaison.store.keys import file_keys
from liaison.store.rows import chunks, mention_rows, object_row
from liaison.store.tables import FACT_TABLES, documents, kind_of, mentions
from liaison.store.writes import document_row
from liaison.text.keys import LookupKeys

# Consonant-vowel syllables: surnames as varied as a real population's.
SYLLABLES = tuple(c + v for c in "бвгджзклмнпрстфхцчш" for v in "аоиеу")
LATIN_LETTERS = "b v g d zh z k l m n p r s t f kh ts ch sh a o i e u"
LATIN = dict(zip("бвгджзклмнпрстфхцчшаоиеу", LATIN_LETTERS.split(), strict=True))
GIVEN = ("Али", "Вагиф", "Гасан", "Камал", "Мурад", "Наиль", "Расим", "Самир", "Тофик")
INITIALS = "АВГКМНРСТ"
COUNTRIES = ("AZ", "BY", "KZ", "TM", "IR", "UZ", "AM", "GE", "KG", "TJ", "MN", "CN", "IN", "TR")
MENTION = (Mention(start=0, end=1, rule="synthetic"),)
SEED = Document(id="seed", path="synthetic/seed.txt", text="x")


@dataclass(frozen=True, slots=True)
class Known:
    """What a synthetic knowledge base holds."""

    persons: list[Person]
    events: list[Event]
    agreements: list[Agreement]


def surname(rng: random.Random) -> str:
    """A made-up surname of three or four syllables and a Russian ending."""
    stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((3, 4))))
    return stem.capitalize() + rng.choice(("ов", "ев", "ин", "заде"))


def latin(text: str) -> str:
    """The Latin spelling of a made-up Cyrillic name."""
    return "".join(LATIN.get(ch, ch) for ch in text.lower()).capitalize()


def known_base(size: int, rng: random.Random) -> Known:
    """``size`` people and events (and a tenth as many agreements), as one source says."""
    persons = []
    for i in range(size):
        name = f"{surname(rng)} {rng.choice(INITIALS)}.{rng.choice(INITIALS)}."
        persons.append(Person(id=make_id("person", name, i), name=name, mentions=MENTION))
    events = []
    for i in range(size):
        start = date(2000, 1, 1) + timedelta(days=rng.randrange(9000))
        who = rng.sample(persons, 2)
        events.append(
            Event(
                id=make_id("event", i),
                kind=EventKind.VISIT,
                start=start,
                end=start + timedelta(days=rng.randrange(3)),
                title=f"визит № {i}",
                participants=tuple(Participant(name=p.name) for p in who),
                partners=(rng.choice(COUNTRIES),),
                mentions=MENTION,
            )
        )
    agreements = [
        Agreement(
            id=make_id("agreement", i),
            kind=AgreementKind.AGREEMENT,
            title=f"Соглашение о сотрудничестве № {i}",
            signed=str(2000 + rng.randrange(25)),
            partners=(rng.choice(COUNTRIES),),
            mentions=MENTION,
        )
        for i in range(size // 10)
    ]
    return Known(persons, events, agreements)


def fill(url: str, known: Known) -> float:
    """Write the knowledge base straight into its tables, keys included, as saving would
    leave them (search entries left out: resolution does not read them); seconds taken."""
    began = time.perf_counter()
    engine = create_store_engine(url)
    with writing(engine) as conn:
        conn.execute(documents.insert(), [document_row(SEED, datetime.now(UTC), None)])
        for cls, facts in (
            (Person, known.persons),
            (Event, known.events),
            (Agreement, known.agreements),
        ):
            rows = [object_row(f) for f in facts]
            kind = kind_of(cls)
            for chunk in chunks(rows, 5000):
                conn.execute(FACT_TABLES[cls].insert(), list(chunk))
                conn.execute(
                    mentions.insert(),
                    [r for row in chunk for r in mention_rows(kind, row["id"], MENTION, "seed")],
                )
                file_keys(conn, kind, list(chunk))
    engine.dispose()
    return time.perf_counter() - began


def news_item(i: int, known: Known, rng: random.Random) -> Extraction:
    """A new document that meets the knowledge base in a few places (see the docstring)."""
    event = rng.choice(known.events)
    host = event.participants[0].name
    other = rng.choice(known.persons).name
    sur, initials = other.split(" ")
    english = f"{latin_given(initials)} {latin(sur)}"
    short = f"{host.split(' ')[0]} {host.split(' ')[1][:2]}"
    fresh = f"{surname(rng)} {rng.choice(INITIALS)}."
    doc = Document(id=f"news-{i}", path=f"synthetic/news-{i}.txt", lang="en", text="x" * 10)
    persons = tuple(
        Person(id=make_id("person", n), name=n, mentions=MENTION) for n in (english, short, fresh)
    )
    day = event.start
    contact = Event(
        id=make_id("event", "news", i),
        kind=EventKind.MEETING,
        start=day,
        end=day,
        title=f"meeting {i}",
        participants=(Participant(name=short),),
        partners=event.partners,
        mentions=MENTION,
    )
    new = Event(
        id=make_id("event", "news-new", i),
        kind=EventKind.MEETING,
        start=date(2026, 1, 1) + timedelta(days=i),
        end=date(2026, 1, 1) + timedelta(days=i),
        title=f"talks {i}",
        participants=(Participant(name=fresh),),
        partners=(rng.choice(COUNTRIES),),
        mentions=MENTION,
    )
    return Extraction(document=doc, persons=persons, events=(contact, new))


def latin_given(initials: str) -> str:
    """A Latin given name starting like the first initial."""
    first = latin(initials[0])
    return next((g for g in map(latin, GIVEN) if g.startswith(first)), first + "amal")


def counting(store: Store, seen: list[int]):  # type: ignore[no-untyped-def]
    """``store.candidates``, counting what it returns."""

    def lookup(cls: type, keys: LookupKeys) -> tuple[object, ...]:
        found = store.candidates(cls, keys)
        seen.append(len(found))
        return found

    return lookup


def measure(size: int, documents: int, scan: bool, seed: int) -> dict[str, float]:
    """Figures for one size (see the module's docstring)."""
    rng = random.Random(seed)
    known = known_base(size, rng)
    items = [news_item(i, known, rng) for i in range(documents)]
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/kb.sqlite"
        Store.open(url).close()
        figures["fill_s"] = fill(url, known)
        store = Store.open(url)
        resolve_document(items[0], store.candidates)  # warm-up: caches, first queries
        resolve_ms, save_ms, seen = [], [], []
        lookup = counting(store, seen)
        for item in items:
            began = time.perf_counter()
            resolved = resolve_document(item, lookup)
            resolve_ms.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            store.save(resolved.extraction, resolved.merges)
            save_ms.append((time.perf_counter() - began) * 1000)
        figures["resolve_ms"] = statistics.median(resolve_ms)
        figures["save_ms"] = statistics.median(save_ms)
        figures["candidates"] = sum(seen) / len(items)
        if scan:
            figures |= measure_scan(store, items)
        store.close()
    return figures


def measure_scan(store: Store, items: list[Extraction]) -> dict[str, float]:
    """The former way: load everything known, then compare each document with all of it."""
    began = time.perf_counter()
    persons = {p.name: p for p in store.all(Person)}
    events = list(store.all(Event))
    agreements = list(store.all(Agreement))
    load_s = time.perf_counter() - began
    times = []
    for item in items[:10]:
        began = time.perf_counter()
        resolved = resolve_persons(item, persons)
        resolved = resolve_events(resolved, events)
        resolve_agreements(resolved, agreements)
        times.append((time.perf_counter() - began) * 1000)
    return {"scan_load_s": load_s, "scan_ms": statistics.median(times)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--scan-up-to", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = {n: measure(n, args.documents, n <= args.scan_up_to, args.seed) for n in sizes}
    base = rows[sizes[0]]
    print(
        f"{'known':>8} {'fill s':>8} {'resolve ms/doc':>15} {'ratio':>6} {'save ms/doc':>12} "
        f"{'ratio':>6} {'candidates':>10} {'scan ms/doc':>12} {'ratio':>6} {'load-all s':>10}"
    )
    for n, row in rows.items():
        scan = (
            f"{row['scan_ms']:>12.1f} {row['scan_ms'] / base['scan_ms']:>6.2f} "
            f"{row['scan_load_s']:>10.2f}"
            if "scan_ms" in row and "scan_ms" in base
            else f"{'-':>12} {'-':>6} {'-':>10}"
        )
        print(
            f"{n:>8} {row['fill_s']:>8.1f} {row['resolve_ms']:>15.2f} "
            f"{row['resolve_ms'] / base['resolve_ms']:>6.2f} {row['save_ms']:>12.2f} "
            f"{row['save_ms'] / base['save_ms']:>6.2f} {row['candidates']:>10.1f} {scan}"
        )
    print(
        f"known facts grow {sizes[-1] / sizes[0]:.0f}x; less than linear growth means a "
        "ratio well under that"
    )


if __name__ == "__main__":
    main()

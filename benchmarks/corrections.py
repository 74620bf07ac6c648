"""How long a correction, its undo, the audit log and the review queue take on a knowledge
base of 1000 contacts, against reading one fact back.

    .venv/bin/python benchmarks/corrections.py [--events 1000] [--runs 20] [--db URL]

Loads the knowledge base of benchmarks/brief.py (--events contacts, 40 people, 200
statements, 20 figures) into a fresh SQLite file (or the empty PostgreSQL database --db
names), then times, as the median of --runs runs after one first run: Store.correct of one
event's place (text typed as a person would), Store.undo of it, Store.merge of two people
and its undo (every event and statement is searched for the names), Store.audit over the
log those runs wrote, Store.review_queue (every contact read), and as the baseline
measured in the same run, Store.get of the same event.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from itertools import count
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from brief import build_kb, timed

from liaison.model import Event
from liaison.store import Store

PLACES = ("Баку", "Гянджа", "Шеки", "Сумгаит")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--db", help="an empty PostgreSQL database (default: a SQLite file)")
    args = parser.parse_args()
    kb = build_kb(args.events)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'kb.sqlite'}"
        with Store.open(url) as store:
            store.load(kb)
            report(store, args, kb.events[args.events // 2].id)


def report(store: Store, args: argparse.Namespace, event_id: str) -> None:
    """Time each operation and print the figures and the ratio to the baseline."""
    turn = count()

    def correct_and_undo() -> None:
        change = store.correct(event_id, "place", PLACES[next(turn) % 4], user="bench")
        store.undo(change.id, user="bench")

    def merge_and_undo() -> None:
        store.undo(store.merge("person:0", "person:1", user="bench").id, user="bench")

    results = {
        "Store.get (baseline)": timed(lambda: store.get(Event, event_id), args.runs),
        "Store.correct + Store.undo": timed(correct_and_undo, args.runs),
        "Store.merge + Store.undo (people)": timed(merge_and_undo, args.runs),
        "Store.review_queue": timed(store.review_queue, args.runs),
    }
    results["Store.audit (whole log)"] = timed(store.audit, args.runs)
    baseline = results["Store.get (baseline)"][1]
    lines = [
        f"knowledge base: {args.events} events on {store_kind(args)}; "
        f"audit log of {len(store.audit())} changes at the end; median of {args.runs} runs",
    ]
    for name, (first, median) in results.items():
        lines.append(
            f"{name:<36} first {first * 1000:8.1f} ms   median {median * 1000:8.1f} ms   "
            f"x{median / baseline:7.1f} baseline"
        )
    sys.stdout.write("\n".join(lines) + "\n")


def store_kind(args: argparse.Namespace) -> str:
    """'SQLite' or 'PostgreSQL'."""
    return "PostgreSQL" if args.db else "SQLite"


if __name__ == "__main__":
    main()

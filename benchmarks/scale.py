"""How ingest and reads cost as the knowledge base grows, on SQLite and PostgreSQL, and
what a second worker process buys.

    .venv/bin/python benchmarks/scale.py [--sizes 1000,10000] [--backends sqlite,postgres]
        [--postgres URL] [--seed 11] [--measured 200] [--throughput 300] [--repeat 2]

For each backend, one knowledge base is grown with the seeded items of
``benchmarks/scale_corpus.py`` (distinct news items and reference notes) to each size in
turn. The last ``--measured`` items before each size are ingested by one process and timed
(the items before them are ingested with two workers, untimed, to save time); each batch
runs in a fresh process whose peak resident memory is reported. Then, at that size: the
database's size, and p50/p95 of a search (five queries), a partner view (`show partner`)
and a note (`brief … --format md --sources`) for each of the twelve partners the items
name, ``--repeat`` times each, read-only as the commands read. Every figure is printed with
its ratio to the first size's, measured in the same run; the reads also with the median
CPU time of this process, which a busy machine does not inflate as it does the clock.

Then ``--throughput`` further items are ingested into fresh SQLite knowledge bases by one
process and by ``--workers 2`` (each timed from the first file to the last stored), and
the ratio of their throughputs is printed.

PostgreSQL: ``--postgres`` or $LIAISON_TEST_DATABASE_URL (default
postgresql://postgres@127.0.0.1:5432/test); each run works in a schema of its own, dropped
at the end. A backend that cannot be reached is reported and left out.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import scale_corpus  # a sibling script, found through sys.path

QUERIES = ("переговоры", "товарооборот", "Бабушкин", "видеоконференции", "соглашение Баку")
DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


def ingest_batch(url: str, folder: Path, start: int, fill: int, measured: int, seed: int) -> None:
    """(In a child process.) Ingest items start..start+fill with two workers, untimed, then
    the next ``measured`` in this process, timed; print the figures as JSON."""
    from liaison.cli import flow
    from liaison.cli.workers import local_extractor
    from liaison.config import Settings
    from liaison.store import Store

    settings = Settings(database_url=url)
    with Store.open(url) as store:
        if fill:
            paths = scale_corpus.write_items(folder / "fill", seed, start, fill)
            list(flow.ingest_files(paths, settings, store, extractor=local_extractor(2)))
        paths = scale_corpus.write_items(folder / "measured", seed, start + fill, measured)
        begun, cpu = time.perf_counter(), time.process_time()
        outcomes = list(flow.ingest_files(paths, settings, store))
        wall, cpu = time.perf_counter() - begun, time.process_time() - cpu
    failed = sum(o.status == "failed" for o in outcomes)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"ms": 1000 * wall / measured, "cpu_ms": 1000 * cpu / measured,
                      "peak_mb": peak_mb, "failed": failed}))  # fmt: skip


def throughput_run(url: str, folder: Path, start: int, count: int, seed: int, workers: int) -> None:
    """(In a child process.) Ingest ``count`` items with ``workers`` processes; print the
    items per second from the first file to the last stored."""
    from liaison.cli import flow
    from liaison.cli.workers import local_extractor
    from liaison.config import Settings
    from liaison.store import Store

    paths = scale_corpus.write_items(folder, seed, start, count)
    with Store.open(url) as store:
        begun = time.perf_counter()
        outcomes = list(
            flow.ingest_files(
                paths, Settings(database_url=url), store, extractor=local_extractor(workers)
            )
        )
        wall = time.perf_counter() - begun
    failed = sum(o.status == "failed" for o in outcomes)
    print(json.dumps({"items_per_s": count / wall, "wall_s": wall, "failed": failed}))


def child(*args: str) -> dict[str, Any]:
    """Run this script in a fresh process for one step; its JSON line back."""
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"step {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """Milliseconds one call takes: on the clock, and of this process's CPU time (what a
    busy machine does not inflate)."""
    begun, cpu = time.perf_counter(), time.process_time()
    work()
    return 1000 * (time.perf_counter() - begun), 1000 * (time.process_time() - cpu)


def read_figures(url: str, repeat: int) -> dict[str, list[tuple[float, float]]]:
    """Milliseconds of each search, partner view and note, as the commands make them."""
    from rich.console import Console

    from liaison.brief import render_markdown, select_note
    from liaison.cli import reads, views
    from liaison.model import Partner
    from liaison.store import Store

    found: dict[str, list[tuple[float, float]]] = {"search": [], "partner view": [], "brief": []}
    with Store.open(url, read_only=True) as store:
        known = {p.id for p in store.all(Partner)}
        codes = [side.code for side in scale_corpus.PARTNERS if side.code in known]
        select_note(reads.about_partners(store, ["AZ"]), "AZ")  # warm-up: dictionaries

        def search(query: str) -> None:
            hits = store.search(query)
            store.document_paths(h.document_id for h in hits if h.document_id)

        def view(code: str) -> None:
            screen = Console(file=io.StringIO(), width=120)
            kb = reads.about_partners(store, [code], is_listing=True)
            screen.print(views.partner_view(kb, code))

        def brief(code: str) -> None:
            render_markdown(select_note(reads.about_partners(store, [code]), code), "ru", True)

        for _ in range(repeat):
            found["search"] += [timed(lambda q=q: search(q)) for q in QUERIES]
            found["partner view"] += [timed(lambda c=c: view(c)) for c in codes]
            found["brief"] += [timed(lambda c=c: brief(c)) for c in codes]
    return found


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def database_mb(url: str, schema: str | None) -> float:
    """The knowledge base's size on disk: the SQLite file and its log, or the schema's
    tables, indexes and TOAST on PostgreSQL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    if schema is None:
        base = Path(make_url(url).database or "")
        files = [base, base.with_name(base.name + "-wal")]
        return sum(f.stat().st_size for f in files if f.exists()) / 2**20
    engine = create_engine(url)
    query = text(
        "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = :schema "
        "AND c.relkind IN ('r', 'm')"
    )
    with engine.connect() as conn:
        size = conn.execute(query, {"schema": schema}).scalar_one()
    engine.dispose()
    return float(size) / 2**20


class Postgres:
    """A schema of its own on the test server for one run, dropped afterwards."""

    def __init__(self, server: str) -> None:
        from sqlalchemy import create_engine, text

        from liaison.config import database_url

        self.server = database_url(server)
        self.schema = f"liaison_scale_{uuid.uuid4().hex[:10]}"
        self.admin = create_engine(self.server, isolation_level="AUTOCOMMIT")
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{self.schema}"'))

    @property
    def url(self) -> str:
        from sqlalchemy.engine import make_url

        options = {"options": f"-csearch_path={self.schema}"}
        return make_url(self.server).update_query_dict(options).render_as_string(False)

    def drop(self) -> None:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE'))
        self.admin.dispose()


def grow(
    url: str, schema: str | None, sizes: list[int], args: argparse.Namespace
) -> list[dict[str, Any]]:
    """Grow one knowledge base to each size; the figures at each."""
    rows, have = [], 0
    for size in sizes:
        measured = min(args.measured, size - have)
        with tempfile.TemporaryDirectory(prefix="liaison-scale-") as folder:
            fill = size - have - measured
            step = child(
                "_ingest", url, folder, str(have), str(fill), str(measured), str(args.seed)
            )
        have = size
        times = read_figures(url, args.repeat)
        row = {"size": size, **step, "db_mb": database_mb(url, schema)}
        for name, pairs in times.items():
            values = [wall for wall, _ in pairs]
            row[f"{name} p50"] = statistics.median(values)
            row[f"{name} p95"] = percentile(values, 0.95)
            row[f"{name} cpu p50"] = statistics.median(cpu for _, cpu in pairs)
        rows.append(row)
        print_row(row, rows[0])
    return rows


COLUMNS = (
    ("ms", "ingest ms/doc"), ("cpu_ms", "cpu ms/doc"), ("peak_mb", "peak MB"),
    ("db_mb", "db MB"), ("search p50", "search p50"), ("search p95", "search p95"),
    ("partner view p50", "partner p50"), ("partner view p95", "partner p95"),
    ("brief p50", "brief p50"), ("brief p95", "brief p95"),
    ("search cpu p50", "search cpu p50"), ("partner view cpu p50", "partner cpu p50"),
    ("brief cpu p50", "brief cpu p50"),
)  # fmt: skip


def print_row(row: dict[str, Any], first: dict[str, Any]) -> None:
    """One size's figures, each with its ratio to the first size's."""
    cells = [f"{label} {row[key]:.1f} ({row[key] / first[key]:.2f}×)" for key, label in COLUMNS]
    print(f"  {row['size']:>7} items: " + ", ".join(cells), flush=True)


def throughput(args: argparse.Namespace) -> None:
    """One process against two workers on the same items, each in a fresh knowledge base."""
    start = 10_000_000  # items no size run ingests
    results = {}
    for workers in (1, 2):
        with tempfile.TemporaryDirectory(prefix="liaison-throughput-") as folder:
            url = f"sqlite:///{Path(folder) / 'kb.sqlite'}"
            items = str(Path(folder) / "items")
            results[workers] = child(
                "_throughput",
                url,
                items,
                str(start),
                str(args.throughput),
                str(args.seed),
                str(workers),
            )
        got = results[workers]
        print(f"  --workers {workers}: {got['items_per_s']:.1f} items/s "
              f"({got['wall_s']:.1f} s for {args.throughput})", flush=True)  # fmt: skip
    ratio = results[2]["items_per_s"] / results[1]["items_per_s"]
    print(f"  --workers 2 / one process: {ratio:.2f}× the throughput ({os.cpu_count()} cores)")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_ingest":
        url, folder, start, fill, measured, seed = sys.argv[2:8]
        ingest_batch(url, Path(folder), int(start), int(fill), int(measured), int(seed))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "_throughput":
        url, folder, start, count, seed, workers = sys.argv[2:8]
        throughput_run(url, Path(folder), int(start), int(count), int(seed), int(workers))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument(
        "--postgres", default=os.environ.get("LIAISON_TEST_DATABASE_URL", DEFAULT_POSTGRES)
    )
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--measured", type=int, default=200)
    parser.add_argument("--throughput", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    for backend in args.backends.split(","):
        print(f"{backend}:", flush=True)
        if backend == "sqlite":
            with tempfile.TemporaryDirectory(prefix="liaison-scale-kb-") as folder:
                grow(f"sqlite:///{Path(folder) / 'kb.sqlite'}", None, sizes, args)
            continue
        try:
            server = Postgres(args.postgres)
        except Exception as error:  # a server that is not there: say so, go on
            print(f"  left out: cannot reach {args.postgres} ({str(error).splitlines()[0]})")
            continue
        try:
            grow(server.url, server.schema, sizes, args)
        finally:
            server.drop()
    print("throughput, one process against two workers:", flush=True)
    throughput(args)


if __name__ == "__main__":
    main()

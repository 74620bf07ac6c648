"""A read-heavy load on the web application over loopback while uploads are processed.

    .venv/bin/python benchmarks/web_load.py [--database-url URL] [--requests 600]
        [--seconds 60] [--clients 4] [--uploads 6] [--corpus ../shared/corpus]

The application is started as `liaison serve` runs it (uvicorn, plain http on 127.0.0.1,
uploads read in a process of their own) over a fresh knowledge base holding the first
two corpus notes. Then ``--uploads`` further corpus files are sent to /upload, and while
they are read, ``--clients`` threads send requests in turn: a partner page
(/partners/AZ), a search (five queries in turn) and, as the baseline, a static file
(/static/app.css), until ``--requests`` have been sent or ``--seconds`` have passed. It
prints p50 and p95 of each kind with its ratio to the baseline's (measured in the same
run, so a busy machine shifts both), how many requests failed, and how many uploads were
done when the load ended.

``--database-url`` postgresql://… runs on PostgreSQL, in a schema of its own that is
dropped at the end; the default is a SQLite file in a temporary folder.
"""

from __future__ import annotations

import argparse
import itertools
import socket
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERIES = ("переговоры", "соглашениями", "Mustafayev", "визит делегации", "товарооборот")
SEED_NOTES = ("000_dbe67b22e53d9186.txt", "001_3211ef41689413ab.txt")
PASSWORD = "load test password"


@contextmanager
def knowledge_base(url: str | None) -> Iterator[str]:
    """A fresh knowledge base: a SQLite file, or a schema of its own on PostgreSQL."""
    if url is None:
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{folder}/kb.sqlite"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from liaison.config import database_url

    server = database_url(url)
    schema = f"liaison_load_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        scoped = make_url(server).update_query_dict({"options": f"-csearch_path={schema}"})
        yield scoped.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def seeded(url: str, corpus: Path) -> str:
    """Ingest the seed notes, add a user; return the user's API token."""
    from liaison.cli.flow import ingest_files
    from liaison.config import Settings
    from liaison.store import Store
    from liaison.store.users import Role

    with Store.open(url) as store:
        files = [corpus / name for name in SEED_NOTES]
        for outcome in ingest_files(files, Settings(database_url=url), store):
            if outcome.error is not None:
                raise SystemExit(f"cannot seed the knowledge base: {outcome.error}")
        store.add_user("load", Role.EDITOR, PASSWORD)
        return store.new_token("load")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(url: str) -> Iterator[tuple[str, object]]:
    """The application on a loopback port, in a thread; its address and the app."""
    import uvicorn

    from liaison.config import Settings
    from liaison.web import WebOptions, create_app

    app = create_app(Settings(database_url=url), WebOptions(upload_workers=1))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise SystemExit("the server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", app
    finally:
        server.should_exit = True
        thread.join(timeout=60)


def send_uploads(base: str, token: str, files: list[Path]) -> list[str]:
    """Queue the files for reading; return their job ids."""
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=headers, timeout=60) as client:
        sent = [("files", (f.name, f.read_bytes())) for f in files]
        answer = client.post("/upload", files=sent)
        answer.raise_for_status()
        return [job["id"] for job in answer.json()["jobs"]]


def paths_in_turn() -> Iterator[tuple[str, str]]:
    """(kind, address) of the requests, in turn: baseline, partner page, search."""
    queries = itertools.cycle(QUERIES)
    while True:
        yield "static", "/static/app.css"
        yield "partner", "/partners/AZ"
        yield "search", f"/search?q={next(queries)}"


class Load:
    """Requests shared out to client threads until the count or the time runs out."""

    def __init__(self, base: str, token: str, requests: int, seconds: float) -> None:
        self.base, self.token = base, token
        self.left, self.deadline = requests, time.monotonic() + seconds
        self.lock = threading.Lock()
        self.turns = paths_in_turn()
        self.timings: dict[str, list[float]] = {"static": [], "partner": [], "search": []}
        self.errors: list[str] = []

    def next_request(self) -> tuple[str, str] | None:
        with self.lock:
            if self.left <= 0 or time.monotonic() > self.deadline:
                return None
            self.left -= 1
            return next(self.turns)

    def client(self) -> None:
        headers = {"Authorization": f"Bearer {self.token}"}
        with httpx.Client(base_url=self.base, headers=headers, timeout=60) as http:
            while (turn := self.next_request()) is not None:
                kind, path = turn
                began = time.perf_counter()
                try:
                    status = http.get(path).status_code
                except httpx.HTTPError as error:
                    status, why = 0, str(error)
                else:
                    why = f"HTTP {status}"
                took = time.perf_counter() - began
                with self.lock:
                    self.timings[kind].append(took)
                    if not 200 <= status < 300:
                        self.errors.append(f"{path}: {why}")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(load: Load, uploads_done: int, uploads: int, backend: str) -> None:
    base50 = statistics.median(load.timings["static"])
    base95 = percentile(load.timings["static"], 0.95)
    print(f"backend {backend}; baseline is GET /static/app.css, in the same run")
    print(
        f"{'requests':<10}{'count':>7}{'p50 ms':>10}{'p95 ms':>10}{'p50 ×base':>11}"
        f"{'p95 ×base':>11}"
    )
    for kind, values in load.timings.items():
        p50, p95 = statistics.median(values), percentile(values, 0.95)
        print(
            f"{kind:<10}{len(values):>7}{p50 * 1000:>10.1f}{p95 * 1000:>10.1f}"
            f"{p50 / base50:>11.1f}{p95 / base95:>11.1f}"
        )
    print(f"errors: {len(load.errors)}" + (f" (first: {load.errors[0]})" if load.errors else ""))
    print(f"uploads done while loaded: {uploads_done} of {uploads}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--requests", type=int, default=600)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--uploads", type=int, default=6)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    if not (args.corpus / SEED_NOTES[0]).is_file():
        raise SystemExit(f"no corpus at {args.corpus}; give --corpus FOLDER")
    others = sorted(p for p in args.corpus.glob("*.txt") if p.name not in SEED_NOTES)
    with knowledge_base(args.database_url) as url:
        token = seeded(url, args.corpus)
        with serving(url) as (base, app):
            job_ids = send_uploads(base, token, others[: args.uploads])
            load = Load(base, token, args.requests, args.seconds)
            clients = [threading.Thread(target=load.client) for _ in range(args.clients)]
            for thread in clients:
                thread.start()
            for thread in clients:
                thread.join()
            jobs = app.state.web.uploads.status(job_ids)  # type: ignore[attr-defined]
            done = sum(job.state in ("done", "failed") for job in jobs)
    backend = "postgresql" if args.database_url else "sqlite"
    report(load, done, len(job_ids), backend)


if __name__ == "__main__":
    main()

"""The query plans of the reads a partner's view, a note and a search make.

    .venv/bin/python benchmarks/explain.py [--postgres URL]

Ingests the shipped samples into a SQLite file and a PostgreSQL schema of its own, records
every statement `show partner KZ`, `brief KZ` and `search` send (SQLAlchemy's cursor
events), and prints each statement once with its plan: EXPLAIN QUERY PLAN on SQLite,
EXPLAIN on PostgreSQL. The samples are a few rows, for which PostgreSQL would rightly scan
whole tables; sequential scans are therefore switched off there, so the plan shows the
index each statement can use on a large knowledge base. docs/scale.md holds the output.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale import Postgres
from sqlalchemy import event

from liaison.brief import render_markdown, select_note
from liaison.cli import flow, reads
from liaison.config import Settings
from liaison.read import iter_paths
from liaison.store import Store

SAMPLES = ROOT / "liaison" / "data" / "samples"


def recorded(url: str) -> list[tuple[str, Any]]:
    """The statements the three reads send, each once, in order."""
    with Store.open(url) as store:
        list(flow.ingest_files(list(iter_paths([SAMPLES])), Settings(database_url=url), store))
    seen: dict[str, Any] = {}
    with Store.open(url, read_only=True) as store:

        @event.listens_for(store._engine, "before_cursor_execute")
        def record(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
            if statement.lstrip().upper().startswith("SELECT"):
                seen.setdefault(" ".join(statement.split()), params)

        reads.about_partners(store, ["KZ"], is_listing=True)
        render_markdown(select_note(reads.about_partners(store, ["KZ"]), "KZ"), "ru", True)
        hits = store.search("соглашение")
        store.document_paths(h.document_id for h in hits if h.document_id)
        plans = []
        with store._engine.connect() as conn:
            is_sqlite = conn.dialect.name == "sqlite"
            if not is_sqlite:
                conn.exec_driver_sql("ANALYZE")
                conn.exec_driver_sql("SET enable_seqscan = off")
            for statement, params in seen.items():
                if "alembic_version" in statement or "sqlite_master" in statement:
                    continue
                prefix = "EXPLAIN QUERY PLAN " if is_sqlite else "EXPLAIN "
                rows = conn.exec_driver_sql(prefix + statement, params).fetchall()
                plan = [str(r[-1]) for r in rows]
                plans.append((statement, plan))
    return plans


def show(title: str, plans: list[tuple[str, Any]]) -> None:
    print(f"## {title}\n")
    for statement, plan in plans:
        shown = statement if len(statement) < 400 else statement[:400] + " …"
        print(f"```sql\n{shown}\n```\n```\n" + "\n".join(plan) + "\n```\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "LIAISON_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test"
        ),
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="liaison-explain-") as folder:
        show("SQLite", recorded(f"sqlite:///{Path(folder) / 'kb.sqlite'}"))
    server = Postgres(args.postgres)
    try:
        show("PostgreSQL", recorded(server.url))
    finally:
        server.drop()


if __name__ == "__main__":
    main()

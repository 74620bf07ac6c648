"""`liaison merges`, `split` and `merge` on the corpus: what resolution merged when the news
came before the note, undone and made again by a person."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from liaison.cli.main import app

runner = CliRunner()


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def merges(db: Path) -> list[dict[str, Any]]:
    code, stdout, stderr = run(db, "merges", "--json")
    assert code == 0, stderr
    found: list[dict[str, Any]] = json.loads(stdout)
    return found


def december(db: Path) -> list[dict[str, Any]]:
    out = db.with_suffix(".json")
    assert run(db, "export", "--out", str(out))[0] == 0
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    return [e for e in events if e["start"] <= "2021-12-07" <= e["end"]]


def test_merges_listed_undone_and_made_again(corpus_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    news, note = corpus_dir / "004_0f260513bf37d4bb.txt", corpus_dir / "000_dbe67b22e53d9186.txt"
    assert run(db, "ingest", str(news), str(note))[0] == 0

    found = merges(db)
    rules = {(m["kind"], m["rule"]) for m in found}
    assert ("event", "part_of") in rules
    assert any(kind == "person" for kind, _ in rules), "Mikayil Jabbarov is Джаббаров М.Ч."
    assert all(m["automatic"] and m["merged_by"] is None for m in found)
    (visit,) = [m for m in found if m["kind"] == "event"]
    assert len(december(db)) == 1

    code, stdout, _ = run(db, "split", str(visit["seq"]), "--by", "analyst")
    assert code == 0 and f"merge {visit['seq']} undone" in stdout
    assert sorted(e["kind"] for e in december(db)) == ["signing", "visit"]
    assert [m["undone_by"] for m in merges(db) if m["seq"] == visit["seq"]] == ["analyst"]

    code, stdout, _ = run(
        db, "merge", "event", visit["survivor"], visit["absorbed"], "--by", "analyst",
        "--reason", "the signing was part of the visit",
    )  # fmt: skip
    assert code == 0 and "the signing was part of the visit" in stdout
    (event,) = december(db)
    assert len({m["document"] for m in event["mentions"]}) == 2
    code, stdout, _ = run(db, "merges")
    assert code == 0 and "analyst" in stdout


def test_a_merge_of_an_unknown_id_is_one_line(tmp_path: Path) -> None:
    code, _, stderr = run(
        tmp_path / "kb.sqlite", "merge", "person", "person:a", "person:b", "--by", "x"
    )
    assert code == 1
    assert stderr.count("\n") == 1 and "not in the knowledge base" in stderr
    code, _, stderr = run(tmp_path / "kb.sqlite", "split", "7", "--by", "x")
    assert code == 1 and "no merge 7" in stderr


def test_the_audit_log_says_what_merged_into_what(corpus_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    assert run(db, "ingest", str(corpus_dir / "000_dbe67b22e53d9186.txt"))[0] == 0
    out = db.with_suffix(".json")
    assert run(db, "export", "--out", str(out))[0] == 0
    first, second = json.loads(out.read_text(encoding="utf-8"))["persons"][:2]
    assert run(db, "merge", "person", first["id"], second["id"], "--by", "analyst")[0] == 0
    wide = runner.invoke(app, ["--db", str(db), "audit"], env={"COLUMNS": "300"})
    assert wide.exit_code == 0
    assert f"{second['id']} merged in (by hand)" in wide.stdout
    assert "None" not in wide.stdout

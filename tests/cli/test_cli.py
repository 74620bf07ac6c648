"""The command line as a user runs it: real files in, real output and a real store."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from liaison.cli.main import EXAMPLES, app
from liaison.model import KnowledgeBase, from_json
from liaison.model.gen import schema
from liaison.read import iter_paths

runner = CliRunner()


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "kb.sqlite"


def test_extract_json_of_a_corpus_note_validates(corpus_dir: Path, db: Path) -> None:
    code, stdout, _ = run(db, "extract", str(corpus_dir / "000_dbe67b22e53d9186.txt"), "--json")
    assert code == 0
    data = json.loads(stdout)
    jsonschema.validate(data, schema())
    assert set(data) >= {
        "document",
        "agreements",
        "events",
        "persons",
        "organizations",
        "facts",
        "indicators",
    }
    assert data["document"]["lang"] == "ru"
    assert len(data["events"]) == 38  # every dated bullet of the chronology
    assert not db.exists(), "extract must store nothing"


def test_extract_several_files_prints_an_array(corpus_dir: Path, db: Path) -> None:
    files = [str(corpus_dir / n) for n in ("002_44602aedb9c9d459.txt", "004_0f260513bf37d4bb.txt")]
    code, stdout, _ = run(db, "extract", *files, "--json")
    assert code == 0
    data = json.loads(stdout)
    assert [d["document"]["lang"] for d in data] == ["en", "en"]
    assert data[1]["document"]["published"] == "2021-12-08"


def test_demo_fills_the_knowledge_base(db: Path, tmp_path: Path) -> None:
    code, stdout, stderr = run(db, "demo", "--out", str(tmp_path / "demo"))
    assert code == 0, stderr
    assert "Partners" in stdout
    _kb_code, kb_json, _ = run(db, "export", "--format", "json")
    kb = from_json(KnowledgeBase, json.loads(kb_json))
    assert len(kb.documents) == len(list(iter_paths([EXAMPLES]))) == 4
    assert kb.events and kb.agreements and kb.persons
    assert (tmp_path / "demo" / "note_KZ_ru.docx").is_file()
    note = (tmp_path / "demo" / "note_KZ_ru.md").read_text(encoding="utf-8")
    assert "С РЕСПУБЛИКОЙ КАЗАХСТАН" in note


def test_demo_keeps_its_own_knowledge_base(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("LIAISON_DATABASE_URL", raising=False)
    result = runner.invoke(app, ["demo", "--out", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "demo" / "kb.sqlite").is_file()


def test_ingest_twice_changes_nothing(corpus_dir: Path, db: Path) -> None:
    note = str(corpus_dir / "001_3211ef41689413ab.txt")
    assert run(db, "ingest", note)[0] == 0
    first = run(db, "export")[1]
    code, stdout, _ = run(db, "ingest", note)
    assert code == 0
    assert "1 file: 1 unchanged" in stdout
    assert run(db, "export")[1] == first


def test_search_finds_word_forms(corpus_dir: Path, db: Path) -> None:
    run(db, "ingest", str(corpus_dir / "000_dbe67b22e53d9186.txt"))
    code, stdout, _ = run(db, "search", "Бабушкиным", "--json")
    assert code == 0
    hits = json.loads(stdout)
    assert hits, "a declined surname must find the person"
    assert any("Бабушкин" in (h.get("title") or "") + (h.get("snippet") or "") for h in hits)


def test_show_commands(corpus_dir: Path, db: Path) -> None:
    run(db, "ingest", str(corpus_dir / "001_3211ef41689413ab.txt"))
    code, stdout, _ = run(db, "show", "partners")
    assert code == 0 and "BY" in stdout
    code, stdout, _ = run(db, "show", "partner", "Беларусь")
    assert code == 0 and "2022-06-30" in stdout
    code, stdout, _ = run(db, "show", "person", "Ляхнович")
    assert code == 0 and "Ляхнович А.А." in stdout
    code, _, stderr = run(db, "show", "partner", "Atlantis")
    assert code == 1 and "no partner 'Atlantis'" in stderr


def test_export_import_round_trip(corpus_dir: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    run(first, "ingest", str(corpus_dir))
    dump = tmp_path / "kb.json"
    assert run(first, "export", "--format", "json", "--out", str(dump))[0] == 0
    assert run(second, "import", str(dump))[0] == 0
    assert run(second, "export")[1] == run(first, "export")[1]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_tables(corpus_dir: Path, db: Path, tmp_path: Path, fmt: str) -> None:
    run(db, "ingest", str(corpus_dir / "000_dbe67b22e53d9186.txt"))
    target = tmp_path / f"kb.{fmt}"
    code, _, stderr = run(db, "export", "--format", fmt, "--out", str(target))
    assert code == 0, stderr
    assert target.exists()


def test_bad_files_get_one_line_each_and_the_rest_go_on(
    corpus_dir: Path, db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "report.doc").write_bytes(b"\xd0\xcf\x11\xe0 legacy")
    (folder / "broken.docx").write_bytes(b"not a zip at all")
    (folder / "good.txt").write_bytes((corpus_dir / "004_0f260513bf37d4bb.txt").read_bytes())
    code, _stdout, stderr = run(db, "ingest", str(folder))
    assert code == 1
    lines = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 3
    assert any("empty.txt" in line for line in lines)
    assert any("report.doc" in line and ".docx" in line for line in lines)
    assert any("broken.docx" in line for line in lines)
    assert "3 of 4 files failed" in stderr
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == 1


def test_missing_path_is_reported(db: Path, tmp_path: Path) -> None:
    code, _, stderr = run(db, "ingest", str(tmp_path / "nowhere"))
    assert code == 1
    assert "no such file or folder" in stderr


def test_oversized_file_names_the_limit(db: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Соглашение о сотрудничестве. " * 60_000, encoding="utf-8")
    code, _, stderr = run(db, "ingest", "--max-size", "1", str(big))
    assert code == 1
    assert "big.txt" in stderr and "--max-size" in stderr


def test_the_same_visit_and_person_across_documents_and_languages(
    corpus_dir: Path, db: Path
) -> None:
    note, news = corpus_dir / "000_dbe67b22e53d9186.txt", corpus_dir / "004_0f260513bf37d4bb.txt"
    assert run(db, "ingest", str(note), str(news))[0] == 0
    kb = from_json(KnowledgeBase, json.loads(run(db, "export")[1]))
    (visit,) = [e for e in kb.events if e.start.isoformat() == "2021-12-06"]
    assert {m.document for m in visit.mentions} == {d.id for d in kb.documents}
    programme = next(a for a in kb.agreements if a.title.startswith("Action Program"))
    assert programme.id in visit.agreements
    (babushkin,) = [p for p in kb.persons if p.name == "Бабушкин И.Ю."]
    assert babushkin.name_en == "Igor Babushkin"
    assert not [p for p in kb.persons if p.name == "Igor Babushkin"]


def test_a_correction_is_kept_and_attributed(corpus_dir: Path, db: Path) -> None:
    run(db, "ingest", str(corpus_dir / "000_dbe67b22e53d9186.txt"))
    kb = from_json(KnowledgeBase, json.loads(run(db, "export")[1]))
    (event,) = [e for e in kb.events if e.start.isoformat() == "2025-02-10"]
    code, stdout, stderr = run(
        db,
        "correct",
        "event",
        event.id,
        "direction=elsewhere",
        "place=Москва",
        "--by",
        "Иванова А.П.",
    )
    assert code == 0, stderr
    fixed = json.loads(stdout)
    assert (fixed["direction"], fixed["place"], fixed["entered_by"]) == (
        "elsewhere",
        "Москва",
        "Иванова А.П.",
    )
    assert fixed["mentions"], "the source spans stay beside the correction"
    assert fixed["title"] == event.title, "the source sentence stays"
    assert stderr.count("liaison undo change:") == 2, "one change per field, each undoable"
    code, note, _ = run(db, "brief", "AZ", "--format", "md", "--sources")
    line = next(x for x in note.splitlines() if x.startswith("- 10 февраля 2025 г."))
    assert "с Чрезвычайным и Полномочным Послом" in line, "the note keeps the sentence"
    assert "Мустафаевым Р.С. (Москва)." in line, "and adds the corrected place it lacks"
    assert "Иванова А.П." in note, "the note credits the person who corrected it"
    code, _, stderr = run(db, "correct", "event", event.id, "direction=sideways", "--by", "x")
    assert code == 1 and "event.direction: 'sideways' is not a choice" in stderr


def test_a_year_typed_as_a_year_is_a_year_and_the_note_still_builds(
    corpus_dir: Path, db: Path
) -> None:
    run(db, "ingest", str(corpus_dir / "000_dbe67b22e53d9186.txt"))
    kb = from_json(KnowledgeBase, json.loads(run(db, "export")[1]))
    fact = kb.facts[0]
    code, stdout, stderr = run(db, "correct", "fact", fact.id, "years=2021", "--by", "Иванова")
    assert code == 0, stderr
    assert json.loads(stdout)["years"] == [2021]
    code, _, stderr = run(db, "brief", "AZ", "--from", "2021", "--format", "md")
    assert code == 0 and "Traceback" not in stderr, stderr
    code, _, stderr = run(db, "correct", "fact", fact.id, "years=двадцать", "--by", "Иванова")
    assert code == 1 and stderr.count("\n") == 1 and "fact.years" in stderr


def test_correcting_a_leader_keeps_the_rest_of_the_line(corpus_dir: Path, db: Path) -> None:
    run(db, "ingest", str(corpus_dir / "000_dbe67b22e53d9186.txt"))
    _, before, _ = run(db, "brief", "AZ", "--format", "md")
    kb = from_json(KnowledgeBase, json.loads(run(db, "export")[1]))
    (visit,) = [e for e in kb.events if e.start.isoformat() == "2022-04-25"]
    line = next(x for x in before.splitlines() if x.startswith("- 25–26 апреля 2022 г."))

    code, _, stderr = run(db, "correct", "event", visit.id, "leader=Алиев И.Г.", "--by", "Иванова")

    assert code == 0, stderr
    _, after, _ = run(db, "brief", "AZ", "--format", "md")
    assert line in after, "the line keeps every word of its source sentence"


def test_audit_lists_filters_and_undo_takes_a_change_back(corpus_dir: Path, db: Path) -> None:
    run(db, "ingest", str(corpus_dir / "000_dbe67b22e53d9186.txt"))
    kb = from_json(KnowledgeBase, json.loads(run(db, "export")[1]))
    event, fact = kb.events[0], kb.facts[0]
    run(db, "correct", "event", event.id, "place=Шеки", "--by", "Иванова")
    run(db, "correct", "fact", fact.id, "years=2020-2021", "--by", "Петров")

    code, stdout, _ = run(db, "audit", "--user", "Петров", "--json")
    assert code == 0
    (change,) = json.loads(stdout)
    assert (change["fact_id"], change["after"], change["undone"]) == (fact.id, [2020, 2021], False)
    code, stdout, _ = run(db, "audit", "--fact", event.id, "--since", "2020-01-01", "--json")
    assert [c["user"] for c in json.loads(stdout)] == ["Иванова"]
    assert json.loads(run(db, "audit", "--until", "2020-01-01", "--json")[1]) == []

    code, stdout, stderr = run(db, "undo", change["id"], "--by", "Петров")
    assert code == 0, stderr
    restored = from_json(KnowledgeBase, json.loads(run(db, "export")[1]))
    assert next(f for f in restored.facts if f.id == fact.id).years == fact.years
    exported = json.loads(run(db, "export")[1])
    assert [c["action"] for c in exported["changes"]] == ["correct", "correct", "undo"]
    code, _, stderr = run(db, "undo", "change:nothing-like-it")
    assert code == 1 and "is not in the audit log" in stderr
    code, stdout, _ = run(db, "audit")
    assert "undone" in stdout and "Петров" in stdout


def test_merge_two_people_and_undo_it(corpus_dir: Path, db: Path) -> None:
    run(db, "ingest", str(corpus_dir / "000_dbe67b22e53d9186.txt"))
    before = json.loads(run(db, "export")[1])
    keep, other = before["persons"][0], before["persons"][1]

    code, stdout, stderr = run(db, "merge", "person", keep["id"], other["id"], "--by", "Иванова")

    assert code == 0, stderr
    assert f"person {other['id']} into {keep['id']}" in stdout
    merged = json.loads(run(db, "export")[1])
    assert other["id"] not in [p["id"] for p in merged["persons"]]
    change = merged["changes"][-1]
    assert (change["action"], change["fact_id"]) == ("merge", keep["id"])
    code, _, stderr = run(db, "undo", change["id"], "--by", "Иванова")
    assert code == 0, stderr
    after = json.loads(run(db, "export")[1])
    assert after["persons"] == before["persons"] and after["events"] == before["events"]


def test_review_lists_what_is_unsure_and_takes_a_decision(corpus_dir: Path, db: Path) -> None:
    run(db, "ingest", str(corpus_dir / "000_dbe67b22e53d9186.txt"))
    code, stdout, _ = run(db, "review", "--json")
    assert code == 0
    items = json.loads(stdout)
    unsure = [i for i in items if i["rule"] == "direction_unknown"]
    assert unsure, "the note has contacts whose direction it does not give"
    first = unsure[0]

    code, stdout, stderr = run(db, "review", "correct", first["id"], "incoming", "--by", "Иванова")
    assert code == 0, stderr
    left = json.loads(run(db, "review", "--json")[1])
    assert first["id"] not in [i["id"] for i in left]
    kb = from_json(KnowledgeBase, json.loads(run(db, "export")[1]))
    assert next(e for e in kb.events if e.id == first["fact_id"]).direction == "incoming"
    code, _, stderr = run(db, "review", "accept", first["id"], "--by", "Иванова")
    assert code == 1 and "was decided by" in stderr


def test_a_changed_file_supersedes_its_old_facts(
    corpus_dir: Path, db: Path, tmp_path: Path
) -> None:
    note = tmp_path / "belarus.txt"
    text = (corpus_dir / "001_3211ef41689413ab.txt").read_text(encoding="utf-8")
    note.write_text(text, encoding="utf-8")
    run(db, "ingest", str(note))
    # The office edits the note: the last contact of 2025 is struck out.
    last = next(line for line in reversed(text.splitlines()) if line.startswith("· 8–12 сентября"))
    note.write_text(text.replace(last, ""), encoding="utf-8")
    code, stdout, _ = run(db, "ingest", str(note))
    assert code == 0
    assert "1 new version" in stdout
    kb = from_json(KnowledgeBase, json.loads(run(db, "export")[1]))
    assert len(kb.documents) == 1
    assert len(kb.events) == 27
    assert "2025-09-08" not in {e.start.isoformat() for e in kb.events}


def test_an_unusable_database_path_gets_one_line() -> None:
    result = runner.invoke(app, ["--db", "/proc/liaison/kb.sqlite", "show", "partners"])
    assert result.exit_code == 1
    assert "cannot create the folder /proc/liaison" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_name_in_windows_1251_is_read(corpus_dir: Path, db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "from_windows"
    folder.mkdir()
    name = os.fsdecode("справка.txt".encode("cp1251"))
    (folder / name).write_bytes((corpus_dir / "004_0f260513bf37d4bb.txt").read_bytes())
    code, _, stderr = run(db, "ingest", str(folder))
    assert code == 0, stderr
    kb = from_json(KnowledgeBase, json.loads(run(db, "export")[1]))
    assert kb.documents[0].path.endswith("справка.txt")


def test_ingest_says_which_relative_dates_it_could_not_place(tmp_path: Path, db: Path) -> None:
    item = tmp_path / "item.txt"
    item.write_text(
        "Губернатор Астраханской области в пятницу встретился с послом Ирана. "
        "Накануне посол посетил порт Оля.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["--db", str(db), "ingest", str(item)])
    assert result.exit_code == 0
    line = " ".join(result.output.split())
    assert "item.txt: states no date to place «в пятницу», «Накануне»" in line

"""Commands that show a part of the knowledge base read that part only, and a search
starts without the code it does not use."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from liaison.cli import views
from liaison.cli.main import EXAMPLES, app
from liaison.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kb") / "kb.sqlite"
    result = runner.invoke(app, ["--db", str(path), "ingest", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    return path


def run(db: Path, *args: str) -> str:
    result = runner.invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_views_and_notes_never_export_the_whole_knowledge_base(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = {
        "partner": run(db, "show", "partner", "KZ"),
        "note": run(db, "brief", "KZ", "--format", "md", "--sources"),
        "overview": run(db, "brief", "--partners", "KZ,TM"),
        "partners": run(db, "show", "partners"),
    }

    with Store.open(f"sqlite:///{db}") as store:
        kb = store.export()
    event = max(kb.events, key=lambda e: len(e.mentions))
    screen = Console(file=io.StringIO(), width=80, markup=False)
    screen.print(views.event_view(kb, event.id))
    from_export = screen.file.getvalue()  # type: ignore[attr-defined]

    def refuse(self: Store) -> None:
        raise AssertionError("the whole knowledge base was read")

    monkeypatch.setattr(Store, "export", refuse)
    assert run(db, "show", "partner", "KZ") == whole["partner"]
    assert run(db, "brief", "KZ", "--format", "md", "--sources") == whole["note"]
    assert run(db, "brief", "--partners", "KZ,TM") == whole["overview"]
    assert run(db, "show", "partners") == whole["partners"]
    assert run(db, "show", "event", event.id.removeprefix("event:")) == from_export
    assert "Казахстан" in whole["partner"] and "KZ" in whole["partners"]
    found = run(db, "search", "соглашение")
    assert str(EXAMPLES)[:15] in found, "each hit names the file it was read from"


def test_a_search_with_no_documents_behind_its_hits_still_prints_them(db: Path) -> None:
    hits = json.loads(run(db, "search", "Туркменистан", "--json"))
    assert hits and all(h["document_id"] for h in hits)


def test_an_unknown_partner_gets_the_same_hint_as_before(db: Path) -> None:
    result = runner.invoke(app, ["--db", str(db), "show", "partner", "Атлантида"])
    assert result.exit_code == 1
    assert "no partner 'Атлантида'" in result.stderr


HEAVY = ("liaison.brief", "liaison.extract", "liaison.read", "natasha", "alembic", "docx")


def test_a_search_imports_neither_the_briefing_code_nor_the_extractors(db: Path) -> None:
    code = (
        "import sys\n"
        "from liaison.cli.main import run\n"
        f"sys.argv = ['liaison', '--db', {str(db)!r}, 'search', 'соглашение']\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        f"print([m for m in sys.modules if m.startswith({HEAVY!r})], file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert "Found" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "[]"

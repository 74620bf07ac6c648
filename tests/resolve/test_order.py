"""The order documents arrive in does not matter: the same documents in any order end in
the same knowledge base (ids, events, people, sources), through the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from liaison.cli.main import app

runner = CliRunner()
NOTE = "000_dbe67b22e53d9186.txt"
NEWS = "004_0f260513bf37d4bb.txt"
LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")


def ingest_and_export(db: Path, files: list[Path]) -> dict[str, Any]:
    """Ingest ``files`` in this order into a fresh knowledge base; its export as JSON."""
    result = runner.invoke(app, ["--db", str(db), "ingest", *map(str, files)])
    assert result.exit_code == 0, result.stderr
    out = db.with_suffix(".json")
    result = runner.invoke(app, ["--db", str(db), "export", "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def comparable(export: dict[str, Any]) -> dict[str, Any]:
    """An export without what only records when it was made: ingestion times, and the
    documents' order, which is the order of ingestion."""
    documents = [{k: v for k, v in d.items() if k != "ingested_at"} for d in export["documents"]]
    return export | {"documents": sorted(documents, key=lambda d: d["id"])}


@pytest.fixture(scope="module")
def both_orders(
    corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, Any], dict[str, Any]]:
    folder = tmp_path_factory.mktemp("order")
    files = [corpus_dir / NEWS, corpus_dir / NOTE]
    return (
        ingest_and_export(folder / "news_first.sqlite", files),
        ingest_and_export(folder / "note_first.sqlite", files[::-1]),
    )


def test_news_then_note_equals_note_then_news(
    both_orders: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    news_first, note_first = both_orders
    for key in ("documents", "events", "persons", "agreements", "facts", "conflicts"):
        assert comparable(news_first)[key] == comparable(note_first)[key], key
    assert comparable(news_first) == comparable(note_first)


@pytest.mark.parametrize("order", [0, 1])
def test_the_december_visit_is_one_event_with_both_sources(
    both_orders: tuple[dict[str, Any], dict[str, Any]], order: int
) -> None:
    export = both_orders[order]
    december = [e for e in export["events"] if e["start"] <= "2021-12-07" <= e["end"]]
    assert len(december) == 1
    (visit,) = december
    assert (visit["kind"], visit["start"], visit["end"]) == ("visit", "2021-12-06", "2021-12-07")
    sources = {m["document"] for m in visit["mentions"]}
    assert len(sources) == 2
    assert not LATIN_WORD.search(visit["title"])
    assert "Джаббаров М.Ч." in {p["name"] for p in visit["participants"]}


@pytest.mark.parametrize("order", [0, 1])
def test_the_minister_is_one_person_known_by_his_russian_name(
    both_orders: tuple[dict[str, Any], dict[str, Any]], order: int
) -> None:
    persons = both_orders[order]["persons"]
    names = [p["name"] for p in persons]
    assert "Mikayil Jabbarov" not in names and "Igor Babushkin" not in names
    (minister,) = [p for p in persons if p["name"] == "Джаббаров М.Ч."]
    assert "Mikayil Jabbarov" in minister["aliases"]
    assert minister["name_en"] == "Mikayil Jabbarov"
    assert {m["document"] for m in minister["mentions"]} == {
        d["id"] for d in both_orders[order]["documents"]
    }


def test_the_russian_note_shows_no_english_words_from_the_news(
    corpus_dir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "kb.sqlite"
    ingest_and_export(db, [corpus_dir / NEWS, corpus_dir / NOTE])
    out = tmp_path / "az.md"
    result = runner.invoke(
        app, ["--db", str(db), "brief", "AZ", "--format", "md", "--out", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    note = out.read_text(encoding="utf-8")
    assert "Jabbarov" not in note and "Babushkin" not in note and "Governor" not in note
    assert "6–7 декабря 2021 г., визит делегации Астраханской области" in note


def test_the_whole_corpus_in_two_orders_ends_the_same(corpus_dir: Path, tmp_path: Path) -> None:
    files = sorted(corpus_dir.glob("*.txt"))
    assert len(files) >= 5
    forward = ingest_and_export(tmp_path / "forward.sqlite", files)
    backward = ingest_and_export(tmp_path / "backward.sqlite", files[::-1])
    for key in ("events", "persons", "agreements"):
        assert comparable(forward)[key] == comparable(backward)[key], key
    assert comparable(forward) == comparable(backward)


def typed_as_pdf(text: str, out: Path) -> Path:
    """``text`` as a PDF of hard-wrapped lines, as a note printed from Word reads back."""
    import textwrap

    from fpdf import FPDF

    from liaison.data import NOTE_FONT

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("Serif", "", str(NOTE_FONT))
    pdf.set_font("Serif", size=11)
    for paragraph in text.splitlines():
        for line in textwrap.wrap(paragraph, 75) or [""]:
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))
    return out


def test_one_note_as_text_and_as_pdf_ends_the_same_in_either_order(
    corpus_dir: Path, tmp_path: Path
) -> None:
    """The PDF loses the ends of some lines and some details; whichever copy comes first,
    each fact keeps the fuller wording and every participant's post and side."""
    note = corpus_dir / NOTE
    pdf = typed_as_pdf(note.read_text(encoding="utf-8"), tmp_path / "note.pdf")
    text_first = ingest_and_export(tmp_path / "text_first.sqlite", [note, pdf])
    pdf_first = ingest_and_export(tmp_path / "pdf_first.sqlite", [pdf, note])
    for key in ("events", "persons", "agreements", "facts", "conflicts"):
        assert comparable(text_first)[key] == comparable(pdf_first)[key], key
    titles = {e["title"] for e in pdf_first["events"]}
    assert any(t.startswith("11–12 декабря 2024 г., визит") and "Возло" in t for t in titles)


DEVSET_NEWS = Path(__file__).parents[2] / "benchmarks" / "devsets" / "news"


def test_the_news_set_in_two_orders_ends_the_same(tmp_path: Path) -> None:
    # Items that tell a visit and a signing on its last day, notes that tell the same visit
    # in one line, a president's reception reported in two languages, people named more
    # fully in a later document: whichever comes first, one knowledge base.
    files = sorted(
        p for p in DEVSET_NEWS.rglob("*") if p.suffix in {".txt", ".html", ".docx", ".pdf"}
    )
    files = [p for p in files if "sources" not in p.parts]
    assert len(files) >= 30
    forward = ingest_and_export(tmp_path / "forward.sqlite", files)
    backward = ingest_and_export(tmp_path / "backward.sqlite", files[::-1])
    for key in ("events", "persons", "agreements", "conflicts"):
        assert comparable(forward)[key] == comparable(backward)[key], key
    assert comparable(forward) == comparable(backward)

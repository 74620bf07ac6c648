"""Commands over the knowledge base: ingest, extract, search, show, export, import, demo,
correct (the audit log and the review queue are in audit.py)."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.text import Text

from liaison.cli import reads, views
from liaison.cli.app import (
    EXAMPLES,
    STATE,
    ByOption,
    HomeOption,
    PublishedOption,
    app,
    err,
    fail,
    open_store,
    out,
    printable,
    program,
    report,
    reported,
    settings_for,
    show_app,
    who,
)
from liaison.cli.options import FACT_KINDS, emit, parse_change, parse_day, writable
from liaison.config import Settings
from liaison.errors import LiaisonError
from liaison.model import Extraction, Partner, to_json
from liaison.store import Store

# Reading and extracting (Natasha's models), the briefing code and the exchange schema are
# imported by the commands that use them: a search starts without them.
if TYPE_CHECKING:
    from liaison.cli import flow
    from liaison.cli.workers import Extractor


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (read recursively).")],
    max_size: Annotated[
        int | None, typer.Option("--max-size", help="Largest file to read, MB.")
    ] = None,
    home: HomeOption = None,
    published: PublishedOption = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            help="Processes that read and extract files (default: one per core); one "
            "writer stores them in the order given, so the result is the same.",
        ),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help="Read and extract on a Dask cluster: its scheduler's address, "
            "tcp://scheduler:8786 (every worker needs Liaison and the files' paths).",
        ),
    ] = None,
) -> None:
    """Read documents into the knowledge base: one transaction per document."""
    from liaison.cli import workers as engines

    settings = settings_for(home)
    with reported():
        day = parse_day(published, "--published")
    if max_size is not None:
        settings = dataclasses.replace(settings, max_file_bytes=max_size * 1024 * 1024)
    store = open_store()
    with reported():
        extractor = engines.dask_extractor(dask) if dask else engines.local_extractor(workers)
    outcomes = run_ingest(paths, settings, store, day, extractor)
    out.print(views.ingest_table(outcomes))
    out.print(views.outcomes_line(outcomes))
    out.print(views.counts_line(store.counts()))
    failed = [o for o in outcomes if o.status == "failed"]
    if failed:
        err.print(
            Text(f"{len(failed)} of {len(outcomes)} files failed", style="red")
            + Text("; see the lines above")
        )
        raise typer.Exit(1)


def run_ingest(
    paths: list[Path],
    settings: Settings,
    store: Store,
    published: date | None = None,
    extractor: Extractor | None = None,
) -> list[flow.FileOutcome]:
    """Ingest with a progress bar; errors are printed one line each as they happen."""
    from liaison.cli import flow
    from liaison.read import skipped_files

    files, outcomes = flow.expand(paths)
    for outcome in outcomes:
        report(outcome.error)
    for path, reason in skipped_files(paths):
        err.print(Text(printable(f"skipped {path}: {reason}")), highlight=False, soft_wrap=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("reading", total=len(files))

        def on_file(path: Path) -> None:
            progress.update(task, description=printable(path.name)[:40])

        ingested = flow.ingest_files(files, settings, store, on_file, published, extractor)
        for outcome in ingested:
            progress.advance(task)
            if outcome.error is not None:
                if STATE.debug:
                    raise outcome.error
                report(outcome.error)
            elif outcome.extraction is not None and outcome.extraction.unplaced:
                err.print(views.unplaced_line(outcome.path, outcome.extraction.unplaced))
            outcomes.append(let_go(outcome))
    return outcomes


def let_go(outcome: flow.FileOutcome) -> flow.FileOutcome:
    """The outcome without its extraction, which is stored: a long ingest keeps a line per
    file, not every file's facts."""
    if outcome.extraction is None:
        return outcome
    return dataclasses.replace(outcome, extraction=None, found=views.found_line(outcome.extraction))


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders to read.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the exchange JSON.")] = False,
    home: HomeOption = None,
    published: PublishedOption = None,
) -> None:
    """Extract from documents and print what was found; nothing is stored.

    With --json: one JSON object for one file, an array for several.
    """
    from liaison.cli import flow

    settings = settings_for(home)
    with reported():
        day = parse_day(published, "--published")
    files, missing = flow.expand(paths)
    results: list[Extraction] = []
    failed = len(missing)
    for outcome in missing:
        report(outcome.error)
    for path in files:
        try:
            results.append(flow.extract_file(path, settings, day))
        except LiaisonError as error:
            failed += 1
            if STATE.debug:
                raise
            report(error)
    if as_json:
        data = [to_json(r) for r in results]
        payload = data[0] if len(data) == 1 and len(files) == 1 else data
        emit(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        for result in results:
            out.print(views.extraction_summary(result))
    if failed:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words in any grammatical form.")],
    limit: Annotated[int, typer.Option(help="How many hits at most.")] = 20,
    kind: Annotated[
        str | None, typer.Option(help="Only this kind: document, event, person, agreement, …")
    ] = None,
    partner: Annotated[
        str | None, typer.Option(help="Only hits naming this partner id: AZ.")
    ] = None,
    sphere: Annotated[str | None, typer.Option(help="Only this sphere: trade, culture, …")] = None,
    year: Annotated[str | None, typer.Option(help="Only hits about this year.")] = None,
    person: Annotated[
        str | None, typer.Option(help="Only hits naming this person: 'Бабушкин И.Ю.'.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print hits as JSON.")] = False,
) -> None:
    """Full-text search over documents and facts, in any word form; a name in Latin
    letters (Mustafayev) also finds its Russian spelling. The facet options narrow the
    hits as the web's search page does."""
    store = open_store(read_only=True)
    wanted = {"kind": kind, "partner": partner, "sphere": sphere, "year": year, "person": person}
    narrowing = any(wanted.values())
    found, _ = store.search_faceted(
        query, {k: v for k, v in wanted.items() if v}, limit=FACETED_LIMIT if narrowing else limit
    )
    hits = [h.hit for h in found][:limit]
    if as_json:
        emit(json.dumps(to_json(hits), ensure_ascii=False, indent=2) + "\n")
        return
    if not hits:
        out.print(f"nothing found for {query!r}")
        return
    paths = store.document_paths(h.document_id for h in hits if h.document_id)
    out.print(views.search_table(hits, paths))


# How many hits a narrowed search looks through before it keeps those that fit.
FACETED_LIMIT = 500


@show_app.command("partners")
def show_partners(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Every partner with counts of what the knowledge base holds on it."""
    store = open_store(read_only=True)
    partners = store.all(Partner) if as_json else store.partners()
    if as_json:
        emit(json.dumps(to_json(partners), ensure_ascii=False, indent=2) + "\n")
        return
    out.print(views.partners_table(partners, store.partner_summary()))


@show_app.command("partner")
def show_partner(
    name: Annotated[str, typer.Argument(help="ISO code (AZ) or a name in either language.")],
) -> None:
    """One partner: agreements, contacts, figures."""
    kb = reads.about_partners(open_store(read_only=True), [name], is_listing=True)
    try:
        out.print(views.partner_view(kb, name))
    except LiaisonError as error:
        raise fail(error) from error


@show_app.command("person")
def show_person(
    name: Annotated[str, typer.Argument(help="A name in any form: 'Бабушкин'.")],
) -> None:
    """One person: every name form seen, posts with dates, contacts."""
    kb = open_store(read_only=True).export()
    try:
        out.print(views.person_view(kb, name))
    except LiaisonError as error:
        raise fail(error) from error


@show_app.command("event")
def show_event(
    event_id: Annotated[str, typer.Argument(help="Event id, as `show partner` lists.")],
) -> None:
    """One event with its participants and sources."""
    kb = reads.about_event(open_store(read_only=True), event_id)
    try:
        out.print(views.event_view(kb, event_id))
    except LiaisonError as error:
        raise fail(error) from error


@app.command("export")
def export_kb(
    fmt: Annotated[str, typer.Option("--format", help="json, csv or xlsx.")] = "json",
    out_path: Annotated[
        Path | None, typer.Option("--out", help="File to write (json: default stdout).")
    ] = None,
) -> None:
    """Export the whole knowledge base (JSON in the exchange shape)."""
    from liaison.brief import write_export

    kb = open_store(read_only=True).export()
    if fmt == "json" and out_path is None:
        emit(json.dumps(to_json(kb), ensure_ascii=False, indent=2) + "\n")
        return
    if fmt not in ("json", "csv", "xlsx"):
        raise fail(LiaisonError(f"--format {fmt!r} is not supported", "use json, csv or xlsx"))
    if out_path is None:
        raise fail(LiaisonError(f"--format {fmt} writes a file", "give --out PATH"))
    with reported():
        write_export(kb, fmt, writable(out_path, folder=fmt == "csv"))
    out.print(printable(f"wrote {out_path}"))


@app.command("import")
def import_kb(
    path: Annotated[Path, typer.Argument(help="A JSON file from `liaison export`.")],
) -> None:
    """Load a JSON export into the knowledge base; nothing is written unless all of it is
    valid, and a fact already stored keeps what it says (a differing value is a conflict)."""
    from liaison.model.exchange import read_knowledge_base

    try:
        kb = read_knowledge_base(path.read_text(encoding="utf-8"), str(path))
    except OSError as error:
        problem = LiaisonError(
            f"{path}: cannot be read ({error.strerror})",
            "give the JSON file written by `liaison export`",
        )
        raise fail(problem) from error
    except UnicodeDecodeError as error:
        problem = LiaisonError(f"{path}: is not UTF-8 text ({error.reason})", "give the JSON file")
        raise fail(problem) from error
    except LiaisonError as error:
        raise fail(error) from error
    store = open_store()
    try:
        store.load(kb)
    except LiaisonError as error:
        raise fail(error) from error
    out.print(views.counts_line(store.counts()))


@app.command()
def demo(
    folder: Annotated[
        Path, typer.Option("--out", help="Where the demo writes its knowledge base and notes.")
    ] = Path("liaison-demo"),
) -> None:
    """Ingest the sample documents that ship with Liaison, show what was found, write a note.

    Unless --db names one, the demo keeps its own knowledge base in the --out folder, so your
    real one never receives invented sample data.
    """
    from liaison.brief import select_note
    from liaison.cli.briefing import write_note
    from liaison.read import iter_paths

    settings = STATE.current
    if not STATE.is_db_chosen:
        settings = dataclasses.replace(settings, database_url=f"sqlite:///{folder / 'kb.sqlite'}")
        STATE.settings = settings
    samples = list(iter_paths([EXAMPLES]))
    out.print(f"Reading {len(samples)} sample documents from {EXAMPLES}")
    store = open_store()
    outcomes = run_ingest(samples, settings, store)
    out.print(views.ingest_table(outcomes))
    out.print(views.outcomes_line(outcomes))
    kb = store.export()
    out.print(views.partners_table(kb.partners, store.partner_summary()))
    out.print(views.counts_line(store.counts()))
    try:
        content = select_note(kb, "KZ", home=settings.home)
        for fmt in ("docx", "md"):
            write_note(content, "ru", fmt, True, None, folder / f"note_KZ_ru.{fmt}")
    except LiaisonError as error:
        raise fail(error) from error
    db = settings.database_url.removeprefix("sqlite:///")
    out.print(f"Knowledge base: {db}")
    out.print("Try:")
    for command in views.demo_commands(program(), db):
        out.print(f"  {command}", soft_wrap=True)
    if any(o.status == "failed" for o in outcomes):
        raise typer.Exit(1)


@app.command()
def correct(
    kind: Annotated[
        str,
        typer.Argument(help="event, agreement, person, organization, fact, indicator or partner."),
    ],
    fact_id: Annotated[str, typer.Argument(help="The id, as `show` and `export` give it.")],
    changes: Annotated[
        list[str],
        typer.Argument(
            help="FIELD=VALUE, typed as the field takes it: leader='Бабушкин И.Ю.', "
            "years=2021 or years='2019-2021; 2023', start=31.05.2024, direction=incoming, "
            "partners='AZ; BY', value='1 300,5'; an empty value clears an optional field."
        ),
    ],
    by: ByOption = None,
) -> None:
    """Correct fields of a fact by hand: only the fields named change, the fact keeps its
    sources and its sentence, and each change goes to the audit log (`liaison undo` takes
    it back). Prints the corrected fact as JSON; the change ids go to stderr."""
    if kind not in FACT_KINDS:
        raise fail(LiaisonError(f"unknown kind {kind!r}", f"use one of {', '.join(FACT_KINDS)}"))
    try:
        values = dict(parse_change(FACT_KINDS[kind], c) for c in changes)
        store = open_store()
        made = store.correct_all(fact_id, values, user=who(by), kind=kind)
        fixed = store.get(FACT_KINDS[kind], fact_id)
    except LiaisonError as error:
        raise fail(error) from error
    for change in made:
        err.print(views.change_line(change), highlight=False, soft_wrap=True)
    emit(json.dumps(to_json(fixed), ensure_ascii=False, indent=2) + "\n")

"""`liaison` commands. Each one parses options, calls the steps, and prints through Rich."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from liaison.brief import (
    chronology_table,
    render_docx,
    render_html,
    render_markdown,
    render_overview,
    render_pdf,
    select_note,
    write_chronology,
    write_export,
)
from liaison.cli import flow, views
from liaison.config import Settings
from liaison.errors import LiaisonError
from liaison.model import (
    Agreement,
    Event,
    Extraction,
    Fact,
    Indicator,
    KnowledgeBase,
    Organization,
    Partner,
    Person,
    Sphere,
    from_json,
    to_json,
)
from liaison.model.json import convert, field_types
from liaison.model.vocab import label
from liaison.read import iter_paths
from liaison.store import Store
from liaison.text.morph import lemmas

app = typer.Typer(
    help="Liaison: a knowledge base of international cooperation, read from reference notes "
    "and news, written back out as briefings.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
show_app = typer.Typer(help="Show what the knowledge base holds.", no_args_is_help=True)
app.add_typer(show_app, name="show")

out = Console()
err = Console(stderr=True)
EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


class State:
    """Options given before the command: where the knowledge base is, tracebacks or not."""

    settings: Settings = Settings()
    debug: bool = False
    is_db_chosen: bool = False  # --db or LIAISON_DATABASE_URL named the knowledge base


STATE = State()

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Knowledge base: a SQLite file or a postgresql:// URL "
        "(default: $LIAISON_DATABASE_URL or ~/.local/share/liaison/liaison.sqlite).",
    ),
]


@app.callback()
def main(
    db: DbOption = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    """Read documents into the knowledge base, search it, and write briefings from it."""
    try:
        STATE.settings = Settings.load(db)
    except LiaisonError as error:
        fail(error)
    STATE.debug = debug
    # pypdf logs repairs of damaged files ("EOF marker not found") as warnings; the reader
    # already turns an unreadable PDF into one clear line, so keep the console to that.
    logging.getLogger("pypdf").setLevel(logging.DEBUG if debug else logging.ERROR)
    STATE.is_db_chosen = db is not None or "LIAISON_DATABASE_URL" in os.environ


def fail(error: LiaisonError) -> typer.Exit:
    """Print one line for a user-facing error and stop with exit code 1."""
    if STATE.debug:
        raise error
    err.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
    raise typer.Exit(1)


@contextmanager
def reported() -> Iterator[None]:
    """Turn a user-facing error, or a failure to write an output file, into one line."""
    try:
        yield
    except LiaisonError as error:
        raise fail(error) from error
    except OSError as error:
        where = error.filename or "the output file"
        problem = LiaisonError(
            f"cannot write {where} ({error.strerror})", "choose another --out path"
        )
        raise fail(problem) from error


def open_store() -> Store:
    """The knowledge base named by the settings."""
    try:
        return Store.open(STATE.settings.database_url)
    except LiaisonError as error:
        raise fail(error) from error


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (read recursively).")],
    max_size: Annotated[
        int | None, typer.Option("--max-size", help="Largest file to read, MB.")
    ] = None,
) -> None:
    """Read documents into the knowledge base: one transaction per document."""
    settings = STATE.settings
    if max_size is not None:
        settings = Settings(
            database_url=settings.database_url,
            home=settings.home,
            max_file_bytes=max_size * 1024 * 1024,
        )
    store = open_store()
    outcomes = run_ingest(paths, settings, store)
    out.print(views.ingest_table(outcomes))
    out.print(views.outcomes_line(outcomes))
    out.print(views.counts_line(store.counts()))
    failed = [o for o in outcomes if o.status == "failed"]
    if failed:
        err.print(f"[red]{len(failed)} of {len(outcomes)} files failed[/red]; see the lines above")
        raise typer.Exit(1)


def run_ingest(paths: list[Path], settings: Settings, store: Store) -> list[flow.FileOutcome]:
    """Ingest with a progress bar; errors are printed one line each as they happen."""
    files, outcomes = flow.expand(paths)
    for outcome in outcomes:
        err.print(f"[red]error:[/red] {outcome.error}", highlight=False, soft_wrap=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("reading", total=len(files))

        def on_file(path: Path) -> None:
            progress.update(task, description=path.name[:40])

        for outcome in flow.ingest_files(files, settings, store, on_file):
            progress.advance(task)
            if outcome.error is not None:
                if STATE.debug:
                    raise outcome.error
                err.print(f"[red]error:[/red] {outcome.error}", highlight=False, soft_wrap=True)
            outcomes.append(outcome)
    return outcomes


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders to read.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the exchange JSON.")] = False,
) -> None:
    """Extract from documents and print what was found; nothing is stored.

    With --json: one JSON object for one file, an array for several.
    """
    files, missing = flow.expand(paths)
    results: list[Extraction] = []
    failed = len(missing)
    for outcome in missing:
        err.print(f"[red]error:[/red] {outcome.error}", highlight=False, soft_wrap=True)
    for path in files:
        try:
            results.append(flow.extract_file(path, STATE.settings))
        except LiaisonError as error:
            failed += 1
            if STATE.debug:
                raise
            err.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
    if as_json:
        data = [to_json(r) for r in results]
        payload = data[0] if len(data) == 1 and len(files) == 1 else data
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        for result in results:
            out.print(views.extraction_summary(result))
    if failed:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words in any grammatical form.")],
    limit: Annotated[int, typer.Option(help="How many hits at most.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print hits as JSON.")] = False,
) -> None:
    """Full-text search over documents and facts, in any word form."""
    store = open_store()
    hits = store.search(query, limit=limit)
    if as_json:
        sys.stdout.write(json.dumps(to_json(hits), ensure_ascii=False, indent=2) + "\n")
        return
    if not hits:
        out.print(f"nothing found for {query!r}")
        return
    out.print(views.search_table(hits, {d.id: d.path for d in store.documents()}))


@show_app.command("partners")
def show_partners(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Every partner with counts of what the knowledge base holds on it."""
    kb = open_store().export()
    if as_json:
        sys.stdout.write(json.dumps(to_json(kb.partners), ensure_ascii=False, indent=2) + "\n")
        return
    out.print(views.partners_table(kb))


@show_app.command("partner")
def show_partner(
    name: Annotated[str, typer.Argument(help="ISO code (AZ) or a name in either language.")],
) -> None:
    """One partner: agreements, contacts, figures."""
    kb = open_store().export()
    try:
        out.print(views.partner_view(kb, name))
    except LiaisonError as error:
        raise fail(error) from error


@show_app.command("person")
def show_person(
    name: Annotated[str, typer.Argument(help="A name in any form: 'Бабушкин'.")],
) -> None:
    """One person: every name form seen, posts with dates, contacts."""
    kb = open_store().export()
    try:
        out.print(views.person_view(kb, name))
    except LiaisonError as error:
        raise fail(error) from error


@show_app.command("event")
def show_event(
    event_id: Annotated[str, typer.Argument(help="Event id, as `show partner` lists.")],
) -> None:
    """One event with its participants and sources."""
    kb = open_store().export()
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
    kb = open_store().export()
    if fmt == "json" and out_path is None:
        sys.stdout.write(json.dumps(to_json(kb), ensure_ascii=False, indent=2) + "\n")
        return
    if fmt not in ("json", "csv", "xlsx"):
        raise fail(LiaisonError(f"--format {fmt!r} is not supported", "use json, csv or xlsx"))
    if out_path is None:
        raise fail(LiaisonError(f"--format {fmt} writes a file", "give --out PATH"))
    with reported():
        write_export(kb, fmt, writable(out_path))
    out.print(f"wrote {out_path}")


@app.command("import")
def import_kb(
    path: Annotated[Path, typer.Argument(help="A JSON file from `liaison export`.")],
) -> None:
    """Load a JSON export into the knowledge base."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        kb = from_json(KnowledgeBase, data)
    except FileNotFoundError as error:
        raise fail(LiaisonError(f"{path}: no such file", "check the path")) from error
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        raise fail(
            LiaisonError(
                f"{path}: not a Liaison export ({error})",
                "give a file written by `liaison export --format json`",
            )
        ) from error
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
    settings = STATE.settings
    if not STATE.is_db_chosen:
        settings = Settings(
            database_url=f"sqlite:///{folder / 'kb.sqlite'}",
            home=settings.home,
            max_file_bytes=settings.max_file_bytes,
        )
        STATE.settings = settings
    samples = list(iter_paths([EXAMPLES]))
    out.print(f"Reading {len(samples)} sample documents from {EXAMPLES}")
    store = open_store()
    outcomes = run_ingest(samples, settings, store)
    out.print(views.ingest_table(outcomes))
    out.print(views.outcomes_line(outcomes))
    kb = store.export()
    out.print(views.partners_table(kb))
    out.print(views.counts_line(store.counts()))
    try:
        content = select_note(kb, "KZ", home=settings.home)
        for fmt in ("docx", "md"):
            write_note(content, "ru", fmt, True, None, folder / f"note_KZ_ru.{fmt}")
    except LiaisonError as error:
        raise fail(error) from error
    db = settings.database_url.removeprefix("sqlite:///")
    out.print(f"Knowledge base: {db}")
    out.print(
        f"Try: liaison --db {db} search 'соглашения' | show partner KZ | brief TM --format md"
    )
    if any(o.status == "failed" for o in outcomes):
        raise typer.Exit(1)


def parse_day(value: str | None, option: str, last: bool = False) -> date | None:
    """A date option: YYYY-MM-DD, or a year meaning its first day (its last with ``last``)."""
    if value is None:
        return None
    try:
        if value.isdigit():
            return date(int(value), 12, 31) if last else date(int(value), 1, 1)
        return date.fromisoformat(value)
    except ValueError as error:
        raise fail(
            LiaisonError(f"{option} {value!r} is not a date", "write 2024-05-31 or 2024")
        ) from error


def parse_spheres(values: list[str] | None) -> list[Sphere] | None:
    """--sphere values as vocabulary members: 'culture', or a label in either language."""
    if not values:
        return None
    try:
        return [sphere_named(v) for v in values]
    except LiaisonError as error:
        raise fail(error) from error


def sphere_named(text: str) -> Sphere:
    """The sphere a user means: its value, or the label whose words hold the words given
    ('культура' → culture, 'спорт' → sport, 'education' → education)."""
    wanted = set(lemmas(text))
    for sphere in Sphere:
        if text.strip().lower() == sphere.value:
            return sphere
    fits = [
        (len(set(lemmas(label(sphere, lang)))), sphere)
        for sphere in Sphere
        for lang in ("ru", "en")
        if wanted and wanted <= set(lemmas(label(sphere, lang)))
    ]
    if fits:
        return min(fits)[1]
    names = ", ".join(s.value for s in Sphere)
    raise LiaisonError(f"unknown sphere {text!r}", f"use one of {names}, or its Russian name")


@app.command()
def brief(
    partner: Annotated[
        str | None,
        typer.Argument(
            help="ISO code (AZ) or a name in either language; a country, region or city."
        ),
    ] = None,
    partners: Annotated[
        str | None,
        typer.Option("--partners", help="Several partners for an overview: AZ,KZ,TM,IR."),
    ] = None,
    start: Annotated[str | None, typer.Option("--from", help="First day or year covered.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day or year covered.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only what is new since this date.")
    ] = None,
    sphere: Annotated[
        list[str] | None,
        typer.Option("--sphere", help="Spheres to include (repeat): trade, education, culture, …"),
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="ru or en.")] = "ru",
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="docx, pdf, md or html (default: docx; md for an overview)."),
    ] = None,
    out_path: Annotated[Path | None, typer.Option("--out", help="File to write.")] = None,
    sources: Annotated[
        bool, typer.Option("--sources", help="Footnote every statement with its documents.")
    ] = False,
    template: Annotated[
        Path | None, typer.Option("--template", help="Your own .docx template.")
    ] = None,
    all_agreements: Annotated[
        bool,
        typer.Option(
            "--all-agreements",
            help="List signed and superseded agreements "
            "too, not only those in force and being implemented.",
        ),
    ] = False,
) -> None:
    """Write the reference note for a partner, or an overview of several partners."""
    fmt = fmt or ("md" if partners is not None else "docx")
    try:
        check_brief_options(partner, partners, lang, fmt, out_path)
    except LiaisonError as error:
        raise fail(error) from error
    kb = open_store().export()
    home = STATE.settings.home
    first, last = parse_day(start, "--from"), parse_day(end, "--to", last=True)
    filters = {
        "start": first,
        "end": last,
        "spheres": parse_spheres(sphere),
        "since": parse_day(since, "--since"),
    }
    with reported():
        if partners is not None:
            codes = [p.strip() for p in partners.split(",") if p.strip()]
            text = render_overview(kb, codes, lang, home=home, sources=sources, **filters)
            write_text_or_print(text, out_path)
            return
        content = select_note(
            kb, partner or "", home=home, inactive_agreements=all_agreements, **filters
        )
        write_note(content, lang, fmt, sources, template, out_path)
    if content.skipped_total:
        err.print(f"{content.skipped_total} statements left out: no source in the knowledge base")
    if not (content.agreements or content.facts or content.events or content.indicators):
        err.print(
            f"[yellow]warning:[/yellow] nothing on {content.partner.name} that "
            f"{home.name} took part in passes these filters; the note has only its title"
        )


def check_brief_options(
    partner: str | None, partners: str | None, lang: str, fmt: str, out_path: Path | None
) -> None:
    """Refuse option combinations that cannot make a note, each with what to do instead."""
    if lang not in ("ru", "en"):
        raise LiaisonError(f"--lang {lang!r} is not supported", "use ru or en")
    if fmt not in ("docx", "pdf", "md", "html"):
        raise LiaisonError(f"--format {fmt!r} is not supported", "use docx, pdf, md or html")
    if partner is None and partners is None:
        raise LiaisonError(
            "no partner given", "name one (liaison brief AZ) or several (--partners AZ,KZ)"
        )
    if partners is not None and fmt != "md":
        raise LiaisonError(
            f"an overview of several partners is written as md, not {fmt}",
            "use --format md, or name one partner for a full note",
        )
    check_suffix(out_path, fmt)


def writable(path: Path) -> Path:
    """``path`` if a file can be written there, else a LiaisonError saying why."""
    if path.is_dir():
        raise LiaisonError(f"{path} is a folder", "give --out a file name, e.g. note.docx")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LiaisonError(
            f"cannot write {path} ({error.strerror})",
            "give --out a path in a folder you can write to",
        ) from error
    return path


def check_suffix(path: Path | None, fmt: str) -> None:
    """--format md with --out note.docx would write Markdown under a Word name: refuse."""
    if path is not None and path.suffix and path.suffix.lower().lstrip(".") != fmt:
        raise LiaisonError(
            f"--out {path.name} does not match --format {fmt}",
            f"name the file *.{fmt} or choose the format that fits the name",
        )


def write_note(
    content: Any, lang: str, fmt: str, sources: bool, template: Path | None, out_path: Path | None
) -> None:
    """Render a note in the chosen format to a file, or to stdout for md and html."""
    if fmt in ("md", "html"):
        render = render_markdown if fmt == "md" else render_html
        write_text_or_print(render(content, lang, sources), out_path)
        return
    target = writable(out_path or Path(f"note_{content.partner.id}_{lang}.{fmt}"))
    writer = render_docx if fmt == "docx" else render_pdf
    writer(content, lang, sources, template, out=target)
    out.print(f"wrote {target}")


def write_text_or_print(text: str, out_path: Path | None) -> None:
    """Text to a file when --out is given, else to stdout."""
    if out_path is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    writable(out_path).write_text(text, encoding="utf-8")
    out.print(f"wrote {out_path}")


@app.command()
def chronology(
    partner: Annotated[str, typer.Argument(help="ISO code or a name in either language.")],
    fmt: Annotated[str, typer.Option("--format", help="xlsx, csv or docx.")] = "xlsx",
    out_path: Annotated[Path | None, typer.Option("--out", help="File to write.")] = None,
    start: Annotated[str | None, typer.Option("--from", help="First day or year.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day or year.")] = None,
    lang: Annotated[str, typer.Option("--lang", help="ru or en.")] = "ru",
) -> None:
    """The contacts with a partner as a table: dates, kind, direction, place, leader, sources."""
    kb = open_store().export()
    with reported():
        content = select_note(
            kb,
            partner,
            home=STATE.settings.home,
            start=parse_day(start, "--from"),
            end=parse_day(end, "--to", last=True),
        )
        check_suffix(out_path, fmt)
        target = writable(out_path or Path(f"chronology_{content.partner.id}.{fmt}"))
        write_chronology(chronology_table(content, lang), fmt, target, lang)
    out.print(f"wrote {target} ({len(content.events)} contacts)")


FACT_KINDS: dict[str, type] = {
    "partner": Partner,
    "agreement": Agreement,
    "event": Event,
    "person": Person,
    "organization": Organization,
    "fact": Fact,
    "indicator": Indicator,
}


def parse_change(cls: type, text: str) -> tuple[str, Any]:
    """'leader=Бабушкин И.Ю.' → ('leader', value of the field's type); JSON for lists."""
    name, sep, raw = text.partition("=")
    hints = field_types(cls)
    if not sep or name not in hints:
        fields = ", ".join(sorted(hints))
        raise LiaisonError(f"{text!r} is not FIELD=VALUE for a {cls.__name__}", f"fields: {fields}")
    try:
        value = json.loads(raw) if raw[:1] in "[{" or raw in ("null", "true", "false") else raw
        return name, convert(hints[name], value)
    except (ValueError, TypeError) as error:
        raise LiaisonError(
            f"{name}: {raw!r} does not fit ({error})", "write dates as 2024-05-31 and lists as JSON"
        ) from error


@app.command()
def correct(
    kind: Annotated[
        str,
        typer.Argument(help="event, agreement, person, organization, fact, indicator or partner."),
    ],
    fact_id: Annotated[str, typer.Argument(help="The id, as `show` and `export` give it.")],
    changes: Annotated[list[str], typer.Argument(help="FIELD=VALUE, e.g. leader='Бабушкин И.Ю.'")],
    by: Annotated[str, typer.Option("--by", help="Who makes the correction (recorded).")],
) -> None:
    """Correct a fact by hand; who and when is recorded, and briefings trace it to you."""
    cls = FACT_KINDS.get(kind)
    if cls is None:
        raise fail(LiaisonError(f"unknown kind {kind!r}", f"use one of {', '.join(FACT_KINDS)}"))
    try:
        parsed = dict(parse_change(cls, c) for c in changes)
        fixed = open_store().correct(cls, fact_id, parsed, author=by)
    except LiaisonError as error:
        raise fail(error) from error
    sys.stdout.write(json.dumps(to_json(fixed), ensure_ascii=False, indent=2) + "\n")

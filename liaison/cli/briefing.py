"""Commands that write documents out: the reference note and the chronology table."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from liaison.cli import reads
from liaison.cli.app import (
    HomeOption,
    app,
    err,
    open_store,
    out,
    printable,
    reported,
    settings_for,
)
from liaison.cli.options import check_suffix, emit, parse_day, parse_spheres, writable
from liaison.errors import LiaisonError


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
    home_name: HomeOption = None,
    engine: Annotated[
        str,
        typer.Option(
            "--pdf-engine",
            envvar="LIAISON_PDF_ENGINE",
            help="auto (LibreOffice when installed, else built-in), libreoffice or builtin.",
        ),
    ] = "auto",
) -> None:
    """Write the reference note for a partner, or an overview of several partners."""
    from liaison.brief import render_overview, select_note

    fmt = fmt or ("md" if partners is not None else "docx")
    with reported():
        check_brief_options(partner, partners, lang, fmt, out_path)
        filters = {
            "start": parse_day(start, "--from"),
            "end": parse_day(end, "--to", last=True),
            "spheres": parse_spheres(sphere),
            "since": parse_day(since, "--since"),
        }
    home = settings_for(home_name).home
    codes = [p.strip() for p in (partners or "").split(",") if p.strip()]
    kb = reads.about_partners(open_store(read_only=True), codes or [partner or ""])
    with reported():
        if partners is not None:
            text = render_overview(kb, codes, lang, home=home, sources=sources, **filters)
            write_text_or_print(text, out_path)
            return
        content = select_note(
            kb, partner or "", home=home, inactive_agreements=all_agreements, **filters
        )
        write_note(content, lang, fmt, sources, template, out_path, engine)
    if content.skipped_total:
        err.print(f"{content.skipped_total} statements left out: no source in the knowledge base")
    if not (content.agreements or content.facts or content.events or content.indicators):
        err.print(
            Text("warning: ", style="yellow")
            + Text(
                printable(
                    f"nothing on {content.partner.name} that {home.name} took part in passes "
                    "these filters; the note has only its title"
                )
            )
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


def write_note(
    content: Any,
    lang: str,
    fmt: str,
    sources: bool,
    template: Path | None,
    out_path: Path | None,
    engine: str = "auto",
) -> None:
    """Render a note in the chosen format to a file, or to stdout for md and html."""
    from liaison.brief import note_pdf, render_docx, render_html, render_markdown, render_pdf

    if fmt in ("md", "html"):
        render = render_markdown if fmt == "md" else render_html
        write_text_or_print(render(content, lang, sources), out_path)
        return
    target = writable(out_path or Path(f"note_{content.partner.id}_{lang}.{fmt}"))
    if fmt == "docx":
        render_docx(content, lang, sources, template, out=target)
    else:
        engine = note_pdf.pdf_engine(engine)
        render_pdf(content, lang, sources, template, out=target, engine=engine)
        if engine == "builtin":
            notice = Text("note: ", style="yellow") + Text(builtin_pdf_notice(template))
            err.print(notice, highlight=False, soft_wrap=True)
    out.print(printable(f"wrote {target}"))


def builtin_pdf_notice(template: Path | None) -> str:
    """The one line saying a PDF was drawn without LibreOffice, and how to get the exact
    Word layout."""
    from liaison.brief import note_pdf

    how = (
        "install LibreOffice (apt-get install libreoffice-writer)"
        if note_pdf.find_soffice() is None
        else "leave out --pdf-engine builtin / LIAISON_PDF_ENGINE"
    )
    unused = "; --template is used only through LibreOffice" if template else ""
    return f"PDF drawn by the built-in renderer; for the exact Word layout {how}{unused}"


def write_text_or_print(text: str, out_path: Path | None) -> None:
    """Text to a file when --out is given, else to stdout."""
    from liaison.brief.files import write_text_file

    if out_path is None:
        emit(text if text.endswith("\n") else text + "\n")
        return
    write_text_file(writable(out_path), text)
    out.print(printable(f"wrote {out_path}"))


@app.command()
def chronology(
    partner: Annotated[str, typer.Argument(help="ISO code or a name in either language.")],
    fmt: Annotated[str, typer.Option("--format", help="xlsx, csv or docx.")] = "xlsx",
    out_path: Annotated[Path | None, typer.Option("--out", help="File to write.")] = None,
    start: Annotated[str | None, typer.Option("--from", help="First day or year.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day or year.")] = None,
    lang: Annotated[str, typer.Option("--lang", help="ru or en.")] = "ru",
    home_name: HomeOption = None,
) -> None:
    """The contacts with a partner as a table: dates, kind, direction, place, leader, sources."""
    from liaison.brief import chronology_table, select_note, write_chronology

    home = settings_for(home_name).home
    kb = reads.about_partners(open_store(read_only=True), [partner])
    with reported():
        content = select_note(
            kb,
            partner,
            home=home,
            start=parse_day(start, "--from"),
            end=parse_day(end, "--to", last=True),
        )
        check_suffix(out_path, fmt)
        target = writable(out_path or Path(f"chronology_{content.partner.id}.{fmt}"))
        write_chronology(chronology_table(content, lang), fmt, target, lang)
    out.print(printable(f"wrote {target} ({len(content.events)} contacts)"))

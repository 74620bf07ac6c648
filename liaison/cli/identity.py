"""`liaison merge`, `split` and `merges`: which stored facts are one, as resolution found
it or a person said it, and undoing a merge that was wrong."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from liaison.cli.app import ByOption, app, fail, open_store, out, printable, who
from liaison.cli.options import emit
from liaison.errors import LiaisonError
from liaison.store.identity import MergeRecord

KINDS_HELP = "person, event, agreement, organization, fact, indicator or partner."


@app.command()
def merge(
    kind: Annotated[str, typer.Argument(help=KINDS_HELP)],
    survivor: Annotated[str, typer.Argument(help="Id of the fact that stays.")],
    absorbed: Annotated[str, typer.Argument(help="Id of the fact merged into it.")],
    by: ByOption = None,
    reason: Annotated[
        str, typer.Option("--reason", help="Why they are one (recorded as the rule).")
    ] = "by hand",
) -> None:
    """Merge two stored facts into one: sources and references move to the survivor, and
        values the two disagree on are kept side by side as conflicts. `split` (or `undo` of its
    entry in the audit log) undoes it."""
    try:
        record = open_store().merge(kind, survivor, absorbed, by=who(by), rule=reason)
    except LiaisonError as error:
        raise fail(error) from error
    out.print(printable(f"merge {record.seq}: {describe(record)}"), soft_wrap=True)


@app.command()
def split(
    seq: Annotated[int, typer.Argument(help="Number of the merge, as `liaison merges` lists.")],
    by: ByOption = None,
) -> None:
    """Undo a merge: both facts again, each with its own sources; resolution does not
    merge the two again."""
    try:
        record = open_store().split(seq, by=who(by))
    except LiaisonError as error:
        raise fail(error) from error
    out.print(printable(f"merge {record.seq} undone: {describe(record)}"), soft_wrap=True)


@app.command("merges")
def list_merges(
    kind: Annotated[str | None, typer.Option("--kind", help=KINDS_HELP)] = None,
    fact_id: Annotated[str | None, typer.Option("--id", help="Only those of this fact.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The merges made, oldest first: what merged into what, why, by whom, and whether a
    person undid it."""
    records = open_store(read_only=True).merges(kind, fact_id)
    if as_json:
        emit(json.dumps([record_json(r) for r in records], ensure_ascii=False))
        emit("\n")
        return
    if not records:
        out.print("no merges")
        return
    table = Table("#", "kind")
    for heading in ("survivor", "absorbed", "rule"):
        table.add_column(heading, overflow="fold")  # ids whole: `merge` and `show` take them
    for heading in ("score", "by", "undone"):
        table.add_column(heading)
    for r in records:
        table.add_row(
            str(r.seq),
            r.kind,
            printable(r.survivor),
            printable(r.absorbed),
            printable(r.rule),
            f"{r.score:.2f}",
            printable(r.merged_by or "automatic"),
            printable(r.undone_by or "") if r.undone_at else "",
        )
    out.print(table)


def describe(record: MergeRecord) -> str:
    """One line about a merge."""
    who = record.merged_by or "automatically"
    return (
        f"{record.kind} {record.absorbed} into {record.survivor} ({record.rule}, "
        f"score {record.score:.2f}, {who})"
    )


def record_json(record: MergeRecord) -> dict[str, object]:
    """A merge as JSON."""
    return {
        "seq": record.seq,
        "kind": record.kind,
        "survivor": record.survivor,
        "absorbed": record.absorbed,
        "rule": record.rule,
        "score": record.score,
        "automatic": record.is_automatic,
        "merged_by": record.merged_by,
        "merged_at": record.merged_at.isoformat(),
        "document": record.document,
        "undone_by": record.undone_by,
        "undone_at": record.undone_at.isoformat() if record.undone_at else None,
    }

"""Commands over the audit log and the review queue: audit, undo, review."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from liaison.cli import views
from liaison.cli.app import ByOption, app, err, fail, open_store, out, reported, who
from liaison.cli.options import emit, parse_day
from liaison.errors import LiaisonError
from liaison.model import Change, ChangeAction, to_json

review_app = typer.Typer(
    help="What the software is unsure of: list it, then accept, correct or reject one item.",
    invoke_without_command=True,
)
app.add_typer(review_app, name="review")

AsJson = Annotated[bool, typer.Option("--json", help="Print JSON.")]
ItemArgument = Annotated[
    str, typer.Argument(help="The item's id as `liaison review` lists it (or its start).")
]


def print_json(data: Any) -> None:
    """JSON on standard output, Cyrillic readable."""
    emit(json.dumps(to_json(data), ensure_ascii=False, indent=2) + "\n")


def print_change(change: Change, as_json: bool) -> None:
    """A change just made: its line, or its JSON."""
    if as_json:
        print_json(change)
    else:
        out.print(views.change_line(change), highlight=False, soft_wrap=True)


@app.command()
def audit(
    user: Annotated[str | None, typer.Option("--user", help="Only changes by this user.")] = None,
    fact: Annotated[
        str | None, typer.Option("--fact", help="Only changes to this fact id.")
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="From this day on: 2025-01-01, 01.01.2025.")
    ] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this day.")] = None,
    action: Annotated[
        str | None, typer.Option("--action", help="correct, undo, accept, reject or merge.")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Only the newest N.")] = None,
    as_json: AsJson = False,
) -> None:
    """The audit log: who changed what, when, from what to what; oldest first."""
    with reported():
        first = parse_day(since, "--since")
        last = parse_day(until, "--until", last=True)
        kind = action_named(action)
    store = open_store(read_only=True)
    with reported():
        log = store.audit(user=user, fact=fact, action=kind, since=first, until=last, limit=limit)
        undone = set(store.undone())
    if as_json:
        print_json([to_json(c) | {"undone": c.id in undone} for c in log])
        return
    if not log:
        out.print("no changes recorded" + (" that fit" if any((user, fact, since)) else ""))
        return
    out.print(views.audit_table(log, undone))


def action_named(text: str | None) -> ChangeAction | None:
    """--action as a vocabulary value."""
    if text is None:
        return None
    try:
        return ChangeAction(text.strip().lower())
    except ValueError:
        names = ", ".join(a.value for a in ChangeAction)
        raise LiaisonError(f"--action {text!r} is not an action", f"use one of {names}") from None


@app.command()
def undo(
    change_id: Annotated[
        str, typer.Argument(help="The change's id as `liaison audit` lists it (or its start).")
    ],
    by: ByOption = None,
    as_json: AsJson = False,
) -> None:
    """Undo one change: the fields it changed get their values back (undo an undo to redo)."""
    with reported():
        made = open_store().undo(change_id, user=who(by))
    print_change(made, as_json)


@review_app.callback()
def review(ctx: typer.Context, as_json: AsJson = False) -> None:
    """List the open review items: conflicts between sources, unsure extractions, merges."""
    if ctx.invoked_subcommand is not None:
        return
    with reported():
        items = open_store(read_only=True).review_queue()
    if as_json:
        print_json(items)
        return
    if not items:
        out.print("nothing waits for review")
        return
    out.print(views.review_table(items))
    err.print(
        "accept, correct or reject one: liaison review accept ITEM, "
        "liaison review correct ITEM VALUE, liaison review reject ITEM",
        highlight=False,
        soft_wrap=True,
    )


@review_app.command("accept")
def review_accept(item: ItemArgument, by: ByOption = None, as_json: AsJson = False) -> None:
    """Accept an item as the software has it: the kept value, the fact, the merge."""
    with reported():
        made = open_store().accept(item, user=who(by))
    print_change(made, as_json)


@review_app.command("reject")
def review_reject(item: ItemArgument, by: ByOption = None, as_json: AsJson = False) -> None:
    """Reject an item: a conflict takes the other source's value, an unsure fact is taken out."""
    with reported():
        made = open_store().reject(item, user=who(by))
    print_change(made, as_json)


@review_app.command("correct")
def review_correct(
    item: ItemArgument,
    value: Annotated[str, typer.Argument(help="The right value, typed as the field takes it.")],
    field: Annotated[
        str | None, typer.Option("--field", help="The field to correct (for a merge).")
    ] = None,
    by: ByOption = None,
    as_json: AsJson = False,
) -> None:
    """Settle an item with the right value for its field."""
    try:
        made = open_store().correct_item(item, value, user=who(by), field=field)
    except LiaisonError as error:
        raise fail(error) from error
    print_change(made, as_json)

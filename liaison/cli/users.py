"""`liaison user`: the people who may use the web application, their roles and API tokens,
and `liaison serve`, which starts it."""

from __future__ import annotations

import getpass
import sys
from typing import Annotated

import typer
from rich.table import Table

from liaison.cli.app import STATE, app, fail, open_store, out, printable, reported
from liaison.cli.options import emit
from liaison.errors import LiaisonError
from liaison.store.users import role_named

user_app = typer.Typer(
    help="Who may use the web application (`liaison serve`): add, list, remove, roles, tokens.",
    no_args_is_help=True,
)
app.add_typer(user_app, name="user")

NameArgument = Annotated[str, typer.Argument(help="The user's name: one word.")]
PasswordStdin = Annotated[
    bool,
    typer.Option("--password-stdin", help="Read the password from standard input (scripts)."),
]


def read_password(from_stdin: bool) -> str:
    """The password typed twice at the terminal, or the first line of standard input."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise LiaisonError("the two passwords differ", "run the command again")
    return first


@user_app.command("add")
def user_add(
    name: NameArgument,
    role: Annotated[str, typer.Option("--role", help="reader, editor or admin.")] = "reader",
    password_stdin: PasswordStdin = False,
) -> None:
    """Add a user; the password is asked twice (or read with --password-stdin)."""
    with reported():
        wanted = role_named(role)
        password = read_password(password_stdin)
        user = open_store().add_user(name, wanted, password)
    out.print(printable(f"added {user.name} ({user.role.value})"))


@user_app.command("list")
def user_list() -> None:
    """Every user with their role."""
    with reported():
        found = open_store(read_only=True).users()
    if not found:
        out.print("no users yet; add the first with: liaison user add NAME --role admin")
        return
    table = Table("name", "role", "added (UTC)")
    for user in found:
        table.add_row(printable(user.name), user.role.value, f"{user.created_at:%Y-%m-%d %H:%M}")
    out.print(table)


@user_app.command("remove")
def user_remove(name: NameArgument) -> None:
    """Remove a user; their tokens stop working."""
    with reported():
        open_store().remove_user(name)
    out.print(printable(f"removed {name}"))


@user_app.command("role")
def user_role(
    name: NameArgument,
    role: Annotated[str, typer.Argument(help="reader, editor or admin.")],
) -> None:
    """Give a user another role."""
    with reported():
        user = open_store().set_role(name, role_named(role))
    out.print(printable(f"{user.name} is now {user.role.value}"))


@user_app.command("password")
def user_password(name: NameArgument, password_stdin: PasswordStdin = False) -> None:
    """Set a new password for a user."""
    with reported():
        open_store().set_password(name, read_password(password_stdin))
    out.print(printable(f"new password set for {name}"))


@user_app.command("token")
def user_token(
    name: NameArgument,
    revoke: Annotated[
        bool, typer.Option("--revoke", help="Revoke every token of the user instead.")
    ] = False,
) -> None:
    """Print a new personal API token (send it as `Authorization: Bearer TOKEN`)."""
    with reported():
        store = open_store()
        if revoke:
            count = store.revoke_tokens(name)
            out.print(printable(f"revoked {count} tokens of {name}"))
            return
        token = store.new_token(name)
    emit(token + "\n")


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    anonymous: Annotated[
        bool | None,
        typer.Option(
            "--anonymous-read/--no-anonymous-read",
            help="Let people who are not signed in read (kept in the knowledge base).",
        ),
    ] = None,
    secure_cookies: Annotated[
        bool,
        typer.Option(
            "--secure-cookies",
            help="Mark session cookies Secure even when requests arrive over plain http "
            "(behind a proxy that speaks https to the browsers).",
        ),
    ] = False,
) -> None:
    """Start the web application over the knowledge base (open http://HOST:PORT/)."""
    import uvicorn

    from liaison.web import WebOptions, create_app

    settings = STATE.current
    if anonymous is not None:
        with reported():
            open_store().set_web_setting("anonymous_read", "yes" if anonymous else "no")
    try:
        web = create_app(settings, WebOptions(secure_cookies=secure_cookies))
    except LiaisonError as error:
        raise fail(error) from error
    out.print(printable(f"Liaison at http://{host}:{port}/ over {settings.database_url}"))
    uvicorn.run(web, host=host, port=port, log_level="warning")

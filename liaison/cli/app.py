"""The Typer application, the options given before any command, and how errors reach a user."""

from __future__ import annotations

import getpass
import logging
import os
import re
import shlex
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from liaison.config import Settings
from liaison.errors import LiaisonError
from liaison.store import Store

app = typer.Typer(
    help="Liaison: a knowledge base of international cooperation, read from reference notes "
    "and news, written back out as briefings.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
show_app = typer.Typer(help="Show what the knowledge base holds.", no_args_is_help=True)
app.add_typer(show_app, name="show")

# Markup off: titles and file names may hold brackets ('[2023]'), which Rich would eat.
out = Console(markup=False)
err = Console(stderr=True, markup=False)
EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


@dataclass(slots=True)
class State:
    """Options given before the command: where the knowledge base is, tracebacks or not.

    Filled by the callback below before any command runs; nothing is read at import.
    """

    settings: Settings | None = None
    debug: bool = False
    is_db_chosen: bool = False  # --db or LIAISON_DATABASE_URL named the knowledge base

    @property
    def current(self) -> Settings:
        """The settings of this run."""
        if self.settings is None:
            self.settings = Settings.load()
        return self.settings


STATE = State()

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Knowledge base: a SQLite file or a postgresql:// URL "
        "(default: $LIAISON_DATABASE_URL or ~/.local/share/liaison/liaison.sqlite).",
    ),
]


HomeOption = Annotated[
    str | None,
    typer.Option(
        "--home",
        help="The home region: 'Волгоградская область', 'Volgograd Region' or RU-VGG "
        "(default: $LIAISON_HOME, liaison.toml's home, else Астраханская область).",
    ),
]


PublishedOption = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Publication date for files that state none: 2025-04-22, 22.04.2025, "
        "22 апреля 2025 (a date the file states wins; this wins over a guessed one).",
    ),
]


ByOption = Annotated[
    str | None,
    typer.Option(
        "--by",
        help="Who makes the change, as the audit log records it "
        "(default: $LIAISON_USER, else your login name).",
    ),
]


def who(by: str | None) -> str:
    """The name a change is recorded under: --by, $LIAISON_USER or the login name."""
    if by is not None:
        return by
    try:
        return os.environ.get("LIAISON_USER") or getpass.getuser()
    except (KeyError, OSError):  # no login name for this uid (a container)
        return ""


def settings_for(home: str | None) -> Settings:
    """This run's settings with the home a command's ``--home`` names."""
    try:
        return STATE.current.with_home(home)
    except LiaisonError as error:
        raise fail(error) from error


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


# Characters that move the cursor, end a line or drive the terminal (C0, DEL, C1, the line
# and paragraph separators) and those that reorder what follows (bidirectional overrides):
# in a file name or a title they could forge a line of output or hide one.
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    r"""``text`` safe to print on one line: controls written as escapes, nothing raw.

    A file name the file system could not decode keeps its readable part too.

    >>> print(printable("note\nerror: all fine\x1b[2J.txt"))
    note\nerror: all fine\x1b[2J.txt
    """
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return UNPRINTABLE.sub(escaped, text)


def escaped(match: re.Match[str]) -> str:
    """The escape a Python string literal would use for one character."""
    char = match.group()
    code = ord(char)
    return ESCAPES.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def report(error: LiaisonError) -> None:
    """One line on stderr: what is wrong, where, and what to do."""
    line = Text("error: ", style="red") + Text(printable(str(error)))
    err.print(line, highlight=False, soft_wrap=True)


def fail(error: LiaisonError) -> typer.Exit:
    """Print one line for a user-facing error and stop with exit code 1."""
    if STATE.debug:
        raise error
    report(error)
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


def open_store(*, read_only: bool = False) -> Store:
    """The knowledge base named by the settings; a command that only reads opens it
    ``read_only``, so that it never waits for a writer nor needs to write."""
    try:
        return Store.open(STATE.current.database_url, read_only=read_only)
    except LiaisonError as error:
        raise fail(error) from error


def program() -> str:
    """The command this run was started by, as a shell would take it back.

    ``.venv/bin/liaison`` when run by that path, ``python -m liaison`` through the
    interpreter's path, ``liaison`` when neither can be told (a test runner).
    """
    started = Path(sys.argv[0]) if sys.argv and sys.argv[0] else Path("liaison")
    if started.name == "__main__.py" and started.parent.name == "liaison":
        return f"{shlex.quote(sys.executable)} -m liaison"
    if started.stem == "liaison":
        return shlex.quote(str(started))
    return "liaison"

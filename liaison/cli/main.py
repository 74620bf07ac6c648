"""`liaison` commands. Each one parses options, calls the steps, and prints through Rich.

The commands live in knowledge.py (ingest, extract, search, show, export, import, demo,
correct) and briefing.py (brief, chronology); importing them registers them on ``app``.
"""

from liaison.cli import briefing, knowledge
from liaison.cli.app import EXAMPLES, STATE, app, report, show_app
from liaison.cli.options import sphere_named
from liaison.errors import LiaisonError

__all__ = ["EXAMPLES", "app", "briefing", "knowledge", "run", "show_app", "sphere_named"]


def run() -> None:
    """The `liaison` program: every command, and one line (no traceback) for any user-facing
    error a command did not report itself, such as the database going away mid-command."""
    try:
        app()
    except LiaisonError as error:
        if STATE.debug:
            raise
        report(error)
        raise SystemExit(1) from error

"""`liaison` commands. Each one parses options, calls the steps, and prints through Rich.

The commands live in knowledge.py (ingest, extract, search, show, export, import, demo,
correct), audit.py (audit, undo, review), briefing.py (brief, chronology), identity.py
(merge, split, merges), users.py (user, serve) and watch.py (watch); importing them
registers them on ``app``.
"""

import contextlib
import os
import sys

from liaison.cli import audit, briefing, identity, knowledge, users, watch
from liaison.cli.app import EXAMPLES, STATE, app, report, show_app
from liaison.cli.options import sphere_named
from liaison.errors import LiaisonError

__all__ = [
    "EXAMPLES",
    "app",
    "audit",
    "briefing",
    "identity",
    "knowledge",
    "run",
    "show_app",
    "sphere_named",
    "users",
    "watch",
]


def run() -> None:
    """The `liaison` program: every command, and one line (no traceback) for any user-facing
    error a command did not report itself, such as the database going away mid-command, or
    standard output on a full disk or a closed pipe."""
    try:
        try:
            app()
        finally:
            sys.stdout.flush()  # here, where a failure can still be reported, not at exit
    except LiaisonError as error:
        if STATE.debug:
            raise
        report(error)
        raise SystemExit(1) from error
    except OSError as error:
        if STATE.debug:
            raise
        silence_stdout()
        report(
            LiaisonError(
                f"cannot write the output ({error.strerror or error})",
                "free some space, or write to a file with --out, and run again",
            )
        )
        raise SystemExit(1) from None


def silence_stdout() -> None:
    """Point standard output at /dev/null, so that what is still buffered for it cannot
    fail again when Python exits ('Exception ignored ... BrokenPipeError')."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())

"""`liaison` commands. Each one parses options, calls the steps, and prints through Rich.

The commands live in knowledge.py (ingest, extract, search, show, export, import, demo,
correct) and briefing.py (brief, chronology); importing them registers them on ``app``.
"""

from liaison.cli import briefing, knowledge
from liaison.cli.app import EXAMPLES, app, show_app
from liaison.cli.options import sphere_named

__all__ = ["EXAMPLES", "app", "briefing", "knowledge", "show_app", "sphere_named"]

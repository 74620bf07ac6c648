"""Linking: a news report of a contact a note already holds becomes that one stored event.

Each link of a set's links.json is checked in both orders of ingestion (the note then the
news, the news then the note), each time in a fresh SQLite knowledge base in a temporary
folder, through the same `ingest_files` as `liaison ingest`.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from liaison.cli.flow import ingest_files
from liaison.config import Settings
from liaison.model import Event
from liaison.store import Store
from scoring.counts import Ratio


def is_linked(first: Path, second: Path, starts: set[date], settings: Settings) -> bool:
    """Whether, ingested in this order, one stored event starting on one of ``starts``
    has mentions in both documents."""
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'kb.sqlite'}"
        with Store.open(url) as store:
            ids = set()
            for outcome in ingest_files([first, second], settings, store):
                if outcome.extraction is None:
                    print(f"{outcome.path}: {outcome.error}", file=sys.stderr)
                    return False
                ids.add(outcome.extraction.document.id)
            return any(
                e.start in starts and ids <= {m.document for m in e.mentions}
                for e in store.all(Event)
            )


def score_links(
    folder: Path, links: list[dict[str, str]], homes: dict[Path, Settings], misses: list[str]
) -> Ratio:
    """The share of (link, order) pairs that end up as one stored event with both sources;
    each pair is read with the settings of the note's home region."""
    ratio = Ratio()
    for link in links:
        news, note = folder / link["news"], folder / link["note"]
        settings = homes.get(note, Settings())
        starts = {date.fromisoformat(link["start"]), date.fromisoformat(link["note_start"])}
        for first, second in ((note, news), (news, note)):
            linked = is_linked(first, second, starts, settings)
            ratio.add(linked)
            if not linked:
                misses.append(
                    f"link {link['news']} {link['start']} ~ {link['note']} {link['note_start']}: "
                    f"not one event when {first.name} is read first"
                )
    return ratio

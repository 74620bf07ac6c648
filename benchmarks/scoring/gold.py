"""The development sets' gold files (benchmarks/devsets/README.md) and the documents beside them."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from liaison.config import Settings
from liaison.model import Home

DEVSETS = Path(__file__).resolve().parents[1] / "devsets"


@dataclass(frozen=True)
class GoldDocument:
    """One document of a set and what a careful reader takes from it."""

    path: Path
    name: str
    gold: dict[str, Any]

    @property
    def settings(self) -> Settings:
        """Settings as `liaison ingest` would run for this document's home region."""
        home = self.gold.get("home")
        if not home:
            return Settings()
        return Settings(home=Home(**{**home, "cues": tuple(home.get("cues", ()))}))


def set_names(root: Path = DEVSETS) -> list[str]:
    """Every folder under devsets/ that holds at least one gold file."""
    return sorted(p.name for p in root.iterdir() if p.is_dir() and any(p.rglob("*.gold.json")))


def gold_documents(folder: Path) -> list[GoldDocument]:
    """Each gold file under ``folder`` with its document; a gold file without one is reported."""
    documents = []
    for gold_path in sorted(folder.rglob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = gold_path.parent / gold.get("file", gold_path.name.removesuffix(".gold.json"))
        if not path.is_file():
            print(f"{gold_path}: its document {path.name} is missing; skipped", file=sys.stderr)
            continue
        documents.append(GoldDocument(path, str(path.relative_to(folder)), gold))
    return documents


def read_links(folder: Path) -> list[dict[str, str]]:
    """The set's links.json (reports of contacts a note already holds), or none."""
    links = folder / "links.json"
    return json.loads(links.read_text(encoding="utf-8")) if links.is_file() else []

"""One printed block of figures per development set, a line per document on request."""

from __future__ import annotations

from pathlib import Path

from liaison.cli.flow import extract_file
from liaison.errors import LiaisonError
from liaison.resolve.persons import resolve_persons
from scoring.fields import DocScore, score_document
from scoring.gold import GoldDocument, gold_documents, read_links
from scoring.linking import score_links


def print_scores(s: DocScore) -> None:
    """Every figure of a set, one a line."""
    print(f"  events, exact dates:    {s.events.line()}")
    for name in ("kind", "direction", "leader", "place", "partners"):
        print(f"    {name + ' right:':21} {getattr(s, name).line()}")
    print(f"    participants:        {s.participants.line()}")
    print(f"  persons, canonical:     {s.persons.line()}")
    print(f"    posts of those:      {s.positions.line()}")
    print(f"  agreements:             {s.agreements.line()}")
    print(f"  figures:                {s.indicators.line()}")
    print(f"  published date right:   {s.published.line()}")


def doc_line(name: str, s: DocScore) -> str:
    """One document's main figures on one line."""
    return (
        f"  {name:28} events F1 {s.events.f1:.3f} ({s.events.tp}/{s.events.tp + s.events.fn}) "
        f"dir {s.direction.line()}  leader {s.leader.line()}  persons F1 {s.persons.f1:.3f}  "
        f"agreements F1 {s.agreements.f1:.3f}  figures F1 {s.indicators.f1:.3f}"
    )


def score_set(folder: Path, per_doc: bool, show_misses: bool) -> None:
    """Read, score and print one set: its figures, a line per document, what was wrong."""
    misses: list[str] = []
    documents = gold_documents(folder)
    print(f"\n== set {folder.name}: {len(documents)} documents ==")
    total, lines = DocScore(), []
    for document in documents:
        result = score_document_safely(document, misses)
        if result is None:
            lines.append(f"  {document.name:28} not read")
            continue
        total.merge(result)
        lines.append(doc_line(document.name, result))
    print_scores(total)
    links = read_links(folder)
    if links:
        homes = {d.path: d.settings for d in documents}
        print(f"  linking, both orders:   {score_links(folder, links, homes, misses).line()}")
    if per_doc:
        print("\n".join(lines))
    if show_misses:
        print("\n".join(misses))


def score_document_safely(document: GoldDocument, misses: list[str]) -> DocScore | None:
    """One document's scores, its misses added under its name; None if it could not be read."""
    try:
        found = resolve_persons(extract_file(document.path, document.settings), {})
    except LiaisonError as error:
        misses.append(f"{document.name}: not read: {error}")
        return None
    scores, wrong = score_document(found, document.gold)
    misses.extend(f"{document.name} {w}" for w in wrong)
    return scores

"""Extraction quality on the corpus reference notes against hand-made gold annotations.

    .venv/bin/python benchmarks/quality.py [--corpus DIR]

The gold files in benchmarks/gold/ hold structured values only (dates, canonical names,
codes) read by a person from notes 000 and 001. Printed: chronology events found with exact
dates, direction and leader accuracy on those, participants F1, top-list agreements F1,
person-name recall and precision — with Natasha's own person extraction (NER spans,
normalised) as the baseline on the same texts.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from liaison.cli.flow import extract_file
from liaison.config import Settings
from liaison.model import Extraction
from liaison.resolve.persons import resolve_persons

GOLD = ROOT / "benchmarks" / "gold"
INITIALS = re.compile(r"\b[А-ЯЁ]\.")
NOTES = {"000": "000_dbe67b22e53d9186.txt", "001": "001_3211ef41689413ab.txt"}


def read_gold(name: str) -> list[dict[str, str]]:
    """Rows of a gold file."""
    with (GOLD / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@dataclass
class Score:
    """True positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, found: set[str] | Counter[str], gold: set[str] | Counter[str]) -> None:
        """Count one comparison of found against gold items."""
        f, g = Counter(found), Counter(gold)
        self.tp += sum((f & g).values())
        self.fp += sum((f - g).values())
        self.fn += sum((g - f).values())

    def line(self) -> str:
        """Precision, recall and F1 as one line."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        counts = f"{self.tp} right, {self.fp} extra, {self.fn} missed"
        return f"P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  ({counts})"


def extractions(corpus: Path) -> dict[str, Extraction]:
    """Each note as `liaison ingest` reads it: extracted, then persons resolved."""
    settings = Settings()
    return {d: resolve_persons(extract_file(corpus / n, settings), {}) for d, n in NOTES.items()}


def score_events(found: dict[str, Extraction], misses: list[str]) -> tuple[Score, int, int, int]:
    """Event dates, then direction and leader on events whose dates match."""
    dates, right_dir, right_leader, matched = Score(), 0, 0, 0
    participants = Score()
    for row in read_gold("events.tsv"):
        events = [
            e
            for e in found[row["doc"]].events
            if (e.start.isoformat(), e.end.isoformat()) == (row["start"], row["end"])
        ]
        if not events:
            dates.fn += 1
            misses.append(f"{row['doc']} {row['start']}: event not found")
            continue
        dates.tp += 1
        matched += 1
        e = events[0]
        right_dir += e.direction.value == row["direction"]
        right_leader += (e.leader or "") == row["leader"]
        if e.direction.value != row["direction"]:
            misses.append(
                f"{row['doc']} {row['start']}: direction {e.direction} ≠ {row['direction']}"
            )
        if (e.leader or "") != row["leader"]:
            misses.append(
                f"{row['doc']} {row['start']}: leader {e.leader} ≠ {row['leader'] or '—'}"
            )
        gold_people = {p for p in row["participants"].split("; ") if p}
        participants.add(
            {p.name for p in e.participants} | ({e.leader} if e.leader else set()), gold_people
        )
    gold_count = Counter(r["doc"] for r in read_gold("events.tsv"))
    dates.fp = sum(len(found[d].events) for d in NOTES) - sum(gold_count.values())
    dates.fp = max(dates.fp, 0)
    print(f"chronology events, exact dates:   {dates.line()}")
    print(f"direction right:                  {right_dir}/{matched} = {right_dir / matched:.3f}")
    print(
        f"leader right:                     {right_leader}/{matched} = {right_leader / matched:.3f}"
    )
    print(f"participants:                     {participants.line()}")
    return dates, right_dir, right_leader, matched


def agreement_key(kind: str, signed: str | None, status: str) -> str:
    """What identifies a top-list agreement for scoring: kind, year signed, status."""
    return f"{kind}|{(signed or '')[:4]}|{status}"


def score_agreements(found: dict[str, Extraction]) -> None:
    """Top-list agreements: kind, signing year and status."""
    score = Score()
    gold: dict[str, Counter[str]] = defaultdict(Counter)
    for row in read_gold("agreements.tsv"):
        gold[row["doc"]][agreement_key(row["kind"], row["signed"], row["status"])] += 1
    for doc, extraction in found.items():
        # The gold covers the list at the top of a note, before its first section heading.
        end = extraction.document.text.find("ОСНОВНЫЕ НАПРАВЛЕНИЯ")
        top = [a for a in extraction.agreements if any(m.start < end for m in a.mentions)]
        score.add(
            Counter(agreement_key(a.kind.value, a.signed, a.status.value) for a in top), gold[doc]
        )
    print(f"agreements in the top list:       {score.line()}")


def score_persons(
    found: dict[str, Extraction], natasha: dict[str, set[str]], misses: list[str]
) -> None:
    """Canonical person names against gold, for Liaison and for Natasha's baseline."""
    gold: dict[str, set[str]] = defaultdict(set)
    for row in read_gold("persons.tsv"):
        gold[row["doc"]].add(row["name"])
    ours, theirs = Score(), Score()
    for doc in NOTES:
        # The gold lists people the text names with initials; full names are out of its scope.
        canonical = {
            p.name for p in found[doc].persons if any(INITIALS.search(a) for a in p.aliases)
        }
        ours.add(canonical, gold[doc])
        misses.extend(f"{doc} person extra: {n}" for n in sorted(canonical - gold[doc]))
        misses.extend(f"{doc} person missed: {n}" for n in sorted(gold[doc] - canonical))
        theirs.add(natasha[doc], gold[doc])
    print(f"persons, canonical 'Фамилия И.О.': {ours.line()}")
    print(f"  baseline, Natasha NER+normalise: {theirs.line()}")


def natasha_persons(corpus: Path) -> dict[str, set[str]]:
    """Natasha's PER spans, normalised, written as 'Фамилия И.О.' where initials are given."""
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    seg, vocab, emb = Segmenter(), MorphVocab(), NewsEmbedding()
    morph, ner = NewsMorphTagger(emb), NewsNERTagger(emb)
    names: dict[str, set[str]] = {}
    for doc_id, name in NOTES.items():
        doc = Doc((corpus / name).read_text(encoding="utf-8"))
        doc.segment(seg)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        found = set()
        for span in doc.spans:
            if span.type == "PER":
                span.normalize(vocab)
                found.add(as_canonical(span.normal))
        names[doc_id] = found
    return names


def as_canonical(text: str) -> str:
    """'И.Ю. Бабушкин' or 'Бабушкин И.Ю.' → 'Бабушкин И.Ю.'; other names as they are."""
    words = text.replace("\u00a0", " ").split()
    initials = "".join(w for w in words if re.fullmatch(r"(?:[А-ЯЁ]\.)+", w))
    rest = [w for w in words if not re.fullmatch(r"(?:[А-ЯЁ]\.)+", w)]
    return f"{' '.join(rest)} {initials}" if initials and rest else text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--misses", action="store_true", help="List every wrong event field.")
    args = parser.parse_args()
    if not (args.corpus / NOTES["000"]).is_file():
        sys.exit(f"corpus not found at {args.corpus}; give --corpus DIR")
    found = extractions(args.corpus)
    misses: list[str] = []
    score_events(found, misses)
    score_agreements(found)
    score_persons(found, natasha_persons(args.corpus), misses)
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()

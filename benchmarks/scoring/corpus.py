"""The corpus reference notes 000 and 001 against the TSV gold in benchmarks/gold/.

The gold holds structured values only (dates, canonical names, codes) read by a person from
the two notes. Scored: chronology events found with exact dates, direction and leader
accuracy on those, participants F1, top-list agreements F1, person-name recall and precision
— with Natasha's own person extraction (NER spans, normalised) as the baseline.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from liaison.cli.flow import extract_file
from liaison.config import Settings
from liaison.model import Extraction
from liaison.resolve.persons import resolve_persons
from scoring.counts import Ratio, Score

GOLD = Path(__file__).resolve().parents[1] / "gold"
INITIALS = re.compile(r"\b[А-ЯЁ]\.")
NOTES = {"000": "000_dbe67b22e53d9186.txt", "001": "001_3211ef41689413ab.txt"}


def read_gold(name: str) -> list[dict[str, str]]:
    """Rows of a gold file."""
    with (GOLD / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@dataclass
class EventScores:
    """Event dates, and on matched events direction, leader and participants."""

    dates: Score = field(default_factory=Score)
    direction: Ratio = field(default_factory=Ratio)
    leader: Ratio = field(default_factory=Ratio)
    participants: Score = field(default_factory=Score)


def extractions(corpus: Path) -> dict[str, Extraction]:
    """Each note as `liaison ingest` reads it: extracted, then persons resolved."""
    settings = Settings()
    return {d: resolve_persons(extract_file(corpus / n, settings), {}) for d, n in NOTES.items()}


def score_events(found: dict[str, Extraction], misses: list[str]) -> dict[str, EventScores]:
    """Event dates, then direction and leader on events whose dates match; per note."""
    scores = {doc: EventScores() for doc in NOTES}
    rows = read_gold("events.tsv")
    for row in rows:
        doc, s = row["doc"], scores[row["doc"]]
        dates = (row["start"], row["end"])
        events = [e for e in found[doc].events if (e.start.isoformat(), e.end.isoformat()) == dates]
        if not events:
            s.dates.fn += 1
            misses.append(f"{doc} {row['start']}: event not found")
            continue
        s.dates.tp += 1
        e = events[0]
        s.direction.add(e.direction.value == row["direction"])
        s.leader.add((e.leader or "") == row["leader"])
        if e.direction.value != row["direction"]:
            misses.append(f"{doc} {row['start']}: direction {e.direction} ≠ {row['direction']}")
        if (e.leader or "") != row["leader"]:
            misses.append(f"{doc} {row['start']}: leader {e.leader} ≠ {row['leader'] or '—'}")
        gold_people = {p for p in row["participants"].split("; ") if p}
        people = {p.name for p in e.participants} | ({e.leader} if e.leader else set())
        s.participants.add(people, gold_people)
    gold_count = Counter(r["doc"] for r in rows)
    for doc, s in scores.items():
        s.dates.fp = max(len(found[doc].events) - gold_count[doc], 0)
    return scores


def print_events(scores: dict[str, EventScores]) -> None:
    """The event lines of the whole, then one line per note."""
    total = EventScores()
    for s in scores.values():
        total.dates.merge(s.dates)
        total.direction.merge(s.direction)
        total.leader.merge(s.leader)
        total.participants.merge(s.participants)
    print(f"chronology events, exact dates:   {total.dates.line()}")
    print(f"direction right:                  {total.direction.line()}")
    print(f"leader right:                     {total.leader.line()}")
    print(f"participants:                     {total.participants.line()}")
    for doc, s in scores.items():
        print(
            f"  {doc}: events {s.dates.line()}; direction {s.direction.line()}; "
            f"leader {s.leader.line()}; participants F1 {s.participants.f1:.3f}"
        )


def agreement_key(kind: str, signed: str | None, status: str) -> str:
    """What identifies a top-list agreement for scoring: kind, year signed, status."""
    return f"{kind}|{(signed or '')[:4]}|{status}"


def score_agreements(found: dict[str, Extraction]) -> None:
    """Top-list agreements: kind, signing year and status."""
    total, per_doc = Score(), {doc: Score() for doc in NOTES}
    gold: dict[str, Counter[str]] = defaultdict(Counter)
    for row in read_gold("agreements.tsv"):
        gold[row["doc"]][agreement_key(row["kind"], row["signed"], row["status"])] += 1
    for doc, extraction in found.items():
        # The gold covers the list at the top of a note, before its first section heading.
        end = extraction.document.text.find("ОСНОВНЫЕ НАПРАВЛЕНИЯ")
        top = [a for a in extraction.agreements if any(m.start < end for m in a.mentions)]
        keys = Counter(agreement_key(a.kind.value, a.signed, a.status.value) for a in top)
        per_doc[doc].add(keys, gold[doc])
        total.merge(per_doc[doc])
    print(f"agreements in the top list:       {total.line()}")
    for doc, s in per_doc.items():
        print(f"  {doc}: {s.line()}")
    score_all_agreements(found)


def country_of(partners: tuple[str, ...]) -> str:
    """The country of an agreement's partners ("BY-MA-MOGILEV" → "BY"), the first of several."""
    return min((p.split("-")[0] for p in partners), default="")


def score_all_agreements(found: dict[str, Extraction]) -> None:
    """Every agreement of each note, wherever it stands (one per partner a sentence lists):
    kind, year signed and country, counted."""
    gold: dict[str, Counter[str]] = defaultdict(Counter)
    for row in read_gold("agreements_all.tsv"):
        gold[row["doc"]][f"{row['kind']}|{row['signed']}|{row['country']}"] += 1
    total, per_doc = Score(), {doc: Score() for doc in NOTES}
    for doc, extraction in found.items():
        keys = Counter(
            f"{a.kind.value}|{(a.signed or '')[:4]}|{country_of(a.partners)}"
            for a in extraction.agreements
        )
        per_doc[doc].add(keys, gold[doc])
        total.merge(per_doc[doc])
    print(f"agreements, whole note:           {total.line()}")
    for doc, s in per_doc.items():
        print(f"  {doc}: {s.line()}")


def score_persons(
    found: dict[str, Extraction], natasha: dict[str, set[str]], misses: list[str]
) -> None:
    """Canonical person names against gold, for Liaison and for Natasha's baseline."""
    gold: dict[str, set[str]] = defaultdict(set)
    for row in read_gold("persons.tsv"):
        gold[row["doc"]].add(row["name"])
    ours, theirs, per_doc = Score(), Score(), {doc: Score() for doc in NOTES}
    for doc in NOTES:
        # The gold lists people the text names with initials; full names are out of its scope.
        canonical = {
            p.name for p in found[doc].persons if any(INITIALS.search(a) for a in p.aliases)
        }
        per_doc[doc].add(canonical, gold[doc])
        ours.merge(per_doc[doc])
        misses.extend(f"{doc} person extra: {n}" for n in sorted(canonical - gold[doc]))
        misses.extend(f"{doc} person missed: {n}" for n in sorted(gold[doc] - canonical))
        theirs.add(natasha[doc], gold[doc])
    print(f"persons, canonical 'Фамилия И.О.': {ours.line()}")
    print(f"  baseline, Natasha NER+normalise: {theirs.line()}")
    for doc, s in per_doc.items():
        print(f"  {doc}: {s.line()}")


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


def score_corpus(corpus: Path, misses: list[str]) -> None:
    """Every figure for the corpus notes, as the scorer has always printed them."""
    found = extractions(corpus)
    print_events(score_events(found, misses))
    score_agreements(found)
    score_persons(found, natasha_persons(corpus), misses)

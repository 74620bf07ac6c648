"""People found by the rules alone against the rules plus Natasha's news NER, on the same
Russian documents (the corpus notes and every development set), and what the model costs.

    .venv/bin/python benchmarks/persons_ner.py [--corpus DIR]

"rules": the persons `liaison extract` finds. "rules + NER": those, and every PER span of
slovnet's NER that no rule mention overlaps, read as a name by the same name reader (its
words alone), else written 'Фамилия И.' from Natasha's normalised span. Printed: persons
precision, recall and F1 for both, per set, and the seconds each takes over all the texts.
The model is kept out of the pipeline unless it measures better.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from scoring.corpus import INITIALS, NOTES, read_gold
from scoring.counts import Score
from scoring.gold import DEVSETS, gold_documents, set_names

from liaison.cli.flow import extract_file
from liaison.config import Settings
from liaison.extract.persons import read_names
from liaison.model import Extraction
from liaison.resolve.persons import resolve_persons


def natasha_tagger():  # type: ignore[no-untyped-def]
    """Segmenter, NER tagger and morphology for normalising spans, loaded once."""
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    segmenter, vocab, emb = Segmenter(), MorphVocab(), NewsEmbedding()
    ner, morph = NewsNERTagger(emb), NewsMorphTagger(emb)

    def spans(text: str) -> list[tuple[int, int, str]]:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(ner)
        people = [s for s in doc.spans if s.type == "PER"]
        if people:
            doc.tag_morph(morph)
        found = []
        for span in people:
            span.normalize(vocab)
            found.append((span.start, span.stop, span.normal or span.text))
        return found

    return spans


def ner_name(text: str, start: int, stop: int, normal: str) -> str | None:
    """A canonical name for one NER span: as the rules read its words, else from the
    normalised words ('Игорь Бабушкин' → 'Бабушкин И.'); None for a single word."""
    read = read_names(text[start:stop])
    if read:
        return read[0].name
    words = normal.replace(".", ". ").split()
    if len(words) < 2:
        return None
    return f"{words[-1]} {''.join(w[0] + '.' for w in words[:-1])}"


def rule_names(found: Extraction, initials_only: bool) -> set[str]:
    """The rules' names (with ``initials_only``, those written with initials somewhere)."""
    return {
        p.name
        for p in found.persons
        if not initials_only or any(INITIALS.search(a) for a in p.aliases)
    }


def with_ner(found: Extraction, spans: list[tuple[int, int, str]], initials_only: bool) -> set[str]:
    """The rules' names and the NER's where no rule mention overlaps its span."""
    names = rule_names(found, initials_only)
    taken = [(m.start, m.end) for p in found.persons for m in p.mentions]
    text = found.document.text
    for start, stop, normal in spans:
        if any(a < stop and start < b for a, b in taken):
            continue
        if initials_only and not INITIALS.search(text[start:stop]):
            continue
        name = ner_name(found.document.text, start, stop, normal)
        if name:
            names.add(name)
    return names


def documents(corpus: Path) -> dict[str, list[tuple[Path, Settings, set[str]]]]:
    """Per set, the Russian documents with their settings and gold names."""
    sets: dict[str, list[tuple[Path, Settings, set[str]]]] = {}
    gold: dict[str, set[str]] = {}
    for row in read_gold("persons.tsv"):
        gold.setdefault(row["doc"], set()).add(row["name"])
    if (corpus / NOTES["000"]).is_file():
        # the corpus gold lists the people a note names with initials
        sets["corpus"] = [(corpus / NOTES[k], Settings(), gold[k]) for k in NOTES]
    for name in set_names(DEVSETS):
        for d in gold_documents(DEVSETS / name):
            if d.gold.get("lang", "ru") == "ru":
                names = {p["name"] for p in d.gold.get("persons", [])}
                sets.setdefault(name, []).append((d.path, d.settings, names))
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    tag = natasha_tagger()
    rules_time = ner_time = 0.0
    for name, docs in documents(args.corpus).items():
        rules, combined = Score(), Score()
        for path, settings, gold in docs:
            began = time.perf_counter()
            found = resolve_persons(extract_file(path, settings), {})
            rules_time += time.perf_counter() - began
            began = time.perf_counter()
            spans = tag(found.document.text)
            ner_time += time.perf_counter() - began
            initials_only = name == "corpus"
            rules.add(rule_names(found, initials_only), gold)
            combined.add(with_ner(found, spans, initials_only), gold)
        print(f"{name} ({len(docs)} Russian documents)")
        print(f"  rules:        {rules.line()}")
        print(f"  rules + NER:  {combined.line()}")
    print(f"seconds: rules (whole extraction) {rules_time:.2f}, NER on top {ner_time:.2f}")


if __name__ == "__main__":
    main()

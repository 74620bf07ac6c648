"""Extraction quality against hand-made gold: the corpus notes and the development sets.

    .venv/bin/python benchmarks/quality.py [--set corpus|notes|news|all] [--per-doc] [--misses]

`corpus`: reference notes 000 and 001 against the TSV gold in benchmarks/gold/ (structured
values only: dates, canonical names, codes) — chronology events with exact dates, direction
and leader accuracy on those, participants F1, top-list agreements F1, person names, with
Natasha's own person extraction (NER spans, normalised) as the baseline on the same texts.
Every folder of benchmarks/devsets/ with gold files is a set of its own (see the README
there): events with exact dates and, on the matched ones, kind, direction, leader, place,
partners and participants; persons and their posts; agreements; figures; and, where the set
has links.json, linking across documents. Each document is read as `liaison ingest` reads it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from scoring.corpus import NOTES, score_corpus
from scoring.gold import DEVSETS, set_names
from scoring.report import score_set


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--devsets", type=Path, default=DEVSETS, help="Folder of the sets.")
    parser.add_argument(
        "--set", default="all", help="corpus, the name of a folder of --devsets, or all."
    )
    parser.add_argument("--per-doc", action="store_true", help="One line per document.")
    parser.add_argument("--misses", action="store_true", help="List every wrong value.")
    args = parser.parse_args()
    sets = set_names(args.devsets) if args.set in ("all", "corpus") else [args.set]
    if args.set in ("all", "corpus"):
        print("== corpus notes 000 and 001 ==")
        if (args.corpus / NOTES["000"]).is_file():
            misses: list[str] = []
            score_corpus(args.corpus, misses)
            if args.misses:
                print("\n".join(misses))
        else:
            print(f"corpus not found at {args.corpus}; give --corpus DIR")
    if args.set == "corpus":
        return
    for name in sets:
        folder = args.devsets / name
        if not folder.is_dir():
            known = ", ".join(set_names(args.devsets))
            sys.exit(
                f"no set {name!r} in {args.devsets}; give --set corpus, all or one of: {known}"
            )
        score_set(folder, args.per_doc, args.misses)


if __name__ == "__main__":
    main()

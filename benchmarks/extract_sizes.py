"""Extraction time against a document's length: every pass must stay linear.

    .venv/bin/python benchmarks/extract_sizes.py [--corpus DIR] [--sizes 1,2,4,8] [--profile MB]

Each document is one long note built from the corpus's reference notes repeated until it
holds the size asked for (in MB of text), every copy numbered so that no two paragraphs
are the same. It is read as a file and extracted once, on one core. Printed: the time for
each size and its ratio to the first size's; linear growth gives ratios close to the size
ratios (8 MB within 10x of 1 MB). ``--profile MB`` prints the functions taking the most
time on a document of that size instead, to find a pass that is not linear.
"""

from __future__ import annotations

import os

# One core: numpy and friends must not spread over the machine.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from liaison.extract.pipeline import Context, extract
from liaison.model import Document
from liaison.read import read_document

MB = 1_000_000
NOTES = ("000_dbe67b22e53d9186.txt", "001_3211ef41689413ab.txt")


def long_note(corpus: Path, chars: int, folder: Path) -> Document:
    """One document of at least ``chars`` characters: the notes repeated, copies numbered."""
    notes = [(corpus / name).read_text(encoding="utf-8") for name in NOTES]
    pieces: list[str] = []
    total = 0
    while total < chars:
        for note in notes:
            piece = f"Раздел {len(pieces) + 1}.\n{note}\n"
            pieces.append(piece)
            total += len(piece)
    path = folder / f"note_{chars // MB}mb.txt"
    path.write_text("".join(pieces), encoding="utf-8")
    return read_document(path, max_bytes=20 * chars)


def timed(document: Document) -> float:
    """Seconds to extract everything from ``document`` once."""
    started = time.perf_counter()
    extract(document, Context())
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--sizes", default="1,2,4,8", help="document sizes in MB of text")
    parser.add_argument("--profile", type=float, help="profile one document of this many MB")
    args = parser.parse_args()
    if not (args.corpus / NOTES[0]).is_file():
        sys.exit(f"corpus not found at {args.corpus}; give --corpus DIR")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        extract(long_note(args.corpus, 50_000, folder), Context())  # load models, warm caches
        if args.profile:
            document = long_note(args.corpus, int(args.profile * MB), folder)
            profile = cProfile.Profile()
            profile.runcall(extract, document, Context())
            pstats.Stats(profile).sort_stats("tottime").print_stats(15)
            return
        sizes = [float(s) for s in args.sizes.split(",")]
        results = [(size, timed(long_note(args.corpus, int(size * MB), folder))) for size in sizes]
    base_size, base = results[0]
    print(f"{'size':>8} {'seconds':>9} {'x time':>8} {'x size':>8}")
    for size, seconds in results:
        print(f"{size:>6g}MB {seconds:>9.2f} {seconds / base:>8.2f} {size / base_size:>8.2f}")


if __name__ == "__main__":
    main()

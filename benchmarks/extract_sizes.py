"""Extraction time against a document's length: every pass must stay linear.

    .venv/bin/python benchmarks/extract_sizes.py [--corpus DIR] [--sizes 1,2,4,8] [--profile MB]
        [--lines 25,50,100,200] [--profile-line KIND:KB]

Each document is one long note built from the corpus's reference notes repeated until it
holds the size asked for (in MB of text), every copy numbered so that no two paragraphs
are the same. It is read as a file and extracted once, on one core. Printed: the processor
time for each size and its ratio to the first size's; linear growth gives ratios close to
the size ratios (8 MB within 10x of 1 MB). ``--profile MB`` prints the functions taking the most
time on a document of that size instead, to find a pass that is not linear.

Then three hostile documents of one line each, no sentence end in them, at ``--lines``
sizes (in KB): ``dates`` (a date after a date), ``statuses`` (an agreement and its status
again and again), ``referring`` (", между ними подписан План …" again and again, each
read as a continuation of the one before), ``quotes`` (opening « that never close). A
rule that looks back over its sentence for each match would be quadratic in the line's
length; the ratios show it (200 KB within 10x of 25 KB). ``--profile-line quotes:100``
profiles one of them.
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
KB = 1_000
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


# One line of each kind repeats its piece, numbered, up to the size asked for.
LINE_PIECES = {
    "dates": "встреча {n} марта 2021 г., ",
    "statuses": "Соглашение № {n} действует, подписан Меморандум, реализуется Программа, ",
    "referring": "между ними подписан План мероприятий № {n}, ",
    "quotes": "«Кубок {n} ",
}


def hostile_line(kind: str, chars: int, folder: Path) -> Document:
    """A one-line document of at least ``chars`` characters of ``kind``'s piece."""
    piece = LINE_PIECES[kind]
    count = chars // len(piece.format(n=10_000)) + 1
    text = "".join(piece.format(n=n % 28 + 1 if kind == "dates" else n) for n in range(count))
    path = folder / f"line_{kind}_{chars}.txt"
    path.write_text(text[:1].upper() + text[1:] + "\n", encoding="utf-8")
    return read_document(path, max_bytes=20 * chars)


def timed(document: Document) -> float:
    """Processor seconds to extract everything from ``document`` once: on a shared machine
    the wall clock also counts the time other programs had the core."""
    started = time.process_time()
    extract(document, Context())
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--sizes", default="1,2,4,8", help="document sizes in MB of text")
    parser.add_argument("--profile", type=float, help="profile one document of this many MB")
    parser.add_argument("--lines", default="25,50,100,200", help="one-line sizes in KB")
    parser.add_argument("--profile-line", help="profile one line, e.g. quotes:100")
    args = parser.parse_args()
    if not (args.corpus / NOTES[0]).is_file():
        sys.exit(f"corpus not found at {args.corpus}; give --corpus DIR")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        extract(long_note(args.corpus, 50_000, folder), Context())  # load models, warm caches
        if args.profile or args.profile_line:
            if args.profile_line:
                kind, size = args.profile_line.split(":")
                document = hostile_line(kind, int(float(size) * KB), folder)
            else:
                document = long_note(args.corpus, int(args.profile * MB), folder)
            profile = cProfile.Profile()
            profile.runcall(extract, document, Context())
            pstats.Stats(profile).sort_stats("tottime").print_stats(15)
            return
        sizes = [float(s) for s in args.sizes.split(",")]
        results = [(size, timed(long_note(args.corpus, int(size * MB), folder))) for size in sizes]
        print_table("notes", "MB", results)
        lines = [float(s) for s in args.lines.split(",")]
        for kind in LINE_PIECES:
            timings = [(kb, timed(hostile_line(kind, int(kb * KB), folder))) for kb in lines]
            print_table(f"one line of {kind}", "KB", timings)


def print_table(title: str, unit: str, results: list[tuple[float, float]]) -> None:
    """Each size's time and both ratios to the first size's."""
    base_size, base = results[0]
    print(f"{title}:")
    print(f"{'size':>8} {'cpu s':>9} {'x time':>8} {'x size':>8}")
    for size, seconds in results:
        print(f"{size:>6g}{unit} {seconds:>9.2f} {seconds / base:>8.2f} {size / base_size:>8.2f}")


if __name__ == "__main__":
    main()

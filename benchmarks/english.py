"""How much of the English notes on the corpus is English: before and after, in one run.

    .venv/bin/python benchmarks/english.py [--corpus ../shared/corpus] [--baseline REV]

Ingests every file of the corpus into a fresh knowledge base, then writes the English
note of each partner the notes cover (``liaison brief P --lang en --format md``) and the
group overview (``--partners AZ,KZ,TM,IR --lang en``). A statement is a bullet of a note
or a sentence of the overview. It counts as *Russian left* when it has Cyrillic outside
the parts marked as Russian originals (``[ru] …``, up to the closing quote or bracket
that encloses the mark, else to the end of the statement); *marked* when it has such a
part; *English* when it has neither. The same is measured, in the same run, with the code
of ``--baseline`` (a git revision, by default the one before the English glossary came;
unpacked to a temporary folder and run with the same Python), and both are printed with
their ratio.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from liaison.brief.english import without_russian_originals as unmarked

PARTNERS = ("AZ", "BY")
GROUP = "AZ,KZ,TM,IR"
CYRILLIC = re.compile("[А-Яа-яЁё]")


@dataclass
class Counts:
    """Statements by what they are made of."""

    total: int = 0
    english: int = 0
    marked: int = 0
    russian_left: int = 0

    def add(self, statement: str) -> None:
        """Count one statement."""
        self.total += 1
        rest, has_mark = unmarked(statement)
        if CYRILLIC.search(rest):
            self.russian_left += 1
        elif has_mark:
            self.marked += 1
        else:
            self.english += 1

    def share(self, n: int) -> float:
        """``n`` as a share of all statements."""
        return n / self.total if self.total else 0.0


def statements(markdown: str) -> list[str]:
    """The bullets of a note, or the sentences of an overview's paragraphs."""
    bullets = [
        line.lstrip(" -") for line in markdown.splitlines() if line.lstrip().startswith("- ")
    ]
    if bullets:
        return bullets
    paragraphs = [line for line in markdown.splitlines() if line.startswith("**")]
    return [s for p in paragraphs for s in re.split(r"(?<=[.])\s+(?=[A-ZА-Я0-9])", p) if s]


def run_cli(pythonpath: Path, args: list[str]) -> str:
    """Run ``liaison`` from the code at ``pythonpath``; its stdout."""
    env = {**os.environ, "LIAISON_CODE": str(pythonpath)}
    # An editable install finds 'liaison' before sys.path does: drop its finder so the
    # code at ``pythonpath`` is the one imported.
    code = (
        "import os, sys; sys.meta_path = [f for f in sys.meta_path"
        " if 'editable' not in repr(f).lower()]; sys.path.insert(0, os.environ['LIAISON_CODE']);"
        " from liaison.cli.main import run; run()"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        print(f"liaison {' '.join(args)} failed: {done.stderr.strip()[-300:]}", file=sys.stderr)
    return done.stdout


def measure(code: Path, corpus: Path, work: Path) -> tuple[Counts, Counts]:
    """(notes, overview) counts for the code at ``code`` over ``corpus``."""
    db = work / "kb.sqlite"
    files = sorted(str(p) for p in corpus.iterdir() if p.suffix in (".txt", ".docx", ".html"))
    run_cli(code, ["--db", str(db), "ingest", *files])
    notes, overview = Counts(), Counts()
    for partner in PARTNERS:
        out = work / f"{partner}.md"
        run_cli(code, ["--db", str(db), "brief", partner, "--lang", "en", "--format", "md",
                       "--out", str(out)])  # fmt: skip
        for statement in statements(out.read_text(encoding="utf-8") if out.exists() else ""):
            notes.add(statement)
            if os.environ.get("SHOW_RUSSIAN") and CYRILLIC.search(unmarked(statement)[0]):
                print(f"  russian left: {statement}", file=sys.stderr)
    out = work / "group.md"
    run_cli(code, ["--db", str(db), "brief", "--partners", GROUP, "--lang", "en", "--format",
                   "md", "--out", str(out)])  # fmt: skip
    for statement in statements(out.read_text(encoding="utf-8") if out.exists() else ""):
        overview.add(statement)
    return notes, overview


def unpack(revision: str, into: Path) -> Path:
    """The code of a git revision, unpacked into ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "liaison"], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def before_glossary() -> str:
    """The revision just before ``liaison/data/glossary_en.tsv`` was added."""
    added = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--diff-filter=A", "--format=%H", "--",
         "liaison/data/glossary_en.tsv"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    return f"{added[:12]}^" if added else "HEAD"


def report(name: str, before: Counts, after: Counts) -> None:
    """Print one table: statements, and the shares before and after."""
    print(f"{name}: {before.total} statements before, {after.total} after")
    for field in ("russian_left", "marked", "english"):
        b, a = before.share(getattr(before, field)), after.share(getattr(after, field))
        ratio = f"{a / b:.2f}x" if b else "n/a"
        print(f"  {field:13} before {b:6.1%}  after {a:6.1%}  (after/before {ratio})")


def main() -> None:
    """Measure the baseline and the working tree on the corpus and print both."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument(
        "--baseline", default=None, help="git revision (default: before the glossary)"
    )
    args = parser.parse_args()
    if args.baseline is None:
        args.baseline = before_glossary()
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no corpus folder; pass --corpus DIR", file=sys.stderr)
        sys.exit(2)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        for sub in ("old", "old_work", "new_work"):
            (base / sub).mkdir()
        old = measure(unpack(args.baseline, base / "old"), args.corpus, base / "old_work")
        new = measure(ROOT, args.corpus, base / "new_work")
    print(f"English notes of {', '.join(PARTNERS)} and the {GROUP} overview, corpus {args.corpus}")
    print(f"before: {args.baseline}; after: the working tree")
    report("notes", old[0], new[0])
    report("overview", old[1], new[1])


if __name__ == "__main__":
    main()

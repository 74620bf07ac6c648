"""How long a short command takes from the shell: `liaison search` on a small knowledge base.

    .venv/bin/python benchmarks/startup.py [--runs 9]

Builds a knowledge base of the shipped samples (in a temporary folder), then runs, --runs
times each and in turn: `python -c pass` (the interpreter alone, the baseline), `python -c
"import sqlalchemy"` (the database layer every command needs), `liaison search соглашение`
and `liaison show partner KZ`. Prints the median and the fastest wall time of each, and
its ratio to the baseline measured in the same run. The goal: a search well under 0.5 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The installed entry point beside this interpreter, as a user runs it.
LIAISON = [str(Path(sys.executable).with_name("liaison"))]


def wall(command: list[str]) -> float:
    """Seconds one run of ``command`` takes, output discarded."""
    begun = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - begun


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="liaison-startup-") as folder:
        db = str(Path(folder) / "kb.sqlite")
        samples = str(ROOT / "liaison" / "data" / "samples")
        subprocess.run([*LIAISON, "--db", db, "ingest", samples], check=True, capture_output=True)
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "import sqlalchemy": [sys.executable, "-c", "import sqlalchemy"],
            "liaison search": [*LIAISON, "--db", db, "search", "соглашение"],
            "liaison show partner": [*LIAISON, "--db", db, "show", "partner", "KZ"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):  # in turn, so that a busy moment touches them all
            for name, command in commands.items():
                times[name].append(wall(command))
    base = statistics.median(times["python -c pass"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:>22}: median {median:.3f} s, fastest {min(values):.3f} s "
              f"({median / base:.1f}× the interpreter alone)")  # fmt: skip


if __name__ == "__main__":
    main()

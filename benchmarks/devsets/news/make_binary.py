"""Build the .docx and .pdf items of the news set from their UTF-8 sources in sources/.

Run from the repository root:  .venv/bin/python benchmarks/devsets/news/make_binary.py

The outputs are committed; the scorer never runs this. Each item whose gold names a
``.docx`` or ``.pdf`` file is built from ``sources/NAME.txt``, one paragraph a line, so
its words stay readable and diffable:

    = title        # heading        * item (List Bullet)        anything else: a paragraph

The PDF is printed by LibreOffice from the same Word document, as an office's "Save as
PDF" would make it, so its text layer is what a press service would publish.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import docx
from docx.document import Document as WordDocument

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from liaison.data.samples.make_samples import save_reproducibly
from tests.data.make_fixtures import convert_to_pdf

SOURCES = HERE / "sources"
STYLES = (("= ", "Title"), ("# ", "Heading 1"), ("* ", "List Bullet"))


def build_docx(source: Path) -> WordDocument:
    """A Word document with the title, headings, bullets and paragraphs of ``source``."""
    document = docx.Document()
    document.core_properties.title = ""
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        mark, style = next(((m, s) for m, s in STYLES if line.startswith(m)), ("", None))
        document.add_paragraph(line[len(mark) :], style=style)
    return document


def binary_items() -> list[Path]:
    """The .docx and .pdf documents the set's gold files name."""
    names = (
        json.loads(gold.read_text(encoding="utf-8"))["file"] for gold in HERE.glob("*.gold.json")
    )
    return sorted(HERE / name for name in names if Path(name).suffix in {".docx", ".pdf"})


def main() -> None:
    for target in binary_items():
        document = build_docx(SOURCES / f"{target.stem}.txt")
        if target.suffix == ".docx":
            save_reproducibly(document, target)
        else:
            convert_to_pdf(document, target)
        print(f"wrote {target.relative_to(HERE)}")


if __name__ == "__main__":
    main()

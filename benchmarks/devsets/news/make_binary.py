"""Write the .docx and .pdf items of the news set from the plain text kept beside them.

Each ``NAME.docx.src`` / ``NAME.pdf.src`` holds one paragraph a line: ``# `` starts the
title, ``## `` a heading, ``- `` a bullet, anything else is a body paragraph. The text is
kept as the source of truth so a reviewer can read and diff it; the binary files are
rebuilt from it (the PDF through LibreOffice, as an office's "Save as PDF" would make it).

    .venv/bin/python benchmarks/devsets/news/make_binary.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
STYLES = {"# ": "Title", "## ": "Heading 1", "- ": "List Bullet"}


def write_docx(source: Path, target: Path) -> None:
    """A Word file with the title, headings, bullets and paragraphs of ``source``."""
    document = Document()
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        prefix = next((p for p in STYLES if line.startswith(p)), None)
        if prefix is None:
            document.add_paragraph(line)
        else:
            document.add_paragraph(line[len(prefix) :], style=STYLES[prefix])
    document.save(str(target))


def write_pdf(source: Path, target: Path) -> None:
    """A PDF with a text layer: the Word file of ``source`` converted by LibreOffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit(f"{target.name}: LibreOffice (soffice) is not installed; install it and run again")
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / f"{target.stem}.docx"
        write_docx(source, docx)
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.move(Path(tmp) / f"{target.stem}.pdf", target)


def main() -> None:
    for source in sorted(HERE.glob("*.src")):
        target = source.with_suffix("")
        if target.suffix == ".docx":
            write_docx(source, target)
        elif target.suffix == ".pdf":
            write_pdf(source, target)
        else:
            continue
        print(f"wrote {target.name}")


if __name__ == "__main__":
    main()

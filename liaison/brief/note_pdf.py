"""The note as PDF: the Word note converted by LibreOffice, so both look the same, or,
where LibreOffice is not installed (or the built-in engine is asked for), the same lines
drawn by fpdf2 in the house layout (``note_pdf_builtin``).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from liaison.brief.content import NoteContent
from liaison.brief.files import naming, replacing
from liaison.brief.note_docx import render_docx
from liaison.brief.note_pdf_builtin import draw_pdf
from liaison.errors import ConfigError, TemplateError

CONVERT_TIMEOUT_S = 180  # a first start of LibreOffice builds its profile; later ones take ~2 s
ENGINES = ("auto", "libreoffice", "builtin")


def find_soffice() -> str | None:
    """The LibreOffice command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdf_engine(engine: str = "auto") -> str:
    """What will write a PDF: 'libreoffice' or 'builtin' as asked, and for 'auto'
    LibreOffice when it is installed, else the built-in renderer."""
    if engine not in ENGINES:
        raise ConfigError(f"PDF engine {engine!r} is not known", f"use one of {', '.join(ENGINES)}")
    if engine == "auto":
        return "libreoffice" if find_soffice() else "builtin"
    return engine


def render_pdf(
    content: NoteContent,
    lang: str = "ru",
    sources: bool = False,
    template: Path | None = None,
    *,
    out: Path,
    engine: str = "auto",
) -> Path:
    """Write the note to ``out`` (.pdf): through a DOCX (``template``) and LibreOffice,
    or drawn by the built-in renderer (which has no use for a Word template); ``engine``
    as ``pdf_engine`` takes it."""
    if pdf_engine(engine) == "builtin":
        return draw_pdf(content, lang, sources, out=out)
    soffice = find_soffice()
    if soffice is None:
        raise TemplateError(
            "PDF through LibreOffice needs LibreOffice",
            "install it (apt-get install libreoffice-writer), or let the built-in "
            "renderer write it (--pdf-engine builtin)",
        )
    try:
        with tempfile.TemporaryDirectory(prefix="liaison-pdf-") as tmp:
            work = Path(tmp)
            docx = render_docx(content, lang, sources, template, out=work / f"{out.stem}.docx")
            pdf = convert_to_pdf(soffice, docx, work)
            with replacing(out) as temporary:
                shutil.copyfile(pdf, temporary)
    except OSError as error:  # the Word note on the way is nobody's file: name the PDF
        raise naming(error, out) from None
    return out


def convert_to_pdf(soffice: str, docx: Path, work: Path) -> Path:
    """Run LibreOffice headless on ``docx``; its own profile in ``work`` lets several
    conversions run at once without locking each other out."""
    profile = (work / "profile").as_uri()
    command = [
        soffice,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(work),
        str(docx),
    ]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=CONVERT_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as error:
        raise TemplateError(
            f"LibreOffice did not finish converting {docx.name} in {CONVERT_TIMEOUT_S} s",
            "write --format docx and convert it by hand",
        ) from error
    pdf = work / f"{docx.stem}.pdf"
    if done.returncode != 0 or not pdf.is_file():
        reason = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise TemplateError(
            f"LibreOffice could not convert {docx.name}: {reason[0]}",
            "write --format docx and convert it by hand",
        )
    return pdf

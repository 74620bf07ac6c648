"""Documents out of the knowledge base: the reference note (md, html, docx, pdf) in the
house style, overviews, chronology tables and exports. Pure functions over the model;
only the ``write_*`` and ``render_docx``/``render_pdf`` functions touch files.

    content = select_note(kb, "AZ", home=settings.home, start=date(2019, 1, 1))
    text = render_markdown(content, lang="ru", sources=True)
    render_docx(content, "ru", sources=True, out=Path("note.docx"))
    content.skipped_total  # statements left out for lack of a source
"""

from liaison.brief.chronology import chronology_table, write_chronology
from liaison.brief.content import ConflictValue, NoteContent, select_note
from liaison.brief.dates import format_date_range
from liaison.brief.export import write_export
from liaison.brief.markdown import render_markdown
from liaison.brief.note_docx import render_docx
from liaison.brief.note_html import render_html
from liaison.brief.note_pdf import render_pdf
from liaison.brief.overview import render_overview

__all__ = [
    "ConflictValue",
    "NoteContent",
    "chronology_table",
    "format_date_range",
    "render_docx",
    "render_html",
    "render_markdown",
    "render_overview",
    "render_pdf",
    "select_note",
    "write_chronology",
    "write_export",
]

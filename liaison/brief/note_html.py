"""The note as one self-contained HTML page: inline CSS, no scripts, no external files."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from liaison.brief.content import NoteContent
from liaison.brief.layout import build_note
from liaison.brief.placeholders import template_context


@cache
def html_environment() -> Environment:
    """The Jinja environment over the shipped templates (a pure loader of package files)."""
    folder = Path(str(resources.files("liaison.brief") / "templates"))
    return Environment(
        loader=FileSystemLoader(folder),
        autoescape=select_autoescape(["html", "j2"]),
        keep_trailing_newline=True,
    )


def render_html(content: NoteContent, lang: str = "ru", sources: bool = False) -> str:
    """The note as an HTML page; with ``sources``, numbered endnotes name the documents."""
    context = template_context(content, build_note(content, lang), sources)
    return html_environment().get_template("note.html.j2").render(context)

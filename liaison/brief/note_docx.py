"""The note as a Word document, filled from a docxtpl template (the shipped one or yours).

A template gets the placeholders listed in ``liaison.brief.placeholders`` (and in
docs/briefing.md); the shipped one is built by templates/make_template.py.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from jinja2 import TemplateError as JinjaError

from liaison.brief.content import NoteContent
from liaison.brief.files import replacing, write_archive, xml_safe
from liaison.brief.layout import build_note
from liaison.brief.placeholders import template_context
from liaison.errors import TemplateError

REQUIRED = {"blocks"}


def shipped_template() -> Path:
    """The note template that ships with Liaison."""
    return Path(str(resources.files("liaison.brief") / "templates" / "note.docx"))


def render_docx(
    content: NoteContent,
    lang: str = "ru",
    sources: bool = False,
    template: Path | None = None,
    *,
    out: Path,
) -> Path:
    """Write the note to ``out`` (.docx) from ``template`` (default: the shipped one)."""
    context = xml_safe(template_context(content, build_note(content, lang), sources))
    return fill_template(template or shipped_template(), context, out)


def fill_template(template: Path, context: dict[str, Any], out: Path) -> Path:
    """Render ``template`` with ``context`` into ``out``; a broken template is a
    TemplateError naming the file."""
    tpl = open_template(template)
    try:
        missing = REQUIRED - tpl.get_undeclared_template_variables()
        if missing:
            raise TemplateError(
                f"{template}: no {{{{ {', '.join(sorted(missing))} }}}} placeholder",
                "loop over blocks as the shipped template does (see docs/briefing.md)",
            )
        tpl.render(context, autoescape=True)
    except JinjaError as error:
        raise TemplateError(
            f"{template}: template error: {error}", "fix the {% %} / {{ }} tags in it"
        ) from error
    # The file's own title is what readers (Liaison's among them) show for it.
    tpl.docx.core_properties.title = " ".join(context.get("title", []))[:255]
    with replacing(out) as temporary:
        write_archive(temporary, tpl.save)
    return out


def open_template(template: Path) -> DocxTemplate:
    """The template as docxtpl reads it, or a TemplateError saying why it cannot be."""
    if not template.is_file():
        raise TemplateError(f"{template}: no such template", "give a .docx file or leave it out")
    try:
        tpl = DocxTemplate(str(template))
        tpl.init_docx()
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise TemplateError(
            f"{template}: not a Word .docx file ({error})", "save it from Word as .docx"
        ) from error
    return tpl

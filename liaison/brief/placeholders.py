"""What a note template (docx or html) is given: the placeholders, documented once.

``title``            list of the title's lines
``blocks``           list of ``{kind, text, ref}``: kind is heading, subheading, bullet or
                     subbullet; ref is the footnote number ('' without sources)
``sources``          list of ``{number, text}``: the numbered sources (empty without them)
``sources_heading``  'Источники' / 'Sources'
``lang``             'ru' or 'en'
``partner``, ``home``  the partner's and the home region's names
"""

from __future__ import annotations

from typing import Any

from liaison.brief.content import NoteContent
from liaison.brief.layout import Note, number_sources
from liaison.brief.typography import tie_spaces
from liaison.brief.wording import text


def template_context(content: NoteContent, note: Note, sources: bool) -> dict[str, Any]:
    """The placeholders for ``note``, with non-breaking spaces set for paged output."""
    footnotes = number_sources(note)
    blocks = [
        {"kind": line.kind, "text": tie_spaces(line.text), "ref": ref if sources else ""}
        for line, ref in zip(note.lines, footnotes.refs, strict=True)
    ]
    listed = [{"number": n, "text": label} for n, label in footnotes.notes] if sources else []
    return {
        "title": list(note.title),
        "blocks": blocks,
        "sources": listed,
        "sources_heading": text("sources", note.lang),
        "lang": note.lang,
        "partner": content.partner.name,
        "home": content.home.name,
    }

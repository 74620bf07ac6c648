"""The note as Markdown: headings, '-' bullets and '[^1]' footnotes naming the sources."""

from __future__ import annotations

import re

from liaison.brief.content import NoteContent
from liaison.brief.layout import Note, build_note, number_sources

SPECIAL = re.compile(r"([\\*_\[\]`])")
# Markdown passes raw HTML through to whoever renders it: a document's ``<script>`` or
# ``<img onerror=…>`` must arrive as text, so the characters of HTML become entities.
HTML_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
PREFIX = {"heading": "## ", "subheading": "### ", "bullet": "- ", "subbullet": "  - "}


def escape(text: str) -> str:
    """Text with Markdown's markup characters escaped and HTML made inert.

    >>> escape("ООО «Гекса_Лотос» [1]")
    'ООО «Гекса\\\\_Лотос» \\\\[1\\\\]'
    >>> escape('<img src=x onerror="alert(1)"> & <script>')
    '&lt;img src=x onerror="alert(1)"&gt; &amp; &lt;script&gt;'
    """
    return SPECIAL.sub(r"\\\1", text.translate(HTML_ENTITIES))


def render_markdown(content: NoteContent, lang: str = "ru", sources: bool = False) -> str:
    """The note in Markdown; with ``sources`` every statement has a footnote naming the
    documents it comes from."""
    return note_markdown(build_note(content, lang), sources)


def note_markdown(note: Note, sources: bool = False) -> str:
    """Markdown of a built note."""
    out = [f"# {escape(note.title[0])}", "", f"## {escape(' '.join(note.title[1:]))}", ""]
    footnotes = number_sources(note)
    previous = ""
    for line, ref in zip(note.lines, footnotes.refs, strict=True):
        is_list = line.kind in ("bullet", "subbullet")
        if previous and (not is_list or previous not in ("bullet", "subbullet")):
            out.append("")  # a blank line around headings, none inside a list
        mark = f"[^{ref}]" if sources and ref else ""
        out.append(f"{PREFIX[line.kind]}{escape(line.text)}{mark}")
        if not is_list:
            out.append("")
            previous = ""
        else:
            previous = line.kind
    if sources and footnotes.notes:
        out.append("")
        out += [f"[^{number}]: {escape(label)}" for number, label in footnotes.notes]
    return "\n".join(out).replace("\n\n\n", "\n\n").rstrip() + "\n"

"""The note as DOCX (shipped or own template), HTML and PDF."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document as WordDocument
from pypdf import PdfReader

from liaison.brief import render_docx, render_html, render_pdf, select_note
from liaison.brief.layout import build_note
from liaison.errors import TemplateError
from liaison.model import KnowledgeBase


def paragraphs(path: Path) -> list[str]:
    """The text of every paragraph, non-breaking spaces read as spaces (as readers do)."""
    return [p.text.replace("\u00a0", " ") for p in WordDocument(str(path)).paragraphs]


def test_docx_holds_the_note_in_order_with_bullets(kb: KnowledgeBase, tmp_path: Path) -> None:
    content = select_note(kb, "AZ")
    out = render_docx(content, "ru", out=tmp_path / "note.docx")
    texts = [t for t in paragraphs(out) if t.strip()]
    note = build_note(content, "ru")
    assert texts[:3] == list(note.title)
    expected = [
        {"bullet": "· ", "subbullet": "- "}.get(line.kind, "") + line.text for line in note.lines
    ]
    assert texts[3:] == expected


def test_docx_contains_title_and_every_event_line(kb: KnowledgeBase, tmp_path: Path) -> None:
    content = select_note(kb, "AZ")
    texts = paragraphs(render_docx(content, "ru", out=tmp_path / "note.docx"))
    assert "С АЗЕРБАЙДЖАНСКОЙ РЕСПУБЛИКОЙ" in texts
    assert "ХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ." in texts
    events = [t for t in texts if t.startswith("· ") and " г., " in t[:45]]
    assert len(events) == len(content.events) == 10
    assert (
        "· 30 июня – 1 июля 2022 г., форум с участием Губернатора Астраханской области"
        in "\n".join(texts)
    )


def test_docx_uses_the_ministry_format(kb: KnowledgeBase, tmp_path: Path) -> None:
    doc = WordDocument(str(render_docx(select_note(kb, "AZ"), out=tmp_path / "n.docx")))
    normal = doc.styles["Normal"].font
    assert (normal.name, normal.size.pt) == ("Times New Roman", 14)
    title = doc.paragraphs[0]
    assert title.runs[0].bold and title.alignment == 1  # centred
    assert doc.paragraphs[4].alignment is None  # justified by the Normal style


def test_docx_sources_are_superscripts_and_a_numbered_list(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    out = render_docx(select_note(kb, "AZ"), "ru", sources=True, out=tmp_path / "n.docx")
    doc = WordDocument(str(out))
    texts = [p.text for p in doc.paragraphs]
    assert "Источники" in texts
    assert any(t.startswith("3. Новости Астрахани: деловой центр в Баку") for t in texts)
    refs = [r for p in doc.paragraphs for r in p.runs if r.font.superscript and r.text]
    assert {r.text for r in refs} == {"1", "2", "3"}


def test_an_own_template_with_the_same_placeholders_is_used(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    template = tmp_path / "mine.docx"
    doc = WordDocument()
    doc.add_paragraph("НАША СПРАВКА: {{ partner }}")
    doc.add_paragraph("{%p for b in blocks %}")
    doc.add_paragraph("{{ b.kind }}|{{ b.text }}")
    doc.add_paragraph("{%p endfor %}")
    doc.save(str(template))
    out = render_docx(select_note(kb, "AZ"), template=template, out=tmp_path / "out.docx")
    texts = paragraphs(out)
    assert texts[0] == "НАША СПРАВКА: Азербайджан"
    assert "heading|ОСНОВНЫЕ НАПРАВЛЕНИЯ СОТРУДНИЧЕСТВА" in texts


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["{%p for b in blocks %}", "{{ b.text }}"], "template error"),
        (["{{ partner }}"], "no {{ blocks }} placeholder"),
    ],
)
def test_a_broken_template_is_a_template_error(
    kb: KnowledgeBase, tmp_path: Path, lines: list[str], message: str
) -> None:
    template = tmp_path / "broken.docx"
    doc = WordDocument()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(str(template))
    with pytest.raises(TemplateError, match=message):
        render_docx(select_note(kb, "AZ"), template=template, out=tmp_path / "x.docx")


def test_a_template_that_is_not_docx_is_a_template_error(kb: KnowledgeBase, tmp_path: Path) -> None:
    template = tmp_path / "note.docx"
    template.write_text("not a zip", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"not a Word \.docx file"):
        render_docx(select_note(kb, "AZ"), template=template, out=tmp_path / "x.docx")
    with pytest.raises(TemplateError, match="no such template"):
        render_docx(select_note(kb, "AZ"), template=tmp_path / "nope.docx", out=tmp_path / "x.docx")


def test_html_is_self_contained_with_endnotes(kb: KnowledgeBase) -> None:
    page = render_html(select_note(kb, "AZ"), "ru", sources=True)
    assert page.startswith("<!DOCTYPE html>")
    for outside in ("http://", "https://", "<script", "<link", "@import"):
        assert outside not in page
    assert "<h1>СПРАВОЧНАЯ ИНФОРМАЦИЯ<br>О СОТРУДНИЧЕСТВЕ АСТРАХАНСКОЙ ОБЛАСТИ<br>" in page
    assert '<sup><a href="#source-3">3</a></sup>' in page
    assert '<li id="source-3">Новости Астрахани: деловой центр в Баку' in page
    assert "<h3>Взаимодействие с соотечественниками за рубежом</h3>" in page


def test_html_escapes_text(kb: KnowledgeBase) -> None:
    from dataclasses import replace

    odd = replace(kb.facts[0], text="Поставки <b>рыбы</b> & икры.")
    page = render_html(select_note(replace(kb, facts=(odd,)), "AZ"))
    assert "Поставки &lt;b&gt;рыбы&lt;/b&gt; &amp; икры." in page


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui",
)
def test_pdf_is_the_note_converted_by_libreoffice(kb: KnowledgeBase, tmp_path: Path) -> None:
    out = render_pdf(select_note(kb, "AZ"), "ru", sources=True, out=tmp_path / "note.pdf")
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 2
    first = " ".join(reader.pages[0].extract_text().split())
    assert "СПРАВОЧНАЯ ИНФОРМАЦИЯ" in first
    assert "С АЗЕРБАЙДЖАНСКОЙ РЕСПУБЛИКОЙ" in first


def test_docx_title_property_is_the_note_title(kb: KnowledgeBase, tmp_path: Path) -> None:
    out = render_docx(select_note(kb, "AZ"), out=tmp_path / "note.docx")
    assert WordDocument(str(out)).core_properties.title == (
        "СПРАВОЧНАЯ ИНФОРМАЦИЯ О СОТРУДНИЧЕСТВЕ АСТРАХАНСКОЙ ОБЛАСТИ С АЗЕРБАЙДЖАНСКОЙ РЕСПУБЛИКОЙ"
    )

"""The PDF note drawn without LibreOffice: the same lines as the Word note, read back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from liaison.brief import note_pdf, render_pdf, select_note
from liaison.brief.content import NoteContent
from liaison.brief.layout import build_note
from liaison.brief.note_pdf_builtin import draw_pdf
from liaison.errors import ConfigError, TemplateError
from liaison.model import KnowledgeBase

A4 = (595.28, 841.89)  # points


def flat(text: str) -> str:
    """White space of any kind (justified gaps, line breaks, non-breaking spaces) as one
    space, as a reader compares text."""
    return " ".join(text.split())


def page_texts(path: Path) -> list[str]:
    """The text of each page without its page number (the first line from page 2 on)."""
    pages = []
    for number, page in enumerate(PdfReader(str(path)).pages, start=1):
        lines = page.extract_text().splitlines()
        if number > 1:
            assert lines[0].strip() == str(number), f"page {number} opens with {lines[0]!r}"
            lines = lines[1:]
        pages.append("\n".join(lines))
    return pages


def pdf_text(path: Path) -> str:
    return flat("\n".join(page_texts(path)))


def assert_holds_the_note(text: str, content: NoteContent, lang: str) -> None:
    """Every title line and every line of the note, in order, is in ``text``."""
    note = build_note(content, lang)
    at = 0
    for line in [*note.title, *(line.text for line in note.lines)]:
        found = text.find(flat(line), at)
        assert found >= 0, f"not in the PDF (or out of order): {line!r}"
        at = found + len(flat(line))


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_line_of_the_note_is_drawn_in_order(
    kb: KnowledgeBase, tmp_path: Path, lang: str
) -> None:
    content = select_note(kb, "AZ")
    out = render_pdf(content, lang, sources=True, out=tmp_path / "n.pdf", engine="builtin")
    text = pdf_text(out)
    assert_holds_the_note(text, content, lang)
    heading = "Источники" if lang == "ru" else "Sources"
    assert flat(f"{heading} 1. Справка о сотрудничестве Астраханской области") in text


def test_pages_are_a4_numbered_from_the_second(kb: KnowledgeBase, tmp_path: Path) -> None:
    out = draw_pdf(select_note(kb, "AZ"), "ru", sources=True, out=tmp_path / "n.pdf")
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4)
    first = reader.pages[0].extract_text().splitlines()[0]
    assert first == "СПРАВОЧНАЯ ИНФОРМАЦИЯ"  # no number on the first page
    page_texts(out)  # asserts the number on every other page
    assert reader.metadata is not None
    assert reader.metadata.title == (
        "СПРАВОЧНАЯ ИНФОРМАЦИЯ О СОТРУДНИЧЕСТВЕ АСТРАХАНСКОЙ ОБЛАСТИ С АЗЕРБАЙДЖАНСКОЙ РЕСПУБЛИКОЙ"
    )


def test_footnote_numbers_follow_their_lines(kb: KnowledgeBase, tmp_path: Path) -> None:
    content = select_note(kb, "AZ")
    with_sources = pdf_text(draw_pdf(content, "ru", sources=True, out=tmp_path / "s.pdf"))
    without = pdf_text(draw_pdf(content, "ru", sources=False, out=tmp_path / "n.pdf"))
    assert "(15 марта 2022 г.).3" in with_sources
    assert "(15 марта 2022 г.). " in without
    assert "Источники" not in without


def test_a_documents_markup_and_control_characters_do_not_break_it(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    odd = replace(
        kb.facts[0],
        text="Поставки <script>alert(1)</script> астраханской рыбы"
        "\x00\x1b[31m\u202e & икры\tи 漢 🐟.",
    )
    content = select_note(replace(kb, facts=(odd, *kb.facts[1:])), "AZ")
    out = draw_pdf(content, "ru", out=tmp_path / "odd.pdf")
    text = pdf_text(out)
    assert "Поставки <script>alert(1)</script> астраханской рыбы[31m & икры и ? ?." in text
    assert not any(c in text for c in "\x00\x1b\u202e\t")


def test_auto_draws_the_pdf_itself_without_libreoffice(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(note_pdf, "find_soffice", lambda: None)
    assert note_pdf.pdf_engine("auto") == "builtin"
    out = render_pdf(select_note(kb, "AZ"), out=tmp_path / "n.pdf")
    assert "С АЗЕРБАЙДЖАНСКОЙ РЕСПУБЛИКОЙ" in pdf_text(out)


def test_libreoffice_asked_for_but_missing_says_what_to_do(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(note_pdf, "find_soffice", lambda: None)
    with pytest.raises(TemplateError) as caught:
        render_pdf(select_note(kb, "AZ"), out=tmp_path / "n.pdf", engine="libreoffice")
    assert str(caught.value) == (
        "PDF through LibreOffice needs LibreOffice; install it (apt-get install "
        "libreoffice-writer), or let the built-in renderer write it (--pdf-engine builtin)"
    )
    assert not (tmp_path / "n.pdf").exists()


def test_an_unknown_engine_is_refused(kb: KnowledgeBase, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="PDF engine 'word' is not known"):
        render_pdf(select_note(kb, "AZ"), out=tmp_path / "n.pdf", engine="word")


@pytest.mark.parametrize(
    ("partner", "chronology", "agreement", "contact"),
    [
        (
            "AZ",
            "ХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ.",
            "Соглашение между Правительством Астраханской области (Российская Федерация) "
            "и Правительством Азербайджанской Республики",
            "2–4 июня 2023 г., визит делегации Астраханской области",
        ),
        (
            "BY",
            "ХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ.",
            "Соглашение о побратимстве между городами Астрахань (Российская Федерация) и Витебск",
            "16–17 февраля 2023 г., визит делегации Астраханской области",
        ),
    ],
)
def test_corpus_notes_read_back_from_the_builtin_pdf(
    corpus_kb: KnowledgeBase,
    tmp_path: Path,
    partner: str,
    chronology: str,
    agreement: str,
    contact: str,
) -> None:
    content = select_note(corpus_kb, partner)
    assert content.agreements and content.events
    out = draw_pdf(content, "ru", sources=True, out=tmp_path / f"{partner}.pdf")
    text = pdf_text(out)
    for heading in ("СПРАВОЧНАЯ ИНФОРМАЦИЯ", "ОСНОВНЫЕ НАПРАВЛЕНИЯ СОТРУДНИЧЕСТВА", chronology):
        assert heading in text
    assert agreement in text
    assert contact in text
    for item in content.agreements:
        assert flat(item.title.rstrip(".")) in text
    assert_holds_the_note(text, content, "ru")


@pytest.mark.parametrize("partner", ["AZ", "BY"])
def test_corpus_notes_in_english_read_back(
    corpus_kb: KnowledgeBase, tmp_path: Path, partner: str
) -> None:
    content = select_note(corpus_kb, partner)
    text = pdf_text(draw_pdf(content, "en", out=tmp_path / f"{partner}.pdf"))
    for heading in ("REFERENCE NOTE", "MAIN AREAS OF COOPERATION", "CHRONOLOGY OF CONTACTS"):
        assert heading in text
    assert_holds_the_note(text, content, "en")

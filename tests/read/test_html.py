"""News pages: the article without the page around it, its title, date and language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import lxml.html
import pytest

from liaison.model import BlockKind, Document
from liaison.read import read_document
from liaison.read.html import page_lang, page_published, page_title
from tests.data import NEWS_VISIT_HTML, PAGE_CP1251_HTML

LIMIT = 10 * 1024 * 1024


@pytest.fixture(scope="module")
def news() -> Document:
    return read_document(NEWS_VISIT_HTML, max_bytes=LIMIT)


def test_article_metadata(news: Document) -> None:
    assert news.format == "html"
    assert news.title == "Astrakhan delegation opens a trade house in Atyrau"
    assert news.published == date(2025, 3, 5)
    assert news.lang == "en"
    assert news.encoding == "utf-8"


def test_main_text_without_the_page_around_it(news: Document) -> None:
    assert "arrived in Atyrau on Tuesday, March 4" in news.text
    for boilerplate in ("Most read", "cookies", "Privacy policy", "Subscribe", "Share:"):
        assert boilerplate not in news.text


def test_article_structure(news: Document) -> None:
    blocks = [(b.kind, news.text[b.start : b.end]) for b in news.blocks]
    assert blocks[0] == (BlockKind.TITLE, "Astrakhan delegation opens a trade house in Atyrau")
    assert (BlockKind.HEADING, "Students and ferries") in blocks
    bullets = [text for kind, text in blocks if kind is BlockKind.BULLET]
    assert bullets == [
        "an open day of Astrakhan universities in Atyrau in April;",
        "a joint timetable for container ships on the Olya–Aktau line;",
        "a festival of Kazakh culture in Astrakhan in the autumn.",
    ]


def test_windows_1251_page_dated_in_json_ld() -> None:
    page = read_document(PAGE_CP1251_HTML, max_bytes=LIMIT)
    assert page.encoding == "cp1251"
    assert page.published == date(2023, 5, 15)
    assert page.lang == "ru"  # no <html lang>: detected from the text
    assert page.title == "Астраханские рыбаки начали поставки в Актау"
    assert "отправлена в порт Актау в понедельник" in page.text
    assert "Перепечатка" not in page.text


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (
            '<meta property="article:published_time" content="2024-03-05T10:00:00Z">',
            '<time datetime="2020-01-01">old</time>',
            date(2024, 3, 5),
        ),
        (
            '<script type="application/ld+json">{"datePublished": "2023-11-02"}</script>',
            '<time datetime="2020-01-01">old</time>',
            date(2023, 11, 2),
        ),
        ("", '<p>Posted <time datetime="2022-06-30T09:00">June 30</time></p>', date(2022, 6, 30)),
        ('<meta name="pubdate" content="2021-12-08">', "", date(2021, 12, 8)),
        ('<script type="application/ld+json">{broken</script>', "<p>no date</p>", None),
        ('<meta property="article:published_time" content="5 March">', "", None),
    ],
)
def test_publication_date_from_metadata(head: str, body: str, expected: date | None) -> None:
    tree = lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    assert page_published(tree) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            '<meta property="og:title" content="Visit to Baku"><title>X | Site</title>',
            "Visit to Baku",
        ),
        ("<title>Визит в Баку — Новости региона</title>", "Визит в Баку"),
        ("<title>Визит в Баку</title>", "Визит в Баку"),
        (
            '<meta property="og:site_name" content="Каспий"><title>Каспий | Визит в Баку</title>',
            "Визит в Баку",
        ),
        ("", ""),
    ],
)
def test_page_title(head: str, expected: str) -> None:
    tree = lxml.html.document_fromstring(f"<html><head>{head}</head><body><p>x</p></body></html>")
    assert page_title(tree) == expected


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [('lang="ru-RU"', "ru"), ('lang="en"', "en"), ('lang="az"', None), ("", None)],
)
def test_page_language_attribute(attribute: str, expected: str | None) -> None:
    tree = lxml.html.document_fromstring(f"<html {attribute}><body><p>x</p></body></html>")
    assert page_lang(tree) == expected


def test_a_page_that_misstates_its_charset_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    markup = PAGE_CP1251_HTML.read_bytes().replace(b"charset=windows-1251", b"charset=utf-8")
    path.write_bytes(markup)
    page = read_document(path, max_bytes=LIMIT)
    assert page.encoding == "cp1251"
    assert "отправлена в порт Актау" in page.text


def test_a_page_laid_out_in_a_table_keeps_its_paragraphs(tmp_path: Path) -> None:
    """An old site puts its menu in one cell and the article in another: the article's
    paragraphs stay paragraphs, and a real table of data stays rows."""
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Визит посла</title></head><body><table><tr>"
        "<td><ul><li><a href='/'>Главная</a></li><li><a href='/n'>Новости</a></li></ul></td>"
        "<td><h1>Визит посла</h1><p>12.03.2025</p>"
        "<p>Во вторник губернатор принял Посла Индии в Астрахани и обсудил с ним поставки.</p>"
        "<p>Стороны договорились подготовить деловую миссию в Мумбаи весной.</p>"
        "<table><tr><td>Год</td><td>Оборот</td></tr><tr><td>2024</td><td>12</td></tr></table>"
        "</td></tr></table></body></html>",
        encoding="utf-8",
    )
    document = read_document(path, max_bytes=LIMIT)
    blocks = [(b.kind, document.text[b.start : b.end]) for b in document.blocks]
    assert (
        BlockKind.PARAGRAPH,
        "Стороны договорились подготовить деловую миссию в Мумбаи весной.",
    ) in blocks
    assert (BlockKind.TABLE_ROW, "2024 | 12") in blocks

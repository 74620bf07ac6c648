"""News pages (.html): the article's own text through trafilatura, offline.

Menus, footers and share buttons are dropped by trafilatura; what it keeps comes back
as its XML (headings, paragraphs, lists, tables), which becomes lines with hints. The
title, publication date and language are read from the page's own metadata: Open Graph
and ``article:published_time``, JSON-LD ``datePublished``, ``<time datetime>``,
``<html lang>``.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import lxml.html
import trafilatura
from lxml import etree

from liaison.errors import UnreadableDocument
from liaison.model import BlockKind
from liaison.read.assemble import RawText, one_line
from liaison.read.datelines import date_in_text, iso_date
from liaison.read.encoding import detect_encoding
from liaison.read.structure import LineHint

Line = tuple[str, LineHint]


META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
TITLE_SEPARATOR = re.compile(r"\s+(?:\||—|–|-|::|·)\s+")
# Where pages state their publication date, most trusted first.
DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dcterms.issued",
    "date",
)
TITLE_META = ("og:title", "twitter:title")
SITE_META = ("og:site_name", "application-name")
# libxml2's hard limit on nesting, even with huge_tree; text below it is dropped.
PARSER_MAX_DEPTH = 2048
# Tags that only lay a page out: a page nested past the parser's limit is read without them.
WRAPPER_TAG = re.compile(
    r"</?(?:div|span|section|article|aside|main|font|center|b|i|u|em|strong|small)\b[^>]*>",
    re.IGNORECASE,
)
# A date by the headline is looked for this many elements and characters around it.
HEADLINE_NEIGHBOURS = 2
HEADLINE_CHARS = 400
# On a page without an article trafilatura falls back to menu items; a news item is longer.
MIN_ARTICLE_WORDS = 12


def read_html(data: bytes, path: Path) -> RawText:
    """The main text of a web page, with its title, date and language."""
    encoding = html_encoding(data)
    markup = XML_DECLARATION.sub("", data.decode(encoding, errors="replace"))
    tree = parse_page(markup, path)
    title = page_title(tree)
    published = page_published(tree)
    guessed = None if published else headline_date(tree)
    lang = page_lang(tree)
    extracted = trafilatura.extract(
        tree, output_format="xml", include_comments=False, include_tables=True
    )
    if not extracted:
        extracted = "<doc><main/></doc>"
    lines = list(main_lines(etree.fromstring(extracted.encode("utf-8")), title))
    if sum(len(text.split()) for text, _ in lines) < MIN_ARTICLE_WORDS:
        raise UnreadableDocument(
            f"{path}: no article text found on the page, only menus or captions",
            "save the article's own page (not a list of news or a menu page) and run again",
        )
    return RawText(
        text="\n".join(text for text, _ in lines),
        format="html",
        hints={index: hint for index, (_, hint) in enumerate(lines)},
        title=title,
        lang=lang,
        published=published,
        guessed=guessed,
        encoding=encoding,
    )


def parse_page(markup: str, path: Path) -> lxml.html.HtmlElement:
    """The page's element tree, however deeply its elements nest.

    libxml2 stops at 256 levels unless told otherwise, and even then at 2048, dropping all
    text below silently; a page nested that deep (generated markup, or one built to hurt)
    is read again without its layout wrappers, and refused with the reason if still too deep.
    """
    tree = parse_markup(markup, path)
    if nesting_depth(tree) < PARSER_MAX_DEPTH:
        return tree
    tree = parse_markup(WRAPPER_TAG.sub(" ", markup), path)
    if nesting_depth(tree) < PARSER_MAX_DEPTH:
        return tree
    raise UnreadableDocument(
        f"{path}: nests its elements more than {PARSER_MAX_DEPTH} levels deep, past which "
        "the HTML parser reads no text",
        "save the article's own page again from the browser (Save Page As) and run again",
    )


def parse_markup(markup: str, path: Path) -> lxml.html.HtmlElement:
    """The element tree of ``markup``, with the parser's depth limit raised to its most."""
    try:
        return lxml.html.document_fromstring(markup, parser=lxml.html.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError) as error:
        raise UnreadableDocument(
            f"{path}: is not a readable HTML page ({error})",
            "save the page again from the browser (Save Page As, HTML only) and run again",
        ) from None


def nesting_depth(tree: lxml.html.HtmlElement) -> int:
    """How many levels deep the tree's elements nest, in one pass (no recursion).

    >>> nesting_depth(lxml.html.document_fromstring("<p><b><i>x</i></b></p>"))
    5
    """
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def html_encoding(data: bytes) -> str:
    """The page's encoding: a byte-order mark, its ``<meta charset>``, else detected."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    declared = META_CHARSET.search(data[:4096])
    if declared:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
            data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass  # an unknown name, or a page saved in another encoding than it says
        else:
            return name
    return detect_encoding(data)


def main_lines(doc: etree._Element, title: str) -> Iterator[Line]:
    """Lines of trafilatura's XML: headings, paragraphs, list items, table rows."""
    main = doc.find("main")
    for element in main if main is not None else ():
        yield from element_lines(element, title)


def element_lines(element: etree._Element, title: str) -> Iterator[Line]:
    """The lines one top-level element of trafilatura's XML gives."""
    if element.tag == "list":
        yield from list_lines(element, level=0)
    elif element.tag == "table" and is_layout_table(element):
        # an old site lays its page out in a table: each cell's paragraphs are the page's
        for cell in element.iter("cell"):
            text = one_line(cell.text or "")
            if text:
                yield text, LineHint()
            for child in cell:
                yield from element_lines(child, title)
    elif element.tag == "table":
        yield from table_lines(element)
    elif element.tag == "head":
        text = one_line(own_text(element))
        if text:
            yield text, heading_hint(element, text, title)
    else:
        text = one_line(own_text(element))
        if text:
            yield text, LineHint()


def heading_hint(element: etree._Element, text: str, title: str) -> LineHint:
    """A heading's hint: the page's title when it repeats it, else its ``h`` level."""
    if title and text.casefold() == title.casefold():
        return LineHint(kind=BlockKind.TITLE)
    rank = re.sub(r"\D", "", element.get("rend", "h2")) or "2"
    return LineHint(kind=BlockKind.HEADING, level=max(int(rank) - 1, 0))


def list_lines(element: etree._Element, level: int) -> Iterator[Line]:
    """Each item of a list as a bullet line; nested lists one level deeper."""
    kind = BlockKind.BULLET if level == 0 else BlockKind.SUBBULLET
    marker = "·" if level == 0 else "-"
    for item in element.iter("item"):
        if item.getparent() is not element:
            continue
        text = one_line(own_text(item))
        if text:
            yield f"{marker} {text}", LineHint(kind=kind, level=level)
        for nested in item.findall("list"):
            yield from list_lines(nested, level + 1)


BLOCK_TAGS = frozenset(("p", "head", "list", "table", "quote"))


def is_layout_table(element: etree._Element) -> bool:
    """Whether a table holds paragraphs and headings in its cells, as a page laid out in a
    table does, rather than data in rows."""
    return any(child.tag in BLOCK_TAGS for cell in element.iter("cell") for child in cell)


def table_lines(element: etree._Element) -> Iterator[Line]:
    """Each table row as one line, cells joined by `` | ``."""
    for row in element.iter("row"):
        text = " | ".join(one_line(own_text(cell)) for cell in row.iter("cell"))
        if text.replace("|", "").strip():
            yield text, LineHint(kind=BlockKind.TABLE_ROW)


def own_text(element: etree._Element) -> str:
    """The text of ``element`` without the lists nested in it; a line break is a space."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag not in ("list", "table"):
            pieces.append(" " if child.tag == "lb" else own_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def meta_content(tree: lxml.html.HtmlElement, names: tuple[str, ...]) -> Iterator[str]:
    """The ``content`` of the page's ``<meta>`` tags named ``names``, in that order."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = (meta.get("content") or "").strip()
        if key in names and content and key not in found:
            found[key] = content
    return (found[name] for name in names if name in found)


def page_title(tree: lxml.html.HtmlElement) -> str:
    """og:title, else ``<title>`` without the site's name that a separator sets apart."""
    for content in meta_content(tree, TITLE_META):
        return one_line(content)
    element = tree.find(".//title")
    text = one_line(element.text_content()) if element is not None else ""
    parts = [part for part in TITLE_SEPARATOR.split(text) if part]
    site = next(meta_content(tree, SITE_META), "").casefold()
    # Sites put their name after the headline ("Headline — Site") far more often than before.
    return next((part for part in parts if part.casefold() != site), text)


def page_published(tree: lxml.html.HtmlElement) -> date | None:
    """The publication date from the page's metadata, JSON-LD or ``<time datetime>``."""
    candidates = [
        *meta_content(tree, DATE_META),
        *json_ld_dates(tree),
        *(t.get("datetime", "") for t in tree.iter("time")),
    ]
    for value in candidates:
        parsed = iso_date(value)
        if parsed is not None:
            return parsed
    return None


def headline_date(tree: lxml.html.HtmlElement) -> date | None:
    """A date printed by the page's headline (``<h1>``), where a page without metadata
    shows when it was published: in the few lines just before or after it."""
    headline = next(tree.iter("h1"), None)
    if headline is None:
        return None
    near: list[str] = []
    for element in headline.itersiblings(preceding=True):
        near.insert(0, element.text_content())
        if len(near) >= HEADLINE_NEIGHBOURS:
            break
    parent = headline.getparent()
    if parent is not None and parent.text:
        near.append(parent.text)
    after = list(headline.itersiblings())[:HEADLINE_NEIGHBOURS]
    near.extend(element.text_content() for element in after)
    return date_in_text(" ".join(" ".join(near).split())[:HEADLINE_CHARS])


def json_ld_dates(tree: lxml.html.HtmlElement) -> Iterator[str]:
    """Every ``datePublished`` in the page's JSON-LD blocks."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            yield from find_key(json.loads(script.text), "datePublished")
        except json.JSONDecodeError:
            continue  # a broken JSON-LD block says nothing about the date


def find_key(value: object, key: str) -> Iterator[str]:
    """Every string under ``key`` anywhere in a JSON value.

    >>> list(find_key({"@graph": [{"datePublished": "2024-03-05"}]}, "datePublished"))
    ['2024-03-05']
    """
    if isinstance(value, dict):
        for name, item in value.items():
            if name == key and isinstance(item, str):
                yield item
            else:
                yield from find_key(item, key)
    elif isinstance(value, list):
        for item in value:
            yield from find_key(item, key)


def page_lang(tree: lxml.html.HtmlElement) -> str | None:
    """'ru' or 'en' from ``<html lang>``; None for anything else (the text decides)."""
    declared = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    code = declared.strip().lower()[:2]
    return code if code in ("ru", "en") else None

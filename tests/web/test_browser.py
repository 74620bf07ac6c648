"""End to end in Debian's headless Chromium, driven by Playwright against the system
browser (nothing is downloaded): sign in, upload, search, correct, merge and undo,
download a note; and screenshots of the main pages at 1366 px and at phone width, for
docs/screenshots/."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from liaison.cli.flow import ingest_files
from liaison.config import Settings
from liaison.store import Store
from liaison.store.users import Role
from liaison.web import WebOptions, create_app
from tests.conftest import ROOT
from tests.data import NOTE_UTF8_BOM_TXT
from tests.web.conftest import CORPUS_NOTES, PASSWORD

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = ROOT / "docs" / "screenshots"
WIDTHS = {"desktop": (1366, 900), "phone": (390, 844)}

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(), reason=f"no chromium at {CHROMIUM}: apt-get install chromium"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The application on a loopback port over plain http, as `liaison serve` runs it."""
    import uvicorn

    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'kb.sqlite'}"
    with Store.open(url) as store:
        files = [corpus_dir / name for name in CORPUS_NOTES]
        assert all(o.error is None for o in ingest_files(files, Settings(database_url=url), store))
        store.add_user("eddie", Role.ADMIN, PASSWORD)
    app = create_app(Settings(database_url=url), WebOptions(upload_workers=0))
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    while not running.started:  # the server says when it listens; no fixed wait
        if not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def page(browser: Any, server: str) -> Iterator[Any]:
    """A signed-in page: the sign-in form filled as a person would, over http."""
    context = browser.new_context(
        base_url=server,
        viewport={"width": 1366, "height": 900},
        accept_downloads=True,
        locale="ru-RU",
    )
    tab = context.new_page()
    tab.goto("/")
    assert "/signin" in tab.url
    tab.fill("input[name=name]", "eddie")
    tab.fill("input[name=password]", PASSWORD)
    tab.click("form.signin button[type=submit]")
    tab.wait_for_url(f"{server}/")
    assert tab.locator("h1").inner_text() == "Партнёры"
    yield tab
    context.close()


def test_upload_shows_progress_and_the_document_is_found_in_another_form(page: Any) -> None:
    page.goto("/upload")
    page.set_input_files("#files", str(NOTE_UTF8_BOM_TXT))
    page.click("#upload button[type=submit]")
    row = page.locator("#jobs li.job").first
    row.locator("progress").wait_for()
    page.wait_for_selector("#jobs li.job.done", timeout=120_000)
    assert row.locator("progress").get_attribute("value") == "100"
    page.goto("/search?q=" + "контейнерными линиями")
    hits = page.locator("article.hit")
    assert hits.count() >= 1
    marked = [m.lower() for m in page.locator("article.hit mark").all_inner_texts()]
    assert any(m.startswith("контейнерн") for m in marked), marked


def first_event_path(page: Any) -> str:
    page.goto("/partners/AZ")
    link = page.locator("table.list a[href^='/events/']").first
    href = str(link.get_attribute("href"))
    return href


def test_correct_a_fact_in_the_edit_form(page: Any) -> None:
    path = first_event_path(page)
    page.goto(path)
    page.fill("form.edit input[name=place]", "Гянджа")
    page.click("form.edit button[type=submit]")
    page.wait_for_url(f"**{path}")
    assert "Гянджа" in page.locator("dl.facts").inner_text()
    page.goto("/audit")
    newest = page.locator("table.audit tbody tr").first
    assert "Гянджа" in newest.inner_text()
    newest.locator("button").click()  # undo: the place the sources give comes back
    page.wait_for_url("**/audit")
    page.goto(path)
    assert "Гянджа" not in page.locator("dl.facts").inner_text()


def test_merge_two_people_and_undo(page: Any) -> None:
    page.goto("/search?q=Мустафаев&kind=person")
    links = page.locator("article.hit h3 a")
    first, second = str(links.nth(0).get_attribute("href")), str(links.nth(1).get_attribute("href"))
    page.goto(first)
    page.fill("#merge-person input[name=absorbed]", second.removeprefix("/persons/"))
    page.click("#merge-person button[type=submit]")
    page.wait_for_selector("form.split")
    assert page.request.get(f"{second}.json").status == 404
    page.goto("/audit")
    page.locator("table.audit tbody tr").first.locator("button").click()
    page.wait_for_url("**/audit")
    assert page.request.get(f"{second}.json").status == 200


def test_download_a_note_that_opens_as_docx(page: Any, tmp_path: Path) -> None:
    from docx import Document

    page.goto("/partners/AZ")
    with page.expect_download() as waiting:
        page.click("button[value=docx]")
    saved = tmp_path / "note.docx"
    waiting.value.save_as(saved)
    text = "\n".join(p.text for p in Document(str(saved)).paragraphs)
    assert "Азербайдж" in text


SHOTS = {
    "overview": "/",
    "partner": "/partners/AZ",
    "search": "/search?q=Mustafayev",
    "review": "/review",
    "audit": "/audit",
    "upload": "/upload",
}


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_screenshots_of_the_main_pages(page: Any, width: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    w, h = WIDTHS[width]
    page.set_viewport_size({"width": w, "height": h})
    event = first_event_path(page)
    document = page.request.get(f"{event}.json").json()["sources"][0]["document"]
    person = page.request.get("/search.json?q=Бабушкин&kind=person").json()["hits"][0]["id"]
    shots = dict(SHOTS, event=event, document=f"/documents/{document}", person=f"/persons/{person}")
    for name, path in shots.items():
        page.goto(path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.fonts.check('16px \"Liberation Serif\"', 'Кириллица')")
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=False)
    page.set_viewport_size({"width": 1366, "height": 900})

"""`liaison watch` against feeds and pages served on 127.0.0.1 by the test itself: new
items are ingested as pages, what was seen is remembered across runs, validators are sent,
busy servers are retried, and a failing feed is one line while the others go on."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from liaison.cli.main import EXAMPLES, app
from liaison.cli.watch import parse_interval
from liaison.errors import LiaisonError
from liaison.read.fetch import Fetcher

runner = CliRunner()
MAX_REQUESTS = 300  # the server refuses more: no test can loop on it
RU_PAGE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>Делегация Астраханской области посетила Баку</title>
<meta property="article:published_time" content="2025-04-22T09:00:00+03:00"></head>
<body><article><h1>Делегация Астраханской области посетила Баку</h1>
<p>21 апреля 2025 года губернатор Астраханской области Игорь Бабушкин встретился в Баку
с министром экономики Азербайджанской Республики Микаилом Джаббаровым.</p>
<p>Стороны обсудили расширение товарооборота и работу торгового дома.</p>
</article></body></html>"""


@dataclass
class Site:
    """What the server serves: path → (status, headers, body), and what it was asked."""

    routes: dict[str, tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)  # path → 503s before success
    delays: dict[str, float] = field(default_factory=dict)  # path → seconds before answering
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    base: str = ""

    def asked(self, path: str) -> list[dict[str, str]]:
        return [headers for asked, headers in self.requests if asked == path]


def handler_for(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append((self.path, dict(self.headers)))
            if len(site.requests) > MAX_REQUESTS:
                self.answer(429, {}, b"")
                return
            time.sleep(site.delays.get(self.path, 0.0))
            if site.failures.get(self.path, 0) > 0:
                site.failures[self.path] -= 1
                self.answer(503, {}, b"busy")
                return
            status, headers, body = site.routes.get(self.path, (404, {}, b"not here"))
            etag = headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                self.answer(304, {"ETag": etag}, b"")
                return
            self.answer(status, headers, body)

        def answer(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(served))
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def rss(site: Site, *paths: str) -> bytes:
    items = "".join(
        f"<item><title>item {n}</title><link>{site.base}{p}</link>"
        f"<pubDate>Tue, 22 Apr 2025 10:00:00 +0300</pubDate></item>"
        for n, p in enumerate(paths)
    )
    channel = f"<channel><title>News</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def atom(site: Site, *paths: str) -> bytes:
    entries = "".join(
        f'<entry><title>entry {n}</title><link href="{site.base}{p}"/><id>{p}</id>'
        f"<updated>2025-03-05T10:00:00Z</updated></entry>"
        for n, p in enumerate(paths)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Review</title><id>urn:review</id><updated>2025-03-05T10:00:00Z</updated>{entries}</feed>"
    ).encode()


HTML = {"Content-Type": "text/html; charset=utf-8"}


def serve_news(site: Site) -> None:
    site.routes["/ru/1.html"] = (200, HTML, RU_PAGE.encode())
    site.routes["/en/visit.html"] = (200, HTML, (EXAMPLES / "news_visit.html").read_bytes())
    site.routes["/rss.xml"] = (200, {"ETag": '"v1"'}, rss(site, "/ru/1.html"))
    site.routes["/atom.xml"] = (
        200,
        {"Last-Modified": "Wed, 05 Mar 2025 10:00:00 GMT"},
        atom(site, "/en/visit.html"),
    )


def watch(db: Path, *args: str) -> tuple[int, str, str]:
    options = ["--timeout", "2", "--retries", "2", "--backoff", "0.01"]
    result = runner.invoke(app, ["--db", str(db), "watch", *args, "--once", *options])
    return result.exit_code, result.stdout, result.stderr


def documents(db: Path) -> list[dict[str, object]]:
    exported = runner.invoke(app, ["--db", str(db), "export"])
    return json.loads(exported.stdout)["documents"]  # type: ignore[no-any-return]


def test_rss_and_atom_items_are_ingested_as_pages(site: Site, tmp_path: Path) -> None:
    serve_news(site)
    db = tmp_path / "kb.sqlite"
    code, stdout, stderr = watch(db, f"{site.base}/rss.xml", f"{site.base}/atom.xml")
    assert code == 0, stderr
    assert f"{site.base}/rss.xml: 1 new, 0 seen before" in stdout
    assert f"{site.base}/atom.xml: 1 new, 0 seen before" in stdout
    docs = {d["path"]: d for d in documents(db)}
    assert set(docs) == {f"{site.base}/ru/1.html", f"{site.base}/en/visit.html"}
    assert docs[f"{site.base}/ru/1.html"]["format"] == "html"
    assert docs[f"{site.base}/ru/1.html"]["published"] == "2025-04-22"
    shown = runner.invoke(app, ["--db", str(db), "show", "partner", "AZ"]).stdout
    assert "2025-04-21" in shown, "the visit the Russian page reports is a contact"


def test_a_second_run_sends_validators_and_fetches_no_page_again(
    site: Site, tmp_path: Path
) -> None:
    serve_news(site)
    db = tmp_path / "kb.sqlite"
    feeds = (f"{site.base}/rss.xml", f"{site.base}/atom.xml")
    assert watch(db, *feeds)[0] == 0
    code, stdout, _ = watch(db, *feeds)  # a new process would find the same: it is stored
    assert code == 0
    assert f"{site.base}/rss.xml: not modified since the last round" in stdout
    assert f"{site.base}/atom.xml: 0 new, 1 seen before" in stdout
    assert site.asked("/rss.xml")[-1].get("If-None-Match") == '"v1"'
    assert site.asked("/atom.xml")[-1].get("If-Modified-Since") == "Wed, 05 Mar 2025 10:00:00 GMT"
    assert len(site.asked("/ru/1.html")) == 1 and len(site.asked("/en/visit.html")) == 1
    assert len(documents(db)) == 2


def test_the_same_page_at_a_second_address_is_not_stored_twice(site: Site, tmp_path: Path) -> None:
    serve_news(site)
    site.routes["/copy/1.html"] = site.routes["/ru/1.html"]
    site.routes["/both.xml"] = (200, {}, rss(site, "/ru/1.html", "/copy/1.html"))
    db = tmp_path / "kb.sqlite"
    code, stdout, _ = watch(db, f"{site.base}/both.xml")
    assert code == 0
    assert "1 new, 0 seen before, 1 already stored under another address" in stdout
    assert len(documents(db)) == 1


def test_a_failing_feed_is_one_line_and_the_others_go_on(site: Site, tmp_path: Path) -> None:
    serve_news(site)
    site.routes["/broken.xml"] = (200, {}, b"<html><body>no feed here</body></html>")
    listing = tmp_path / "feeds.txt"
    listing.write_text(
        f"# our feeds\n{site.base}/missing.xml\n{site.base}/broken.xml\n\n{site.base}/rss.xml\n",
        encoding="utf-8",
    )
    db = tmp_path / "kb.sqlite"
    code, stdout, stderr = watch(db, str(listing), "http://127.0.0.1:1/rss")
    assert code == 1
    lines = stderr.strip().splitlines()
    assert len(lines) == 3, stderr
    assert f"{site.base}/missing.xml: the server answered 404 Not Found" in stderr
    assert f"{site.base}/broken.xml: is not an RSS or Atom feed" in stderr
    assert "http://127.0.0.1:1/rss: cannot be reached" in stderr and "3 tries" in stderr
    assert f"{site.base}/rss.xml: 1 new" in stdout
    assert [d["path"] for d in documents(db)] == [f"{site.base}/ru/1.html"]


def test_a_busy_server_is_asked_again_after_a_pause(site: Site, tmp_path: Path) -> None:
    serve_news(site)
    site.failures["/ru/1.html"] = 2
    db = tmp_path / "kb.sqlite"
    code, stdout, stderr = watch(db, f"{site.base}/rss.xml")
    assert code == 0, stderr
    assert "1 new" in stdout
    assert len(site.asked("/ru/1.html")) == 3


def test_a_page_that_stays_down_is_tried_again_next_round(site: Site, tmp_path: Path) -> None:
    serve_news(site)
    site.failures["/ru/1.html"] = 3  # more than the tries of one round
    db = tmp_path / "kb.sqlite"
    code, _, stderr = watch(db, f"{site.base}/rss.xml")
    assert code == 1
    assert f"{site.base}/ru/1.html: the server answered 503 Service Unavailable" in stderr
    del site.routes["/rss.xml"][1]["ETag"]  # the feed itself unchanged, no validators
    code, stdout, _ = watch(db, f"{site.base}/rss.xml")
    assert code == 0 and "1 new, 0 seen before" in stdout


def test_a_slow_server_times_out(site: Site) -> None:
    serve_news(site)
    site.delays["/rss.xml"] = 1.0
    fetcher = Fetcher(timeout=0.2, retries=1, backoff=0.0)
    try:
        with pytest.raises(LiaisonError, match=r"rss.xml: timed out .*2 tries"):
            fetcher.get(f"{site.base}/rss.xml")
    finally:
        fetcher.close()
    # The client gave up on the second try; on a loaded machine the server's thread may
    # note that request only after the client has gone, so allow it a moment.
    deadline = time.monotonic() + 5
    while len(site.asked("/rss.xml")) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(site.asked("/rss.xml")) == 2


def test_a_schedule_runs_the_rounds_asked_for(site: Site, tmp_path: Path) -> None:
    serve_news(site)
    db = tmp_path / "kb.sqlite"
    result = runner.invoke(
        app, ["--db", str(db), "watch", f"{site.base}/rss.xml", "--every", "0.1s", "--rounds", "3"]
    )
    assert result.exit_code == 0, result.stderr
    assert len(site.asked("/rss.xml")) == 3
    assert result.stdout.count("not modified since the last round") == 2


@pytest.mark.parametrize("value", ["soon", "0", "-5m", "5 weeks"])
def test_an_interval_that_is_no_length_of_time_is_refused(value: str) -> None:
    with pytest.raises(LiaisonError, match="is not a length of time"):
        parse_interval(value)

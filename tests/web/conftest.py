"""Web fixtures: a knowledge base read from two corpus notes and one hostile fixture, on
SQLite and on PostgreSQL (LIAISON_TEST_DATABASE_URL), with a user of every role, and
clients signed in as each through the sign-in form, as a browser does."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from liaison.cli.flow import ingest_files
from liaison.config import Settings, database_url
from liaison.store import Store
from liaison.store.users import Role
from liaison.web import WebOptions, create_app
from tests.data import HOSTILE_TXT
from tests.store.conftest import POSTGRES_ENV, POSTGRES_MISSING, PostgresSchemas

CORPUS_NOTES = ("000_dbe67b22e53d9186.txt", "001_3211ef41689413ab.txt")
PASSWORD = "correct horse battery"
USERS = {"rita": Role.READER, "eddie": Role.EDITOR, "ada": Role.ADMIN}


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def kb_url(
    request: pytest.FixtureRequest, corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A knowledge base with two corpus notes, the hostile fixture and three users."""
    if request.param == "postgres":
        if not os.environ.get(POSTGRES_ENV):
            pytest.skip(POSTGRES_MISSING)
        schemas = PostgresSchemas(database_url(os.environ[POSTGRES_ENV]))
        url = schemas.new_url()
    else:
        schemas = None
        url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'kb.sqlite'}"
    files = [corpus_dir / name for name in CORPUS_NOTES] + [HOSTILE_TXT]
    with Store.open(url) as store:
        outcomes = list(ingest_files(files, Settings(database_url=url), store))
        assert all(o.error is None for o in outcomes), [str(o.error) for o in outcomes]
        for name, role in USERS.items():
            store.add_user(name, role, PASSWORD)
    yield url
    if schemas is not None:
        schemas.drop_all()


@pytest.fixture(scope="module")
def app(kb_url: str) -> Iterator[object]:
    web = create_app(Settings(database_url=kb_url), WebOptions(upload_workers=0))
    yield web


def csrf_of(html: str) -> str:
    """The CSRF token a page's forms carry."""
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def signed_in(app: object, name: str, password: str = PASSWORD) -> TestClient:
    """A client that signed in through the form, over plain http."""
    client = TestClient(app, base_url="http://127.0.0.1")  # type: ignore[arg-type]
    page = client.get("/signin")
    answer = client.post(
        "/signin",
        data={"name": name, "password": password, "csrf": csrf_of(page.text), "next": "/"},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text
    return client


@pytest.fixture(scope="module")
def reader(app: object) -> TestClient:
    return signed_in(app, "rita")


@pytest.fixture(scope="module")
def editor(app: object) -> TestClient:
    return signed_in(app, "eddie")


@pytest.fixture(scope="module")
def admin(app: object) -> TestClient:
    return signed_in(app, "ada")


@pytest.fixture
def anonymous(app: object) -> TestClient:
    return TestClient(app, base_url="http://127.0.0.1")  # type: ignore[arg-type]


@pytest.fixture
def form_of(editor: TestClient) -> Callable[[TestClient, str], str]:
    """The CSRF token of a client's session, read from a page it gets."""

    def token(client: TestClient, path: str = "/") -> str:
        return csrf_of(client.get(path).text)

    return token

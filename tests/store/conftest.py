"""Store fixtures: every test runs on SQLite in tmp_path and on PostgreSQL.

PostgreSQL comes from LIAISON_TEST_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1/test);
each store gets a schema of its own, dropped afterwards, so tests never see each other.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from liaison.config import database_url
from liaison.store import Store

POSTGRES_ENV = "LIAISON_TEST_DATABASE_URL"
POSTGRES_MISSING = f"{POSTGRES_ENV} is not set; PostgreSQL tests need a server"


class PostgresSchemas:
    """Creates uniquely named schemas on the test server and drops them all at the end."""

    def __init__(self, server_url: str) -> None:
        self.server_url = server_url
        self.admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
        self.names: list[str] = []

    def new_url(self) -> str:
        """A URL whose connections see only a fresh, empty schema."""
        name = f"liaison_test_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{name}"'))
        self.names.append(name)
        url = make_url(self.server_url).update_query_dict({"options": f"-csearch_path={name}"})
        return url.render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self.admin.connect() as conn:
            for name in self.names:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        self.admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    """The database the test runs on."""
    if request.param == "postgres" and not os.environ.get(POSTGRES_ENV):
        pytest.skip(POSTGRES_MISSING)
    return str(request.param)


@pytest.fixture
def new_store_url(backend: str, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """Makes URLs of fresh, empty knowledge bases on the test's backend."""
    if backend == "sqlite":
        counter = iter(range(1000))
        yield lambda: f"sqlite:///{tmp_path / f'kb{next(counter)}' / 'liaison.sqlite'}"
        return
    schemas = PostgresSchemas(database_url(os.environ[POSTGRES_ENV]))
    try:
        yield schemas.new_url
    finally:
        schemas.drop_all()


@pytest.fixture
def store_url(new_store_url: Callable[[], str]) -> str:
    """The URL of one fresh, empty knowledge base."""
    return new_store_url()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An open, empty, migrated knowledge base."""
    with Store.open(store_url) as opened:
        yield opened


@pytest.fixture
def open_store(new_store_url: Callable[[], str]) -> Iterator[Callable[[], Store]]:
    """Opens further empty knowledge bases on the same backend (for import tests)."""
    opened: list[Store] = []

    def make() -> Store:
        opened.append(Store.open(new_store_url()))
        return opened[-1]

    yield make
    for each in opened:
        each.close()

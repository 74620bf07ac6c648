"""The migrations build exactly the schema the model declares, on both backends."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect

from liaison.errors import StoreError
from liaison.model import Person
from liaison.store import Store
from liaison.store.engine import alembic_config, writing
from liaison.store.tables import include_object, metadata
from liaison.text.keys import LookupKeys, person_keys

from .examples import note_extraction


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    made = create_engine(store_url)
    yield made
    made.dispose()


def differences(engine: Engine) -> list[object]:
    """What autogenerate would change to bring the database to the metadata."""
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        return list(compare_metadata(context, metadata))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_an_empty_database_upgraded_to_head_matches_the_metadata(
    store_url: str, engine: Engine
) -> None:
    Store.open(store_url).close()

    assert differences(engine) == []
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert current_revision(engine) == head


def test_the_search_structures_exist_per_backend(store_url: str, engine: Engine) -> None:
    Store.open(store_url).close()

    names = set(inspect(engine).get_table_names())
    columns = {c["name"] for c in inspect(engine).get_columns("search_entries")}
    if engine.dialect.name == "sqlite":
        assert "search_fts" in names
    else:
        assert "tsv" in columns
    assert set(metadata.tables) <= names


def test_opening_again_keeps_what_is_stored(store_url: str) -> None:
    with Store.open(store_url) as first:
        first.save(note_extraction())
        counts = first.counts()

    with Store.open(store_url) as again:
        assert again.counts() == counts


def test_downgrade_to_base_and_back_to_head(store_url: str, engine: Engine) -> None:
    Store.open(store_url).close()
    with writing(engine) as conn:
        command.downgrade(alembic_config(conn), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}

    Store.open(store_url).close()

    assert differences(engine) == []


@pytest.mark.parametrize(
    "url",
    ["not a url at all", "mysql://127.0.0.1/kb", "postgresql+nodriver://127.0.0.1/kb"],
)
def test_an_unusable_url_is_a_store_error(url: str) -> None:
    with pytest.raises(StoreError):
        Store.open(url)


def test_a_server_that_does_not_answer_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot open the knowledge base at") as caught:
        Store.open("postgresql+psycopg://nobody:secret@127.0.0.1:1/kb?connect_timeout=2")

    assert "secret" not in str(caught.value)


def test_facts_stored_before_the_blocking_keys_are_filed_under_them(
    store_url: str, engine: Engine
) -> None:
    with Store.open(store_url) as kb:
        kb.save(note_extraction())
        stored = {p.name for p in kb.all(Person)}
    with writing(engine) as conn:
        command.downgrade(alembic_config(conn), "0001")
    assert "blocking_keys" not in inspect(engine).get_table_names()

    with Store.open(store_url) as kb:  # migrated back to head: the keys computed anew
        found = {p.name for name in stored for p in kb.candidates(Person, by_name(name))}

    assert found == stored and stored


def by_name(name: str) -> LookupKeys:
    return LookupKeys(keys=person_keys(name))

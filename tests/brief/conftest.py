"""A small knowledge base written for these tests, and the golden-file comparison.

The sample is in the project's own words: a country with a district and a city inside
it, a second country, two documents, agreements of every status, contacts of every
direction and date form, statements in four spheres, figures, and items without a
source that a note must leave out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.cli import flow
from liaison.config import Settings
from liaison.model import Home, KnowledgeBase
from liaison.store import Store
from tests.brief.sample_items import sample_events, sample_facts, sample_indicators
from tests.brief.sample_parties import (
    sample_agreements,
    sample_documents,
    sample_partners,
    sample_persons,
)


def sample_kb() -> KnowledgeBase:
    """The whole sample knowledge base."""
    return KnowledgeBase(
        documents=sample_documents(),
        partners=sample_partners(),
        agreements=sample_agreements(),
        events=tuple(sample_events()),
        persons=sample_persons(),
        facts=sample_facts(),
        indicators=sample_indicators(),
    )


@pytest.fixture
def kb() -> KnowledgeBase:
    return sample_kb()


@pytest.fixture
def home() -> Home:
    return Home()


@pytest.fixture(scope="module")
def corpus_kb(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    """The knowledge base of the whole corpus, ingested as a user would (skipped with the
    corpus)."""
    folder = tmp_path_factory.mktemp("corpus_kb")
    settings = Settings(database_url=f"sqlite:///{folder / 'kb.sqlite'}")
    store = Store.open(settings.database_url)
    outcomes = list(flow.ingest_files(sorted(corpus_dir.glob("*.txt")), settings, store))
    assert all(o.status != "failed" for o in outcomes)
    return store.export()

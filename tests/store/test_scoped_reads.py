"""A partner's view and note read that partner's part of the knowledge base only, and say
exactly what they say over the whole export; the partner links survive a migration."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from rich.console import Console
from sqlalchemy import inspect, select

from liaison.brief import render_markdown, select_note
from liaison.brief.partners import descendants, find_partner
from liaison.cli import flow, views
from liaison.config import Settings
from liaison.model import KnowledgeBase
from liaison.store import Store
from liaison.store.engine import alembic_config, head_revision, writing
from liaison.store.tables import partner_links
from tests.conftest import EXAMPLES


@pytest.fixture
def filled(store_url: str, corpus_dir: Path) -> Iterator[Store]:
    """A knowledge base of the samples and the corpus, ingested as a user would."""
    settings = Settings(database_url=store_url)
    files, _ = flow.expand([EXAMPLES, corpus_dir])
    with Store.open(store_url) as store:
        outcomes = list(flow.ingest_files(files, settings, store))
        assert all(o.status != "failed" for o in outcomes)
        yield store


def part_for(store: Store, kb: KnowledgeBase, partner_id: str) -> KnowledgeBase:
    root = find_partner(kb.partners, partner_id)
    return store.about_partners({p.id for p in descendants(kb.partners, root)}, [f"{root.id}-"])


def test_every_partner_note_from_its_part_equals_the_note_from_the_export(
    filled: Store,
) -> None:
    kb = filled.export()
    assert len(kb.partners) >= 3
    for partner in kb.partners:
        part = part_for(filled, kb, partner.id)
        whole, scoped = select_note(kb, partner.id), select_note(part, partner.id)
        for lang in ("ru", "en"):
            assert render_markdown(scoped, lang, True) == render_markdown(whole, lang, True)
        assert scoped.events == whole.events and scoped.indicators == whole.indicators
        assert len(part.documents) <= len(kb.documents)


def rendered(view: object) -> str:
    screen = Console(file=io.StringIO(), width=160)
    screen.print(view)
    return screen.file.getvalue()  # type: ignore[attr-defined, no-any-return]


def test_every_partner_view_from_its_listing_equals_the_view_from_the_export(
    filled: Store,
) -> None:
    kb = filled.export()
    for partner in kb.partners:
        inside = descendants(kb.partners, find_partner(kb.partners, partner.id))
        listing = filled.about_partners({p.id for p in inside}, [f"{partner.id}-"], is_listing=True)
        assert not listing.documents
        assert rendered(views.partner_view(listing, partner.id)) == rendered(
            views.partner_view(kb, partner.id)
        )


def test_a_partner_part_leaves_out_what_is_about_others(filled: Store) -> None:
    kb = filled.export()
    part = part_for(filled, kb, "TM")
    assert part.events and all(any(p.startswith("TM") for p in e.partners) for e in part.events)
    assert len(part.events) < len(kb.events)
    assert {d.id for d in part.documents} < {d.id for d in kb.documents}


def counted_over(kb: KnowledgeBase) -> dict[str, Counter[str]]:
    """Per partner: its agreements, contacts and statements, counted over an export."""
    found: dict[str, Counter[str]] = {}
    for key, items in (("agreements", kb.agreements), ("events", kb.events), ("facts", kb.facts)):
        for item in items:
            for partner in set(item.partners):
                found.setdefault(partner, Counter())[key] += 1
    return found


def test_partner_counts_from_links_equal_the_counts_over_the_export(filled: Store) -> None:
    counted = counted_over(filled.export())
    expected = {p: c["agreements"] + c["events"] + c["facts"] for p, c in counted.items()}
    assert filled.partner_counts() == expected
    summary = filled.partner_summary()
    for partner, c in counted.items():
        assert summary.get(partner, {}).get("agreements", 0) == c["agreements"]
        assert summary.get(partner, {}).get("events", 0) == c["events"]
        assert summary[partner]["documents"] >= 1


def test_document_paths_are_read_by_id(filled: Store) -> None:
    docs = filled.documents()
    assert filled.document_paths([docs[0].id, "nothing"]) == {docs[0].id: docs[0].path}


def test_links_are_filled_in_when_an_older_knowledge_base_is_migrated(filled: Store) -> None:
    engine = filled._engine
    with engine.connect() as conn:
        before = sorted(tuple(r) for r in conn.execute(select(partner_links)))
    assert before
    with writing(engine) as conn:
        command.downgrade(alembic_config(conn), "0001")
    assert "partner_links" not in inspect(engine).get_table_names()

    url = engine.url.render_as_string(hide_password=False)
    with Store.open(url) as again, again._engine.connect() as conn:
        after = sorted(tuple(r) for r in conn.execute(select(partner_links)))
    assert after == before


def test_the_head_revision_read_from_the_files_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()

"""Initial schema: the tables derived from the model, and full-text search per backend.

Generated with `alembic revision --autogenerate` from liaison.store.tables, then the
search structures written by hand below.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 04:09:23.774942
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('agreements',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('parties', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('signed', sa.Text(), nullable=True),
    sa.Column('period', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('replaces', sa.Text(), nullable=True),
    sa.Column('partners', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('spheres', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('entered_by', sa.Text(), nullable=True),
    sa.Column('entered_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreements'))
    )
    op.create_table('documents',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('lang', sa.Text(), nullable=False),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('blocks', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('source_offsets', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('format', sa.Text(), nullable=False),
    sa.Column('encoding', sa.Text(), nullable=True),
    sa.Column('supersedes', sa.Text(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('superseded_by', sa.Text(), nullable=True),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents'))
    )
    op.create_index(op.f('ix_documents_path'), 'documents', ['path'], unique=False)
    op.create_table('events',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('direction', sa.String(), nullable=False),
    sa.Column('place', sa.Text(), nullable=True),
    sa.Column('leader', sa.Text(), nullable=True),
    sa.Column('participants', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('partners', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('spheres', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('agreements', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('entered_by', sa.Text(), nullable=True),
    sa.Column('entered_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    op.create_table('facts',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('sphere', sa.String(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('years', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('organizations', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('persons', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('partners', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('entered_by', sa.Text(), nullable=True),
    sa.Column('entered_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facts'))
    )
    op.create_table('indicators',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('metric', sa.Text(), nullable=False),
    sa.Column('value', sa.Double(), nullable=False),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=True),
    sa.Column('period', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('partner', sa.Text(), nullable=True),
    sa.Column('scope', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('entered_by', sa.Text(), nullable=True),
    sa.Column('entered_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicators'))
    )
    op.create_table('organizations',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('partner', sa.Text(), nullable=True),
    sa.Column('aliases', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('entered_by', sa.Text(), nullable=True),
    sa.Column('entered_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations'))
    )
    op.create_table('partners',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('name_en', sa.Text(), nullable=False),
    sa.Column('level', sa.String(), nullable=False),
    sa.Column('country', sa.Text(), nullable=False),
    sa.Column('parent', sa.Text(), nullable=True),
    sa.Column('aliases', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('entered_by', sa.Text(), nullable=True),
    sa.Column('entered_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partners'))
    )
    op.create_table('persons',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('full_name', sa.Text(), nullable=True),
    sa.Column('name_en', sa.Text(), nullable=True),
    sa.Column('gender', sa.Text(), nullable=True),
    sa.Column('aliases', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('positions', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('partner', sa.Text(), nullable=True),
    sa.Column('entered_by', sa.Text(), nullable=True),
    sa.Column('entered_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons'))
    )
    op.create_table('search_entries',
    sa.Column('entry_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('item_id', sa.Text(), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('lemmas', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('entry_id', name=op.f('pk_search_entries')),
    sa.UniqueConstraint('kind', 'item_id', name=op.f('uq_search_entries_kind_item_id'))
    )
    op.create_table('conflicts',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('fact_kind', sa.String(), nullable=False),
    sa.Column('fact_id', sa.Text(), nullable=False),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('value', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('document_id', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_conflicts_document_id_documents')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_conflicts'))
    )
    op.create_index(op.f('ix_conflicts_document_id'), 'conflicts', ['document_id'], unique=False)
    op.create_index(op.f('ix_conflicts_fact_kind_fact_id'), 'conflicts', ['fact_kind', 'fact_id'], unique=False)
    op.create_table('mentions',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('fact_kind', sa.String(), nullable=False),
    sa.Column('fact_id', sa.Text(), nullable=False),
    sa.Column('document_id', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('rule', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_mentions_document_id_documents')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_mentions')),
    sa.UniqueConstraint('fact_kind', 'fact_id', 'document_id', 'start', 'end', 'rule', name=op.f('uq_mentions_fact_kind_fact_id_document_id_start_end_rule'))
    )
    op.create_index(op.f('ix_mentions_document_id'), 'mentions', ['document_id'], unique=False)
    create_search_index()


def downgrade() -> None:
    drop_search_index()
    for table in (
        "mentions", "conflicts", "search_entries", "persons", "partners", "organizations",
        "indicators", "facts", "events", "documents", "agreements",
    ):
        op.drop_table(table)


# The full-text structures over search_entries differ by backend, so they are written here
# by hand: an external-content FTS5 table kept in step by triggers on SQLite, a generated
# tsvector column with a GIN index on PostgreSQL. Lemmas are already normalised, so the
# tokenizers only split words: unicode61 without diacritics removal, and 'simple'.
SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(lemmas, content='search_entries', "
    "content_rowid='entry_id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN "
    "INSERT INTO search_fts(rowid, lemmas) VALUES (new.entry_id, new.lemmas); END",
    "CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, lemmas) "
    "VALUES ('delete', old.entry_id, old.lemmas); END",
    "CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, lemmas) "
    "VALUES ('delete', old.entry_id, old.lemmas); "
    "INSERT INTO search_fts(rowid, lemmas) VALUES (new.entry_id, new.lemmas); END",
)
POSTGRES_SEARCH = (
    "ALTER TABLE search_entries ADD COLUMN tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', lemmas)) STORED",
    "CREATE INDEX ix_search_entries_tsv ON search_entries USING gin (tsv)",
)


def create_search_index() -> None:
    """Create the backend's full-text structures over search_entries."""
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_SEARCH if dialect == "sqlite" else POSTGRES_SEARCH:
        op.execute(statement)


def drop_search_index() -> None:
    """Drop what create_search_index made."""
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("search_entries_ai", "search_entries_ad", "search_entries_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_search_entries_tsv")
        op.execute("ALTER TABLE search_entries DROP COLUMN IF EXISTS tsv")

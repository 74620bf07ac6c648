"""Resolution by index: blocking keys for persons, events and agreements, the record of
merges (why, by whom, what to undo), and the index that finds a fact's mentions.

The keys of facts already stored are computed here, so that a knowledge base made before
this revision is found by resolution like one made after it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 07:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from liaison.text.keys import fact_keys

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEYED = {"person": "persons", "event": "events", "agreement": "agreements"}


def upgrade() -> None:
    op.create_index(
        op.f("ix_mentions_fact_kind_fact_id"), "mentions", ["fact_kind", "fact_id"], unique=False
    )
    keys = op.create_table(
        "blocking_keys",
        sa.Column("fact_kind", sa.String(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("fact_id", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("fact_kind", "key", "fact_id", name=op.f("pk_blocking_keys")),
    )
    op.create_index(
        op.f("ix_blocking_keys_fact_kind_fact_id"),
        "blocking_keys",
        ["fact_kind", "fact_id"],
        unique=False,
    )
    op.create_table(
        "merges",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("fact_kind", sa.String(), nullable=False),
        sa.Column("survivor_id", sa.Text(), nullable=False),
        sa.Column("absorbed_id", sa.Text(), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.Column("merged_by", sa.Text(), nullable=True),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("document_id", sa.Text(), nullable=True),
        sa.Column("survivor_row", sa.JSON(none_as_null=True), nullable=False),
        sa.Column("absorbed_row", sa.JSON(none_as_null=True), nullable=False),
        sa.Column("moved", sa.JSON(none_as_null=True), nullable=False),
        sa.Column("undone_by", sa.Text(), nullable=True),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_merges")),
    )
    op.create_index(
        op.f("ix_merges_fact_kind_absorbed_id"), "merges", ["fact_kind", "absorbed_id"]
    )
    op.create_index(
        op.f("ix_merges_fact_kind_survivor_id"), "merges", ["fact_kind", "survivor_id"]
    )
    backfill_keys(keys)


def backfill_keys(keys: sa.Table) -> None:
    """File every stored person, event and agreement under its keys."""
    conn = op.get_bind()
    meta = sa.MetaData()
    for kind, name in KEYED.items():
        table = sa.Table(name, meta, autoload_with=conn)
        rows = [
            {"fact_kind": kind, "key": key, "fact_id": row["id"]}
            for row in (dict(r._mapping) for r in conn.execute(sa.select(table)))
            for key in sorted(fact_keys(kind, row))
        ]
        if rows:
            conn.execute(keys.insert(), rows)


def downgrade() -> None:
    op.drop_table("merges")
    op.drop_table("blocking_keys")
    op.drop_index(op.f("ix_mentions_fact_kind_fact_id"), table_name="mentions")

"""Partner links: which partners each fact names, indexed, so that a partner's view and note
read that partner's facts only; an index on persons' names for the people of its contacts.

Existing knowledge bases get their links filled in from the facts they hold.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 07:00:00
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Tables whose facts name partners: by a list ('partners') or by one id ('partner').
LISTS = {"agreement": "agreements", "event": "events", "fact": "facts"}
SINGLE = {"indicator": "indicators", "organization": "organizations", "person": "persons"}


def upgrade() -> None:
    links = op.create_table('partner_links',
    sa.Column('fact_kind', sa.String(), nullable=False),
    sa.Column('fact_id', sa.Text(), nullable=False),
    sa.Column('partner_id', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('fact_kind', 'fact_id', 'partner_id', name=op.f('pk_partner_links'))
    )
    op.create_index(op.f('ix_partner_links_partner_id_fact_kind'), 'partner_links', ['partner_id', 'fact_kind'], unique=False)
    op.create_index(op.f('ix_persons_name'), 'persons', ['name'], unique=False)
    fill_links(links)


def fill_links(links: sa.Table) -> None:
    """Links for the facts already stored."""
    conn = op.get_bind()
    rows = []
    for kind, table in LISTS.items():
        for fact_id, partners in conn.execute(sa.text(f"SELECT id, partners FROM {table}")):
            named = json.loads(partners) if isinstance(partners, str) else partners or []
            rows += [(kind, fact_id, p) for p in dict.fromkeys(named) if p]
    for kind, table in SINGLE.items():
        query = sa.text(f"SELECT id, partner FROM {table} WHERE partner IS NOT NULL")
        rows += [(kind, fact_id, partner) for fact_id, partner in conn.execute(query) if partner]
    if rows:
        op.bulk_insert(
            links, [{"fact_kind": k, "fact_id": i, "partner_id": p} for k, i, p in rows]
        )


def downgrade() -> None:
    op.drop_index(op.f('ix_persons_name'), table_name='persons')
    op.drop_index(op.f('ix_partner_links_partner_id_fact_kind'), table_name='partner_links')
    op.drop_table('partner_links')

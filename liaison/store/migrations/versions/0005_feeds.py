"""Feeds: what `liaison watch` remembers across restarts, each feed's ETag and
Last-Modified and every item seen, by address and by the hash of its content.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 07:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('feeds',
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('etag', sa.Text(), nullable=True),
    sa.Column('last_modified', sa.Text(), nullable=True),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('url', name=op.f('pk_feeds'))
    )
    op.create_table('feed_items',
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('feed_url', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.Text(), nullable=True),
    sa.Column('document_id', sa.Text(), nullable=True),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('url', name=op.f('pk_feed_items'))
    )
    op.create_index(op.f('ix_feed_items_content_hash'), 'feed_items', ['content_hash'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_feed_items_content_hash'), table_name='feed_items')
    op.drop_table('feed_items')
    op.drop_table('feeds')

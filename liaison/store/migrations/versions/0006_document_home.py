"""Documents remember the home region they were read for, so that a note for one home
shows only that home's contacts when several homes share a knowledge base.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 12:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('documents', sa.Column('home', sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column('documents', 'home')

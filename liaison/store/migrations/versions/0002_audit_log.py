"""The audit log: one row per change people make (corrections, undos, review decisions).

Generated with `alembic revision --autogenerate` from liaison.store.tables.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 06:55:28.710677
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('changes',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user', sa.Text(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('fact_kind', sa.Text(), nullable=False),
    sa.Column('fact_id', sa.Text(), nullable=False),
    sa.Column('field', sa.Text(), nullable=True),
    sa.Column('before', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('after', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('item', sa.Text(), nullable=True),
    sa.Column('undoes', sa.Text(), nullable=True),
    sa.Column('undone_by', sa.Text(), nullable=True),
    sa.Column('state', sa.JSON(none_as_null=True), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_changes')),
    sa.UniqueConstraint('id', name=op.f('uq_changes_id'))
    )
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_changes_fact_id'), ['fact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_changes_item'), ['item'], unique=False)
        batch_op.create_index(batch_op.f('ix_changes_user'), ['user'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_changes_user'))
        batch_op.drop_index(batch_op.f('ix_changes_item'))
        batch_op.drop_index(batch_op.f('ix_changes_fact_id'))

    op.drop_table('changes')

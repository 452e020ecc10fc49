"""exchange state: content hashes last exchanged per record (bundle merge)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('exchange_state',
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.Column('known_hashes', sa.JSON(), nullable=False),
    sa.Column('exchanged_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_exchange_state'))
    )


def downgrade() -> None:
    op.drop_table('exchange_state')

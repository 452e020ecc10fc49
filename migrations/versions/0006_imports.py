"""imports: one row per imported file (import_batch) and per record it created or
updated (import_item), for re-import without duplicates and 'Fortryd import' (issue 20)

New tables only: no existing row changes, so no exchange hashes need recomputing.

Revision ID: 0006_imports
Revises: 0005_meetings
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006_imports'
down_revision: str | None = '0005_meetings'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('import_batch',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('source_name', sa.String(length=300), nullable=False),
    sa.Column('source_hash', sa.String(length=64), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch'))
    )
    op.create_table('import_item',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('batch_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('created', sa.Boolean(), nullable=False),
    sa.Column('source_key', sa.String(length=500), nullable=False),
    sa.Column('source_hash', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'],
                            name=op.f('fk_import_item_batch_id_import_batch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_item'))
    )
    with op.batch_alter_table('import_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_item_batch_id'), ['batch_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_import_item_record_id'), ['record_id'],
                              unique=False)
        batch_op.create_index('ix_import_item_source_key', ['kind', 'source_key'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('import_item', schema=None) as batch_op:
        batch_op.drop_index('ix_import_item_source_key')
        batch_op.drop_index(batch_op.f('ix_import_item_record_id'))
        batch_op.drop_index(batch_op.f('ix_import_item_batch_id'))
    op.drop_table('import_item')
    op.drop_table('import_batch')

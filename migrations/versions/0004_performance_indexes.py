"""performance indexes: the log in display order from an index alone, updated_at for the
change token, the parties of relationship assessments

Plain CREATE/DROP INDEX (no batch mode): log_entry must never be copied into a new table,
because the full-text index refers to its rowids.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_REL_PARTIES = ('org_a_id', 'org_b_id', 'person_a_id', 'person_b_id')


def upgrade() -> None:
    op.drop_index('ix_log_entry_live_date', table_name='log_entry')
    op.drop_index('ix_log_entry_initiative_id', table_name='log_entry')
    op.create_index('ix_log_entry_live_order', 'log_entry',
                    ['deleted_at', 'entry_date', 'created_at', 'id'], unique=False)
    op.create_index('ix_log_entry_initiative_order', 'log_entry',
                    ['initiative_id', 'deleted_at', 'entry_date', 'created_at', 'id'],
                    unique=False)
    for table in ('log_entry', 'action', 'measurement', 'relationship_assessment'):
        op.create_index(f'ix_{table}_updated_at', table, ['updated_at'], unique=False)
    for column in _REL_PARTIES:
        op.create_index(f'ix_relationship_assessment_{column}', 'relationship_assessment',
                        [column], unique=False)


def downgrade() -> None:
    for column in _REL_PARTIES:
        op.drop_index(f'ix_relationship_assessment_{column}',
                      table_name='relationship_assessment')
    for table in ('log_entry', 'action', 'measurement', 'relationship_assessment'):
        op.drop_index(f'ix_{table}_updated_at', table_name=table)
    op.drop_index('ix_log_entry_initiative_order', table_name='log_entry')
    op.drop_index('ix_log_entry_live_order', table_name='log_entry')
    op.create_index('ix_log_entry_initiative_id', 'log_entry', ['initiative_id'], unique=False)
    op.create_index('ix_log_entry_live_date', 'log_entry', ['deleted_at', 'entry_date'],
                    unique=False)

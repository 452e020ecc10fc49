"""agreements with versions, their parties and initiatives, deviations, links from log
entries, and task transfers (issue 17)

New tables only: no existing column changes, so no exchange hash is recomputed. Log
entries of type *aftale* stay log entries (an agreement is a decision that was logged;
the register is where its document, versions and deviations live).

Revision ID: 0009_agreements
Revises: 0009_ask_links
Create Date: 2026-12-01
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = '0009_agreements'
down_revision: str | None = '0009_ask_links'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f'{target}.id'],
                                   name=op.f(f'fk_{table}_{column}_{target}'))


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f'ix_{table}_{column}'), table, [column], unique=False)


# table -> its indexed columns (for upgrade and downgrade alike)
INDEXED = {
    'agreement': ('series_id', 'title', 'forum_id', 'review_on'),
    'agreement_party': ('agreement_id', 'organisation_id'),
    'agreement_initiative': ('agreement_id', 'initiative_id'),
    'deviation': ('agreement_id', 'observed_on'),
    'agreement_entry': ('agreement_id', 'entry_id'),
    'task_transfer': ('agreement_id', 'initiative_id'),
}


def upgrade() -> None:
    op.create_table(
        'agreement', *_record_columns(),
        sa.Column('series_id', sa.Uuid(), nullable=False),
        sa.Column('supersedes_id', sa.Uuid(), nullable=True),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('title', sa.String(length=300), nullable=False),
        sa.Column('version_label', sa.String(length=64), nullable=False),
        sa.Column('status', sa.String(length=32), nullable=False),
        sa.Column('forum_id', sa.Uuid(), nullable=True),
        sa.Column('in_force_from', sa.Date(), nullable=True),
        sa.Column('in_force_to', sa.Date(), nullable=True),
        sa.Column('review_on', sa.Date(), nullable=True),
        sa.Column('owner_id', sa.Uuid(), nullable=True),
        sa.Column('document_ref', sa.String(length=1000), nullable=False),
        sa.Column('summary', sa.Text(), nullable=False),
        _fk('agreement', 'supersedes_id', 'agreement'),
        _fk('agreement', 'forum_id', 'forum'),
        _fk('agreement', 'owner_id', 'person'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement')),
    )
    op.create_table(
        'agreement_party', *_record_columns(),
        sa.Column('agreement_id', sa.Uuid(), nullable=False),
        sa.Column('organisation_id', sa.Uuid(), nullable=False),
        _fk('agreement_party', 'agreement_id', 'agreement'),
        _fk('agreement_party', 'organisation_id', 'organisation'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_party')),
    )
    op.create_table(
        'agreement_initiative', *_record_columns(),
        sa.Column('agreement_id', sa.Uuid(), nullable=False),
        sa.Column('initiative_id', sa.Uuid(), nullable=False),
        _fk('agreement_initiative', 'agreement_id', 'agreement'),
        _fk('agreement_initiative', 'initiative_id', 'initiative'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_initiative')),
    )
    op.create_table(
        'deviation', *_record_columns(),
        sa.Column('agreement_id', sa.Uuid(), nullable=False),
        sa.Column('observed_on', sa.Date(), nullable=False),
        sa.Column('title', sa.String(length=300), nullable=False),
        sa.Column('theme', sa.String(length=100), nullable=False),
        sa.Column('rule', sa.Text(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('effect', sa.Text(), nullable=False),
        sa.Column('proposal', sa.Text(), nullable=False),
        sa.Column('recorded_by', sa.String(length=300), nullable=False),
        _fk('deviation', 'agreement_id', 'agreement'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_deviation')),
    )
    op.create_table(
        'agreement_entry', *_record_columns(),
        sa.Column('agreement_id', sa.Uuid(), nullable=False),
        sa.Column('entry_id', sa.Uuid(), nullable=False),
        sa.Column('deviation_id', sa.Uuid(), nullable=True),
        _fk('agreement_entry', 'agreement_id', 'agreement'),
        _fk('agreement_entry', 'entry_id', 'log_entry'),
        _fk('agreement_entry', 'deviation_id', 'deviation'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_entry')),
    )
    op.create_table(
        'task_transfer', *_record_columns(),
        sa.Column('agreement_id', sa.Uuid(), nullable=True),
        sa.Column('initiative_id', sa.Uuid(), nullable=True),
        sa.Column('task', sa.String(length=300), nullable=False),
        sa.Column('from_org_id', sa.Uuid(), nullable=True),
        sa.Column('from_profession', sa.String(length=300), nullable=False),
        sa.Column('to_org_id', sa.Uuid(), nullable=True),
        sa.Column('to_profession', sa.String(length=300), nullable=False),
        sa.Column('competencies', sa.Text(), nullable=False),
        sa.Column('assurance', sa.Text(), nullable=False),
        sa.Column('medical_org_id', sa.Uuid(), nullable=True),
        sa.Column('medical_person_id', sa.Uuid(), nullable=True),
        sa.Column('medical_responsible', sa.String(length=300), nullable=False),
        sa.Column('indicator_id', sa.Uuid(), nullable=True),
        sa.Column('monitoring', sa.Text(), nullable=False),
        sa.Column('transferred_on', sa.Date(), nullable=True),
        _fk('task_transfer', 'agreement_id', 'agreement'),
        _fk('task_transfer', 'initiative_id', 'initiative'),
        _fk('task_transfer', 'from_org_id', 'organisation'),
        _fk('task_transfer', 'to_org_id', 'organisation'),
        _fk('task_transfer', 'medical_org_id', 'organisation'),
        _fk('task_transfer', 'medical_person_id', 'person'),
        _fk('task_transfer', 'indicator_id', 'indicator'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_task_transfer')),
    )
    for table, columns in INDEXED.items():
        _indexes(table, *columns)


def downgrade() -> None:
    for table in ('task_transfer', 'agreement_entry', 'deviation', 'agreement_initiative',
                  'agreement_party', 'agreement'):
        for column in INDEXED[table]:
            op.drop_index(op.f(f'ix_{table}_{column}'), table_name=table)
        op.drop_table(table)

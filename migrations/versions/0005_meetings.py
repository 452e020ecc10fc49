"""meetings: forums (with initiatives and members), meetings (with attendees), agenda items
and their links to records, 'hold kontakten' rhythms (issue 16)

New tables only: no existing row changes, so no exchange hashes need recomputing.

Revision ID: 0005_meetings
Revises: 0004
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005_meetings'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record() -> list[sa.Column]:  # type: ignore[type-arg]
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


def _table(name: str, *columns: sa.Column, fks: Sequence[tuple[str, str]] = (),  # type: ignore[type-arg]
           indexes: Sequence[str] = ()) -> None:
    op.create_table(name, *_record(), *columns,
                    *[_fk(name, c, t) for c, t in fks],
                    sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{name}')))
    with op.batch_alter_table(name, schema=None) as batch_op:
        for column in indexes:
            batch_op.create_index(batch_op.f(f'ix_{name}_{column}'), [column], unique=False)


def upgrade() -> None:
    _table('forum',
           sa.Column('name', sa.String(length=300), nullable=False),
           sa.Column('kind', sa.String(length=32), nullable=False),
           sa.Column('rhythm_weeks', sa.Integer(), nullable=True),
           sa.Column('place', sa.String(length=300), nullable=False),
           sa.Column('description', sa.Text(), nullable=False),
           indexes=['name'])
    _table('forum_initiative',
           sa.Column('forum_id', sa.Uuid(), nullable=False),
           sa.Column('initiative_id', sa.Uuid(), nullable=False),
           fks=[('forum_id', 'forum'), ('initiative_id', 'initiative')],
           indexes=['forum_id', 'initiative_id'])
    _table('forum_member',
           sa.Column('forum_id', sa.Uuid(), nullable=False),
           sa.Column('person_id', sa.Uuid(), nullable=False),
           sa.Column('role', sa.String(length=300), nullable=False),
           fks=[('forum_id', 'forum'), ('person_id', 'person')],
           indexes=['forum_id', 'person_id'])
    _table('meeting',
           sa.Column('forum_id', sa.Uuid(), nullable=False),
           sa.Column('title', sa.String(length=300), nullable=False),
           sa.Column('meeting_date', sa.Date(), nullable=False),
           sa.Column('start_time', sa.Time(), nullable=True),
           sa.Column('end_time', sa.Time(), nullable=True),
           sa.Column('place', sa.String(length=300), nullable=False),
           sa.Column('status', sa.String(length=32), nullable=False),
           sa.Column('notes', sa.Text(), nullable=False),
           fks=[('forum_id', 'forum')],
           indexes=['forum_id', 'meeting_date'])
    _table('meeting_attendee',
           sa.Column('meeting_id', sa.Uuid(), nullable=False),
           sa.Column('person_id', sa.Uuid(), nullable=False),
           sa.Column('present', sa.Boolean(), nullable=True),
           fks=[('meeting_id', 'meeting'), ('person_id', 'person')],
           indexes=['meeting_id', 'person_id'])
    _table('agenda_item',
           sa.Column('meeting_id', sa.Uuid(), nullable=False),
           sa.Column('position', sa.Integer(), nullable=False),
           sa.Column('kind', sa.String(length=32), nullable=False),
           sa.Column('title', sa.String(length=300), nullable=False),
           sa.Column('purpose', sa.String(length=32), nullable=False),
           sa.Column('owner_id', sa.Uuid(), nullable=True),
           sa.Column('minutes', sa.Integer(), nullable=False),
           sa.Column('description', sa.Text(), nullable=False),
           sa.Column('notes', sa.Text(), nullable=False),
           fks=[('meeting_id', 'meeting'), ('owner_id', 'person')],
           indexes=['meeting_id'])
    _table('agenda_item_link',
           sa.Column('item_id', sa.Uuid(), nullable=False),
           sa.Column('entity', sa.String(length=64), nullable=False),
           sa.Column('record_id', sa.Uuid(), nullable=False),
           sa.Column('role', sa.String(length=16), nullable=False),
           fks=[('item_id', 'agenda_item')],
           indexes=['item_id', 'record_id'])
    _table('contact_rhythm',
           sa.Column('person_id', sa.Uuid(), nullable=False),
           sa.Column('interval_days', sa.Integer(), nullable=False),
           fks=[('person_id', 'person')],
           indexes=['person_id'])


def downgrade() -> None:
    for name in ('contact_rhythm', 'agenda_item_link', 'agenda_item', 'meeting_attendee',
                 'meeting', 'forum_member', 'forum_initiative', 'forum'):
        op.drop_table(name)

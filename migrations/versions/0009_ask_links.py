"""an ask links several log entries and actions (ask_link)

Until now an ask linked one log entry (``ask.entry_id``, the entry that raised it). The new
table ``ask_link`` holds every log entry and action an ask concerns. Data migrated, nothing
dropped: one link per ask that had an entry; ``ask.entry_id`` stays as the entry that
raised the ask (always one of its links).

Derived links get deterministic ids (uuid5 of ask, kind and record) and the ask's own
timestamps, so two laptops that migrate the same asks derive identical links. Where the ask
was exchanged before, the link's exchange state is written too (the counterpart derives
the same link), so unlinking it later on one side is an update on the other, not a
conflict. No existing table changes columns: no other hash is recomputed.

Revision ID: 0009_ask_links
Revises: 0008
Create Date: 2026-12-01
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from brobygger.store.types import UTCDateTime

revision: str = '0009_ask_links'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Fixed namespace: never change it (brobygger.services.ask_links.LINK_NAMESPACE is the same).
LINK_NAMESPACE = uuid.UUID('2c4b8f0e-7d1a-4b9e-8f35-61a0d2c7e94b')


def link_id(ask_id: uuid.UUID, kind: str, record_id: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(LINK_NAMESPACE, f'{ask_id}:{kind}:{record_id}')


def upgrade() -> None:
    op.create_table(
        'ask_link',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('ask_id', sa.Uuid(), nullable=False),
        sa.Column('entry_id', sa.Uuid(), nullable=True),
        sa.Column('action_id', sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(['action_id'], ['action.id'],
                                name=op.f('fk_ask_link_action_id_action')),
        sa.ForeignKeyConstraint(['ask_id'], ['ask.id'], name=op.f('fk_ask_link_ask_id_ask')),
        sa.ForeignKeyConstraint(['entry_id'], ['log_entry.id'],
                                name=op.f('fk_ask_link_entry_id_log_entry')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ask_link')),
    )
    for column in ('ask_id', 'entry_id', 'action_id'):
        op.create_index(op.f(f'ix_ask_link_{column}'), 'ask_link', [column], unique=False)
    _migrate_links(op.get_bind())


_meta = sa.MetaData()
_ask = sa.Table('ask', _meta, sa.Column('id', sa.Uuid()), sa.Column('created_at', UTCDateTime()),
                sa.Column('updated_at', UTCDateTime()), sa.Column('entry_id', sa.Uuid()))
_link = sa.Table('ask_link', _meta, sa.Column('id', sa.Uuid()),
                 sa.Column('created_at', UTCDateTime()), sa.Column('updated_at', UTCDateTime()),
                 sa.Column('deleted_at', UTCDateTime()), sa.Column('version', sa.Integer()),
                 sa.Column('ask_id', sa.Uuid()), sa.Column('entry_id', sa.Uuid()),
                 sa.Column('action_id', sa.Uuid()))
_STATE = sa.Table('exchange_state', _meta, sa.Column('record_id', sa.Uuid()),
                  sa.Column('entity', sa.String()), sa.Column('last_hash', sa.String()),
                  sa.Column('known_hashes', sa.JSON()),
                  sa.Column('exchanged_at', UTCDateTime()))


def plan_links(asks: Sequence[Any]) -> list[dict[str, Any]]:
    """The links for the asks' single entries (pure: the test reads it too)."""
    rows = []
    for ask in asks:
        if ask.entry_id is None:
            continue
        ask_id, entry_id = uuid.UUID(str(ask.id)), uuid.UUID(str(ask.entry_id))
        rows.append({'id': link_id(ask_id, 'log_entry', entry_id),
                     'created_at': ask.created_at, 'updated_at': ask.created_at,
                     'deleted_at': None, 'version': 1, 'ask_id': ask_id,
                     'entry_id': entry_id, 'action_id': None})
    return rows


def _migrate_links(bind: sa.Connection) -> None:
    rows = plan_links(bind.execute(sa.select(_ask)).all())
    if not rows:
        return
    bind.execute(sa.insert(_link), rows)
    # the exchange state of a derived link whose ask was exchanged: the counterpart
    # derives the identical link (same id, same content)
    from brobygger.exchange.records import _encode_value, content_hash

    exchanged = {uuid.UUID(str(r.record_id)) for r in bind.execute(
        sa.select(_STATE.c.record_id).where(_STATE.c.entity == 'ask'))}
    now = datetime.now(UTC)
    states = []
    for row in rows:
        if row['ask_id'] not in exchanged:
            continue
        saved = bind.execute(sa.select(_link).where(_link.c.id == row['id'])).mappings().one()
        digest = content_hash('ask_link', {k: _encode_value(v) for k, v in saved.items()})
        states.append({'record_id': row['id'], 'entity': 'ask_link', 'last_hash': digest,
                       'known_hashes': [digest], 'exchanged_at': now})
    if states:
        bind.execute(sa.insert(_STATE), states)


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(sa.delete(_STATE).where(_STATE.c.entity == 'ask_link'))
    for column in ('ask_id', 'entry_id', 'action_id'):
        op.drop_index(op.f(f'ix_ask_link_{column}'), table_name='ask_link')
    op.drop_table('ask_link')

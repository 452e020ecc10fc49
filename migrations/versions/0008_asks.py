"""asks with a life cycle, readiness answers, self-reviews, an indicator's target date

Data migrated, nothing dropped:
- one ask per barrier assessment with a concrete ask, and one per escalation entry in the
  log – except that an escalation entry linked to the same barrier in the same initiative
  on the same date becomes part of that barrier's ask (it is the same matter);
- one readiness answer per reflection an initiative had ticked or unticked (ja / nej);
- the exchange hashes of indicators are recomputed (they gained a column), so the first
  exchange after the upgrade is not a wall of false conflicts.

Derived rows get deterministic ids (uuid5 of the source record's id), so two laptops that
migrate the same data agree on them.

Revision ID: 0008
Revises: 0007_example_per_initiative
Create Date: 2026-11-30
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from brobygger.store.types import UTCDateTime

revision: str = '0008'
down_revision: str | None = '0007_example_per_initiative'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Fixed namespaces: never change them (ids derived from them are shared between laptops).
ASK_NAMESPACE = uuid.UUID('6f1d3c1e-5b0a-4f53-9a43-0a8f3b7f2c15')
READINESS_NAMESPACE = uuid.UUID('0b7e2d9a-8c4f-4e61-b3d2-5a9c1e7f4d28')

# Old escalation levels -> ask levels ("lokalt" has no addressee above the chiefs).
_LEVEL = {'lokalt': 'chef', 'chef': 'chef', 'topledelse': 'topledelse',
          'politisk': 'politisk', 'nationalt': 'nationalt', 'sundhedsraad': 'sundhedsraad'}
_STATUS = {'loest': 'imoedekommet'}  # identificeret, eskaleret, under_behandling: åben


def _record_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    _create_tables()
    with op.batch_alter_table('indicator') as batch_op:
        batch_op.add_column(sa.Column('target_date', sa.Date(), nullable=True))
    bind = op.get_bind()
    _migrate_asks(bind)
    _migrate_readiness(bind)
    _rehash_indicators(bind)


def _create_tables() -> None:
    op.create_table(
        'ask', *_record_columns(),
        sa.Column('initiative_id', sa.Uuid(), nullable=False),
        sa.Column('title', sa.String(length=300), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('raised_on', sa.Date(), nullable=False),
        sa.Column('raised_by', sa.String(length=300), nullable=False),
        sa.Column('level', sa.String(length=32), nullable=False),
        sa.Column('addressee_org_id', sa.Uuid(), nullable=True),
        sa.Column('addressee_person_id', sa.Uuid(), nullable=True),
        sa.Column('addressee', sa.String(length=300), nullable=False),
        sa.Column('due_date', sa.Date(), nullable=True),
        sa.Column('status', sa.String(length=32), nullable=False),
        sa.Column('answer', sa.Text(), nullable=False),
        sa.Column('answered_on', sa.Date(), nullable=True),
        sa.Column('answered_by', sa.String(length=300), nullable=False),
        sa.Column('closed_on', sa.Date(), nullable=True),
        sa.Column('barrier', sa.String(length=64), nullable=True),
        sa.Column('plague', sa.String(length=64), nullable=True),
        sa.Column('barrier_assessment_id', sa.Uuid(), nullable=True),
        sa.Column('entry_id', sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(['addressee_org_id'], ['organisation.id'],
                                name=op.f('fk_ask_addressee_org_id_organisation')),
        sa.ForeignKeyConstraint(['addressee_person_id'], ['person.id'],
                                name=op.f('fk_ask_addressee_person_id_person')),
        sa.ForeignKeyConstraint(['barrier_assessment_id'], ['barrier_assessment.id'],
                                name=op.f('fk_ask_barrier_assessment_id_barrier_assessment')),
        sa.ForeignKeyConstraint(['entry_id'], ['log_entry.id'],
                                name=op.f('fk_ask_entry_id_log_entry')),
        sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'],
                                name=op.f('fk_ask_initiative_id_initiative')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ask')),
    )
    for column in ('initiative_id', 'raised_on', 'addressee_org_id', 'status',
                   'barrier_assessment_id', 'entry_id'):
        op.create_index(op.f(f'ix_ask_{column}'), 'ask', [column], unique=False)
    op.create_index('ix_ask_updated_at', 'ask', ['updated_at'], unique=False)
    op.create_table(
        'readiness_answer', *_record_columns(),
        sa.Column('initiative_id', sa.Uuid(), nullable=False),
        sa.Column('reflection', sa.String(length=64), nullable=False),
        sa.Column('answer', sa.String(length=32), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('answered_on', sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'],
                                name=op.f('fk_readiness_answer_initiative_id_initiative')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_readiness_answer')),
    )
    op.create_index(op.f('ix_readiness_answer_initiative_id'), 'readiness_answer',
                    ['initiative_id'], unique=False)
    op.create_table(
        'self_review', *_record_columns(),
        sa.Column('person_id', sa.Uuid(), nullable=False),
        sa.Column('topic', sa.String(length=64), nullable=False),
        sa.Column('reviewed_on', sa.Date(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('shared', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'],
                                name=op.f('fk_self_review_person_id_person')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_self_review')),
    )
    op.create_index(op.f('ix_self_review_person_id'), 'self_review', ['person_id'],
                    unique=False)


# -- the data ------------------------------------------------------------------------------
_meta = sa.MetaData()
_barrier = sa.Table('barrier_assessment', _meta,
                    sa.Column('id', sa.Uuid()), sa.Column('created_at', UTCDateTime()),
                    sa.Column('deleted_at', UTCDateTime()),
                    sa.Column('initiative_id', sa.Uuid()), sa.Column('barrier', sa.String()),
                    sa.Column('assessed_on', sa.Date()),
                    sa.Column('escalation_level', sa.String()), sa.Column('ask', sa.Text()),
                    sa.Column('ask_to', sa.String()), sa.Column('status', sa.String()))
_entry = sa.Table('log_entry', _meta,
                  sa.Column('id', sa.Uuid()), sa.Column('created_at', UTCDateTime()),
                  sa.Column('deleted_at', UTCDateTime()),
                  sa.Column('initiative_id', sa.Uuid()), sa.Column('entry_date', sa.Date()),
                  sa.Column('type', sa.String()), sa.Column('title', sa.String()),
                  sa.Column('body', sa.Text()), sa.Column('escalation_level', sa.String()),
                  sa.Column('escalated_to', sa.String()), sa.Column('author', sa.String()))
_entry_barrier = sa.Table('log_entry_barrier', _meta, sa.Column('entry_id', sa.Uuid()),
                          sa.Column('barrier', sa.String()))
_entry_plague = sa.Table('log_entry_plague', _meta, sa.Column('entry_id', sa.Uuid()),
                         sa.Column('plague', sa.String()))
_initiative = sa.Table('initiative', _meta, sa.Column('id', sa.Uuid()),
                       sa.Column('updated_at', UTCDateTime()),
                       sa.Column('readiness', sa.JSON()))
# Typed for binding; other columns are text.
_TYPES: dict[str, Any] = {
    'id': sa.Uuid(), 'initiative_id': sa.Uuid(), 'addressee_org_id': sa.Uuid(),
    'addressee_person_id': sa.Uuid(), 'barrier_assessment_id': sa.Uuid(),
    'entry_id': sa.Uuid(), 'created_at': UTCDateTime(), 'updated_at': UTCDateTime(),
    'deleted_at': UTCDateTime(), 'version': sa.Integer(), 'raised_on': sa.Date(),
    'due_date': sa.Date(), 'answered_on': sa.Date(), 'closed_on': sa.Date()}


def _typed(name: str, columns: Sequence[str]) -> sa.Table:
    return sa.Table(name, _meta, *[sa.Column(c, _TYPES.get(c, sa.Text())) for c in columns])


_ask = _typed('ask', (
    'id', 'created_at', 'updated_at', 'deleted_at', 'version', 'initiative_id', 'title',
    'reason', 'raised_on', 'raised_by', 'level', 'addressee_org_id', 'addressee_person_id',
    'addressee', 'due_date', 'status', 'answer', 'answered_on', 'answered_by', 'closed_on',
    'barrier', 'plague', 'barrier_assessment_id', 'entry_id'))
_readiness = _typed('readiness_answer', (
    'id', 'created_at', 'updated_at', 'deleted_at', 'version', 'initiative_id', 'reflection',
    'answer', 'note', 'answered_on'))


def _links(bind: sa.Connection, tbl: sa.Table, column: str) -> dict[uuid.UUID, list[str]]:
    out: dict[uuid.UUID, list[str]] = {}
    for entry_id, value in bind.execute(sa.select(tbl.c.entry_id, tbl.c[column])):
        out.setdefault(uuid.UUID(str(entry_id)), []).append(value)
    return {k: sorted(v) for k, v in out.items()}


def _ask_row(**values: Any) -> dict[str, Any]:
    now = datetime.now(UTC)
    row: dict[str, Any] = {
        'created_at': now, 'updated_at': now, 'deleted_at': None, 'version': 1,
        'reason': '', 'raised_by': '', 'addressee_org_id': None, 'addressee_person_id': None,
        'addressee': '', 'due_date': None, 'status': 'aaben', 'answer': '',
        'answered_on': None, 'answered_by': '', 'closed_on': None, 'barrier': None,
        'plague': None, 'barrier_assessment_id': None, 'entry_id': None}
    row.update(values)
    return row


def plan_asks(barriers: Sequence[Any], entries: Sequence[Any],
              entry_barriers: dict[uuid.UUID, list[str]],
              entry_plagues: dict[uuid.UUID, list[str]]) -> list[dict[str, Any]]:
    """The asks for the old records (pure: the test reads it too)."""
    asks: list[dict[str, Any]] = []
    merged: set[uuid.UUID] = set()
    escalations = sorted((e for e in entries if e.type == 'eskalering'),
                         key=lambda e: (e.entry_date, e.created_at, str(e.id)))
    for b in sorted(barriers, key=lambda b: (b.assessed_on, b.barrier, str(b.id))):
        if not (b.ask or '').strip():
            continue
        match = next((e for e in escalations if e.id not in merged
                      and e.initiative_id == b.initiative_id
                      and e.entry_date == b.assessed_on
                      and b.barrier in entry_barriers.get(e.id, [])), None)
        reason = ''
        plague = None
        if match is not None:
            merged.add(match.id)
            reason = match.title + (f'\n\n{match.body}' if match.body else '')
            plague = next(iter(entry_plagues.get(match.id, [])), None)
        status = _STATUS.get(b.status, 'aaben')
        asks.append(_ask_row(
            id=uuid.uuid5(ASK_NAMESPACE, str(b.id)), created_at=b.created_at,
            deleted_at=b.deleted_at, initiative_id=b.initiative_id, title=b.ask.strip()[:300],
            reason=(reason or (b.ask.strip() if len(b.ask.strip()) > 300 else '')),
            raised_on=b.assessed_on, raised_by=match.author if match is not None else '',
            level=_LEVEL.get(b.escalation_level, 'topledelse'),
            addressee=(b.ask_to or (match.escalated_to if match is not None else ''))[:300],
            status=status, barrier=b.barrier, plague=plague, barrier_assessment_id=b.id,
            entry_id=match.id if match is not None else None))
    for e in escalations:
        if e.id in merged:
            continue
        asks.append(_ask_row(
            id=uuid.uuid5(ASK_NAMESPACE, str(e.id)), created_at=e.created_at,
            deleted_at=e.deleted_at, initiative_id=e.initiative_id, title=e.title[:300],
            reason=e.body or '', raised_on=e.entry_date, raised_by=e.author or '',
            level=_LEVEL.get(e.escalation_level or '', 'topledelse'),
            addressee=(e.escalated_to or '')[:300],
            barrier=next(iter(entry_barriers.get(e.id, [])), None),
            plague=next(iter(entry_plagues.get(e.id, [])), None), entry_id=e.id))
    return [a for a in asks if a['initiative_id'] is not None]


def _migrate_asks(bind: sa.Connection) -> None:
    barriers = bind.execute(sa.select(_barrier)).all()
    entries = bind.execute(sa.select(_entry).where(_entry.c.type == 'eskalering')).all()
    rows = plan_asks(barriers, entries, _links(bind, _entry_barrier, 'barrier'),
                     _links(bind, _entry_plague, 'plague'))
    if rows:
        bind.execute(sa.insert(_ask), rows)


def _migrate_readiness(bind: sa.Connection) -> None:
    rows = []
    now = datetime.now(UTC)
    for iid, updated, readiness in bind.execute(sa.select(_initiative)):
        stamp = updated if isinstance(updated, datetime) else now
        for code, value in sorted((readiness or {}).items()):
            rows.append({
                'id': uuid.uuid5(READINESS_NAMESPACE, f'{iid}:{code}'), 'created_at': now,
                'updated_at': now, 'deleted_at': None, 'version': 1, 'initiative_id': iid,
                'reflection': code, 'answer': 'ja' if value else 'nej', 'note': '',
                'answered_on': stamp.date() if isinstance(stamp, datetime) else date.today()})
    if rows:
        bind.execute(sa.insert(_readiness), rows)


# The indicator's columns at this revision, in order (a later migration may add more).
_INDICATOR = sa.Table('indicator', _meta, sa.Column('id', sa.Uuid()),
                      sa.Column('created_at', UTCDateTime()),
                      sa.Column('updated_at', UTCDateTime()),
                      sa.Column('deleted_at', UTCDateTime()), sa.Column('version', sa.Integer()),
                      sa.Column('initiative_id', sa.Uuid()), sa.Column('name', sa.String()),
                      sa.Column('unit', sa.String()), sa.Column('direction', sa.String()),
                      sa.Column('baseline', sa.Float()), sa.Column('target', sa.Float()),
                      sa.Column('description', sa.Text()), sa.Column('target_date', sa.Date()))
_STATE = sa.Table('exchange_state', _meta, sa.Column('record_id', sa.Uuid()),
                  sa.Column('entity', sa.String()), sa.Column('last_hash', sa.String()),
                  sa.Column('known_hashes', sa.JSON()))


def _rehash_indicators(bind: sa.Connection) -> None:
    """An indicator's content hash now includes ``target_date`` (None for every migrated
    row): where the exchange state knows the old hash of the current content, put the new
    hash in its place."""
    from brobygger.exchange.records import _encode_value, content_hash

    known = {uuid.UUID(str(r.record_id)): r for r in bind.execute(
        sa.select(_STATE).where(_STATE.c.entity == 'indicator'))}
    if not known:
        return
    for row in bind.execute(sa.select(_INDICATOR)).mappings():
        st = known.get(row['id'])
        if st is None:
            continue
        encoded = {k: _encode_value(v) for k, v in row.items()}
        new = content_hash('indicator', encoded)
        old = content_hash('indicator', {k: v for k, v in encoded.items()
                                         if k != 'target_date'})
        hashes = [new if h == old else h for h in (st.known_hashes or [])]
        last = new if st.last_hash == old else st.last_hash
        bind.execute(sa.update(_STATE).where(_STATE.c.record_id == st.record_id)
                     .values(last_hash=last, known_hashes=hashes))


def downgrade() -> None:
    with op.batch_alter_table('indicator') as batch_op:
        batch_op.drop_column('target_date')
    op.drop_index(op.f('ix_self_review_person_id'), table_name='self_review')
    op.drop_table('self_review')
    op.drop_index(op.f('ix_readiness_answer_initiative_id'), table_name='readiness_answer')
    op.drop_table('readiness_answer')
    op.drop_index('ix_ask_updated_at', table_name='ask')
    for column in ('initiative_id', 'raised_on', 'addressee_org_id', 'status',
                   'barrier_assessment_id', 'entry_id'):
        op.drop_index(op.f(f'ix_ask_{column}'), table_name='ask')
    op.drop_table('ask')

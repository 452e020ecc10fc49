"""the health reform's structures and indicators per party

- ``organisation.kind``: an ordinary organisation or a sundhedsråd, sundhedsklynge,
  KAP-enhed, praksiskonsulentordning or samarbejdsudvalg (every existing organisation is an
  ordinary one: nothing is guessed from names);
- ``person.role``: a function across sectors such as the almen medicinsk overlæge (none);
- ``initiative.kind``: klyngeprojekt, opgaveoverdragelse, … (not stated);
- ``ask.addressee_forum_id``: an ask may be addressed to a forum (none);
- ``indicator_party`` and ``measurement.organisation_id``: an indicator broken down by
  party, with measurements per party (every existing measurement is the indicator's
  overall value).

No row is derived, so no id is made up. The exchange hashes of the changed tables are
recomputed (each gained a column), so the first exchange after the upgrade is not a wall of
false conflicts.

Revision ID: 0010_reform_parties
Revises: 0011_fts_prefix
Create Date: 2026-12-01
"""

import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = '0010_reform_parties'
down_revision: str | None = '0011_fts_prefix'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> the columns this migration adds (and the value every migrated row gets)
ADDED: dict[str, dict[str, Any]] = {
    'organisation': {'kind': 'organisation'},
    'person': {'role': None},
    'initiative': {'kind': None},
    'ask': {'addressee_forum_id': None},
    'measurement': {'organisation_id': None},
}


def upgrade() -> None:
    # The server default fills existing rows; it stays (removing it would rebuild the
    # table on SQLite, which other tables refer to). New rows get the model's default.
    with op.batch_alter_table('organisation') as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=32), nullable=False,
                                      server_default='organisation'))
    with op.batch_alter_table('person') as batch_op:
        batch_op.add_column(sa.Column('role', sa.String(length=32), nullable=True))
    with op.batch_alter_table('initiative') as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=32), nullable=True))
    _add_reference('ask', 'addressee_forum_id', 'forum')
    _add_reference('measurement', 'organisation_id', 'organisation')
    op.create_table(
        'indicator_party',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('indicator_id', sa.Uuid(), nullable=False),
        sa.Column('organisation_id', sa.Uuid(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'],
                                name=op.f('fk_indicator_party_indicator_id_indicator')),
        sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'],
                                name=op.f('fk_indicator_party_organisation_id_organisation')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_party')),
    )
    op.create_index(op.f('ix_indicator_party_indicator_id'), 'indicator_party',
                    ['indicator_id'], unique=False)
    op.create_index(op.f('ix_indicator_party_organisation_id'), 'indicator_party',
                    ['organisation_id'], unique=False)
    bind = op.get_bind()
    for name, added in ADDED.items():
        _rehash(bind, name, added)


def _add_reference(table: str, column: str, target: str) -> None:
    """A nullable reference column with its index and foreign key. On SQLite without
    rebuilding the table (other tables refer to it, e.g. ``ask_link`` to ``ask``):
    ``ADD COLUMN … REFERENCES`` is allowed there for a column that starts empty."""
    fk, ix = f'fk_{table}_{column}_{target}', f'ix_{table}_{column}'
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(f'ALTER TABLE {table} ADD COLUMN {column} CHAR(32) '
                   f'CONSTRAINT {fk} REFERENCES {target} (id)')
    else:
        op.add_column(table, sa.Column(column, sa.Uuid(), nullable=True))
        op.create_foreign_key(fk, table, target, [column], ['id'])
    op.create_index(ix, table, [column], unique=False)


def _rehash(bind: sa.Connection, name: str, added: dict[str, Any]) -> None:
    """A record's content hash now includes the added columns (the value every migrated row
    has): where the exchange state knows the old hash of the current content, put the new
    hash in its place."""
    from brobygger.exchange.records import _encode_value, content_hash

    state = sa.table('exchange_state', sa.column('record_id', sa.Uuid()),
                     sa.column('entity', sa.String()), sa.column('last_hash', sa.String()),
                     sa.column('known_hashes', sa.JSON()))
    known = {uuid.UUID(str(r.record_id)): r for r in bind.execute(
        sa.select(state).where(state.c.entity == name))}
    if not known:
        return
    from brobygger.store.metadata import metadata

    present = {c['name'] for c in sa.inspect(bind).get_columns(name)}
    model = metadata.tables[name]  # the model's types (uuids, dates) for the columns present
    columns = [c for c in model.columns if c.name in present]
    for row in bind.execute(sa.select(*columns)).mappings():
        st = known.get(row['id'])
        if st is None:
            continue
        encoded = {k: _encode_value(v) for k, v in row.items()}
        new = content_hash(name, encoded)
        old = content_hash(name, {k: v for k, v in encoded.items() if k not in added})
        hashes = [new if h == old else h for h in (st.known_hashes or [])]
        last = new if st.last_hash == old else st.last_hash
        bind.execute(sa.update(state).where(state.c.record_id == st.record_id)
                     .values(last_hash=last, known_hashes=hashes))


def downgrade() -> None:
    op.drop_index(op.f('ix_indicator_party_organisation_id'), table_name='indicator_party')
    op.drop_index(op.f('ix_indicator_party_indicator_id'), table_name='indicator_party')
    op.drop_table('indicator_party')
    _drop_column('measurement', 'organisation_id', 'organisation')
    _drop_column('ask', 'addressee_forum_id', 'forum')
    _drop_column('initiative', 'kind')
    _drop_column('person', 'role')
    _drop_column('organisation', 'kind')


def _drop_column(table: str, column: str, target: str | None = None) -> None:
    """Drop an added column (with its index and foreign key). On SQLite without rebuilding
    the table, which other tables refer to: ``ALTER TABLE … DROP COLUMN``."""
    if target is not None:
        op.drop_index(f'ix_{table}_{column}', table_name=table)
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')
        return
    if target is not None:
        op.drop_constraint(f'fk_{table}_{column}_{target}', table, type_='foreignkey')
    op.drop_column(table, column)

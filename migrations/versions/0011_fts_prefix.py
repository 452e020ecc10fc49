"""full-text prefix indexes for search while typing; the log by type in display order

- SQLite: the FTS5 index of the log is rebuilt with prefix indexes of 2, 3 and 4
  characters (``prefix='2 3 4'``): a search as the user types ("kom", "komm", …) reads one
  doclist instead of merging those of every word with that beginning. The index is
  external content (log_entry holds the text), so nothing but the index is rebuilt; the
  triggers are recreated unchanged.
- Both dialects: ``ix_log_entry_type_order`` (type, deleted_at, entry_date, created_at, id)
  so a type filter is counted and paged from an index, like all entries and an
  initiative's (0004). On PostgreSQL also the link tables' person/plague/barrier columns
  paired with the entry, so a person or plague filter reads only its index.

No data changes: no exchange hashes are affected.

Revision ID: 0011_fts_prefix
Revises: 0009_agreements
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

from brobygger.store import dialect

revision: str = '0011_fts_prefix'
down_revision: str | None = '0009_agreements'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PG_LINKS = (('log_entry_person', 'person_id'), ('log_entry_plague', 'plague'),
             ('log_entry_barrier', 'barrier'))


def upgrade() -> None:
    name = op.get_bind().dialect.name
    for statement in dialect.fts_prefix_statements(name, dialect.FTS_PREFIX):
        op.execute(statement)
    op.create_index('ix_log_entry_type_order', 'log_entry',
                    ['type', 'deleted_at', 'entry_date', 'created_at', 'id'], unique=False,
                    if_not_exists=True)
    if name == 'postgresql':
        for table, column in _PG_LINKS:
            op.create_index(f'ix_{table}_{column}_entry', table, [column, 'entry_id'],
                            unique=False, if_not_exists=True)


def downgrade() -> None:
    name = op.get_bind().dialect.name
    if name == 'postgresql':
        for table, column in _PG_LINKS:
            op.drop_index(f'ix_{table}_{column}_entry', table_name=table)
    op.drop_index('ix_log_entry_type_order', table_name='log_entry')
    for statement in dialect.fts_prefix_statements(name, None):
        op.execute(statement)

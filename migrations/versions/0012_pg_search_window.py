"""PostgreSQL: the live log entries in recording order, for the ranked search's window

A ranked search ranks the best matches among the most recently recorded hits
(``dialect.RANK_WINDOW``). On PostgreSQL that window is found by walking this index
(``created_at DESC, id DESC`` of the live entries) until it holds enough hits, instead of
reading, ranking and sorting every hit (store/pg_search.py). SQLite uses the rowid, which
is already in recording order: nothing changes there.

No data changes: no exchange hashes are affected.

Revision ID: 0012_pg_search_window
Revises: 0010_reform_parties
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

from brobygger.store import pg_search

revision: str = '0012_pg_search_window'
down_revision: str | None = '0010_reform_parties'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(pg_search.RECORDED_INDEX_DDL)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(f'DROP INDEX IF EXISTS {pg_search.RECORDED_INDEX}')

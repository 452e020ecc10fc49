"""A narrow index for counting the live log entries

The Logbog shows "x af N indførsler" and re-counts N after every save. Counted through
the wide display-order index (deleted_at, entry_date, created_at, id) that read ~100 ms
of index pages at 100,000 entries; this index holds only ``deleted_at``, so the count
reads a fraction of the pages (~5 ms). The planner picks it for the count alone.

No data changes: no exchange hashes are affected.

Revision ID: 0013_log_live_count
Revises: 0012_pg_search_window
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0013_log_live_count'
down_revision: str | None = '0012_pg_search_window'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_log_entry_deleted_at', 'log_entry', ['deleted_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_log_entry_deleted_at', table_name='log_entry')

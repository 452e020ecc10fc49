"""Counts of the log kept by triggers: live, trash, per type, person, plague and barrier

The Logbog's total and a filter's count were counted by walking an index on every visit
and after every save – ~50 ms for 1,000,000 entries, growing with the log. The table
``log_entry_count`` holds each count as one row, kept right by triggers on ``log_entry``
and its link tables on both dialects (store/log_counts.py), so any writer – the services,
an exchange, a merge, an import, a purge – keeps it right. The counts are filled from the
existing rows here.

A derived table, never exchanged: no exchange hashes are affected, bundles of the previous
version import as before (the triggers count what they write).

Revision ID: 0014_log_counts
Revises: 0013_log_live_count
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

from brobygger.store import log_counts

revision: str = '0014_log_counts'
down_revision: str | None = '0013_log_live_count'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    for statement in log_counts.create_statements(bind.dialect.name):
        op.execute(statement)
    log_counts.fill(bind)


def downgrade() -> None:
    for statement in log_counts.drop_statements(op.get_bind().dialect.name):
        op.execute(statement)

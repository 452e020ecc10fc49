"""Move a workspace between backends: a laptop file to a shared PostgreSQL server and back.

The copy takes every row of every table (trash and audit included) in foreign-key order,
in one transaction on the target, and verifies the row counts afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Table, func, select, update

from brobygger.domain.errors import InputError, WorkspaceError
from brobygger.domain.i18n import _
from brobygger.store.metadata import metadata
from brobygger.store.workspace import Workspace

BATCH = 1000


def _tables() -> list[Table]:
    return [t for t in metadata.sorted_tables if t.name != "alembic_version"]


def counts(ws: Workspace) -> dict[str, int]:
    with ws.engine.connect() as conn:
        return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for t in _tables()}


def copy_workspace(source: Workspace, target: Workspace,
                   progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Copy everything from ``source`` into the empty ``target``; returns the row counts."""
    if source.schema_revision() != target.schema_revision():
        raise WorkspaceError(_("Kilde og mål har forskellige skemaversioner. Åbn begge med "
                               "samme version af Brobygger først."))
    if any(counts(target).values()):
        raise InputError(_("Målet er ikke tomt. Flyt kun til et nyt, tomt arbejdsområde eller "
                           "en tom database."))
    expected = counts(source)
    total = sum(expected.values())
    done = 0
    with source.engine.connect() as src, target.engine.begin() as dst:
        for table in _tables():
            self_refs = [fk.parent.name for fk in table.foreign_keys
                         if fk.column.table is table]
            deferred: list[tuple[object, dict[str, object]]] = []
            result = src.execution_options(yield_per=BATCH).execute(select(table))
            for chunk in result.mappings().partitions(BATCH):
                rows = [dict(r) for r in chunk]
                for row in rows:
                    refs = {c: row[c] for c in self_refs if row[c] is not None}
                    if refs:  # parents may come later in the same table: link afterwards
                        deferred.append((row["id"], refs))
                        row.update({c: None for c in refs})
                dst.execute(table.insert(), rows)
                done += len(rows)
                if progress:
                    progress(done, total)
            for id_, refs in deferred:
                dst.execute(update(table).where(table.c.id == id_).values(**refs))
    copied = counts(target)
    if copied != expected:
        diff = {k: (expected[k], copied.get(k)) for k in expected if expected[k] != copied.get(k)}
        raise WorkspaceError(_("Kopien er ufuldstændig ({diff}). Målet bør ikke bruges.",
                               diff=diff))
    return copied

"""Shared workspaces on PostgreSQL: search, moving a workspace there and back, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from brobygger.cli import main
from brobygger.domain.errors import InputError, WorkspaceError
from brobygger.services import Services
from brobygger.store import transfer
from brobygger.store.workspace import Workspace


def test_example_moves_to_postgresql_and_back(demo_svc: Services, pg_ws: Workspace,
                                              tmp_path: Path) -> None:
    demo_svc.log.delete(demo_svc.log.all()[0].id)  # the trash travels too
    original = transfer.counts(demo_svc.ws)
    assert original["log_entry"] >= 40
    transfer.copy_workspace(demo_svc.ws, pg_ws)
    assert transfer.counts(pg_ws) == original
    on_server = Services(pg_ws)
    assert {e.id for e in on_server.log.search("akutpladser")} == \
        {e.id for e in demo_svc.log.search("akutpladser")}
    with Workspace.open(tmp_path / "back") as back:
        transfer.copy_workspace(pg_ws, back)
        assert transfer.counts(back) == original
        home = Services(back)
        assert home.log.all() == demo_svc.log.all()
        assert home.log.trash() == demo_svc.log.trash()
        assert home.initiatives.all() == demo_svc.initiatives.all()
        assert home.relationships.all() == demo_svc.relationships.all()
        assert {e.id for e in home.log.search("Psykiatriens Hus")} == \
            {e.id for e in demo_svc.log.search("Psykiatriens Hus")}


def test_transfer_refuses_a_non_empty_target(demo_svc: Services, ws: Workspace) -> None:
    Services(ws).organisations.create(name="Allerede her", sector="andet")
    with pytest.raises(InputError, match="ikke tomt"):
        transfer.copy_workspace(demo_svc.ws, ws)
    assert [o.name for o in Services(ws).organisations.all()] == ["Allerede her"]


def test_cli_on_a_shared_database(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--database-url", pg_url]) == 0
    assert main(["search", "akutpladser", "--database-url", pg_url]) == 0
    out = capsys.readouterr().out
    assert "Akutsamarbejde" in out
    assert "brobygger:" not in out or "***" in out  # never the password


def test_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(WorkspaceError, match="Kan ikke forbinde"):
        Workspace.open_url("postgresql://nobody:secret@127.0.0.1:1/none")
    with pytest.raises(InputError):
        Workspace.open_url("mysql://x@y/z")


def test_two_concurrent_sessions_on_postgresql(pg_url: str) -> None:
    """Two users save the same entry at the same moment: one wins, the other gets a
    conflict; nothing is lost or mixed."""
    import threading

    from brobygger.domain.errors import ConflictError

    a, b = Workspace.open_url(pg_url), Workspace.open_url(pg_url)
    try:
        svc_a, svc_b = Services(a, user="anne"), Services(b, user="bo")
        entry = svc_a.log.create(entry_date="2026-01-01", type="moede", title="Fælles møde")
        version = svc_b.log.get(entry.id).version
        barrier = threading.Barrier(2)
        results: dict[str, object] = {}

        def save(name: str, svc: Services) -> None:
            barrier.wait()
            try:
                results[name] = svc.log.update(entry.id, expected_version=version,
                                               body=f"Referat af {name}")
            except ConflictError as exc:
                results[name] = exc

        threads = [threading.Thread(target=save, args=(n, s))
                   for n, s in (("anne", svc_a), ("bo", svc_b))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        conflicts = [n for n, r in results.items() if isinstance(r, ConflictError)]
        winners = [n for n, r in results.items() if not isinstance(r, ConflictError)]
        assert len(conflicts) == 1 and len(winners) == 1
        final = svc_a.log.get(entry.id)
        assert final.body == f"Referat af {winners[0]}" and final.version == version + 1
        history = svc_a.audit.history(entry.id)
        assert {h.user for h in history} == {"anne", winners[0]}
    finally:
        a.close()
        b.close()

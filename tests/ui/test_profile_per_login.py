"""A shared PostgreSQL workspace: each login role has its own profile and author name, even
when two logins use one computer (issue 18, 4)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy.engine import make_url

from brobygger.services import Services
from brobygger.store.workspace import Workspace
from brobygger.ui import profile
from tests.test_shared_roles import shared_roles  # noqa: F401 (fixture)
from tests.ui.conftest import closed, make_ctx, settle


def _save_profile(qtbot, ctx, **values: str) -> profile.ProfileDialog:
    dlg = profile.ProfileDialog(ctx, None, first_start=True)
    dlg.show()
    for key, value in values.items():
        dlg.fields[key].setText(value)
    QTest.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dlg))
    settle(ctx)
    return dlg


def test_each_login_has_its_own_profile(qtbot, shared_roles, settings,  # noqa: F811
                                        ctx):
    _database, (url_anne, url_bo) = shared_roles
    laptop = ctx  # the laptop workspace on the same computer
    ws_anne = Workspace.open_url(url_anne)
    try:
        anne = make_ctx(Services(ws_anne), settings)
        assert profile.needs_profile(anne)
        _save_profile(qtbot, anne, name="Anne Holm", title="ledende oversygeplejerske",
                      organisation="Regionshospitalet Viborg")
        assert profile.apply(anne).name == "Anne Holm"
        entry = anne.svc.log.create(entry_date=date(2026, 3, 5), type="moede", title="Møde")
        assert entry.author == "Anne Holm"
        assert anne.setting(profile.author_key(anne)) == "Anne Holm, ledende oversygeplejerske"
    finally:
        ws_anne.close()
    ws_bo = Workspace.open_url(url_bo)
    try:
        bo = make_ctx(Services(ws_bo), settings)
        login = make_url(url_bo).username
        assert bo.svc.user == login
        # Anne's profile is not Bo's: he is asked, and the dialog starts empty
        assert profile.needs_profile(bo) and profile.load(bo).name == ""
        dlg = profile.ProfileDialog(bo, None)
        assert dlg.fields["name"].text() == ""
        dlg.mark_clean()
        dlg.close()
        _save_profile(qtbot, bo, name="Bo Berg", title="sundhedschef")
        profile.apply(bo)
        entry = bo.svc.log.create(entry_date=date(2026, 3, 6), type="moede", title="Opfølgning")
        assert entry.author == "Bo Berg"
        assert bo.svc.audit.history(entry.id)[0].user == f"{login} (Bo Berg)"
        names = sorted(p.name for p in bo.svc.people.all())
        assert names == ["Anne Holm", "Bo Berg"]  # each login is a person in the workspace
        assert profile.author_key(bo) != profile.author_key(laptop)
    finally:
        ws_bo.close()
    # Anne again: still Anne; and the laptop profile was never touched
    ws_anne = Workspace.open_url(url_anne)
    try:
        again = make_ctx(Services(ws_anne), settings)
        assert profile.load(again).name == "Anne Holm"
    finally:
        ws_anne.close()
    assert profile.needs_profile(laptop)
    assert laptop.setting("briefs/author") == ""

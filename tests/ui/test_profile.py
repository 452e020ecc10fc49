"""Who I am: the profile is the author; the audit trail keeps the authenticated identity and
adds the profile name; the profile has a Person in the workspace."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from brobygger.ui import profile
from tests.ui.conftest import closed, find_dialog, settle


def _fill(dlg: profile.ProfileDialog, **values: str) -> None:
    for key, text in values.items():
        dlg.fields[key].setText(text)


def test_profile_is_author_and_audit_keeps_the_login(window, ctx, qtbot):
    ctx.svc.organisations.create(name="Viborg Kommune", sector="kommune")
    settle(ctx)
    assert profile.needs_profile(ctx)
    ran: list[str] = []
    profile.ask_at_first_start(window, lambda: ran.append("welcome"))
    dlg = find_dialog(profile.ProfileDialog)
    save = dlg.buttons.button(QDialogButtonBox.StandardButton.Save)
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and "navn" in dlg.errors.text(dlg.fields["name"]).lower()
    _fill(dlg, name="Mette Kjær", title="sundhedschef", organisation="Viborg Kommune",
          email="mette@example")
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and "e-mail" in dlg.errors.text(dlg.fields["email"])
    _fill(dlg, email="mette.kjaer@viborg.dk")
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dlg))
    settle(ctx)
    assert ran == ["welcome"]
    assert not profile.needs_profile(ctx)
    # a Person in the workspace, with the organisation
    person = ctx.svc.people.find("Mette Kjær")
    assert person.title == "sundhedschef" and person.email == "mette.kjaer@viborg.dk"
    assert person.organisation_id == ctx.svc.organisations.find("Viborg Kommune").id
    assert profile.linked_person(ctx) == person.id
    from brobygger.services.myweek import profile_person

    assert profile_person(ctx.svc) == person.id  # the same "me" as Min uge
    # the author of what she writes; the audit trail keeps the login and adds the name
    entry = ctx.svc.log.create(entry_date=date(2026, 3, 5), type="moede", title="Møde")
    assert entry.author == "Mette Kjær"
    events = ctx.svc.audit.history(entry.id)
    assert events[0].user == f"{ctx.svc.user} (Mette Kjær)"
    assert ctx.setting("briefs/author") == "Mette Kjær, sundhedschef"
    # editing again does not create a second person
    dlg = profile.open_profile(window)
    _fill(dlg, title="sundheds- og omsorgschef")
    QTest.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dlg))
    settle(ctx)
    assert [p.name for p in ctx.svc.people.all()].count("Mette Kjær") == 1
    assert ctx.setting("briefs/author") == "Mette Kjær, sundheds- og omsorgschef"
    assert window.actionProfile.text()


def test_later_skips_and_asks_next_time(window, ctx, qtbot):
    ran: list[str] = []
    profile.ask_at_first_start(window, lambda: ran.append("welcome"))
    dlg = find_dialog(profile.ProfileDialog)
    QTest.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert closed(dlg) and ran == ["welcome"]
    assert profile.needs_profile(ctx)
    assert ctx.svc.author == ctx.svc.user

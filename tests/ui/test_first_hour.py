"""A new user's first hour, through the real widgets (issue 18).

A municipal health chief starts Brobygger on an empty folder (no keyring: a passphrase,
typed twice), says who she is, looks at the example (a workspace of its own), makes her own
workspace and enters an initiative with a new organisation created from Tilføj part, three
people, six log entries with dates typed four ways, an assessment, a plague, a barrier, an
indicator with decimal measurements and two actions (one overdue), clears the end date she
typed, and makes the status brief with Ctrl+P from the initiative's page.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from brobygger import app
from brobygger.services import Services
from brobygger.store import crypto
from brobygger.ui import common, passphrase, profile, recovery, saving, workspace_menu
from brobygger.ui.common import Context
from brobygger.ui.dialogs import (
    ActionDialog,
    BarrierDialog,
    IndicatorDialog,
    InitiativeDialog,
    LogEntryDialog,
    MeasurementDialog,
    OrganisationDialog,
    PartyDialog,
    PersonDialog,
    PlagueDialog,
    RelationshipDialog,
)
from brobygger.ui.small_dialogs import WelcomeDialog
from brobygger.ui.tasks import TaskManager
from tests.ui.conftest import closed, find_dialog, settle


def save(dlg: Any, qtbot: Any, ctx: Context) -> None:
    QTest.mouseClick(dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    settle(ctx)
    assert closed(dlg) or not dlg.form_error(), dlg.form_error()
    qtbot.waitUntil(lambda: closed(dlg), timeout=20000)
    settle(ctx)


def type_date(field: Any, text: str) -> None:
    field.edit.selectAll()
    QTest.keyClicks(field.edit, text)


def type_into(widget: QWidget, text: str) -> None:
    QTest.keyClicks(widget, text)


def passphrase_twice(parent: Any, new: bool, reason: str) -> str:
    """The real dialog: a too short one first (asked again), then the same one twice."""
    dlg = passphrase.PassphraseDialog(new, reason, parent)
    dlg.show()
    assert new and dlg.second.isVisible()
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    QTest.keyClicks(dlg.first, "kort")
    ok.click()
    assert dlg.isVisible() and "for kort" in dlg.errors.text(dlg.first)
    dlg.first.clear()
    QTest.keyClicks(dlg.first, "grøn bro over åen")
    assert "Styrke" in dlg.meter.text()
    QTest.keyClicks(dlg.second, "grøn bro over åen")
    ok.click()
    assert not dlg.isVisible()
    return dlg.text()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_first_hour(qtbot, qapp, make_shell, settings, tmp_path, monkeypatch):
    # -- empty folder, no keyring: the passphrase is asked twice -------------------------------
    monkeypatch.setattr(crypto, "keyring_usable", lambda: False)
    monkeypatch.setattr(passphrase, "ask_hook", passphrase_twice)
    shown_keys: list[str] = []
    monkeypatch.setattr(recovery, "show_hook", lambda parent, text, where: shown_keys.append(text))
    folder = tmp_path / "Brobygger"
    ws, lock, _message = app.open_workspace(str(folder))
    assert ws.settings is not None and ws.settings.encryption == crypto.PASSPHRASE
    monkeypatch.setattr(crypto, "keyring_usable", lambda: True)  # the rest: keyring again
    ctx = Context(svc=Services(ws, user="mkj"), tasks=TaskManager(), settings=settings)
    shell = make_shell(ctx)
    shell.lock = lock

    # -- who am I ------------------------------------------------------------------------------
    profile.ask_at_first_start(shell.window, shell.window.offer_start)
    me = find_dialog(profile.ProfileDialog)
    for key, text in (("name", "Mette Kjær"), ("title", "sundhedschef"),
                      ("organisation", "Aarhus Kommune"), ("email", "mkj@aarhus.dk")):
        type_into(me.fields[key], text)
    QTest.mouseClick(me.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    settle(ctx)

    # -- the example: a workspace of its own ---------------------------------------------------
    welcome = find_dialog(WelcomeDialog)
    first = shell.window
    QTest.mouseClick(welcome.ui.openExampleButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window is not first, timeout=60000)
    settle(shell.ctx)
    assert shell.ctx.svc.ws.directory == folder.parent / "Brobygger-eksempel"
    assert shell.ctx.svc.is_example() and shell.window.ui.exampleBanner.isVisible()

    # -- my own new workspace ------------------------------------------------------------------
    monkeypatch.setattr(workspace_menu, "ask_name_hook", lambda *a: "Akutteam Aarhus")
    example_window = shell.window
    example_window.actionNewWorkspace.trigger()
    qtbot.waitUntil(lambda: shell.window is not example_window, timeout=60000)
    ctx = shell.ctx
    settle(ctx)
    window = shell.window
    svc = ctx.svc
    assert svc.is_empty() and not svc.is_example()
    assert svc.author == "Mette Kjær"

    # -- a new initiative; its page opens ------------------------------------------------------
    window.ui.actionNewInitiative.trigger()
    dlg = find_dialog(InitiativeDialog)
    settle(ctx)
    type_into(dlg.ui.name, "Fælles akutteam Aarhus")
    type_date(dlg.ui.start_date, "1.3.26")
    type_date(dlg.ui.end_date, "31-12-2027")
    save(dlg, qtbot, ctx)
    initiative = svc.initiatives.find("Fælles akutteam Aarhus")
    assert (initiative.start_date, initiative.end_date) == (date(2026, 3, 1), date(2027, 12, 31))
    detail = window.initiatives.detail
    assert detail.initiative.id == initiative.id

    # -- a party with a new organisation created in place; a second one too --------------------
    orgs = {}
    for name, sector in (("Aarhus Kommune", "kommune"),
                         ("Aarhus Universitetshospital", "region_hospital")):
        detail.ui.addPartyButton.click()
        party = find_dialog(PartyDialog)
        settle(ctx)
        party.new_org_button.click()
        org_dlg = find_dialog(OrganisationDialog)
        settle(ctx)
        type_into(org_dlg.ui.name, name)
        common.set_combo_value(org_dlg.ui.sector, sector)
        save(org_dlg, qtbot, ctx)
        orgs[name] = svc.organisations.find(name).id
        assert common.combo_value(party.ui.organisation_id) == orgs[name]
        save(party, qtbot, ctx)
    assert {p.organisation_name for p in svc.parties.list(initiative.id)} == set(orgs)

    # -- three people --------------------------------------------------------------------------
    people = {}
    for name, title, org in (("Lars Holm", "overlæge", "Aarhus Universitetshospital"),
                             ("Birgit Juhl", "områdeleder", "Aarhus Kommune"),
                             ("Anders Friis", "praksiskonsulent", "Aarhus Kommune")):
        person = PersonDialog(ctx, None, window)
        person.show()
        settle(ctx)
        type_into(person.ui.name, name)
        type_into(person.ui.title, title)
        common.set_combo_value(person.ui.organisation_id, orgs[org])
        save(person, qtbot, ctx)
        people[name] = svc.people.find(name).id
    assert len(svc.people.all()) == 4  # and Mette Kjær herself, from the profile

    # -- six log entries, dates typed four ways ------------------------------------------------
    typed = [("3.3.26", date(2026, 3, 3)), ("10-03-2026", date(2026, 3, 10)),
             ("2026-03-17", date(2026, 3, 17)), ("24. marts 2026", date(2026, 3, 24)),
             ("i dag", date.today()), ("7/4/26", date(2026, 4, 7))]
    window.open_initiative(initiative.id)
    settle(ctx)
    for n, (text, _when) in enumerate(typed, 1):
        assert window.ui.actionNewEntry.shortcut().toString() == "Ctrl+N"
        window.ui.actionNewEntry.trigger()
        entry = find_dialog(LogEntryDialog)
        settle(ctx)
        assert common.combo_value(entry.ui.initiative_id) == initiative.id
        type_date(entry.ui.entry_date, text)
        type_into(entry.ui.title, f"Møde {n} i styregruppen")
        if n == 2:
            common.set_combo_value(entry.ui.type, "beslutning")
        save(entry, qtbot, ctx)
    saved = sorted(svc.log.all(), key=lambda e: e.title)
    assert [e.entry_date for e in saved] == [when for _t, when in typed]
    assert {e.author for e in saved} == {"Mette Kjær"}
    assert svc.user and svc.user != "Mette Kjær"  # the login stays the identity
    assert all(ev.user == f"{svc.user} (Mette Kjær)" for ev in svc.audit.history(saved[0].id))

    # -- an assessment, a plague, a barrier ----------------------------------------------------
    detail.new_record(RelationshipDialog)
    rel = find_dialog(RelationshipDialog)
    settle(ctx)
    common.set_combo_value(rel.ui.party_a, orgs["Aarhus Kommune"])
    common.set_combo_value(rel.ui.party_b, orgs["Aarhus Universitetshospital"])
    for box, value in ((rel.ui.kendskab, "7"), (rel.ui.respekt, "11"), (rel.ui.tillid, "4")):
        box.lineEdit().selectAll()
        QTest.keyClicks(box, value)
    assert "fra 1 til 10" in rel.error_label("respekt").text()  # 11 is not silently 1
    rel.ui.respekt.lineEdit().selectAll()
    QTest.keyClicks(rel.ui.respekt, "6")
    save(rel, qtbot, ctx)
    [assessment] = svc.relationships.list(initiative_id=initiative.id)
    assert (assessment.kendskab, assessment.respekt, assessment.tillid) == (7, 6, 4)
    assert assessment.assessed_by == "Mette Kjær"

    detail.new_record(PlagueDialog)
    plague = find_dialog(PlagueDialog)
    settle(ctx)
    common.set_combo_value(plague.ui.plague, "usynlige_resultater")
    common.set_combo_value(plague.ui.severity, 2)
    type_into(plague.ui.mitigation, "Fælles indikator for genindlæggelser")
    save(plague, qtbot, ctx)
    assert svc.plagues.list(initiative.id)[0].severity == 2

    detail.new_record(BarrierDialog)
    barrier = find_dialog(BarrierDialog)
    settle(ctx)
    common.set_combo_value(barrier.ui.barrier, "skaeve_incitamenter")
    type_into(barrier.ui.ask, "Ændret afregning for IV-behandling i eget hjem")
    save(barrier, qtbot, ctx)
    assert len(svc.barriers.list(initiative.id)) == 1

    # -- an indicator with decimal measurements ------------------------------------------------
    detail.new_record(IndicatorDialog)
    ind = find_dialog(IndicatorDialog)
    settle(ctx)
    type_into(ind.ui.name, "Genindlæggelser inden for 30 dage")
    type_into(ind.ui.unit, "%")
    common.set_combo_value(ind.ui.direction, "ned")
    type_into(ind.ui.baseline, "18 %")
    type_into(ind.ui.target, "12,5")
    save(ind, qtbot, ctx)
    indicator = svc.indicators.list(initiative.id)[0]
    assert (indicator.baseline, indicator.target) == (18.0, 12.5)
    for when, value in (("1.4.26", "16,0"), ("1.5.26", "15,5")):
        detail.new_record(MeasurementDialog, initiative=False, indicator_id=indicator.id)
        m = find_dialog(MeasurementDialog)
        settle(ctx)
        type_date(m.ui.measured_on, when)
        type_into(m.ui.value, value)
        save(m, qtbot, ctx)
    assert [x.value for x in svc.measurements.list(indicator.id)] == [16.0, 15.5]
    results = detail.results_tab
    detail.ui.tabs.setCurrentIndex(detail.tabs.index(results))  # filled when first opened
    settle(ctx)
    shown = results.measurement_model  # the value keeps its decimal in the list
    assert "16,0" in [shown.data(shown.index(r, c)) for r in range(shown.rowCount())
                      for c in range(shown.columnCount())]

    # -- two actions, one overdue --------------------------------------------------------------
    for title, due in (("Send referat", "1.1.26"), ("Aftal næste møde", "+30")):
        detail.new_record(ActionDialog)
        action = find_dialog(ActionDialog)
        settle(ctx)
        type_into(action.ui.title, title)
        common.set_combo_value(action.ui.owner_id, people["Birgit Juhl"])
        type_date(action.ui.due_date, due)
        save(action, qtbot, ctx)
    dues = {a.title: a.due_date for a in svc.actions.list(initiative_id=initiative.id)}
    assert dues == {"Send referat": date(2026, 1, 1),
                    "Aftal næste møde": date.today() + timedelta(days=30)}
    assert [a.title for a in svc.actions.overdue()] == ["Send referat"]

    # -- the end date was a guess: clear it ----------------------------------------------------
    dlg = InitiativeDialog(ctx, svc.initiatives.get(initiative.id), window)
    dlg.show()
    settle(ctx)
    assert dlg.ui.end_date.edit.text() == "31. december 2027"
    dlg.ui.end_date.clear_button.click()
    save(dlg, qtbot, ctx)
    assert svc.initiatives.get(initiative.id).end_date is None

    # -- the status brief with Ctrl+P from the initiative's page -------------------------------
    out = tmp_path / "status.pdf"
    opened: list[Path] = []
    monkeypatch.setattr(saving, "ask_path_hook", lambda parent, suggested: out)
    monkeypatch.setattr(saving, "open_file_hook", opened.append)
    window.open_initiative(initiative.id)
    settle(ctx)
    assert window.ui.actionExport.shortcut().toString() == "Ctrl+P"
    window.ui.actionExport.trigger()
    settle(ctx)
    page = window.briefs
    assert common.combo_value(page.ui.initiative) == initiative.id
    assert page.ui.author.text() == "Mette Kjær, sundhedschef"
    page.export()
    qtbot.waitUntil(lambda: bool(opened), timeout=60000)
    text = pdf_text(out)
    assert "EKSEMPELDATA" not in text
    assert "Fælles akutteam Aarhus" in text and "Mette Kjær" in text
    assert "18,0" in text and "12,5" in text and "15,5" in text
    assert "31. december 2027" not in text  # the cleared end date is not printed
    assert "Forfaldne (1)" in text and "overskred" not in text  # one word for overdue


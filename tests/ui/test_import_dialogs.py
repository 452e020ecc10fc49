"""The import dialogs: the menu, mapping → preview → progress → result → Fortryd import
on the task runner, suggestions confirmed in the preview, errors and CPR choices, cancel,
the item models; screenshots in Danish and English."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QWidget

from brobygger.exchange import importing as imp
from brobygger.services import Services
from brobygger.services import imports as si
from brobygger.ui import i18n
from brobygger.ui.import_dialogs import MappingDialog, PreviewDialog, ResultDialog, UndoDialog
from brobygger.ui.import_flows import CALENDAR, CONTACTS, LOG, ImportRun, UndoFlow
from brobygger.ui.import_models import BatchModel, PlanModel
from tests.helpers import import_files as F
from tests.ui.conftest import find_dialog, message_texts, settle, shoot


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "da")


def _show(qtbot, dlg: QWidget) -> None:
    """Show a dialog and let it settle (the dialogs wrap their content in a scroll area
    when shown) before it is read or photographed."""
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    for _ in range(5):
        QApplication.processEvents()
    dlg.grab()  # the first grab lays out the scroll area the dialog was wrapped in
    for _ in range(3):
        QApplication.processEvents()


def _ok(dlg: QWidget) -> None:
    box = dlg.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_file_menu_has_the_imports(window) -> None:
    menu = window.findChild(type(window.ui.menuFile), "menuImportData")
    assert menu is not None
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == ["actionImportContacts", "actionImportLog", "actionImportCalendar",
                     "actionUndoImport"]
    file_actions = window.ui.menuFile.actions()
    assert file_actions.index(menu.menuAction()) == \
        file_actions.index(window.ui.actionImportBundle) + 1


def test_log_flow_mapping_preview_result_and_undo(qtbot, window, tmp_path: Path) -> None:
    ctx = window.ctx
    ctx.svc.initiatives.create(name="Akutsamarbejde, Viborg")
    ctx.svc.people.create(name="Hanne Bisgaard")
    run = ImportRun(ctx, window, LOG)
    run.start(F.write_excel_log(tmp_path / "logbog.xlsx"))
    settle(ctx)
    mapping = find_dialog(MappingDialog)
    for _ in range(5):
        QApplication.processEvents()
    assert mapping.combos["Emne"].currentData() == "title"
    for combo in mapping.findChildren(QComboBox):
        assert combo.accessibleName() and combo.focusPolicy() & Qt.FocusPolicy.TabFocus
    shoot(mapping, "import-mapping")
    mapping.combos["Nøgleord"].setCurrentIndex(mapping.combos["Nøgleord"].findData("ignore"))
    _ok(mapping)
    settle(ctx)
    preview = find_dialog(PreviewDialog)
    for _ in range(5):
        QApplication.processEvents()
    assert preview.model.rowCount() == 4
    assert "Oprettes: 4" in preview.summary.text()
    shoot(preview, "import-preview")
    _ok(preview)
    settle(ctx, rounds=8)
    result = find_dialog(ResultDialog)
    for _ in range(5):
        QApplication.processEvents()
    assert "Oprettet: 4 logindførsler." in result.text.text()
    shoot(result, "import-result")
    assert len(ctx.svc.log.list()) == 4
    assert all(e.tags == () for e in ctx.svc.log.list())  # Nøgleord: "indlæs ikke"
    from brobygger.services.import_undo import undo_blockers
    assert undo_blockers(ctx.svc, result.import_result.batch_id) == []
    result.undo.click()
    settle(ctx)
    assert message_texts() == []
    assert ctx.svc.log.list() == [] and len(ctx.svc.log.trash()) == 4
    assert "fortrudt" in result.text.text()
    # the mapping was remembered
    _src, sheet = imp.read_sheet(tmp_path / "logbog.xlsx")
    assert imp.suggest_mapping(ctx.svc, sheet).columns["Nøgleord"] == "ignore"


def test_contacts_preview_confirms_suggestions_and_asks_for_sector(qtbot, ctx, svc: Services,
                                                                 tmp_path: Path) -> None:
    svc.people.create(name="Hanne Bisgaard", level="chef")
    path = F.write_outlook_csv(tmp_path / "o.csv", [
        ["Hanne", "", "Bisgård", "", "", "", "", "", "", "", "", ""],
        ["Bo", "", "Ny", "", "Sundhedsklynge Nord", "", "", "", "", "bo@example.dk", "", ""]])
    plan = imp.plan_contacts_file(svc, path)
    dlg = PreviewDialog(plan)
    _show(qtbot, dlg)
    model = dlg.model
    row = next(i for i, r in enumerate(model.rows) if r.action == si.SUGGEST)
    index = model.index(row, PlanModel.ACTION)
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.rows[row].accepted
    shoot(dlg, "import-preview-contacts")
    options = dlg.options()
    si.apply_import(svc, plan, **options)
    assert sorted(p.name for p in svc.people.all()) == ["Bo Ny", "Hanne Bisgaard"]
    assert svc.organisations.all()[0].sector == "andet"  # not chosen: Andet


def _contacts_needing_choices(tmp_path: Path) -> Path:
    return F.write_outlook_csv(tmp_path / "o.csv", [
        ["Bo", "", "Ny", "", "Sundhedsklynge Nord", "", "", "", "", "bo@example.dk", "", ""],
        ["Eva", "", "Eg", "", "Tværspor ApS", "", "", "", "", "eva@example.dk", "", ""],
        ["Ib", "", "Ås", "", "Viborg Kommune", "", "", "", "", "ib@example.dk", "", ""],
        ["Lis", "", "Lund", "", "Sundhedsklynge Nord", "", "Ledende oversygeplejerske", "",
         "", "lis@example.dk", "", ""]])


def test_sector_and_level_per_row_and_for_the_selected_rows(qtbot, svc: Services,
                                                            tmp_path: Path) -> None:
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QAbstractItemDelegate

    plan = imp.plan_contacts_file(svc, _contacts_needing_choices(tmp_path))
    dlg = PreviewDialog(plan)
    _show(qtbot, dlg)
    model, view = dlg.model, dlg.view
    rows = {r.label: i for i, r in enumerate(model.rows)}
    klynge, aps = rows["Sundhedsklynge Nord"], rows["Tværspor ApS"]
    kommune = rows["Viborg Kommune"]
    # inferred where the name or title tells it; marked "vælg?" where it does not
    assert model.data(model.index(kommune, PlanModel.CHOICE)) == "Kommune"
    assert model.data(model.index(klynge, PlanModel.CHOICE)).endswith("vælg?")
    assert model.data(model.index(rows["Lis Lund (Sundhedsklynge Nord)"],
                                  PlanModel.CHOICE)) == "Chef"
    assert not model.flags(model.index(rows["Lis Lund (Sundhedsklynge Nord)"],
                                       PlanModel.ACTION)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(klynge, PlanModel.CHOICE)) & Qt.ItemFlag.ItemIsEditable
    # one row through its cell (the combo-box editor) ...
    view.edit(model.index(aps, PlanModel.CHOICE))
    editors = [c for c in view.findChildren(QComboBox) if c.isVisible()]
    assert len(editors) == 1 and editors[0].accessibleName()
    editors[0].setCurrentIndex(editors[0].findData("andet"))
    view.commitData(editors[0])
    view.closeEditor(editors[0], QAbstractItemDelegate.EndEditHint.NoHint)
    assert plan.records[aps].values["sector"] == "andet" and not plan.records[aps].needs
    # ... and several: select rows, set for the selected
    selection = view.selectionModel()
    selection.clearSelection()
    for label in ("Sundhedsklynge Nord", "Bo Ny (Sundhedsklynge Nord)",
                  "Eva Eg (Tværspor ApS)", "Ib Ås (Viborg Kommune)"):
        selection.select(model.index(rows[label], 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    assert dlg.sector is not None and dlg.level is not None and dlg.set_sector is not None
    assert dlg.sector.accessibleName() and dlg.set_sector.accessibleName()
    dlg.sector.setCurrentIndex(dlg.sector.findData("kommune"))
    dlg.set_sector.click()
    dlg.level.setCurrentIndex(dlg.level.findData("funktionsleder"))
    assert dlg.set_level is not None
    dlg.set_level.click()
    shoot(dlg, "import-preview-choices")
    dlg.only_attention.setChecked(True)  # chosen everywhere: nothing left to decide
    assert model.rowCount() == 0
    dlg.only_attention.setChecked(False)
    si.apply_import(svc, plan, **dlg.options())
    orgs = {o.name: o.sector for o in svc.organisations.all()}
    assert orgs == {"Sundhedsklynge Nord": "kommune", "Tværspor ApS": "andet",
                    "Viborg Kommune": "kommune"}
    levels = {p.name: p.level for p in svc.people.all()}
    assert levels == {"Bo Ny": "funktionsleder", "Eva Eg": "funktionsleder",
                      "Ib Ås": "funktionsleder", "Lis Lund": "chef"}


def test_preview_blocks_errors_and_offers_cpr_choices(qtbot, svc: Services,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("Dato;Titel;Tekst\n31-02-2025;Umulig;x\n01-03-2025;Sag;010190-1234\n",
                    encoding="utf-8")
    src, sheet = imp.read_sheet(path)
    plan = imp.plan_log(svc, sheet, imp.suggest_mapping(svc, sheet), src)
    dlg = PreviewDialog(plan)
    _show(qtbot, dlg)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dlg.skip_invalid.isVisible() and dlg.cpr_box.isVisible()
    dlg.skip_invalid.setChecked(True)
    assert ok.isEnabled()
    dlg.cpr_group.button(1).setChecked(True)
    assert dlg.options() == {"cpr": si.CPR_SKIP, "skip_invalid": True}
    shoot(dlg, "import-preview-errors")


def test_cancel_writes_nothing(qtbot, window, tmp_path: Path) -> None:
    ctx = window.ctx
    path = F.write_excel_log(tmp_path / "stor.xlsx", F.big_log_rows(1200))
    src, sheet = imp.read_sheet(path)
    run = ImportRun(ctx, window, LOG)
    run.plan = imp.plan_log(ctx.svc, sheet, imp.suggest_mapping(ctx.svc, sheet), src)
    run.cancel.set()  # as if Afbryd was pressed at once
    run.apply({})
    settle(ctx, rounds=8)
    assert any("afbrudt" in t for t in message_texts())
    assert ctx.svc.log.list() == []


def test_calendar_flow_and_undo_list(qtbot, window, tmp_path: Path) -> None:
    from brobygger.ui.import_dialogs import CalendarRangeDialog

    ctx = window.ctx
    run = ImportRun(ctx, window, CALENDAR)
    run.start(F.write_ics(tmp_path / "k.ics"))
    period = find_dialog(CalendarRangeDialog)
    from PySide6.QtCore import QDate
    period.date_from.setDate(QDate(2025, 1, 1))
    period.date_to.setDate(QDate(2025, 12, 31))
    _ok(period)
    settle(ctx)
    preview = find_dialog(PreviewDialog)
    assert preview.model.rowCount() == 5
    _ok(preview)
    settle(ctx, rounds=8)
    find_dialog(ResultDialog).close()
    assert len(ctx.svc.log.list()) == 5
    flow = UndoFlow(ctx, window)
    settle(ctx)
    dlg = find_dialog(UndoDialog)
    for _ in range(5):
        QApplication.processEvents()
    assert dlg.model.rowCount() == 1
    shoot(dlg, "import-undo")
    ctx.svc.log.update(ctx.svc.log.list()[0].id, title="Rettet her")
    dlg.undo.click()
    settle(ctx)
    assert "er ændret efter importen" in dlg.message.text()
    assert len(ctx.svc.log.list()) == 5
    dlg.close()
    del flow


def _calendar_preview(ctx, window, tmp_path: Path) -> tuple[ImportRun, PreviewDialog]:
    from PySide6.QtCore import QDate

    from brobygger.ui.import_dialogs import CalendarRangeDialog

    run = ImportRun(ctx, window, CALENDAR)
    run.start(F.write_ics(tmp_path / "k.ics"))
    period = find_dialog(CalendarRangeDialog)
    period.date_from.setDate(QDate(2025, 1, 1))
    period.date_to.setDate(QDate(2025, 12, 31))
    from brobygger.domain import i18n as core_i18n

    shoot(period, "import-calendar-range" + ("-en" if core_i18n.language() == "en" else ""))
    _ok(period)
    settle(ctx)
    return run, find_dialog(PreviewDialog)


def test_calendar_preview_imports_the_events_as_meetings_of_a_forum(qtbot, window,
                                                                   tmp_path: Path) -> None:
    ctx = window.ctx
    forum = ctx.svc.meetings.create_forum(name="Styregruppen")
    ctx.svc.people.create(name="Hanne Bisgaard", email="hanne.bisgaard@viborg.dk")
    run, preview = _calendar_preview(ctx, window, tmp_path)
    assert preview.target is not None and preview.target.accessibleName()
    assert preview.target.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert {r.entity for r in preview.plan.records} == {"log_entry"}
    preview.target.setCurrentIndex(preview.target.findData(str(forum.id)))
    settle(ctx)
    for _ in range(5):
        QApplication.processEvents()
    assert {r.entity for r in preview.plan.records} == {"meeting"}
    assert preview.model.rowCount() == 5
    assert preview.model.data(preview.model.index(0, PlanModel.WHAT)) == "Møde"
    assert preview.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    shoot(preview, "import-preview-meetings")
    _ok(preview)
    settle(ctx, rounds=8)
    result = find_dialog(ResultDialog)
    assert "5 møder" in result.text.text()
    shoot(result, "import-result-meetings")
    result.close()
    assert len(ctx.svc.meetings.meetings.list(forum_id=forum.id)) == 5
    assert ctx.svc.log.list() == []
    del run


def test_contacts_flow_through_the_runner(qtbot, window, tmp_path: Path) -> None:
    ctx = window.ctx
    run = ImportRun(ctx, window, CONTACTS)
    run.start(F.write_vcard(tmp_path / "k.vcf"))
    settle(ctx)
    _ok(find_dialog(PreviewDialog))
    settle(ctx, rounds=8)
    assert "3 personer" in find_dialog(ResultDialog).text.text()


def test_models_pass_the_model_tester(qtmodeltester, svc: Services, tmp_path: Path) -> None:
    plan = imp.plan_contacts_file(svc, F.write_vcard(tmp_path / "k.vcf"))
    qtmodeltester.check(PlanModel(plan))
    from brobygger.services.import_undo import list_imports

    si.apply_import(svc, plan)
    qtmodeltester.check(BatchModel(list_imports(svc)))


def test_english_screenshots(qtbot, ctx, english, tmp_path: Path) -> None:
    ctx.svc.people.create(name="Hanne Bisgaard")
    src, sheet = imp.read_sheet(F.write_excel_log(tmp_path / "logbog.xlsx"))
    mapping = imp.suggest_mapping(ctx.svc, sheet)
    dlg = MappingDialog(sheet, mapping, imp.type_words(sheet, mapping))
    _show(qtbot, dlg)
    assert dlg.windowTitle() == "Import log – columns"
    shoot(dlg, "import-mapping-en")
    plan = imp.plan_log(ctx.svc, sheet, mapping, src)
    preview = PreviewDialog(plan)
    _show(qtbot, preview)
    shoot(preview, "import-preview-en")
    result = si.apply_import(ctx.svc, plan)
    res = ResultDialog(result, "logbog.xlsx")
    _show(qtbot, res)
    shoot(res, "import-result-en")


def test_english_screenshots_of_the_new_choices(qtbot, window, english, tmp_path: Path) -> None:
    ctx = window.ctx
    ctx.svc.meetings.create_forum(name="Styregruppen")
    run, preview = _calendar_preview(ctx, window, tmp_path)
    assert preview.target is not None
    assert preview.target.itemText(0) == "Log entries of type meeting"
    assert preview.target.itemText(1) == "Meetings of the forum Styregruppen"
    shoot(preview, "import-preview-meetings-en")
    preview.close()
    plan = imp.plan_contacts_file(ctx.svc, _contacts_needing_choices(tmp_path))
    dlg = PreviewDialog(plan)
    _show(qtbot, dlg)
    assert dlg.model.headerData(PlanModel.CHOICE, Qt.Orientation.Horizontal) == \
        "Sector / level"
    shoot(dlg, "import-preview-choices-en")
    del run


def test_an_import_run_in_english_shows_english_messages(qtbot, window, english,
                                                         tmp_path: Path) -> None:
    """The engine's reasons, the summary and the result come in the UI's language."""
    from brobygger.domain import i18n as core_i18n

    assert core_i18n.language() == "en"
    ctx = window.ctx
    forum = ctx.svc.meetings.create_forum(name="Styregruppen")
    run, preview = _calendar_preview(ctx, window, tmp_path)
    details = [preview.model.data(preview.model.index(i, PlanModel.DETAILS))
               for i in range(preview.model.rowCount())]
    assert "not found (kept in the text): Hanne Bisgaard <hanne.bisgaard@viborg.dk>, " \
        "Anders Ny <anders.ny@example.dk>" in details
    assert not any("ikke fundet" in d for d in details)
    assert preview.target is not None
    preview.target.setCurrentIndex(preview.target.findData(str(forum.id)))
    settle(ctx)
    _ok(preview)
    settle(ctx, rounds=8)
    result = find_dialog(ResultDialog)
    assert result.text.text() == "Created: 5 meetings."
    shoot(result, "import-result-meetings-en")
    result.close()
    again, preview = _calendar_preview(ctx, window, tmp_path)
    preview.target.setCurrentIndex(preview.target.findData(str(forum.id)))
    settle(ctx)
    for _ in range(5):
        QApplication.processEvents()
    assert {preview.model.data(preview.model.index(i, PlanModel.DETAILS))
            for i in range(preview.model.rowCount())} == {
        "imported before, unchanged in the calendar"}
    assert preview.model.data(preview.model.index(0, PlanModel.ACTION)) == \
        "Imported before"
    shoot(preview, "import-preview-reimport-en")
    preview.close()
    plan = imp.plan_calendar_file(ctx.svc, tmp_path / "k.ics", date(2025, 1, 1),
                                  date(2025, 12, 31))
    assert {r.reason for r in plan.records} == {"imported before as a meeting"}
    del run, again

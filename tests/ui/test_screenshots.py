"""Screenshots of every main view and every initiative tab on the example workspace, at
the normal and at a small window size. Saved to tests/artifacts/ (not committed); look at
them after a UI change."""

from __future__ import annotations

import pytest

from brobygger.ui.mainwindow import PAGES
from tests.ui.conftest import ARTIFACTS, settle

SIZES = {"normal": (1280, 820), "small": (1024, 700)}
TABS = ("overblik", "relationer", "plager", "barrierer", "resultater", "logbog", "handlinger")


@pytest.mark.parametrize("size", list(SIZES))
def test_screenshots(demo_window, demo_ctx, size):
    ARTIFACTS.mkdir(exist_ok=True)
    w, h = SIZES[size]
    demo_window.resize(w, h)
    settle(demo_ctx)
    for name in PAGES:
        page = demo_window.show_page(name)
        if name == "initiatives":
            page.show_list()
        settle(demo_ctx)
        pix = demo_window.grab()
        assert not pix.isNull()
        pix.save(str(ARTIFACTS / f"{size}-{name}.png"))
    # the log with an entry selected, so the reading pane shows text
    log = demo_window.show_page("log")
    log.ui.logView.selectRow(0)
    settle(demo_ctx)
    demo_window.grab().save(str(ARTIFACTS / f"{size}-log-selected.png"))
    # an initiative with all tabs
    viborg = demo_ctx.svc.initiatives.find("Akutsamarbejde, Viborg")
    demo_window.open_initiative(viborg.id)
    settle(demo_ctx)
    detail = demo_window.initiatives.detail
    assert detail.initiative is not None and detail.initiative.id == viborg.id
    for index, tab in enumerate(TABS):
        detail.ui.tabs.setCurrentIndex(index)
        settle(demo_ctx)
        demo_window.grab().save(str(ARTIFACTS / f"{size}-initiative-{tab}.png"))


def test_dialog_screenshots(demo_window, demo_ctx):
    """Every editing dialog, filled from the example, plus an inline error."""
    from brobygger.services import LogFilter
    from brobygger.ui import dialogs
    from brobygger.ui.small_dialogs import SettingsDialog, TrashDialog, WelcomeDialog

    ARTIFACTS.mkdir(exist_ok=True)
    svc = demo_ctx.svc
    viborg = svc.initiatives.find("Akutsamarbejde, Viborg")
    escalation = svc.log.list(LogFilter(type="eskalering"))[0]
    shots = {
        "initiative": dialogs.InitiativeDialog(demo_ctx, viborg, demo_window),
        "logentry": dialogs.LogEntryDialog(demo_ctx, escalation, demo_window),
        "logentry-new": dialogs.LogEntryDialog(demo_ctx, None, demo_window,
                                               initiative_id=viborg.id),
        "relationship": dialogs.RelationshipDialog(
            demo_ctx, svc.relationships.list(initiative_id=viborg.id)[-1], demo_window),
        "plague": dialogs.PlagueDialog(demo_ctx, svc.plagues.list(viborg.id)[-1], demo_window),
        "barrier": dialogs.BarrierDialog(demo_ctx, svc.barriers.list(viborg.id)[-1],
                                         demo_window),
        "indicator": dialogs.IndicatorDialog(demo_ctx, svc.indicators.list(viborg.id)[0],
                                             demo_window),
        "measurement": dialogs.MeasurementDialog(demo_ctx, None, demo_window),
        "person": dialogs.PersonDialog(demo_ctx, svc.people.all()[0], demo_window),
        "organisation": dialogs.OrganisationDialog(demo_ctx, svc.organisations.all()[0],
                                                   demo_window),
        "party": dialogs.PartyDialog(demo_ctx, svc.parties.list(viborg.id)[0], demo_window),
        "member": dialogs.MemberDialog(demo_ctx, svc.members.list(initiative_id=viborg.id)[0],
                                       demo_window),
        "action": dialogs.ActionDialog(demo_ctx, svc.actions.list(initiative_id=viborg.id)[0],
                                       demo_window),
        "trash": TrashDialog(demo_ctx, demo_window),
        "settings": SettingsDialog(demo_ctx, demo_window),
        "welcome": WelcomeDialog(demo_window),
    }
    for name, dlg in shots.items():
        dlg.show()
        settle(demo_ctx)
        dlg.grab().save(str(ARTIFACTS / f"dialog-{name}.png"))
        if name == "initiative":
            for i in (1, 2):
                dlg.ui.tabs.setCurrentIndex(i)
                dlg.grab().save(str(ARTIFACTS / f"dialog-{name}-{i}.png"))
        dlg.close()
    error = dialogs.InitiativeDialog(demo_ctx, None, demo_window)
    error.show()
    error.ui.purpose.setPlainText("Teksten bliver stående")
    error.save()
    settle(demo_ctx)
    assert error.error_label("name") is not None
    error.grab().save(str(ARTIFACTS / "dialog-error.png"))
    error.close()


def test_empty_and_english_screenshots(window, ctx, qtbot, qapp):
    from brobygger.ui import i18n
    from brobygger.ui.mainwindow import MainWindow

    ARTIFACTS.mkdir(exist_ok=True)
    window.resize(1024, 700)
    for name in ("overview", "log", "actions"):
        window.show_page(name)
        settle(ctx)
        window.grab().save(str(ARTIFACTS / f"empty-{name}.png"))
    i18n.install(qapp, "en")
    try:
        english = MainWindow(ctx)
        qtbot.addWidget(english)
        english.resize(1024, 700)
        english.show()
        ctx.svc.initiatives.create(name="Acute team", status="drift")
        dlg = english.new_initiative()
        settle(ctx)
        english.grab().save(str(ARTIFACTS / "english-initiatives.png"))
        dlg.grab().save(str(ARTIFACTS / "english-dialog-initiative.png"))
        dlg.close()
        english.close()
    finally:
        i18n.install(qapp, "da")

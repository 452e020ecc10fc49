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

"""Long texts in tables end in "…" with the whole text as tooltip; the column widths a user
sets are kept across reloads and restarts and stay resizable (issue 18, 10)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QStyleOptionViewItem, QToolTip

from brobygger.ui.actions import ActionsPage
from brobygger.ui.columns import columns_key, full_text_if_elided
from tests.ui.conftest import settle

LONG = ("Sundhedsstrategisk ledelse af det nære sundhedsvæsen i Randers og de fire "
        "omkringliggende kommuner – udviklingslaboratorier for KOL, sår og ortopædi")


def _tooltip_at(view, index) -> str:
    QToolTip.hideText()
    QApplication.processEvents()
    pos = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def _page(window, ctx) -> ActionsPage:
    page = window.show_page("actions")
    settle(ctx)
    return page


def test_a_cut_off_cell_ends_in_an_ellipsis_with_the_whole_text_as_tooltip(window, ctx):
    ini = ctx.svc.initiatives.create(name=LONG, status="drift")
    ctx.svc.actions.create(title="Ring", initiative_id=ini.id,
                           due_date=date.today() + timedelta(days=3))
    window.resize(1024, 700)
    page = _page(window, ctx)
    view = page.ui.actionsView
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    cell = page.model.index(0, 2)  # Initiativ
    assert cell.data() == LONG
    assert full_text_if_elided(view, cell) == LONG
    assert _tooltip_at(view, cell) == LONG
    short = page.model.index(0, 0)  # the due date fits: no tooltip of its own
    assert full_text_if_elided(view, short) is None
    pos = view.visualRect(short).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    assert view.itemDelegate().helpEvent(event, view, QStyleOptionViewItem(), short) is False


def _drag_border(view, col: int, width: int) -> None:
    """What a drag of the column border does: the section resizes, then the button is let go."""
    header = view.horizontalHeader()
    header.resizeSection(col, width)
    pos = QPoint(header.sectionViewportPosition(col) + width, header.height() // 2)
    release = QMouseEvent(QEvent.Type.MouseButtonRelease, pos, header.viewport().mapToGlobal(pos),
                          Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton,
                          Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(header.viewport(), release)


def test_column_widths_the_user_sets_are_kept_and_remembered(window, ctx):
    ini = ctx.svc.initiatives.create(name="Akutteam", status="drift")
    ctx.svc.actions.create(title="Ring til Bo", initiative_id=ini.id)
    page = _page(window, ctx)
    view = page.ui.actionsView
    header = view.horizontalHeader()
    assert header.sectionResizeMode(3) == QHeaderView.ResizeMode.Interactive  # resizable
    fitted = header.sectionSize(3)
    _drag_border(view, 3, fitted + 137)
    assert columns_key(view) == "columns/ActionsPage/actionsView"
    # a reload (a new action arrives) fits the columns again – but keeps the user's width
    ctx.svc.actions.create(title="Skriv referat", initiative_id=ini.id)
    page.refresh()
    settle(ctx)
    assert page.model.rowCount() == 2
    assert header.sectionSize(3) == fitted + 137
    # the next start (a new page) opens with the same width
    again = ActionsPage(ctx)
    again.refresh()
    settle(ctx)
    assert again.ui.actionsView.horizontalHeader().sectionSize(3) == fitted + 137


def test_a_long_choice_ends_in_an_ellipsis_and_the_dialog_keeps_its_width(window, ctx,
                                                                          qtbot):
    from PySide6.QtWidgets import QScrollArea

    from brobygger.ui.columns import combo_tooltip, elided_combo_text
    from brobygger.ui.dialogs import ActionDialog
    from tests.ui.conftest import wait_for_lookups

    ini = ctx.svc.initiatives.create(name=LONG, status="drift")
    dlg = ActionDialog(ctx, None, window, initiative_id=ini.id)
    dlg.show()
    wait_for_lookups(dlg)
    QApplication.processEvents()
    combo = dlg.ui.initiative_id
    assert combo.currentText() == LONG
    shown = elided_combo_text(combo)
    assert shown.endswith("…") and LONG.startswith(shown[:-1])
    assert combo_tooltip(combo) == LONG
    area = dlg.findChild(QScrollArea, "dialogScroll")
    assert area.widget().minimumSizeHint().width() <= area.viewport().width()  # no sideways
    assert combo.view().minimumWidth() > combo.width()  # the pop-up shows whole names
    dlg.mark_clean()
    dlg.reject()


def test_a_long_initiative_title_ends_in_an_ellipsis_with_a_tooltip(window, ctx):
    from brobygger.ui.columns import elided_label_text

    ini = ctx.svc.initiatives.create(name=LONG, status="drift")
    window.resize(1024, 700)
    window.open_initiative(ini.id)
    settle(ctx)
    QApplication.processEvents()
    label = window.initiatives.detail.ui.nameLabel
    shown = elided_label_text(label)
    assert shown.endswith("…") and LONG.startswith(shown[:-1])
    assert label.toolTip() == LONG and label.accessibleName() == LONG
    assert label.height() >= label.fontMetrics().height()  # one whole line, not cut
    window.grab().save(str(Path(__file__).resolve().parents[1] / "artifacts"
                           / "long-initiative-title.png"))

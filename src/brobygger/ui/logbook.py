"""Logbog: every entry, filters, search as you type and the quick entry (Ctrl+N)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, QTimer
from PySide6.QtWidgets import QComboBox, QWidget

from brobygger.domain.catalogue import BARRIERS, ENTRY_TYPES, PLAGUES
from brobygger.domain.errors import BrobyggerError
from brobygger.services import LogFilter
from brobygger.ui import dialogs, i18n
from brobygger.ui.common import (
    FIT_ROWS,
    Context,
    combo_value,
    date_value,
    fill_combo,
    fit_columns,
    fit_combo,
    selected_record,
    set_combo_value,
    set_date,
    setup_date,
    setup_table,
    show_error,
)
from brobygger.ui.form_setup import hints, page_form
from brobygger.ui.forms.ui_logpage import Ui_LogPage
from brobygger.ui.models import LogListing, LogTableModel
from brobygger.ui.page import LOG_TABLES, PARTY_TABLES, Page
from brobygger.ui.record_table import RecordTable
from brobygger.ui.render import entry_html

SEARCH_DELAY_MS = 150  # the search runs this long after the last keystroke


class LogPage(Page):
    # entries; initiative names in the list and filter; people and parties in the pane
    tables = LOG_TABLES | PARTY_TABLES | frozenset({"initiative"})

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = page_form(self, Ui_LogPage())
        hints(ui.countLabel)
        self.names: dict[uuid.UUID, str] = {}
        self._party_names: dict[uuid.UUID, str] = {}
        self._initiative_names: dict[uuid.UUID, str] = {}
        self._shown_filter: LogFilter | None = None
        self._select_next: uuid.UUID | None = None  # a new entry, selected once it is listed
        self._fitted = False
        self._lookups_loaded = False
        # What a filter or a keystroke does not change: the count of all entries (for "12
        # af 100.000") and the initiatives. Read again only after a change to them – not
        # on every keystroke of a search (issue 21). _epoch tells a result read before a
        # change from one read after it.
        self._everything: int | None = None
        self._initiatives: list[Any] | None = None
        self._initiatives_shown: list[Any] | None = None
        self._epoch = 0
        # The model pages: reload() reads the row count and the first block in the
        # background; other blocks are read as they are scrolled into view – at once where
        # that is quick, else in the background too (ctx.tasks.run).
        self.model = LogTableModel(ctx.svc, self, run=ctx.tasks.run)
        ui.logView.setModel(self.model)
        setup_table(ui.logView)
        ui.splitter.setSizes([380, 220])
        setup_date(ui.fromDate, optional=True)
        setup_date(ui.toDate, optional=True)
        fill_combo(ui.typeFilter, i18n.choices(ENTRY_TYPES), none_label=self.tr("Alle typer"))
        fill_combo(ui.plagueFilter, i18n.choices(PLAGUES), none_label=self.tr("Alle plager"))
        fill_combo(ui.barrierFilter, i18n.choices(BARRIERS),
                   none_label=self.tr("Alle barrierer"))
        for combo in (ui.initiativeFilter, ui.typeFilter, ui.personFilter, ui.plagueFilter,
                      ui.barrierFilter):
            fit_combo(combo, 10)
        for edit in (ui.fromDate, ui.toDate):
            edit.setMinimumWidth(150)
        ui.searchEdit.setMinimumWidth(160)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        # the search finds agendas and minutes too (issue 16): a list under the log's
        from brobygger.ui.meetings.search_hits import MeetingHits

        self.meeting_hits = MeetingHits(ctx, self)
        ui.layout.insertWidget(ui.layout.indexOf(ui.splitter) + 1, self.meeting_hits)
        self._search_timer.timeout.connect(
            lambda: self.meeting_hits.search(ui.searchEdit.text()))
        for combo in (ui.initiativeFilter, ui.typeFilter, ui.personFilter, ui.plagueFilter,
                      ui.barrierFilter):
            combo.currentIndexChanged.connect(self.refresh)
        ui.fromDate.dateChanged.connect(self.refresh)
        ui.toDate.dateChanged.connect(self.refresh)
        ui.clearButton.clicked.connect(self.clear_filters)
        ui.newEntryButton.clicked.connect(lambda: self.new_entry())
        self.records = RecordTable(
            self, ctx, ui.logView, open=self.edit_entry, service="log",
            what=lambda entry: self.tr("indførslen »{t}«").format(t=entry.title))
        self.records.buttons(ui.editButton, ui.deleteButton, ui.historyButton)
        ui.logView.selectionModel().selectionChanged.connect(self._selected)
        self.model.dataChanged.connect(self._rows_arrived)
        self._selected()

    def changed(self, changes: Any) -> None:
        if self.wants(changes):
            self._epoch += 1
            if changes.touches(LOG_TABLES):
                self._everything = None
            if changes.touches(frozenset({"initiative"})):
                self._initiatives = None
            if changes.touches(PARTY_TABLES):
                self._lookups_loaded = False
        super().changed(changes)

    def invalidate(self) -> None:
        self._epoch += 1
        self._everything = self._initiatives = None
        self._lookups_loaded = False
        super().invalidate()

    # -- filters --------------------------------------------------------------------------
    def current_filter(self) -> LogFilter:
        ui = self.ui
        return LogFilter(initiative_id=combo_value(ui.initiativeFilter),
                         type=combo_value(ui.typeFilter),
                         date_from=date_value(ui.fromDate), date_to=date_value(ui.toDate),
                         plague=combo_value(ui.plagueFilter),
                         barrier=combo_value(ui.barrierFilter),
                         person_id=combo_value(ui.personFilter),
                         text=ui.searchEdit.text().strip() or None)

    def clear_filters(self) -> None:
        ui = self.ui
        for w in (ui.initiativeFilter, ui.typeFilter, ui.personFilter, ui.plagueFilter,
                  ui.barrierFilter, ui.fromDate, ui.toDate, ui.searchEdit):
            w.blockSignals(True)
        for combo in (ui.initiativeFilter, ui.typeFilter, ui.personFilter, ui.plagueFilter,
                      ui.barrierFilter):
            combo.setCurrentIndex(0)
        set_date(ui.fromDate, None)
        set_date(ui.toDate, None)
        ui.searchEdit.clear()
        self.meeting_hits.search("")
        for w in (ui.initiativeFilter, ui.typeFilter, ui.personFilter, ui.plagueFilter,
                  ui.barrierFilter, ui.fromDate, ui.toDate, ui.searchEdit):
            w.blockSignals(False)
        self.refresh()

    def filter_initiative(self, initiative_id: uuid.UUID | None) -> None:
        set_combo_value(self.ui.initiativeFilter, initiative_id)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    # -- loading ----------------------------------------------------------------------------
    def reload(self, generation: int) -> None:
        """Two background reads: first the listing (row count and first block – what the
        table shows), then the people and names for the filters and the reading pane.
        One after the other: side by side on two busy cores they slowed each other down
        (100,000 entries: the table came after ~200 instead of ~80 ms)."""
        svc, ui, model = self.ctx.svc, self.ui, self.model
        flt = self.current_filter()
        same = flt == self._shown_filter
        selected = selected_record(ui.logView)
        around = self._select_next or (selected.id if selected is not None else None)
        top = ui.logView.rowAt(0) if same else -1

        known_total, known_initiatives, epoch = self._everything, self._initiatives, self._epoch

        def listing() -> dict[str, Any]:
            initiatives = known_initiatives if known_initiatives is not None \
                else svc.initiatives.names(include_deleted=True)
            data = model.fetch(flt, around=around, rows=[top] if top > 0 else [])
            everything = data.total if flt == LogFilter() else \
                known_total if known_total is not None else svc.log.count()
            return {"listing": data, "initiatives": initiatives, "total": everything,
                    "epoch": epoch}

        def lookups() -> dict[str, Any]:
            from brobygger.services.person_directory import people_by_name

            # (id, name) only: 50,000 people at scale 10
            return {"people": people_by_name(svc), "names": svc.overview.party_names()}

        def failed(exc: BaseException) -> None:
            if self.is_current(generation):
                if isinstance(exc, BrobyggerError):
                    self.ui.countLabel.setText(exc.message)
                else:
                    show_error(self, exc)

        # a keystroke, a filter, a change to entries (or initiatives) alone: the people and
        # names stay (changed() and invalidate() mark them to be read again)
        fresh = not self._lookups_loaded

        def then_lookups() -> None:
            if self.is_current(generation) and fresh:
                self.ctx.tasks.run(lookups, lambda data: self._show_lookups(generation, data),
                                   failed)

        def listed(data: dict[str, Any]) -> None:
            self._show_listing(generation, flt, data)
            then_lookups()

        def not_listed(exc: BaseException) -> None:
            failed(exc)
            then_lookups()

        self.ctx.tasks.run(listing, listed, not_listed)

    def _show_listing(self, generation: int, flt: LogFilter, data: dict[str, Any]) -> None:
        if not self.is_current(generation):
            return
        ui = self.ui
        listing: LogListing = data["listing"]
        initiatives = data["initiatives"]
        if initiatives is not self._initiatives_shown:  # not on every keystroke
            self._initiatives_shown = initiatives
            self._initiative_names = {i.id: i.name for i in initiatives}
            self.names = {**self._party_names, **self._initiative_names}
            self._fill(ui.initiativeFilter, [(i.id, i.name) for i in initiatives
                                             if i.deleted_at is None],
                       self.tr("Alle initiativer"))
        if data["epoch"] == self._epoch:  # nothing changed since it was read
            self._everything, self._initiatives = data["total"], initiatives
        same = flt == self._shown_filter
        # another word in the search box: the columns keep their widths
        retyped = self._shown_filter is not None and replace(flt, text=None) == replace(
            self._shown_filter, text=None)
        scroll = ui.logView.verticalScrollBar().value()
        self.model.set_listing(listing, self._initiative_names)
        self._shown_filter = flt
        if (not same and not retyped) or not self._fitted:  # after a save they stay
            # widths from the rows in view (one block at most), not from 1,000 rows
            ui.logView.horizontalHeader().setResizeContentsPrecision(self.model.BLOCK)
            # measured on the rows read so far: more would read further blocks
            fit_columns(ui.logView, {3: 200}, sample=min(FIT_ROWS, self.model.BLOCK))
            ui.logView.horizontalHeader().resizeSection(2, 320)
            self._fitted = listing.total > 0
        self._show_count(listing.total, data["total"], listing.counting)
        if same:
            ui.logView.verticalScrollBar().setValue(scroll)
        else:
            ui.logView.scrollToTop()
        if listing.around is not None and listing.around_row >= 0:
            ui.logView.selectRow(listing.around_row)
        if listing.around is not None and listing.around == self._select_next:
            self._select_next = None  # selected, or not in this listing: asked once
        self._selected()
        if listing.counting:
            self._count_hits(generation, listing, data["total"])

    def _count_hits(self, generation: int, listing: LogListing, total: int) -> None:
        """A search's first block is shown: its hits are counted now, in the background,
        and the table grows to them when the count comes."""
        from brobygger.ui.log_blocks import count_hits

        def counted(n: int) -> None:
            if self.is_current(generation) and self.model.set_total(listing, n):
                self._show_count(n, total, False)

        def count() -> int:  # not for a search typed over meanwhile
            return count_hits(self.ctx.svc, listing) if self.is_current(generation) else -1

        self.ctx.tasks.run(count, counted, lambda exc: show_error(self, exc))

    def _show_count(self, shown: int, total: int, counting: bool) -> None:
        ui = self.ui
        if counting:  # the first hits are shown, the rest are being counted
            ui.countLabel.setText(self.tr("tæller … af {total} indførsler").format(
                total=i18n.fmt_number(total)))
        elif total == 0:
            ui.countLabel.setText(self.tr("Logbogen er tom – tryk Ctrl+N for at skrive "
                                          "den første indførsel."))
        elif shown == total:
            ui.countLabel.setText(self.tr("1 indførsel") if shown == 1 else
                                  self.tr("{n} indførsler").format(n=i18n.fmt_number(shown)))
        else:
            ui.countLabel.setText(self.tr("{shown} af {total} indførsler").format(
                shown=i18n.fmt_number(shown), total=i18n.fmt_number(total)))

    def _show_lookups(self, generation: int, data: dict[str, Any]) -> None:
        if not self.is_current(generation):
            return
        self._party_names = data["names"]
        self._lookups_loaded = True
        self.names = {**self._party_names, **self._initiative_names}
        self._fill(self.ui.personFilter, data["people"],
                   self.tr("Alle personer"))
        self._selected()

    def _fill(self, combo: QComboBox, items: list[tuple[Any, str]], none_label: str) -> None:
        """Refill a filter without reloading: only a chosen value that is gone (in the
        trash) changes the filter, and that reloads once."""
        before = combo_value(combo)
        if combo is self.ui.personFilter:  # every person: one list model, no item each
            from brobygger.ui.choice_model import set_choices

            set_choices(combo, items, none_label)
        else:
            fill_combo(combo, items, none_label=none_label, keep=False)  # signals blocked
        if before is not None:
            with QSignalBlocker(combo):
                set_combo_value(combo, before)
        if combo_value(combo) != before:
            self.refresh()

    def _rows_arrived(self, top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        """A block read in the background: show the selected entry once its row is there."""
        rows = self.ui.logView.selectionModel().selectedRows()
        if rows and top.row() <= rows[0].row() <= bottom.row() \
                and top.column() <= 2 <= bottom.column():
            self._selected()

    def _selected(self, *_args: object) -> None:
        entry = selected_record(self.ui.logView)
        self.ui.entryView.setHtml(entry_html(entry, self.names))
        self.ui.historyButton.setEnabled(entry is not None)

    # -- editing ---------------------------------------------------------------------------
    def new_entry(self, **defaults: Any) -> dialogs.RecordDialog:
        if "initiative_id" not in defaults and combo_value(self.ui.initiativeFilter):
            defaults["initiative_id"] = combo_value(self.ui.initiativeFilter)
        dlg = dialogs.LogEntryDialog(self.ctx, None, self.window(), **defaults)
        dialogs.open_dialog(dlg, self._created)
        return dlg

    def _created(self, entry: Any) -> None:
        """Select the new entry when the listing is read again (the save reloads it)."""
        self._select_next = getattr(entry, "id", None)

    def edit_entry(self, entry: Any) -> None:
        dialogs.open_dialog(dialogs.LogEntryDialog(self.ctx, entry, self.window()))


"""In English, no Danish leaks: every page, the initiative's tabs and the record dialogs
are opened on the example workspace in English, every text they show is read (labels,
buttons, tabs, headers, cells, combo items, placeholders, tooltips) and the test fails on a
Danish word from the app's vocabulary or a Danish letter – outside the user's own data (the
example's names and texts are Danish, and stay so). Core messages (service errors) are
checked the same way."""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from brobygger.domain.errors import BrobyggerError
from brobygger.store import models  # noqa: F401  (registers the tables)
from brobygger.store.metadata import metadata
from brobygger.ui import dialogs, i18n
from brobygger.ui.mainwindow import PAGES
from tests.ui.conftest import settle, wait_for_lookups

# Words of the app's own Danish (its labels, headings, messages) that are not English words.
_VOCABULARY = """
    af aftale aftaler alle andet anmodning anmodninger ansvarlig antal barrierer bemærk
    beslutning beslutninger besvaret dag dage dato deltagere dem der det disse eller en
    endnu er et eskalering eskaleret findes fra frist fælles gem handling handlinger har
    hjørnesten hvem hvad hvor hændelse ikke indikator indikatorer ingen initiativ
    initiativer intet kan kendskab ledelse logbog logindførsel med mål meget mening
    møde møder navn niveau noter nu ny nye nyt og om opret oprettet organisationer
    overblik parter personer plage plager på relationer respekt resultat resultater
    rolle ret seneste siden skal slet som svar til tillid titel uge ugen uden
    ukendt vurdering vurderinger vælg år åben åbne ændret formål
"""
DANISH_WORDS = frozenset(_VOCABULARY.split())
WORD = re.compile(r"[A-Za-zÆØÅæøåÉé]+")
TAG = re.compile(r"<[^>]+>")
# record ids are data, not words ("…-83af-…" is not the Danish "af")
UUID = re.compile(r"\b[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\b")


def _data_strings(svc: Any) -> list[str]:
    """Every text the workspace holds (the user's data), longest first."""
    found: set[str] = set()

    def add(value: Any) -> None:
        if isinstance(value, str) and len(value.strip()) > 1:
            found.add(value.strip())
            found.update(line.strip() for line in value.splitlines() if len(line.strip()) > 1)
        elif isinstance(value, list | tuple):
            for v in value:
                add(v)
        elif isinstance(value, dict):
            for v in value.values():
                add(v)

    with svc.ws.read() as s:
        for table in metadata.sorted_tables:
            for row in s.execute(select(table)):
                for value in row:
                    add(value)
    return sorted(found, key=len, reverse=True)


def widget_texts(root: QWidget) -> Iterator[str]:
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root.window()) and w is not root:
            continue
        if isinstance(w, QLabel | QAbstractButton):
            yield w.text()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QLineEdit):
            yield w.placeholderText()
        elif isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        if isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            try:
                columns, rows = m.columnCount(), m.rowCount()
            except TypeError:  # a list model: one column
                columns, rows = 1, m.rowCount(QModelIndex())
            for c in range(columns):
                yield str(m.headerData(c, Qt.Orientation.Horizontal) or "")
            for r in range(min(rows, 40)):
                for c in range(columns):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = m.index(r, c).data(role)
                        if isinstance(value, str):
                            yield value
        yield w.toolTip()
        yield w.accessibleName()


class Scanner:
    def __init__(self, data: list[str]) -> None:
        self.data = data
        self.leaks: dict[str, str] = {}

    def scan(self, where: str, text: str) -> None:
        plain = UUID.sub(" ", html.unescape(TAG.sub(" ", text or "")))
        for value in self.data:  # the user's own data may be Danish (whole words only)
            if value in plain:
                plain = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", plain)
        for word in WORD.findall(plain):
            if word.casefold() in DANISH_WORDS or re.search("[æøåÆØÅ]", word):
                self.leaks.setdefault(f"{where}: {word}", text.strip()[:120])

    def scan_widget(self, where: str, root: QWidget) -> None:
        for text in widget_texts(root):
            self.scan(where, text)


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "da")


def _dialog(scanner: Scanner, where: str, dlg: Any) -> None:
    dlg.show()
    wait_for_lookups(dlg)
    scanner.scan_widget(where, dlg)
    dlg.close()


def test_no_danish_in_the_english_ui(english, demo_window, demo_ctx):
    w, c = demo_window, demo_ctx
    scanner = Scanner(_data_strings(c.svc))
    for name in PAGES:
        page = w.show_page(name)
        settle(c)
        scanner.scan_widget(name, page)
    initiative = c.svc.initiatives.list()[0]
    w.open_initiative(initiative.id)
    settle(c)
    detail = w.initiatives.detail
    for i in range(detail.ui.tabs.count()):
        detail.ui.tabs.setCurrentIndex(i)
        settle(c)
        scanner.scan_widget(f"initiative tab {i}", detail)
    for cls in (dialogs.LogEntryDialog, dialogs.InitiativeDialog, dialogs.ActionDialog,
                dialogs.PersonDialog, dialogs.OrganisationDialog):
        _dialog(scanner, cls.__name__, cls(c, None, w))
    assert not scanner.leaks, "Danish in the English UI:\n" + "\n".join(
        f"{k}  «{v}»" for k, v in sorted(scanner.leaks.items()))


def test_no_danish_in_english_core_messages(english, demo_svc):
    """Service and domain errors a user meets, raised while the UI is English. What the
    user typed and the stored codes (identifiers such as ``moede``) are not language."""
    from brobygger.domain import catalogue
    from brobygger.domain.codelist import Catalogue

    codes = [item.code for c in vars(catalogue).values() if isinstance(c, Catalogue)
             for item in c.items]
    scanner = Scanner(sorted({*codes, "i morgen måske", "ukendt"}, key=len, reverse=True))
    svc = demo_svc
    attempts = [
        lambda: svc.initiatives.create(name=""),
        lambda: svc.log.create(title="", entry_date="2026-13-40"),
        lambda: svc.log.create(title="Møde", entry_date="2026-11-30", type="moede",
                               body="x" * 100_001),
        lambda: svc.people.create(name="x", notes="ring 010190-1234"),
        lambda: svc.actions.create(title="x", due_date="i morgen måske"),
        lambda: svc.initiatives.get(uuid.uuid4()),
        lambda: svc.initiatives.create(name="Et", status="ukendt"),
        lambda: svc.people.create(name="Anne", level="ukendt"),
        lambda: svc.relationships.create(kendskab=11),
    ]
    for n, attempt in enumerate(attempts):
        with pytest.raises(BrobyggerError) as err:
            attempt()
        scanner.scan(f"message {n}", err.value.message)
    assert not scanner.leaks, "Danish in English core messages:\n" + "\n".join(
        f"{k}  «{v}»" for k, v in sorted(scanner.leaks.items()))

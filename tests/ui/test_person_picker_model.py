"""The person pickers hold their people as one list model (issue 21): 5,000 people at scale
1 and 50,000 at scale 10 were a ``QStandardItem`` (or an ``addItem``) each – ~50 MB and one
of the GUI thread's longest blocks. The model's rows are the service's own
``PersonChoice`` objects; everything the picker did stays: members first under a heading,
the organisation beside the name, a search by name, title and organisation, typing and Tab
or Enter to choose, the chosen id."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from brobygger.services.person_choices import PersonChoice
from brobygger.ui import common, pickers
from brobygger.ui.choice_model import ChoiceListModel, Heading
from brobygger.ui.pickers import PersonPicker
from tests.ui.conftest import settle

N = 400
TEAM = uuid.uuid4()


def _choices() -> list[PersonChoice]:
    """N people by name; every 50th a member of TEAM, every 7th a midwife in Aarhus."""
    out = []
    for i in range(N):
        midwife = i % 7 == 0
        out.append(PersonChoice(
            uuid.uuid4(), f"Person {i:04d}", "jordemoder" if midwife else "sagsbehandler",
            "Aarhus Kommune" if midwife else "Randers Kommune",
            frozenset({TEAM}) if i % 50 == 0 else frozenset()))
    return out


def test_the_picker_is_one_list_model_over_the_choices(qtbot: Any) -> None:
    choices = _choices()
    picker = PersonPicker()
    qtbot.addWidget(picker)
    picker.set_people(choices, "(ingen)", TEAM)
    model = picker.model()
    # no item per person: a list model whose rows are the service's objects themselves
    assert isinstance(model, ChoiceListModel) and not isinstance(model, QStandardItemModel)
    assert model.rowCount() == N + 3  # (ingen), two headings, everyone
    members = [c for c in choices if TEAM in c.initiatives]
    assert model.row(1) == Heading("Medlemmer af initiativet")
    assert all(model.row(2 + k) is c for k, c in enumerate(members))
    assert model.row(2 + len(members)) == Heading("Andre personer")
    assert picker.itemText(2) == "Person 0000 (Aarhus Kommune)"
    assert picker.itemData(2, Qt.ItemDataRole.ToolTipRole) == \
        "Person 0000 · jordemoder · Aarhus Kommune"
    assert not model.flags(model.index(1)) & Qt.ItemFlag.ItemIsSelectable  # a heading
    assert model.index(1).data(Qt.ItemDataRole.FontRole).bold()
    # the chosen id: the callers' API, a person far down found without a pass per row
    far = choices[N - 2]
    assert common.set_combo_value(picker, far.id)
    assert common.combo_value(picker) == far.id
    assert picker.chosen_text() == "Person 0398 (Randers Kommune)"
    assert not common.set_combo_value(picker, uuid.uuid4())
    assert common.combo_value(picker) == far.id
    # the initiative changes: members first again, the chosen person kept
    picker.set_initiative(None)
    assert model.rowCount() == N + 1 and common.combo_value(picker) == far.id


def test_typing_chooses_the_right_person(qtbot: Any) -> None:
    choices = _choices()
    form = QWidget()
    qtbot.addWidget(form)
    picker, after = PersonPicker(form), QLineEdit(form)  # Tab leaves for the next field
    layout = QVBoxLayout(form)
    layout.addWidget(picker)
    layout.addWidget(after)
    picker.set_people(choices, "(ingen)")
    form.show()
    form.activateWindow()
    QTest.qWaitForWindowActive(form)
    picker.setFocus()
    # by organisation and title, case-insensitively; the pop-up lists what the search finds
    assert len(picker.matches("AARHUS")) == len(range(0, N, 7))
    assert picker.matches("jordemoder person 01") == []  # one phrase, not words
    line = picker.lineEdit()
    line.clear()
    QTest.keyClicks(line, "person 0123")
    assert picker.completer().completionModel().rowCount() == 1
    QTest.keyClick(line, Qt.Key.Key_Tab)
    assert common.combo_value(picker) == choices[123].id
    assert line.text() == "Person 0123 (Randers Kommune)"
    # Enter chooses the first found; a search that finds no one gives the chosen back
    picker.setFocus()
    line.selectAll()
    QTest.keyClicks(line, "0210")
    picker.completer().popup().hide()
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert common.combo_value(picker) == choices[210].id
    line.setText("ingen sådan")
    picker.settle()
    assert common.combo_value(picker) == choices[210].id
    assert line.text() == "Person 0210 (Aarhus Kommune)"


def test_a_popup_choice_maps_to_the_person(qtbot: Any, monkeypatch: Any) -> None:
    choices = _choices()
    picker = PersonPicker()
    qtbot.addWidget(picker)
    picker.set_people(choices)
    picker.show()
    picker.activateWindow()
    QTest.qWaitForWindowActive(picker)
    picker.setFocus()
    picker.lineEdit().clear()
    QTest.keyClicks(picker.lineEdit(), "jordemoder")
    completion = picker.completer().completionModel()
    assert completion.rowCount() == len(range(0, N, 7))
    picker.completer().activated[type(completion.index(0, 0))].emit(completion.index(3, 0))
    assert common.combo_value(picker) == choices[21].id
    # a search that finds thousands lists the first MAX_SHOWN (more letters narrow it)
    monkeypatch.setattr(pickers, "MAX_SHOWN", 25)
    picker.lineEdit().clear()
    QTest.keyClicks(picker.lineEdit(), "person")
    assert completion.rowCount() == 25 and len(picker.matches("person")) == N


def test_plain_choices_and_the_logbook_person_filter(qtbot: Any, window: Any, ctx: Any) -> None:
    picker = PersonPicker()
    qtbot.addWidget(picker)
    orgs = [(uuid.uuid4(), "Aarhus Kommune"), (uuid.uuid4(), "Region Midtjylland")]
    picker.set_plain(orgs, "(vælg)")
    assert picker.count() == 3 and picker.matches("region") == ["Region Midtjylland"]
    assert picker.choose_first_match("aarhus") and common.combo_value(picker) == orgs[0][0]
    # the Logbog's person filter: every person, one list model, choosing one filters
    svc = ctx.svc
    people = [svc.people.create(name=f"Deltager {i}") for i in range(5)]
    entry = svc.log.create(type="moede", title="Møde med Deltager 3", entry_date=date.today(),
                           participants=[people[3].id])
    svc.log.create(type="moede", title="Et andet møde", entry_date=date.today())
    page = window.show_page("log")
    settle(ctx)
    combo = page.ui.personFilter
    assert isinstance(combo.model(), ChoiceListModel)
    assert [combo.itemText(i) for i in range(combo.count())] == \
        ["Alle personer"] + [f"Deltager {i}" for i in range(5)]
    assert common.set_combo_value(combo, people[3].id)
    settle(ctx)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data(Qt.ItemDataRole.UserRole) in (entry.id, entry)

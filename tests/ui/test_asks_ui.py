"""The Anmodninger view and its dialogs, and one count of open asks everywhere: the
Overblik card, the initiative header, the status brief and the CLI agree (issue 15)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from brobygger.cli import main as cli_main
from brobygger.services.asks import AskFilter
from brobygger.services.briefs import BriefOptions, status_brief
from brobygger.ui.asks import AnswerDialog, AsksPage
from brobygger.ui.overview import OverviewPage
from tests.conftest import VIBORG
from tests.ui.conftest import closed, find_dialog, settle, shoot


def test_asks_view_filters_and_marks_overdue(demo_window) -> None:
    w = demo_window
    page = w.show_page("asks")
    assert isinstance(page, AsksPage)
    settle(w.ctx)
    panel = page.panel
    total = len(w.ctx.svc.asks.list())
    assert panel.model.rowCount() == total == 16
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("open"))
    assert panel.model.rowCount() == w.ctx.svc.asks.open_count() == 7
    overdue = [panel.model.index(r, 6).data() for r in range(panel.model.rowCount())]
    assert sum(1 for text in overdue if text.startswith("⚠") and "overskredet" in text) == 2
    # the table's dates are compact ("24. nov. 2025"), so the column's cap does not cut them
    raised = panel.model.index(0, 0).data()
    assert re.fullmatch(r"\d{1,2}\. [a-zæøå]{3}\. \d{4}", raised), raised
    assert panel.view.fontMetrics().horizontalAdvance(raised) < panel.view.columnWidth(0)
    panel.addressee_filter.setText("regionsrådet")
    assert panel.model.rowCount() == 2
    panel.addressee_filter.clear()
    panel.level_filter.setCurrentIndex(panel.level_filter.findData("sundhedsraad"))
    assert panel.model.rowCount() == 1
    panel.level_filter.setCurrentIndex(0)
    assert "7 anmodninger, heraf 7 åbne" in panel.count_label.text()
    panel.view.selectRow(0)
    shoot(w, "asks_view_da")


def test_answer_dialog_closes_an_ask(qtbot, demo_window) -> None:
    w = demo_window
    page = w.show_page("asks")
    settle(w.ctx)
    panel = page.panel
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("open"))
    row = next(r for r in range(panel.model.rowCount())
               if "telefontid" in panel.model.record(r).title)
    panel.view.selectRow(row)
    assert panel.answer_button.isEnabled() and not panel.reopen_button.isEnabled()
    qtbot.mouseClick(panel.answer_button, Qt.MouseButton.LeftButton)
    dialog = find_dialog(AnswerDialog)
    qtbot.waitExposed(dialog)
    dialog.ui.answer.setPlainText("Fast telefontid kl. 9–10 fra 1. januar.")
    dialog.ui.answered_by.setText("Niels Hvid")
    dialog.ui.outcome.setCurrentIndex(dialog.ui.outcome.findData("imoedekommet"))
    qtbot.wait(100)  # the dialog puts its content in a scroll area once shown
    shoot(dialog, "asks_answer_dialog_da")
    dialog.save()
    settle(w.ctx)
    assert closed(dialog)
    asked = next(a for a in w.ctx.svc.asks.list() if "telefontid" in a.title)
    assert asked.status == "imoedekommet" and asked.answered_by == "Niels Hvid"
    assert panel.model.rowCount() == 6  # the open filter no longer shows it
    assert w.ctx.svc.asks.open_count() == 6


def test_open_asks_counted_alike_everywhere(demo_window, tmp_path: Path, capsys) -> None:
    """The Overblik card, the initiative header, the status brief and the CLI count the
    same open asks – and the count is not zero."""
    w = demo_window
    svc = w.ctx.svc
    viborg = svc.initiatives.find(VIBORG)
    expected = svc.asks.open_count(viborg.id)
    assert expected == 4
    # 1. the Overblik card
    overview = w.show_page("overview")
    assert isinstance(overview, OverviewPage)
    settle(w.ctx)
    card = next(c for c in overview.cards if c.initiative_id == viborg.id)
    card_text = " ".join(lbl.text() for lbl in card.findChildren(QLabel))
    assert f"{expected} åbne anmodninger" in card_text
    # 2. the initiative header
    w.open_initiative(viborg.id)
    settle(w.ctx)
    header = w.initiatives.findChild(QLabel, "stageLabel")
    assert f"{expected} åbne anmodninger" in header.text()
    # 3. the status brief, page 1
    pdf = status_brief(svc, viborg.id, date(2026, 1, 1), None, tmp_path / "v.pdf",
                       BriefOptions(today=date.today()))
    first = PdfReader(pdf).pages[0].extract_text()
    assert re.search(rf"{expected} åbne anmodninger venter på svar", first)
    # 4. the CLI
    data_dir = Path(str(svc.ws.directory))
    assert cli_main(["asks", "list", "--open", "-i", VIBORG, "--data-dir",
                     str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert f"heraf {expected} åbne" in out


def test_initiative_tabs_asks_and_readiness_checklist(qtbot, demo_window) -> None:
    w = demo_window
    svc = w.ctx.svc
    viborg = svc.initiatives.find(VIBORG)
    w.open_initiative(viborg.id)
    settle(w.ctx)
    detail = w.initiatives.detail
    tabs = detail.ui.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Anmodninger" in titles and "Parathed" in titles
    tabs.setCurrentIndex(titles.index("Anmodninger"))
    panel = detail.asks_tab.panel
    assert panel.model.rowCount() == len(svc.asks.list(AskFilter(initiative_id=viborg.id)))
    tabs.setCurrentIndex(titles.index("Parathed"))
    readiness = detail.readiness_tab
    answer, note, _when = readiness.rows["incitamenter"]
    answer.setCurrentIndex(answer.findData("delvist"))
    note.setText("Afregningsmodellen drøftes i KKR i januar.")
    qtbot.wait(50)
    shoot(w, "readiness_checklist_da")
    readiness.save_button.click()
    settle(w.ctx)
    saved = svc.readiness.checklist(viborg.id)["incitamenter"]
    assert saved.answer == "delvist" and saved.note.startswith("Afregningsmodellen")
    assert saved.answered_on == date.today()


def test_asks_view_in_english(english_demo_window) -> None:
    w = english_demo_window
    demo_ctx = w.ctx
    page = w.show_page("asks")
    settle(demo_ctx)
    assert page.title.text() == "Asks"
    assert page.panel.answer_button.text() == "&Answer …"
    assert "asks, " in page.panel.count_label.text()
    page.panel.view.selectRow(0)
    shoot(w, "asks_view_en")


def test_self_review_on_the_persons_page(qtbot, demo_window) -> None:
    from brobygger.ui.asks import SelfReviewDialog
    from brobygger.ui.directory import DirectoryPage

    w = demo_window
    page = w.show_page("directory")
    assert isinstance(page, DirectoryPage)
    settle(w.ctx)
    model = page.people
    row = next(r for r in range(model.rowCount()) if model.record(r).name == "Marianne Toft")
    page.ui.peopleView.selectRow(row)
    settle(w.ctx)
    html = page.ui.personView.toPlainText()
    assert "Egen evaluering" in html and "administratorer" in html
    assert "delt med en efterfølger" in html
    page.self_review_button.click()
    dialog = find_dialog(SelfReviewDialog)
    assert "administratorer" in dialog.ui.intro.text()
    dialog.ui.topic.setCurrentIndex(dialog.ui.topic.findData("tvaersektoriel"))
    dialog.ui.note.setPlainText("Praktik en dag i kommunens visitation.")
    dialog.save()
    settle(w.ctx)
    person = model.record(row)
    notes = w.ctx.svc.self_reviews.list(person.id)
    mine = [r for r in notes if r.topic == "tvaersektoriel"]
    assert mine and not mine[0].shared  # private by default


def test_briefs_page_recipient_and_period_since_last_brief(qtbot, demo_window,
                                                           tmp_path: Path) -> None:
    from brobygger.ui.briefs import BriefsPage
    from brobygger.ui.common import combo_value, date_value, set_combo_value

    w = demo_window
    svc = w.ctx.svc
    viborg = svc.initiatives.find(VIBORG)
    status_brief(svc, viborg.id, None, None, tmp_path / "first.pdf",
                 BriefOptions(today=date(2026, 10, 1)))
    page = w.show_page("briefs")
    assert isinstance(page, BriefsPage)
    settle(w.ctx)
    set_combo_value(page.ui.initiative, viborg.id)
    settle(w.ctx)
    assert combo_value(page.ui.initiative) == viborg.id
    assert date_value(page.ui.dateFrom) == date(2026, 10, 1)  # since the last brief
    assert page.recipient.isVisible() and page.recipient.accessibleName()
    page.recipient.setText("Regionsrådet i Region Midtjylland")
    page.export(tmp_path / "second.pdf")
    settle(w.ctx)
    first = PdfReader(tmp_path / "second.pdf").pages[0].extract_text()
    assert "til notatets modtager" in " ".join(first.split())

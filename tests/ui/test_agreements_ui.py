"""The Aftaler view and its dialogs (issue 17): the register with versions, deviations and
task transfers; a transfer without a medical responsible flagged in the view; bad input in
the agreement dialog refused in Danish at the field, nothing saved and nothing typed lost;
a review date in the past a warning, not an error; screenshots in Danish and English."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from brobygger.ui.agreements.dialogs import AgreementDialog, TransferDialog, VersionDialog
from brobygger.ui.common import set_combo_value
from brobygger.ui.datefield import DateField
from tests.ui.conftest import (
    SAMBO,
    agreements_page,
    closed,
    find_dialog,
    select_agreement,
    settle,
    shoot,
)


def test_register_with_versions_and_deviations(demo_window) -> None:
    w = demo_window
    page = agreements_page(w)
    assert page.model.rowCount() == 3
    assert "3 aftaler: 3 i kraft, 2 til revision" in page.count_label.text()
    select_agreement(page, SAMBO)
    assert page.version_model.rowCount() == 3  # superseded versions stay visible
    assert [page.version_model.record(r).version_label for r in range(3)] == [
        "2024 (illustration)", "2015 (illustration)", "2008"]
    assert page.deviation_model.rowCount() == 3
    page.tabs.setCurrentIndex(1)
    shoot(w, "agreements_register_da")
    page.due_filter.setChecked(True)
    assert page.model.rowCount() == 2
    page.due_filter.setChecked(False)
    page.text_filter.setText("Skive")
    assert [page.model.record(r).agreement.title for r in range(page.model.rowCount())] == [
        "Aftale om overdragelse af IV-behandling fra hospital til kommune"]


def test_transfer_without_medical_responsible_is_flagged_in_the_view(qtbot,
                                                                     demo_window) -> None:
    w = demo_window
    page = agreements_page(w)
    select_agreement(page, "Aftale om overdragelse af IV-behandling fra hospital til kommune")
    page.new_transfer()
    dialog = find_dialog(TransferDialog)
    qtbot.waitExposed(dialog)
    assert dialog.ui.warning.isVisible()  # nobody named yet
    dialog.ui.task.setText("Blodprøvetagning i eget hjem")
    dialog.ui.to_profession.setText("Sygeplejersker i akutteamet")
    qtbot.wait(50)
    shoot(dialog, "agreements_transfer_dialog_da")
    dialog.save()
    settle(w.ctx)
    assert closed(dialog)
    assert "⚠ 1 opgaveoverdragelser uden lægeligt ansvarlig" in page.count_label.text()
    row = page.model.row_of(page.current().id)
    assert "uden lægeligt ansvar" in page.model.index(row, 1).data()
    page.tabs.setCurrentIndex(2)
    texts = [page.transfer_model.index(r, 3).data()
             for r in range(page.transfer_model.rowCount())]
    assert "⚠ Ingen lægeligt ansvarlig" in texts and "Hospitalets læger, Niels Hvid, " \
        "Regionshospitalet Viborg" in texts
    shoot(w, "agreements_transfers_da")
    page.transfer_view.selectRow(texts.index("⚠ Ingen lægeligt ansvarlig"))
    page.edit_transfer()
    dialog = find_dialog(TransferDialog)
    dialog.ui.medical_responsible.setText("Den bestillende læge")
    assert not dialog.ui.warning.isVisible()
    dialog.save()
    settle(w.ctx)
    assert "uden lægeligt" not in page.count_label.text()


def test_bad_input_in_danish_nothing_saved_nothing_lost(qtbot, demo_window) -> None:
    w = demo_window
    page = agreements_page(w)
    before = len(w.ctx.svc.agreements.agreements.all())
    page.new()
    dialog = find_dialog(AgreementDialog)
    qtbot.waitExposed(dialog)
    dialog.ui.title.setText("Forløbsbeskrivelse for KOL")
    dialog.ui.summary.setPlainText("Fælles forløb – mit vigtige udkast.")
    dialog.save()  # no kind chosen
    settle(w.ctx)
    assert not closed(dialog)
    assert "type" in dialog.error_label("kind").text().lower()
    set_combo_value(dialog.ui.kind, "forloebsbeskrivelse")
    start, end, review = (dialog.widget_for(n) for n in ("in_force_from", "in_force_to",
                                                         "review_on"))
    assert isinstance(start, DateField) and isinstance(end, DateField)
    assert isinstance(review, DateField)
    start.set_text("1.3.2026")
    end.set_text("1.2.2026")
    dialog.save()
    settle(w.ctx)
    assert not closed(dialog)
    assert "før den træder i kraft" in dialog.error_label("in_force_to").text()
    assert dialog.ui.summary.toPlainText() == "Fælles forløb – mit vigtige udkast."
    assert len(w.ctx.svc.agreements.agreements.all()) == before
    end.set_text("")
    review.set_text("1.1.2020")
    QApplication.processEvents()
    review.date()
    dialog.update_warning()
    assert dialog.ui.warning.isVisible() and "fortiden" in dialog.ui.warning.text()
    shoot(dialog, "agreements_dialog_warning_da")
    dialog.save()  # a warning, not an error
    settle(w.ctx)
    assert closed(dialog)
    assert len(w.ctx.svc.agreements.agreements.all()) == before + 1


def test_new_version_keeps_both(qtbot, demo_window) -> None:
    w = demo_window
    page = agreements_page(w)
    select_agreement(page, "Driftsaftale for Psykiatriens Hus, Silkeborg")
    page.new_version()
    dialog = find_dialog(VersionDialog)
    qtbot.waitExposed(dialog)
    dialog.ui.version_label.setText("2027")
    field = dialog.widget_for("in_force_from")
    assert isinstance(field, DateField)
    field.set_text("1.1.2027")
    dialog.save()
    settle(w.ctx)
    assert closed(dialog), dialog.form_error()
    select_agreement(page, "Driftsaftale for Psykiatriens Hus, Silkeborg")
    labels = [page.version_model.record(r).version_label
              for r in range(page.version_model.rowCount())]
    assert labels == ["2027", "2024"]


def test_screens_in_english(qtbot, english_demo_window) -> None:
    w = english_demo_window
    w.resize(1280, 860)
    page = agreements_page(w)
    assert page.title.text() == "Agreements"
    select_agreement(page, SAMBO)
    page.tabs.setCurrentIndex(1)
    shoot(w, "agreements_register_en")
    page.tabs.setCurrentIndex(2)
    select_agreement(page, "Aftale om overdragelse af IV-behandling fra hospital til kommune")
    page.edit_transfer() if page.transfer_view.selectRow(0) is None else None
    dialog = find_dialog(TransferDialog)
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    shoot(dialog, "agreements_transfer_dialog_en")
    dialog.reject()


def test_follow_up_brief_from_the_view(demo_window, tmp_path, monkeypatch) -> None:
    from pypdf import PdfReader

    from brobygger.ui import saving

    opened = []
    monkeypatch.setattr(saving, "ask_path_hook", lambda _p, _s: tmp_path / "aftale.pdf")
    monkeypatch.setattr(saving, "open_file_hook", opened.append)
    w = demo_window
    page = agreements_page(w)
    select_agreement(page, SAMBO)
    page.export_brief()
    settle(w.ctx)
    assert opened == [tmp_path / "aftale.pdf"]
    text = " ".join((p.extract_text() or "") for p in PdfReader(opened[0]).pages)
    assert "Opfølgning på aftaler" in " ".join(text.split()) or "OPFØLGNING" in text

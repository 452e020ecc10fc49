"""The Filer menu's exchange entries, Hjælp → Om Brobygger, the person page's GDPR tools
and the Briefs page without a language choice."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from brobygger import __version__
from brobygger.ui import common, exchange_dialogs, exchange_menu
from brobygger.ui.about import AboutDialog, fallback_components
from brobygger.ui.exchange_menu import ExportBundleDialog, ExportDataDialog
from tests.ui.conftest import find_dialog, message_texts, settle, shoot


def test_filer_menu_has_the_new_entries(window):
    texts = [a.text() for a in window.ui.menuFile.actions()]
    for text in ("Eksportér til &modpart…", "Importér fra m&odpart…",
                 "Eksportér &data (CSV/Excel/kalender)…", "Åbn de&lt arbejdsområde…",
                 "&Tag sikkerhedskopi nu", "Sikkerhedskopier og &gendannelse…"):
        assert text in texts
    assert not window.ui.actionEncrypt.isVisible()  # the test workspace is encrypted
    assert not window.ui.encryptionBanner.isVisible()


def test_export_to_counterpart_opens_its_dialog(demo_window, demo_ctx, monkeypatch):
    sent = []
    monkeypatch.setattr(exchange_dialogs, "export_bundle",
                        lambda ctx, parent, ids: sent.append((ctx, parent, ids)))
    viborg = demo_ctx.svc.initiatives.find("Akutsamarbejde, Viborg")
    demo_window.open_initiative(viborg.id)
    settle(demo_ctx)
    demo_window.ui.actionExportBundle.trigger()
    dlg = find_dialog(ExportBundleDialog)
    settle(demo_ctx)
    assert dlg.initiative_ids() == [viborg.id]  # the open initiative is preselected
    shoot(dlg, "dialog-export-bundle")
    ok = dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dlg.ui.noneButton.click()
    ok.click()
    assert dlg.isVisible() and "mindst ét" in dlg.errors.text()
    dlg.ui.allButton.click()
    ok.click()
    assert not dlg.isVisible()
    [(ctx, parent, ids)] = sent
    assert ctx is demo_ctx and parent is demo_window
    assert len(ids) == len(demo_ctx.svc.initiatives.all()) >= 4


def test_import_from_counterpart_starts_the_import(window, ctx, monkeypatch):
    calls = []
    monkeypatch.setattr(exchange_dialogs, "import_bundle",
                        lambda c, parent: calls.append((c, parent)))
    window.ui.actionImportBundle.trigger()
    assert calls == [(ctx, window)]
    # without the patch it asks for the file first (cancelled here: nothing happens)
    monkeypatch.undo()
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: asked.append(a) or ("", ""))
    assert exchange_menu.import_from_counterpart(ctx, window) is None
    assert asked


def test_export_data_writes_the_chosen_file(demo_window, demo_ctx, monkeypatch, tmp_path):
    target = tmp_path / "frister"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    demo_window.ui.actionExportData.trigger()
    dlg = find_dialog(ExportDataDialog)
    settle(demo_ctx)
    formats = [dlg.ui.format.itemData(i) for i in range(dlg.ui.format.count())]
    assert formats == ["xlsx", "csv", "ics"]
    common.set_combo_value(dlg.ui.what, "assessments")
    assert "ics" not in [dlg.ui.format.itemData(i) for i in range(dlg.ui.format.count())]
    common.set_combo_value(dlg.ui.what, "actions")
    common.set_combo_value(dlg.ui.format, "ics")
    assert "frist" in dlg.ui.hint.text()
    shoot(dlg, "dialog-export-data")
    dlg.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(demo_ctx)
    written = Path(str(target) + ".ics")
    assert written.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert any("Gemt" in t for t in message_texts())


def test_about_shows_the_version_and_the_licences(window, ctx, qtbot):
    window.ui.actionAbout.trigger()
    dlg = find_dialog(AboutDialog)
    assert __version__ in dlg.ui.heading.text()
    qtbot.waitUntil(lambda: dlg.loaded, timeout=10000)
    names = {r[0].lower().replace("_", "-") for r in dlg.model.rows}
    assert {"pyside6-essentials", "sqlalchemy", "keyring"} <= names
    assert any("dejavu" in n for n in names)
    assert all(r[2] for r in dlg.model.rows)  # every component has a licence
    dlg.resize(760, 620)
    shoot(dlg, "dialog-about")
    dlg.close()


def test_about_fallback_without_the_licence_module():
    rows = fallback_components()
    assert any(name == "PySide6-Essentials" for name, _v, _l in rows)
    assert rows[-1][2] == "Bitstream Vera"


def test_export_and_anonymise_a_person(window, ctx, qtbot, monkeypatch, tmp_path,
                                       _auto_confirm):
    svc = ctx.svc
    person = svc.people.create(name="Hanne Sørensen", title="Direktør", email="hs@x.dk")
    svc.log.create(entry_date=__import__("datetime").date(2026, 3, 5), type="moede",
                   title="Møde med Hanne Sørensen")
    page = window.show_page("directory")
    settle(ctx)
    page.ui.peopleView.selectRow(0)
    shoot(window, "directory-person-gdpr")
    target = tmp_path / "hanne.json"
    monkeypatch.setattr(common, "save_path_hook", lambda *a: target)
    page.ui.exportPersonButton.click()
    settle(ctx)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert "Hanne Sørensen" in json.dumps(data, ensure_ascii=False)
    assert any("gemt" in t for t in message_texts())
    page.ui.anonymiseButton.click()
    qtbot.waitUntil(lambda: svc.people.get(person.id).name != "Hanne Sørensen")
    settle(ctx)
    assert _auto_confirm and "kan ikke fortrydes" in _auto_confirm[-1]
    assert svc.people.get(person.id).name.startswith("Anonym person")
    assert "Hanne" not in svc.log.all()[0].title
    assert any("hedder nu" in t for t in message_texts())


def test_anonymise_asks_first(window, ctx, monkeypatch):
    svc = ctx.svc
    person = svc.people.create(name="Ole Bach")
    monkeypatch.setattr(common, "question_hook", lambda *a: False)
    page = window.show_page("directory")
    settle(ctx)
    page.ui.peopleView.selectRow(0)
    page.ui.anonymiseButton.click()
    settle(ctx)
    assert svc.people.get(person.id).name == "Ole Bach"


def test_briefs_page_has_no_language_choice(window):
    page = window.show_page("briefs")
    assert not hasattr(page.ui, "language")
    assert not hasattr(page.ui, "language_label")


def test_new_dialogs_in_english(qtbot, ctx, qapp):
    from brobygger.ui import i18n
    from brobygger.ui.connection import ConnectionDialog
    from brobygger.ui.history import HistoryDialog
    from brobygger.ui.mainwindow import MainWindow
    from brobygger.ui.safety import BackupsDialog, EncryptDialog

    entry = ctx.svc.log.create(entry_date=__import__("datetime").date(2026, 3, 5),
                               type="moede", title="Quarterly meeting")
    i18n.install(qapp, "en")
    try:
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        w.show()
        assert w.ui.actionOpenShared.text() == "Open &shared workspace…"
        assert w.ui.encryptButton.text() == "Encrypt now…"
        shots = {
            "backups": BackupsDialog(ctx, w), "encrypt": EncryptDialog(w),
            "connection": ConnectionDialog(ctx, w),
            "history": HistoryDialog(ctx, entry.id, entry.title, w),
            "export-data": ExportDataDialog(ctx, w), "about": AboutDialog(ctx, w),
        }
        settle(ctx)
        for name, dlg in shots.items():
            dlg.show()
            settle(ctx)
            shoot(dlg, f"english-dialog-{name}")
        assert shots["history"].model.index(0, 2).data() == "Created"
        assert shots["history"].model.headerData(4, __import__("PySide6.QtCore").QtCore
                                                 .Qt.Orientation.Horizontal) == "Before"
        assert shots["encrypt"].windowTitle() == "Encrypt the workspace"
        assert shots["backups"].ui.backupNowButton.text() == "&Back up now"
        for dlg in shots.values():
            dlg.close()
        w.close()
    finally:
        i18n.install(qapp, "da")

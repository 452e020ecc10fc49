"""The recovery key in the app: shown once at creation, accepted at start when the key on
this machine is gone, made anew after re-authentication; the sheet PDF; the error dialog's
"Kopiér fejlrapport" without user data; the shared address never with its password."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from brobygger import app
from brobygger.services import Services
from brobygger.store import recovery
from brobygger.store.workspace import Workspace
from brobygger.ui import recovery as ui_recovery
from brobygger.ui.recovery import RecoveryKeyDialog, make_new_recovery_key
from tests.conftest import MEMORY_KEYRING

pytestmark = pytest.mark.usefixtures("keyring_restored")  # these tests empty the keyring


def test_app_shows_the_key_once_and_opens_with_it_on_a_new_machine(
        tmp_path: Path, shown_recovery_keys: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    d = tmp_path / "ws"
    ws, lock, _ = app.open_workspace(str(d))
    Services(ws, user="t").organisations.create(name="Viborg Kommune", sector="kommune")
    ws.close()
    lock.release()
    assert len(shown_recovery_keys) == 1
    MEMORY_KEYRING.secrets.clear()  # a new laptop
    asked: list[str] = []

    def type_key(parent: Any, reason: str) -> str:
        asked.append(reason)
        return shown_recovery_keys[0]

    monkeypatch.setattr(ui_recovery, "ask_hook", type_key)
    monkeypatch.setattr(app, "passphrase_prompt", lambda parent=None: None)
    ws, lock, _message = app.open_workspace(str(d))
    try:
        assert [o.name for o in Services(ws, user="t").organisations.all()] == \
            ["Viborg Kommune"]
        assert asked and len(shown_recovery_keys) == 1  # not shown again
    finally:
        ws.close()
        lock.release()


def test_new_key_for_an_old_workspace_after_reauthentication(
        tmp_path: Path, qtbot: Any, shown_recovery_keys: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from brobygger.store import os_login

    d = tmp_path / "ws"
    Workspace.open(d).close()
    (d / recovery.RECOVERY_FILE).unlink()  # as before this version
    # the OS checks the computer's login password (PAM; here a stand-in)
    monkeypatch.setattr(os_login, "available", lambda: True)
    monkeypatch.setattr(os_login, "verify", lambda password: password == "min-adgangskode")
    asked: list[str] = []
    answers = iter([None, "gættet", "min-adgangskode"])

    def type_password(parent: Any, title: str, text: str) -> str | None:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(ui_recovery, "secret_hook", type_password)
    errors: list[str] = []
    monkeypatch.setattr("brobygger.ui.common.show_error",
                        lambda parent, exc, title=None: errors.append(str(exc)))
    with Workspace.open(d, create=False) as ws:
        assert make_new_recovery_key(None, ws) is None  # cancelled: nothing, no error
        assert errors == []
        assert make_new_recovery_key(None, ws) is None  # a wrong password: refused
        assert len(errors) == 1 and not (d / recovery.RECOVERY_FILE).exists()
        key = make_new_recovery_key(None, ws)
    assert "adgangskode til computeren" in asked[0] and "gemmer den ikke" in asked[0]
    assert key and shown_recovery_keys == [key]
    MEMORY_KEYRING.secrets.clear()
    with Workspace.open(d, create=False, recovery_key=key) as ws:
        assert ws.key is not None


def test_no_password_check_is_said_plainly_in_the_app(
        tmp_path: Path, qtbot: Any, shown_recovery_keys: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from brobygger.store import os_login
    from brobygger.ui import common

    d = tmp_path / "ws"
    Workspace.open(d).close()
    monkeypatch.setattr(os_login, "available", lambda: False)
    monkeypatch.setattr(ui_recovery, "secret_hook",
                        lambda *_a: pytest.fail("no password can be checked: none asked"))
    questions: list[str] = []
    answer = iter([True, False])  # "a new key replaces the old" – yes; "is it you" – no

    def question(parent: Any, title: str, text: str, yes: str) -> bool:
        questions.append(text)
        return next(answer, True)

    monkeypatch.setattr(common, "question_hook", question)
    with Workspace.open(d, create=False) as ws:
        assert make_new_recovery_key(None, ws) is None
        assert "kun beskyttet af dit login" in questions[-1]
        assert make_new_recovery_key(None, ws)  # confirmed
    assert len(shown_recovery_keys) == 1  # the new one (Workspace.open shows none)


def test_recovery_key_dialog_and_its_pdf(qtbot: Any, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from brobygger.ui import common

    dlg = RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP", "/data/ws")
    qtbot.addWidget(dlg)
    dlg.show()
    for button in (dlg.copy_button, dlg.pdf_button, dlg.done_button):
        assert button.accessibleName() and button.focusPolicy()
    dlg.copy()
    assert QApplication.clipboard().text() == "ABCD-EFGH-IJKL-MNOP"
    warned: list[str] = []

    def question(parent: Any, title: str, text: str, yes: str) -> bool:
        warned.append(text)
        return True

    monkeypatch.setattr(common, "question_hook", question)
    monkeypatch.setattr(common, "save_path_hook", lambda *a: tmp_path / "key.pdf")
    path = dlg.save_pdf()
    assert path == tmp_path / "key.pdf"
    assert "kan åbne arbejdsområdet" in warned[0]
    text = PdfReader(str(path)).pages[0].extract_text()
    assert "ABCD-EFGH-IJKL-MNOP" in text and "kan åbne arbejdsområdet" in text
    dlg.grab().save(str(tmp_path / "recovery-key.png"))


def test_unexpected_error_dialog_offers_a_report_without_user_data(qtbot: Any) -> None:
    from sqlalchemy.exc import IntegrityError

    from brobygger.ui.common import error_text, show_error

    try:
        raise IntegrityError("INSERT INTO person (name) VALUES (?)", ("Jens 0101901234",),
                             Exception("UNIQUE constraint failed"))
    except IntegrityError as exc:
        error = exc
    text = error_text(error)
    assert "INSERT" not in text and "Jens" not in text and "IntegrityError" in text
    show_error(None, error)
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.objectName() == "unexpectedErrorBox")
    copy = next(b for b in box.buttons() if b.text() == "Kopiér fejlrapport")
    copy.click()
    report = QApplication.clipboard().text()
    assert "IntegrityError" in report and "Jens" not in report and "0101901234" not in report
    box.close()


# The test calls the (background) opening function itself, on the test thread.
@pytest.mark.gui_thread_queries
def test_shared_address_is_kept_without_password(pg_url: str, tmp_path: Path) -> None:
    from sqlalchemy.engine import make_url

    from brobygger.ui.workspaces import describe, open_shared, remember_shared

    url = make_url(pg_url)
    assert url.password
    secret = f":{url.password}@"
    opened = open_shared(pg_url, None)  # the password inside the URL
    try:
        assert secret not in opened.ws.location and secret not in describe(opened.ws)
        settings_file = tmp_path / "settings.ini"
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        remember_shared(settings, pg_url)
        remember_shared(settings, opened.ws.location)
        settings.sync()
    finally:
        opened.ws.close()
    stored = settings_file.read_text(encoding="utf-8")
    assert secret not in stored and str(url.host) in stored
    assert url.password in set(MEMORY_KEYRING.secrets.values())  # in the keyring only


def test_app_offers_the_backup_for_a_lost_database(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from brobygger import paths
    from brobygger.domain.errors import LostWorkspaceError

    d = tmp_path / "ws"
    with Workspace.open(d) as ws:
        ws.backup()
    (d / paths.DB_FILENAME).write_bytes(b"")  # emptied
    offered: list[BaseException] = []

    def quit_(directory: Path, error: BaseException, prompt: Any) -> None:
        offered.append(error)
        return None

    monkeypatch.setattr(app, "recovery_hook", quit_)
    with pytest.raises(app.StartCancelled):
        app.open_workspace(str(d))
    assert isinstance(offered[0], LostWorkspaceError) and offered[0].backups
    assert (d / paths.DB_FILENAME).stat().st_size == 0  # not recreated


def test_the_password_field_hides_what_is_typed_and_is_named(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit

    dlg = ui_recovery.secret_dialog(None, "Bekræft, at det er dig", "Skriv din adgangskode …")
    qtbot.addWidget(dlg)
    field = dlg.findChild(QLineEdit)
    assert field is not None and field.echoMode() == QLineEdit.EchoMode.Password
    assert field.accessibleName() == "Bekræft, at det er dig"
    assert all(label.wordWrap() for label in dlg.findChildren(QLabel))

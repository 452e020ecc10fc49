"""Filer → Åbn delt arbejdsområde…: connect to a steering group's PostgreSQL server.

The password is typed here and handed to :meth:`Workspace.open_url`, which keeps it in the
OS keyring after a successful connection. The settings only ever get the address without
the password (the recent list). Errors are shown in the dialog; what was typed stays.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from brobygger.services.workspaces import has_saved_password
from brobygger.ui import style
from brobygger.ui.common import Context, InlineErrors, error_text
from brobygger.ui.form_setup import BusyDialog, dialog_form, hints, standard_buttons
from brobygger.ui.forms.ui_connectiondialog import Ui_ConnectionDialog
from brobygger.ui.workspaces import Opened, open_shared, remember_shared

DRIVER = "postgresql+psycopg"


class ConnectionDialog(BusyDialog):
    """Server, port, database, user and password; ``opened`` carries the new workspace."""

    opened = Signal(object)  # Opened

    def __init__(self, ctx: Context, parent: QWidget | None = None,
                 url: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = dialog_form(self, Ui_ConnectionDialog())
        self.errors = InlineErrors(self, ui.errorLabel)
        hints(ui.intro, ui.note)
        self.result_opened: Opened | None = None
        standard_buttons(self, ui.buttons, self.tr("&Forbind"), self.connect_to_server)
        ui.host.editingFinished.connect(self._maybe_url_pasted)
        if url:
            self.set_url(url)

    # -- the address ---------------------------------------------------------------------------
    def set_url(self, url: str) -> None:
        """Fill the fields from an address (a password in it is ignored)."""
        try:
            parsed = make_url(url)
        except ArgumentError:
            return
        ui = self.ui
        ui.host.setText(parsed.host or "")
        ui.port.setValue(parsed.port or 5432)
        ui.database.setText(parsed.database or "")
        ui.user.setText(parsed.username or "")
        ui.tls.setChecked(str(parsed.query.get("sslmode", "")) in ("require", "verify-ca",
                                                                   "verify-full"))

    def _maybe_url_pasted(self) -> None:
        if "://" in self.ui.host.text():
            self.set_url(self.ui.host.text().strip())

    def url(self) -> str:
        """The address without the password (what the recent list keeps)."""
        ui = self.ui
        query = {"sslmode": "require"} if ui.tls.isChecked() else {}
        return URL.create(DRIVER, username=ui.user.text().strip() or None,
                          host=ui.host.text().strip() or None, port=ui.port.value(),
                          database=ui.database.text().strip() or None,
                          query=query).render_as_string(hide_password=False)

    def validate(self) -> bool:
        ui = self.ui
        self.errors.clear()
        missing = [(ui.host, self.tr("Skriv serverens navn eller adresse.")),
                   (ui.database, self.tr("Skriv databasens navn.")),
                   (ui.user, self.tr("Skriv dit brugernavn på serveren."))]
        first = None
        for widget, message in missing:
            if not widget.text().strip():
                self.errors.show(widget, message)
                first = first or widget
        if first is None and not ui.password.text() and not self._password_known():
            self.errors.show(ui.password, self.tr("Skriv adgangskoden."))
            first = ui.password
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return first is None

    def _password_known(self) -> bool:
        ui = self.ui
        return has_saved_password(ui.user.text().strip(), ui.host.text().strip(),
                                  ui.port.value(), ui.database.text().strip())

    # -- connecting ----------------------------------------------------------------------------
    def connect_to_server(self) -> None:
        if self.busy or not self.validate():
            return
        url, password = self.url(), self.ui.password.text() or None
        self._set_busy(True)
        self.errors.show(None, self.tr("Forbinder til {server} …").format(
            server=self.ui.host.text().strip()))
        style.set_role(self.ui.errorLabel, "hint")
        self.ctx.tasks.run(lambda: open_shared(url, password), self._opened, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ui.buttons.setEnabled(not busy)
        for w in (self.ui.host, self.ui.port, self.ui.database, self.ui.user,
                  self.ui.password, self.ui.tls):
            w.setEnabled(not busy)

    def _opened(self, opened: Opened) -> None:
        self._set_busy(False)
        remember_shared(self.ctx.settings, self.url())
        self.result_opened = opened
        self.accept()
        self.opened.emit(opened)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        style.set_role(self.ui.errorLabel, "error")
        self.errors.clear()
        self.errors.show(None, error_text(exc))
        self.ui.password.setFocus(Qt.FocusReason.OtherFocusReason)


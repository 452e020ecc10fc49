"""Hjælp → Om Brobygger: the version, what Brobygger is, and the licences of the bundled
components (:func:`brobygger.licences.components`, read in the background)."""

from __future__ import annotations

from collections.abc import Callable
from importlib import metadata
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from brobygger import __version__
from brobygger.ui.common import Context, esc, fit_columns, setup_table
from brobygger.ui.form_setup import dialog_form, enlarge, hints, standard_buttons
from brobygger.ui.forms.ui_aboutdialog import Ui_AboutDialog
from brobygger.ui.models import Column, RecordTableModel

# Used when brobygger.licences is not there: the main packages and the font.
FALLBACK = (("PySide6-Essentials", "LGPL-3.0-only"), ("SQLAlchemy", "MIT"),
            ("sqlmodel", "MIT"), ("alembic", "MIT"), ("reportlab", "BSD-3-Clause"),
            ("keyring", "MIT"), ("platformdirs", "MIT"), ("sqlcipher3-wheels", "Zlib"),
            ("psycopg", "LGPL-3.0-only"), ("cryptography", "Apache-2.0 OR BSD-3-Clause"),
            ("openpyxl", "MIT"), ("icalendar", "BSD-2-Clause"))


def fallback_components() -> list[tuple[str, str, str]]:
    out = []
    for name, licence in FALLBACK:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        meta: Any = dist.metadata
        out.append((name, dist.version, str(meta.get("License-Expression") or licence)))
    out.append(("DejaVu Sans Condensed", "2.37", "Bitstream Vera"))
    return out


def components() -> list[tuple[str, str, str]]:
    """(name, version, licence) of every bundled component."""
    try:
        from brobygger.licences import components as bundled
    except ImportError:
        return fallback_components()
    return [(c.name, c.version, c.licence) for c in bundled()]


class AboutDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None,
                 source: Callable[[], list[tuple[str, str, str]]] = components) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = dialog_form(self, Ui_AboutDialog())
        if parent is not None:
            ui.iconLabel.setPixmap(parent.windowIcon().pixmap(64, 64))
        ui.heading.setText(self.tr("Brobygger {version}").format(version=__version__))
        enlarge(ui.heading, 8)
        ui.description.setText(
            "<p>" + esc(self.tr("Sagsstyring for ledere af tværsektorielle samarbejder i det "
                                "danske sundhedsvæsen: logbog, relationer, de syv plager, "
                                "strukturelle barrierer, resultater og handlinger – og briefs "
                                "til styregruppen.")) + "</p><p>"
            + self.tr("Rammen – de syv plager, relationstrappen, hjørnestenene og de "
                      "strukturelle barrierer – bygger på <i>Ledelse over grænser</i>.")
            + "</p><p>" + esc(self.tr(
                "Dine data ligger på denne computer – eller på jeres egen server, når I "
                "bruger et delt arbejdsområde. Intet sendes andre steder hen.")) + "</p>")
        hints(ui.licencesLabel)
        self.model = RecordTableModel([
            Column(self.tr("Komponent"), lambda c: c[0]),
            Column(self.tr("Version"), lambda c: c[1]),
            Column(self.tr("Licens"), lambda c: c[2]),
        ], self)
        ui.licenceView.setModel(self.model)
        setup_table(ui.licenceView, stretch=2)
        standard_buttons(self, ui.buttons)
        self.loaded = False

        def done(rows: list[tuple[str, str, str]]) -> None:
            self.model.set_rows(rows)
            fit_columns(ui.licenceView)
            self.loaded = True

        ctx.tasks.run(source, done, lambda _exc: done(fallback_components()))

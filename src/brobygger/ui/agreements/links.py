"""Aftaler: log entries linked to an agreement (and one of its deviations), and the
follow-up brief for all agreements of a forum (issue 17, items 2 and 6). Every read and
write runs on the task runner; writes go through :mod:`brobygger.services.agreements`."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brobygger.ui import i18n, style
from brobygger.ui.common import (
    Context,
    combo_value,
    fill_combo,
    fit_combo,
    selected_record,
    set_combo_value,
    show_error,
)
from brobygger.ui.models import Column, RecordTableModel
from brobygger.ui.tables import record_view


class EntriesTab(QWidget):
    """The agreement's linked log entries with *Knyt logindførsel …* and *Fjern kobling*."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.model = RecordTableModel([
            Column(self.tr("Dato"), lambda k: i18n.fmt_date(k.entry_date)),
            Column(self.tr("Logindførsel"), lambda k: k.entry_title),
            Column(self.tr("Afvigelse"), lambda k: k.deviation or "–"),
        ], self)
        self.view = record_view(self, self.model, self.tr("Knyttede logindførsler"), stretch=1)
        box.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.link_button = QPushButton(self.tr("Knyt &logindførsel …"), self)
        self.unlink_button = QPushButton(self.tr("Fjern &kobling"), self)
        self.link_button.setAccessibleName(self.tr("Knyt logindførsel til aftalen"))
        self.unlink_button.setAccessibleName(self.tr("Fjern koblingen til logindførslen"))
        row.addWidget(self.link_button)
        row.addWidget(self.unlink_button)
        row.addStretch(1)
        box.addLayout(row)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        self.update_buttons()

    def update_buttons(self, has_agreement: bool | None = None) -> None:
        if has_agreement is not None:
            self.link_button.setEnabled(has_agreement)
        self.unlink_button.setEnabled(selected_record(self.view) is not None)


class LinkEntryDialog(QDialog):
    """Pick a log entry of the agreement's initiatives (read in the background) and,
    optionally, one of its deviations; *Knyt* links them on the writer."""

    def __init__(self, ctx: Context, agreement: Any, deviations: list[Any],
                 parent: QWidget | None = None, deviation_id: uuid.UUID | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx, self.agreement_id = ctx, agreement.id
        self.setWindowTitle(self.tr("Knyt logindførsel til aftalen"))
        form = QFormLayout(self)
        title = QLabel(agreement.title, self)
        style.set_role(title, "title")
        form.addRow(title)
        self.entry = QComboBox(self)
        self.entry.setAccessibleName(self.tr("Logindførsel"))
        self.deviation = QComboBox(self)
        self.deviation.setAccessibleName(self.tr("Afvigelse"))
        fill_combo(self.deviation, [(d.id, f"{i18n.fmt_date(d.observed_on)} – {d.title}")
                                    for d in deviations],
                   none_label=self.tr("(ingen afvigelse)"))
        if deviation_id is not None:
            set_combo_value(self.deviation, deviation_id)
        for combo in (self.entry, self.deviation):
            fit_combo(combo, 60)
        form.addRow(self.tr("&Logindførsel"), self.entry)
        form.addRow(self.tr("&Afvigelse"), self.deviation)
        self.message = QLabel(self.tr("Henter logindførsler …"), self)
        self.message.setWordWrap(True)
        style.set_role(self.message, "hint")
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(self.tr("&Knyt"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.ok.setEnabled(False)
        self.setMinimumSize(700, 200)  # room for the choices in the dialog's scroll area
        svc, agreement_id = ctx.svc, agreement.id
        ctx.tasks.run(lambda: svc.agreements.linkable_entries(agreement_id), self.loaded,
                      lambda exc: show_error(self, exc))

    def loaded(self, entries: list[Any]) -> None:
        fill_combo(self.entry, [(e.id, f"{i18n.fmt_date(e.entry_date)} – {e.title}")
                                for e in entries], keep=False)
        self.ok.setEnabled(bool(entries))
        fit_combo(self.entry, 60)
        self.message.setText("" if entries else self.tr(
            "Ingen logindførsler at knytte: aftalens initiativer har ingen (flere) "
            "logindførsler."))

    def save(self) -> None:
        entry, deviation = combo_value(self.entry), combo_value(self.deviation)
        if entry is None:
            return
        svc, agreement_id = self.ctx.svc, self.agreement_id
        self.ok.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.ok.setEnabled(True)
            show_error(self, exc)

        self.ctx.tasks.run(lambda: svc.agreements.link_entry(agreement_id, entry, deviation),
                           lambda _r: self.accept(), failed, write=True, initiator=self)


def unlink(ctx: Context, parent: QWidget, link: Any) -> None:
    svc = ctx.svc
    ctx.tasks.run(lambda: svc.agreements.unlink_entry(link.id), None,
                  lambda exc: show_error(parent, exc), write=True, initiator=parent)


class ForumBriefDialog(QDialog):
    """Choose a forum for *Opfølgning for et forums aftaler*; the PDF is written in the
    background (like the per-agreement brief) and opened."""

    def __init__(self, ctx: Context, forums: list[tuple[uuid.UUID, str]],
                 parent: QWidget | None = None, forum_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Opfølgning for et forums aftaler"))
        form = QFormLayout(self)
        hint = QLabel(self.tr("Én PDF med alle aftaler, forummet har godkendt: deres "
                              "status, afvigelser og opgaveoverdragelser."), self)
        hint.setWordWrap(True)
        style.set_role(hint, "hint")
        form.addRow(hint)
        self.forum = QComboBox(self)
        self.forum.setAccessibleName(self.tr("Forum"))
        fill_combo(self.forum, sorted(forums, key=lambda kv: kv[1]))
        if forum_id is not None:
            set_combo_value(self.forum, forum_id)
        form.addRow(self.tr("&Forum"), self.forum)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("&Gem PDF …"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(bool(forums))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        from pathlib import Path

        from brobygger.ui import saving
        from brobygger.ui.common import documents_dir

        forum_id = combo_value(self.forum)
        if forum_id is None:
            return
        safe = "".join(c if c.isalnum() else "-" for c in self.forum.currentText())
        path = saving.ask_path_hook(self, documents_dir() / f"Aftaler-{safe[:40].strip('-')}.pdf")
        if path is None:
            return
        svc, author, parent = self.ctx.svc, self.ctx.svc.author, self.parentWidget()

        def work() -> Path:
            from brobygger.services.agreement_brief import agreement_brief

            return agreement_brief(svc, path, forum_id=forum_id, author=author)

        self.ctx.tasks.run(work, saving.open_file_hook, lambda exc: show_error(parent, exc))
        self.accept()

"""Who I am: the profile (name, title, organisation, e-mail) asked for at first start and
editable under Filer → Min profil. It is the author of log entries, assessments and briefs;
the audit trail keeps the authenticated identity and adds the name beside it.

The profile lives in the app's settings: per OS account on a laptop workspace, per login
(server, database, login role) on a shared PostgreSQL workspace – each login its own author.
Its Person in each workspace is remembered per workspace (and per login)."""

from __future__ import annotations

import hashlib
import re
import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from brobygger.domain import cpr
from brobygger.services.profile import Profile, link_person
from brobygger.ui import style
from brobygger.ui.common import Context, InlineErrors, show_error
from brobygger.ui.discard import DiscardGuard
from brobygger.ui.i18n import tr as _tr

KEYS = ("name", "title", "organisation", "email")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")



def _prefix(ctx: Context) -> str:
    """Where the profile is kept: ``profile/`` for the OS account – and on a shared
    PostgreSQL workspace one per login (server, database and login role), so two logins on
    one computer are two authors."""
    if not ctx.svc.ws.is_shared:
        return "profile/"
    login = f"{ctx.svc.ws.location}|{ctx.svc.user}"
    return f"profile/login/{hashlib.sha256(login.encode()).hexdigest()[:16]}/"


def author_key(ctx: Context) -> str:
    """The setting of the briefs' author line (per login on a shared workspace)."""
    return "briefs/author" if not ctx.svc.ws.is_shared else _prefix(ctx) + "briefs-author"


def load(ctx: Context) -> Profile:
    prefix = _prefix(ctx)
    values = {k: ctx.setting(f"{prefix}{k}") for k in KEYS}
    return Profile(**values)


def store(ctx: Context, profile: Profile) -> None:
    """Save the profile; the briefs' author line follows it unless typed differently."""
    before, prefix, author = load(ctx).signature, _prefix(ctx), author_key(ctx)
    for k in KEYS:
        ctx.settings.setValue(f"{prefix}{k}", getattr(profile, k).strip())
    if ctx.setting(author).strip() in ("", before):
        ctx.settings.setValue(author, profile.signature)


def _link_key(ctx: Context) -> str:
    """Per workspace – and on a shared workspace per login (the location names the user)."""
    location = f"{ctx.svc.ws.location}|{ctx.svc.user}"
    return "profile/person/" + hashlib.sha256(location.encode()).hexdigest()[:16]


def linked_person(ctx: Context) -> uuid.UUID | None:
    raw = ctx.setting(_link_key(ctx))
    try:
        return uuid.UUID(raw) if raw else None
    except ValueError:
        return None


def apply(ctx: Context) -> Profile:
    """Make the profile the author for this workspace's services; returns it."""
    profile = load(ctx)
    ctx.svc.profile_name = profile.name.strip()
    return profile


def link(ctx: Context, profile: Profile, done: Any = None, *,
         skip_example: bool = False) -> None:
    """Find or create the profile's Person in the open workspace (in the background);
    ``skip_example``: not in the example workspace (it stays the four cases)."""
    if not profile.name.strip():
        return
    svc, before = ctx.svc, linked_person(ctx)
    key = _link_key(ctx)

    def saved(person_id: uuid.UUID | None) -> None:
        if person_id is None:
            return
        ctx.settings.setValue(key, str(person_id))
        if done is not None:
            done(person_id)

    def work() -> uuid.UUID | None:
        from brobygger.services.myweek import profile_person, set_profile_person

        if skip_example and svc.is_example():
            return None

        person_id = link_person(svc, profile, before)
        # Min uge's "me" on a laptop workspace (a shared one keeps it per login, above)
        if not svc.ws.is_shared and profile_person(svc) != person_id:
            set_profile_person(svc, person_id)
        return person_id

    ctx.tasks.run(work, saved, lambda exc: show_error(None, exc), write=True)


def needs_profile(ctx: Context) -> bool:
    return not load(ctx).name.strip()


class ProfileDialog(DiscardGuard, QDialog):
    """Name (required), title, organisation and e-mail."""

    saved = Signal(object)

    def __init__(self, ctx: Context, parent: QWidget | None = None, *,
                 first_start: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_tr("profile", "Min profil"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        text = _tr("profile", "Hvem er du? Dit navn står som forfatter på logindførsler, "
                              "vurderinger og briefs. Du findes også som person i "
                              "arbejdsområdet, så du kan vælges som deltager og ansvarlig.") \
            if first_start else _tr("profile", "Dit navn står som forfatter på "
                                               "logindførsler, vurderinger og briefs.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        style.set_role(intro, "subtitle")
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        profile = load(ctx)
        self.fields: dict[str, QLineEdit] = {}
        for key, label, hint in (
                ("name", _tr("profile", "&Navn"), _tr("profile", "fx Mette Kjær")),
                ("title", _tr("profile", "&Titel"), _tr("profile", "fx sundhedschef")),
                ("organisation", _tr("profile",
                                     "&Organisation"), _tr("profile", "fx Viborg Kommune")),
                ("email", _tr("profile", "&E-mail"), _tr("profile", "fx mette.kjaer@viborg.dk"))):
            edit = QLineEdit(getattr(profile, key), self)
            edit.setObjectName(key)
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(label.replace("&", ""))
            edit.setMinimumWidth(320)
            edit.textEdited.connect(lambda _t, e=edit: self._clear(e))
            form.addRow(label, edit)
            self.fields[key] = edit
        form_error = QLabel(self)
        layout.addWidget(form_error)
        self.errors = InlineErrors(self, form_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(_tr("profile", "Gem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            _tr("profile", "Senere") if first_start else _tr("profile", "Annuller"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fields["name"].setFocus()
        self.mark_clean()
        # shown whole (wrapped labels need their height for the width), never cramped
        layout.activate()
        height = layout.totalHeightForWidth(480) if layout.hasHeightForWidth() \
            else self.sizeHint().height()
        self.setMinimumSize(480, max(height, self.sizeHint().height()) + 70)

    def guard_widgets(self) -> list[QWidget]:
        return list(self.fields.values())

    def _clear(self, edit: QLineEdit) -> None:
        if self.errors.text(edit):
            self.errors.clear()

    def reject(self) -> None:
        if self.may_close():
            super().reject()

    def profile(self) -> Profile:
        return Profile(**{k: e.text().strip() for k, e in self.fields.items()})

    def save(self) -> None:
        self.errors.clear()
        profile = self.profile()
        if not profile.name:
            self.errors.show(self.fields["name"], _tr("profile", "Skriv dit navn."))
            return
        for key, edit in self.fields.items():
            if cpr.contains_cpr(edit.text()):
                self.errors.show(edit, _tr("profile", "Feltet ligner et CPR-nummer. Fjern det."))
                return
            if key == "email" and profile.email and not _EMAIL.fullmatch(profile.email):
                self.errors.show(edit, _tr("profile",
                                           "»{text}« ligner ikke en e-mailadresse.").format(
                    text=profile.email))
                return
        store(self.ctx, profile)
        apply(self.ctx)
        link(self.ctx, profile)
        self.saved.emit(profile)
        self.accept()


def install(window: Any) -> None:
    """Filer → Min profil… and the profile as author on ``window``'s workspace."""
    from PySide6.QtGui import QAction

    ctx: Context = window.ctx
    me = apply(ctx)
    if me.name.strip() and linked_person(ctx) is None:
        # the first time this workspace is opened: I am a person in it too
        link(ctx, me, skip_example=True)
    if ctx.svc.ws.is_shared and not me.name.strip():
        window.statusBar().showMessage(_tr("profile", "Du er logget ind som {login}. Filer → "
                                                      "Min profil … sætter dit navn som "
                                                      "forfatter.").format(login=ctx.svc.user),
                                       30000)
    action = QAction(_tr("profile", "Min &profil …"), window)
    action.setObjectName("actionProfile")
    action.triggered.connect(lambda: open_profile(window))
    window.ui.menuFile.insertAction(window.ui.actionSettings, action)
    window.actionProfile = action


def open_profile(window: Any, *, first_start: bool = False) -> ProfileDialog:
    dlg = ProfileDialog(window.ctx, window, first_start=first_start)
    dlg.open()
    window._keep_alive(dlg)
    return dlg


def ask_at_first_start(window: Any, then: Any) -> None:
    """No profile yet: ask for it (»Senere« skips), then continue with ``then``."""
    if not needs_profile(window.ctx):
        then()
        return
    dlg = open_profile(window, first_start=True)
    dlg.finished.connect(lambda _r: then())

"""Typed errors with Danish messages.

Every error a user can meet carries a message (``message``) that says what happened and
what to do – Danish, or English when the UI is English (:mod:`brobygger.domain.i18n`).
The CLI maps :class:`InputError` to exit code 2 and everything else to 1; the GUI shows
``message`` in a dialog.
"""

from __future__ import annotations

from collections.abc import Sequence

from brobygger.domain.cpr import CprMatch
from brobygger.domain.i18n import _


class BrobyggerError(Exception):
    """Base class. ``message`` is Danish and meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(BrobyggerError):
    """The user's input is wrong; nothing was written."""


class ValidationError(InputError):
    """A field value is invalid. ``field`` names the offending field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(InputError):
    """A referenced record (initiative, person, …) does not exist or is deleted."""


class WorkspaceError(BrobyggerError):
    """The workspace cannot be opened or used (locked, corrupt, too new, …)."""


class SchemaTooNewError(WorkspaceError):
    """The database was written by a newer version of Brobygger."""


class WorkspaceLockedError(WorkspaceError):
    """Another process holds the workspace."""


class CorruptWorkspaceError(WorkspaceError):
    """The database file failed its integrity check. ``backups`` lists the backups that
    could replace it, newest first."""

    def __init__(self, message: str, backups: Sequence[object] | None = None) -> None:
        super().__init__(message)
        self.backups = list(backups or [])


class KeyUnavailableError(WorkspaceError):
    """The encryption key cannot be obtained (no keyring entry, no passphrase given)."""


class WrongKeyError(CorruptWorkspaceError):
    """The encrypted workspace cannot be decrypted: a wrong key or passphrase – or a
    damaged first page, which SQLCipher cannot tell apart. Backups are offered."""


class LostWorkspaceError(CorruptWorkspaceError):
    """The database file is missing or empty where a workspace lived (settings, recovery
    file or backups say so); no new, empty workspace is made. The CLI exits 2."""


class DiskFullError(WorkspaceError):
    """The disk is full; nothing was saved (and no backup needs restoring)."""


class CprFoundError(InputError):
    """A free-text field holds a CPR-like number (a patient identifier); nothing was
    written. ``field`` names the field, ``matches`` holds the
    :class:`~brobygger.domain.cpr.CprMatch` found in it. Show ``m.masked`` (never
    ``m.text``); :func:`~brobygger.domain.cpr.mask_cpr` masks a whole text."""

    def __init__(self, field: str, matches: Sequence[CprMatch], label_da: str | None = None
                 ) -> None:
        masked = ", ".join(m.masked for m in matches)
        example = matches[0].masked if matches else "010190-****"
        super().__init__(_(
            "Der står et tal, der ligner et CPR-nummer ({masked}), i feltet »{field}«. "
            "Patientoplysninger som CPR-numre må ikke gemmes i Brobygger. Fjern nummeret, "
            "eller maskér det (fx {example}), og gem igen. Intet er gemt.",
            masked=masked, field=label_da or field, example=example))
        self.field = field
        self.label_da = label_da or field
        self.matches = tuple(matches)


class ConflictError(BrobyggerError):
    """Someone else changed the record since the user loaded it (optimistic locking).
    ``current`` holds their version."""

    def __init__(self, message: str, current: object = None) -> None:
        super().__init__(message)
        self.current = current

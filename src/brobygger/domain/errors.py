"""Typed errors with Danish messages.

Every error a user can meet carries a Danish message (``message``) that says what
happened and what to do. The CLI maps :class:`InputError` to exit code 2 and
everything else to 1; the GUI shows ``message`` in a dialog.
"""

from __future__ import annotations

from collections.abc import Sequence


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

"""Typed errors with Danish messages.

Every error a user can meet carries a Danish message (``message``) that says what
happened and what to do. The CLI maps :class:`InputError` to exit code 2 and
everything else to 1; the GUI shows ``message`` in a dialog.
"""

from __future__ import annotations


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
    """The database file failed its integrity check."""

"""Errors of the exchange package. All are :class:`InputError`: the file the user chose
cannot be used, and nothing was changed (the CLI exits with code 2)."""

from __future__ import annotations

from brobygger.domain.errors import InputError


class BundleError(InputError):
    """An exchange file cannot be read or used. Nothing was changed."""


class NotABundleError(BundleError):
    """The file is not a Brobygger exchange file, or it is damaged beyond its header."""


class BundleTruncatedError(BundleError):
    """The file is shorter than its header says: it was cut off in transfer."""


class WrongPassphraseError(BundleError):
    """Decryption failed: a wrong passphrase, or a file changed after it was written
    (authenticated encryption cannot tell the two apart)."""


class BundleTooNewError(BundleError):
    """The file was written by a newer version of Brobygger (a newer format version)."""


class BundleContentError(BundleError):
    """The file decrypted but its content does not fit this version's data model."""


class StalePlanError(BundleError):
    """The workspace changed between :func:`plan_import` and :func:`apply_import`."""


class UnresolvedConflictsError(BundleError):
    """:func:`apply_import` was called without a choice for every conflict."""

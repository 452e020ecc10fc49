"""PySide6 reads the source of every module imported after it.

Importing PySide6 replaces ``__import__``: after each import, its ``__feature__`` support
(``from __feature__ import snake_case``) asks whether the new module uses PySide6 by reading
the module's whole source with ``inspect.getsource`` and searching it for "PySide6". Every
source line then stays in ``linecache``: ~30 MB for the data layer and the views, and CPU
time at each import. Brobygger never selects a ``__feature__``, so the answer only has to
say whether a module refers to PySide6 – which its namespace tells without its source.

:func:`install` swaps that check for one that looks at the module's names; if PySide6's
internals differ (another version), it leaves them alone."""

from __future__ import annotations

import sys
import types
from typing import Any


def uses_pyside(module: types.ModuleType) -> bool:
    """Whether ``module`` refers to PySide6 (a module or an object from it)."""
    for value in list(vars(module).values()):
        name: object = value.__name__ if isinstance(value, types.ModuleType) else getattr(
            value, "__module__", None)
        if isinstance(name, str) and name.startswith(("PySide6", "shiboken6")):
            return True
    return False


def install() -> bool:
    """Use :func:`uses_pyside` for PySide6's check; True if it was installed."""
    feature: Any = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside
    return True


__all__ = ["install", "uses_pyside"]

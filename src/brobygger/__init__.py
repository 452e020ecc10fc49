"""Brobygger – case management for cross-sector health-care leadership."""

from typing import Any


def __getattr__(name: str) -> Any:
    """``__version__`` from the package metadata (pyproject), read on first use: the
    metadata lookup costs ~50 ms, which start-up does not need to pay."""
    if name != "__version__":
        raise AttributeError(f"module 'brobygger' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("brobygger")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        value = "0.0.0"
    globals()["__version__"] = value
    return value

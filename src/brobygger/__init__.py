"""Brobygger – case management for cross-sector health-care leadership."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("brobygger")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

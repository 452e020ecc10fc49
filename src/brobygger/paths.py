"""Where things live: the user's data directory and the shipped resources.

Resources and migrations are top-level folders in the source tree and are mapped into the
package (``brobygger/resources``, ``brobygger/migrations``) in the wheel and the frozen
app; :func:`resource_dir` and :func:`migrations_dir` find whichever is present.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Brobygger"
ENV_DATA_DIR = "BROBYGGER_DATA_DIR"
DB_FILENAME = "brobygger.sqlite3"

_PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_DIR.parent.parent


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The workspace directory: ``--data-dir``, else ``$BROBYGGER_DATA_DIR``, else the
    platform's user data directory."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def _shipped(name: str) -> Path:
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _SOURCE_ROOT / name


def resource_dir() -> Path:
    return _shipped("resources")


def migrations_dir() -> Path:
    return _shipped("migrations")

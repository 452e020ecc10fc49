"""The migration scripts' revisions: the head and every known revision, and Alembic's
configuration. Its own module so that the read-only inspection (``readonly``) and the
workspace (``workspace``) both use it without importing each other."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

from brobygger import paths

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["alembic_config", "head_revision", "known_revisions"]


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    return cfg


_REVISION = re.compile(r"^revision(?:: str)? = ['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?:: [^=]+)? = (?:None|['\"]([^'\"]+)['\"])", re.M)


@functools.lru_cache(maxsize=4)
def _revisions(directory: Path) -> tuple[str, frozenset[str]]:
    """(head, all revisions) of the migration scripts. Read from the files' ``revision`` /
    ``down_revision`` lines, which is ~0.3 s faster at every start than importing Alembic
    and loading each script; Alembic decides whenever the files look any different."""
    revisions: dict[str, str | None] = {}
    for f in sorted((directory / "versions").glob("*.py")):
        source = f.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN.search(source)
        if rev is None or down is None:
            return _alembic_revisions(directory)
        revisions[rev.group(1)] = down.group(1)
    heads = set(revisions) - {d for d in revisions.values() if d is not None}
    if len(heads) != 1 or sum(d is None for d in revisions.values()) != 1:
        return _alembic_revisions(directory)
    return heads.pop(), frozenset(revisions)


def _alembic_revisions(directory: Path) -> tuple[str, frozenset[str]]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    return head, frozenset(rev.revision for rev in script.walk_revisions())


def head_revision() -> str:
    return _revisions(paths.migrations_dir())[0]


def known_revisions() -> set[str]:
    return set(_revisions(paths.migrations_dir())[1])

"""The components Brobygger ships with and their licences – for the About dialog. No Qt.

    from brobygger.licences import components
    for name, version, licence in components(): ...

The Python packages are found from Brobygger's own requirements in the installed metadata
(the frozen app carries that metadata too); their licence is the package's SPDX
``License-Expression``, else :data:`KNOWN_LICENCES`, else what the metadata says. The native
parts inside the wheels (Qt, SQLCipher, OpenSSL, libpq, the DejaVu fonts) and Python itself
are added by hand. When the metadata is missing, :data:`KNOWN_LICENCES` is the list.
"""

from __future__ import annotations

import platform
import re
from collections.abc import Callable, Iterator
from importlib import metadata
from typing import Any, NamedTuple

from brobygger import __version__


class Component(NamedTuple):
    name: str
    version: str
    licence: str


# Licences of the packages in the bundle; used when a package's metadata has no SPDX
# expression (or no metadata is found at all).
KNOWN_LICENCES: dict[str, str] = {
    "brobygger": "MIT",
    "alembic": "MIT",
    "annotated-types": "MIT",
    "backports-tarfile": "MIT",
    "cffi": "MIT-0",
    "cryptography": "Apache-2.0 OR BSD-3-Clause",
    "et-xmlfile": "MIT",
    "icalendar": "BSD-2-Clause",
    "jaraco-classes": "MIT",
    "jaraco-context": "MIT",
    "jaraco-functools": "MIT",
    "jeepney": "MIT",
    "keyring": "MIT",
    "mako": "MIT",
    "markupsafe": "BSD-3-Clause",
    "more-itertools": "MIT",
    "openpyxl": "MIT",
    "pillow": "MIT-CMU",
    "platformdirs": "MIT",
    "psycopg": "LGPL-3.0-only",
    "psycopg-binary": "LGPL-3.0-only",
    "pycparser": "BSD-3-Clause",
    "pypdfium2": "Apache-2.0 OR BSD-3-Clause",
    "pydantic": "MIT",
    "pydantic-core": "MIT",
    "pyside6-essentials": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "python-dateutil": "Apache-2.0 OR BSD-3-Clause",
    "pywin32-ctypes": "BSD-3-Clause",
    "reportlab": "BSD-3-Clause",
    "secretstorage": "BSD-3-Clause",
    "shiboken6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "six": "MIT",
    "sqlalchemy": "MIT",
    "sqlcipher3-wheels": "Zlib",
    "sqlmodel": "MIT",
    "typing-extensions": "PSF-2.0",
    "typing-inspection": "MIT",
    "tzdata": "Apache-2.0",
}

_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_EXTRA = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")
_CLASSIFIER = "License :: OSI Approved :: "


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirements(dist: metadata.Distribution, extras: set[str]) -> Iterator[tuple[str, set[str]]]:
    """(name, extras) of what ``dist`` needs with these extras. Other markers (platform,
    Python version) are not evaluated: what is not installed is skipped by the caller."""
    for line in dist.requires or []:
        requirement, _, marker = line.partition(";")
        wanted = _EXTRA.search(marker)
        if wanted and normalise(wanted.group(1)) not in extras:
            continue
        match = _NAME.match(requirement)
        if match:
            asked = {normalise(e) for e in (match.group(2) or "").split(",") if e.strip()}
            yield match.group(1), asked


def _licence(dist: metadata.Distribution) -> str:
    meta: Any = dist.metadata  # an email.message.Message
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    known = KNOWN_LICENCES.get(normalise(str(meta.get("Name") or "")))
    if known:
        return known
    text = str(meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    classifiers = [c[len(_CLASSIFIER):] for c in meta.get_all("Classifier") or []
                   if c.startswith(_CLASSIFIER)]
    return " / ".join(classifiers) or "se pakken"


def _packages() -> list[Component]:
    found: dict[str, Component] = {}
    todo: list[tuple[str, set[str]]] = [("brobygger", set())]
    extras_seen: dict[str, set[str]] = {}
    while todo:
        name, extras = todo.pop()
        key = normalise(name)
        if key in found and extras <= extras_seen[key]:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        extras_seen[key] = extras_seen.get(key, set()) | extras
        meta: Any = dist.metadata
        found[key] = Component(str(meta.get("Name") or name), dist.version,
                               _licence(dist))
        todo.extend(_requirements(dist, extras_seen[key]))
    if len(found) <= 1:  # no metadata (a frozen app built without it): the known list
        for key, licence in KNOWN_LICENCES.items():
            try:
                version = metadata.version(key)
            except metadata.PackageNotFoundError:
                version = "?"
            found[key] = Component(key, __version__ if key == "brobygger" else version,
                                   licence)
    return list(found.values())


def _version(probe: Callable[[], str]) -> str:
    try:
        return probe()
    except Exception:  # a component that is not there or cannot tell: no version shown
        return ""


def _qt() -> str:
    return metadata.version("PySide6-Essentials")


def _sqlcipher() -> str:
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0]).split()[0]
    finally:
        conn.close()


def _openssl() -> str:
    from cryptography.hazmat.backends.openssl.backend import backend

    return str(backend.openssl_version_text()).removeprefix("OpenSSL ").split()[0]


def _libpq() -> str:
    import psycopg

    number = psycopg.pq.version()
    return f"{number // 10000}.{number % 10000}"


def native() -> list[Component]:
    """Python and the native libraries inside the Python packages."""
    return [
        Component("Python", platform.python_version(), "PSF-2.0"),
        Component("Qt", _version(_qt), "LGPL-3.0-only"),
        Component("SQLCipher", _version(_sqlcipher), "BSD-3-Clause"),
        Component("OpenSSL", _version(_openssl), "Apache-2.0"),
        Component("libpq (PostgreSQL)", _version(_libpq), "PostgreSQL"),
        Component("DejaVu Sans Condensed (skrifttype)", "2.37",
                  "Bitstream-Vera AND LicenseRef-Public-Domain"),
    ]


def components() -> list[Component]:
    """Every bundled component as (name, version, licence): Brobygger first, then the rest
    by name."""
    packages = _packages()
    own = [c for c in packages if normalise(c.name) == "brobygger"]
    rest = [c for c in packages if normalise(c.name) != "brobygger"] + native()
    return own + sorted(rest, key=lambda c: c.name.lower())

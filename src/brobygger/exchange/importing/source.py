"""Reading an import file safely: the size limit before any parsing, the content hash for
the audit trail, the text encoding (UTF-8 or Windows-1252) and errors that name the row."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from brobygger.domain.errors import InputError
from brobygger.domain.i18n import _

MAX_BYTES = 50 * 1024 * 1024  # 50 MB: larger files are refused before they are read
MAX_MB = MAX_BYTES // (1024 * 1024)


class ImportFileError(InputError):
    """The file cannot be imported; nothing was written. ``row`` is the 1-based row (or
    card/event) number the problem was found in, when there is one."""

    def __init__(self, message: str, row: int | None = None) -> None:
        text = _("Række {row}: {message}", row=row, message=message) if row is not None \
            else message
        nothing = _("Intet er skrevet.")
        if nothing not in text and "Intet er" not in text:
            text += " " + nothing
        super().__init__(text)
        self.row = row


@dataclass(frozen=True, slots=True)
class SourceFile:
    """The bytes of one import file, with its name and SHA-256 (for the audit trail)."""

    path: Path
    data: bytes

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def read_source(path: str | os.PathLike[str], suffixes: tuple[str, ...],
                what_da: str) -> SourceFile:
    """The file's bytes – after checking that it exists, has one of ``suffixes`` and is
    neither empty nor larger than :data:`MAX_BYTES` (checked with ``stat`` first, so a
    huge file is never read into memory)."""
    p = Path(path).expanduser()
    if p.suffix.lower() not in suffixes:
        raise ImportFileError(
            _("{name} er ikke {what} (forventede en fil, der ender på {suffixes}).",
              name=p.name, what=what_da, suffixes=_(" eller ").join(suffixes)))
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise ImportFileError(_("Filen {path} findes ikke.", path=p)) from None
    except OSError as exc:
        raise ImportFileError(_("Filen {path} kan ikke læses ({reason}).", path=p,
                                reason=exc.strerror or exc)) from None
    if not p.is_file():
        raise ImportFileError(_("{path} er ikke en fil.", path=p))
    if size > MAX_BYTES:
        megabytes = f"{size / 1024 / 1024:,.0f}".replace(",", ".")
        raise ImportFileError(
            _("Filen {name} er for stor ({size} MB; højst {limit} MB kan læses ind). Del den op "
              "i mindre filer.", name=p.name, size=megabytes, limit=MAX_MB))
    if size == 0:
        raise ImportFileError(_("Filen {name} er tom.", name=p.name))
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ImportFileError(_("Filen {path} kan ikke læses ({reason}).", path=p,
                                reason=exc.strerror or exc)) from None
    return SourceFile(p, data)


def decode_text(data: bytes) -> str:
    """Text from UTF-8 (with or without BOM, also UTF-16 with BOM) or, failing that,
    Windows-1252 – what Danish Excel and Outlook write."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ImportFileError(_("Filen er ikke en tekstfil (den indeholder binære data)."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")

"""Exchange bundles: one or more initiatives in one encrypted file for a counterpart.

File layout (all lengths big-endian)::

    MAGIC                      b"BROBYGGER-UDVEKSLING\\n"
    header length              4 bytes
    header                     UTF-8 JSON: format version, cipher, KDF parameters and salt,
                               nonce, ciphertext length, compression
    ciphertext                 AES-256-GCM of zlib(JSON payload); the magic, the length
                               and the header are authenticated as associated data

The key is derived from the passphrase with scrypt (N=2^17, r=8, p=1 by default: about
half a second and 128 MiB). The payload holds the manifest (app version, time, author,
initiatives, counts), the records and, per record, the content hashes the sender knows
(its exchange history) – which lets the receiver tell "changed only over there" from
"changed on both sides" (:mod:`brobygger.exchange.merge`).

Nothing but the format version and the KDF parameters is readable without the passphrase:
the manifest, too, is inside the encryption.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import struct
import uuid
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from brobygger import __version__
from brobygger.domain.errors import InputError, NotFoundError
from brobygger.domain.i18n import _
from brobygger.exchange import files, records, selection
from brobygger.exchange.bulk import gc_paused
from brobygger.exchange.errors import (
    BundleContentError,
    BundleTooNewError,
    BundleTruncatedError,
    NotABundleError,
    WrongPassphraseError,
)
from brobygger.services.unit_of_work import unit_of_work

MAGIC = b"BROBYGGER-UDVEKSLING\n"
# 2: forums and meetings (issue 16), asks, readiness answers, an indicator's target date
# (issue 15); 3: an ask's links to log entries and actions (ask_link); 4: agreements,
# deviations, task transfers (issue 17); 5: the reform's structures and indicators per party
# (issue 17, migration 0010_reform_parties); format 1 to 4 bundles still import
FORMAT_VERSION = 5
SUFFIX = ".brobygger"
MIN_PASSPHRASE = 8
HEADER_MAX = 4096
PAYLOAD_MAX = 512 * 1024 * 1024  # decompressed
KNOWN_MAX = 32  # content hashes kept per record

# The scrypt cost. The default is the writer's; a reader accepts up to the maximum, so a
# later version may raise the default without locking older readers out too early.
DEFAULT_KDF_N, KDF_R, KDF_P = 2**17, 8, 1
MAX_KDF_N, MAX_KDF_R, MAX_KDF_P = 2**18, 16, 4


@dataclass(frozen=True, slots=True)
class KdfCost:
    """scrypt's parameters. Tests pass a low ``n`` to be quick; the default is the one to
    use for real files."""

    n: int = DEFAULT_KDF_N
    r: int = KDF_R
    p: int = KDF_P


@dataclass(frozen=True, slots=True)
class InitiativeRef:
    id: uuid.UUID
    name: str


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a bundle holds, for the preview ("Filen indeholder …")."""

    format_version: int
    app_version: str
    created_at: datetime
    created_by: str
    source_workspace: str
    initiatives: tuple[InitiativeRef, ...]
    counts: dict[str, int]

    def summary_da(self) -> str:
        names = ", ".join(i.name for i in self.initiatives) or _("ingen initiativer")
        parts = [f"{n} {records.entity_label(k, plural=n != 1)}"
                 for k, n in self.counts.items() if n]
        stamp = self.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
        who = _(" af {person}", person=self.created_by) if self.created_by else ""
        return _("Udvekslingsfil lavet {stamp}{who} med Brobygger {version}: {names}. "
                 "Indhold: {content}.", stamp=stamp, who=who, version=self.app_version,
                 names=names, content=", ".join(parts) or _("intet"))


@dataclass(frozen=True, slots=True)
class BundlePreview:
    """A decrypted, checked bundle, ready for :func:`~brobygger.exchange.merge.plan_import`.
    Reading it changes nothing."""

    path: Path
    manifest: Manifest
    records: dict[str, dict[uuid.UUID, records.Record]]
    known: dict[uuid.UUID, tuple[str, ...]] = field(default_factory=dict)

    def count(self) -> int:
        return sum(len(rows) for rows in self.records.values())


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    manifest: Manifest


# -- crypto ----------------------------------------------------------------------------------
def _check_passphrase(passphrase: str, new: bool) -> bytes:
    if not isinstance(passphrase, str) or not passphrase:
        raise InputError(_("Angiv en adgangsfrase til udvekslingsfilen."))
    if new and len(passphrase) < MIN_PASSPHRASE:
        raise InputError(_("Adgangsfrasen skal være mindst {MIN_PASSPHRASE} tegn. Brug gerne en "
                           "sætning på flere ord, og giv den til modtageren ad en anden vej end "
                           "filen (fx mundtligt eller pr. sms).", MIN_PASSPHRASE=MIN_PASSPHRASE))
    return passphrase.encode("utf-8")


def _derive(passphrase: bytes, salt: bytes, cost: KdfCost) -> bytes:
    return Scrypt(salt=salt, length=32, n=cost.n, r=cost.r, p=cost.p).derive(passphrase)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def seal(payload: bytes, passphrase: str, cost: KdfCost | None = None) -> bytes:
    """Encrypt ``payload`` (already serialised) into the bundle file format."""
    secret = _check_passphrase(passphrase, new=True)
    kdf = cost or KdfCost()
    salt, nonce = os.urandom(16), os.urandom(12)
    compressed = zlib.compress(payload, 6)
    header = json.dumps({
        "format": FORMAT_VERSION,
        "cipher": "AES-256-GCM",
        "kdf": {"name": "scrypt", "n": kdf.n, "r": kdf.r, "p": kdf.p, "salt": _b64(salt)},
        "nonce": _b64(nonce),
        "compression": "zlib",
        "length": len(compressed) + 16,  # GCM appends a 16-byte tag
    }, sort_keys=True).encode("utf-8")
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    key = _derive(secret, salt, kdf)
    return prefix + AESGCM(key).encrypt(nonce, compressed, prefix)


def _not_a_bundle(detail: str) -> NotABundleError:
    return NotABundleError(
        _("Filen er ikke en Brobygger-udvekslingsfil, eller den er beskadiget ({detail}). Intet "
          "er ændret. Bed afsenderen om filen igen.", detail=detail))


def _header(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    """The parsed header, the authenticated prefix and the ciphertext."""
    if not data.startswith(MAGIC):
        raise _not_a_bundle("kendetegnet i starten mangler")
    rest = data[len(MAGIC):]
    if len(rest) < 4:
        raise BundleTruncatedError(_truncated_message())
    (size,) = struct.unpack(">I", rest[:4])
    if size == 0 or size > HEADER_MAX:
        raise _not_a_bundle("ugyldigt hoved")
    if len(rest) < 4 + size:
        raise BundleTruncatedError(_truncated_message())
    try:
        header = json.loads(rest[4:4 + size].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _not_a_bundle("hovedet kan ikke læses") from None
    if not isinstance(header, dict):
        raise _not_a_bundle("ugyldigt hoved")
    return header, data[:len(MAGIC) + 4 + size], rest[4 + size:]


def _truncated_message() -> str:
    return ("Udvekslingsfilen er ufuldstændig – den er blevet afkortet undervejs (fx ved en "
            "afbrudt overførsel). Intet er ændret. Bed afsenderen sende den igen.")


def _int(header: Mapping[str, Any], key: str, lo: int, hi: int) -> int:
    value = header.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise _not_a_bundle(f"ugyldig parameter '{key}'")
    return value


def _bytes(header: Mapping[str, Any], key: str, lo: int, hi: int) -> bytes:
    value = header.get(key)
    try:
        raw = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        raw = b""
    if not lo <= len(raw) <= hi:
        raise _not_a_bundle(f"ugyldig parameter '{key}'")
    return raw


def check_format(header: Mapping[str, Any]) -> int:
    version = header.get("format")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _not_a_bundle("ukendt formatversion")
    if version > FORMAT_VERSION:
        raise BundleTooNewError(
            _("Udvekslingsfilen er lavet af en nyere version af Brobygger (filformat {version}; "
              "denne version kan læse op til {FORMAT_VERSION}). Opdater Brobygger, og læs filen "
              "ind igen. Intet er ændret.", version=version, FORMAT_VERSION=FORMAT_VERSION))
    return version


def open_sealed(data: bytes, passphrase: str) -> bytes:
    """Decrypt a bundle file's bytes into the serialised payload."""
    header, prefix, ciphertext = _header(data)
    check_format(header)
    if header.get("cipher") != "AES-256-GCM" or header.get("compression") != "zlib":
        raise _not_a_bundle("ukendt kryptering")
    kdf = header.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise _not_a_bundle("ukendt nøgleafledning")
    n = _int(kdf, "n", 2, MAX_KDF_N)
    if n & (n - 1):
        raise _not_a_bundle("ugyldig parameter 'n'")
    cost = KdfCost(n, _int(kdf, "r", 1, MAX_KDF_R), _int(kdf, "p", 1, MAX_KDF_P))
    salt = _bytes(kdf, "salt", 16, 64)
    nonce = _bytes(header, "nonce", 12, 12)
    length = _int(header, "length", 16, 2**40)
    if len(ciphertext) < length:
        raise BundleTruncatedError(_truncated_message())
    if len(ciphertext) > length:
        raise _not_a_bundle("der er ekstra data efter indholdet")
    secret = _check_passphrase(passphrase, new=False)
    try:
        compressed = AESGCM(_derive(secret, salt, cost)).decrypt(nonce, ciphertext, prefix)
    except InvalidTag:
        raise WrongPassphraseError(
            _("Udvekslingsfilen kan ikke låses op: adgangsfrasen er forkert, eller filen er "
              "ændret eller beskadiget efter den blev lavet. Intet er ændret. Tjek "
              "adgangsfrasen med afsenderen, og prøv igen.")) from None
    decompressor = zlib.decompressobj()
    try:
        payload = decompressor.decompress(compressed, PAYLOAD_MAX)
    except zlib.error:
        raise _not_a_bundle("indholdet kan ikke pakkes ud") from None
    if decompressor.unconsumed_tail:
        raise BundleContentError(_("Udvekslingsfilen er for stor til at blive læst ind."))
    return payload


# -- export ----------------------------------------------------------------------------------
def _manifest_json(m: Manifest) -> dict[str, Any]:
    return {
        "format": m.format_version, "app": "Brobygger", "app_version": m.app_version,
        "created_at": m.created_at.isoformat(), "created_by": m.created_by,
        "source_workspace": m.source_workspace,
        "initiatives": [{"id": str(i.id), "name": i.name} for i in m.initiatives],
        "counts": dict(m.counts),
    }


@gc_paused()
def export_bundle(svc: Any, initiative_ids: Sequence[uuid.UUID | str], path: str | Path,
                  passphrase: str, *, kdf_cost: KdfCost | None = None) -> ExportResult:
    """Write the initiatives (with everything that belongs to them) to one encrypted file.

    Afterwards the workspace remembers what it sent (:class:`~brobygger.store.models.
    ExchangeState`), so that the counterpart's unchanged copy coming back later is not
    mistaken for a change."""
    _check_passphrase(passphrase, new=True)
    ids: list[uuid.UUID] = []
    for raw in initiative_ids:
        initiative = svc.initiatives.get(raw)  # NotFoundError (Danish) when unknown/deleted
        if initiative.id not in ids:
            ids.append(initiative.id)
    if not ids:
        raise NotFoundError(_("Vælg mindst ét initiativ at udveksle."))
    ws = svc.ws
    with ws.read() as s:
        picked = selection.collect(s, ids)
        all_ids = [rid for rows in picked.values() for rid in rows]
        states = records.exchange_states(s, all_ids)
    known: dict[str, list[str]] = {}
    for rows in picked.values():
        for rec in rows.values():
            state = states.get(rec.id)
            known[str(rec.id)] = _push(rec.hash, list(state.known_hashes) if state else [])
    settings = getattr(ws, "settings", None)
    manifest = Manifest(
        format_version=FORMAT_VERSION, app_version=__version__,
        created_at=datetime.now(UTC).replace(microsecond=0),
        created_by=str(getattr(svc, "user", "") or ""),
        source_workspace=str(getattr(settings, "workspace_id", "") or ""),
        initiatives=tuple(InitiativeRef(i, picked["initiative"][i].values["name"])
                          for i in ids),
        counts={name: len(rows) for name, rows in picked.items()},
    )
    payload = records.canonical({
        "format": FORMAT_VERSION,
        "manifest": _manifest_json(manifest),
        "records": {name: [records.to_json(r) for r in rows.values()]
                    for name, rows in picked.items()},
        "known": known,
    })
    target = files.write_bytes(path, seal(payload, passphrase, kdf_cost))
    now = datetime.now(UTC)
    with unit_of_work(ws, user=str(getattr(svc, "user", "") or "")) as uow:
        s = uow.session
        remember(s, records.exchange_states(s, all_ids),
                 ((rec, known[str(rec.id)]) for rows in picked.values() for rec in rows.values()),
                 now)
    return ExportResult(target, manifest)


def _push(first: str, rest: Sequence[str]) -> list[str]:
    out = [first]
    out.extend(h for h in rest if h not in out)
    return out[:KNOWN_MAX]


def remember(s: Any, states: Mapping[uuid.UUID, records.Known],
             exchanged: Iterable[tuple[records.Record, Sequence[str]]], now: datetime) -> None:
    """Record that each ``(rec, hashes)`` was exchanged: ``rec``'s hash first, then
    ``hashes``, then what was known of it before (``states``). In bulk: one INSERT of the
    new exchange states, one UPDATE of the known ones (executemany)."""
    tbl = records.state_table()
    added: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for rec, hashes in exchanged:
        state = states.get(rec.id)
        merged = _push(rec.hash, [*hashes, *(state.known_hashes if state else ())])
        if state is None:
            added.append({"record_id": rec.id, "entity": rec.entity, "last_hash": rec.hash,
                          "known_hashes": merged, "exchanged_at": now})
        else:
            changed.append({"b_record_id": rec.id, "b_last_hash": rec.hash,
                            "b_known_hashes": merged, "b_exchanged_at": now})
    if added:
        s.execute(sa.insert(tbl), added)
    if changed:
        s.execute(sa.update(tbl)
                  .where(tbl.c.record_id == sa.bindparam("b_record_id", type_=tbl.c.record_id.type))
                  .values({name: sa.bindparam(f"b_{name}", type_=tbl.c[name].type)
                           for name in ("last_hash", "known_hashes", "exchanged_at")}),
                  changed)


# -- import, step 1 --------------------------------------------------------------------------
def _parse_manifest(raw: Any) -> Manifest:
    def bad() -> BundleContentError:
        return BundleContentError(_("Udvekslingsfilens indholdsfortegnelse er ugyldig. Bed "
                                    "afsenderen lave en ny fil."))

    if not isinstance(raw, dict):
        raise bad()
    try:
        created = datetime.fromisoformat(str(raw["created_at"]))
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
        initiatives = tuple(InitiativeRef(uuid.UUID(str(i["id"])), str(i["name"]))
                            for i in raw["initiatives"])
        counts = {str(k): int(v) for k, v in dict(raw["counts"]).items()}
        return Manifest(int(raw["format"]), str(raw["app_version"]), created,
                        str(raw.get("created_by", "")), str(raw.get("source_workspace", "")),
                        initiatives, counts)
    except (KeyError, TypeError, ValueError):
        raise bad() from None


def parse_payload(payload: bytes, path: Path) -> BundlePreview:
    """Check the decrypted payload against the data model."""
    try:
        doc = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleContentError(_("Udvekslingsfilens indhold kan ikke læses. Bed afsenderen "
                                   "lave en ny fil.")) from None
    if not isinstance(doc, dict):
        raise BundleContentError(_("Udvekslingsfilens indhold er ugyldigt."))
    check_format(doc)
    manifest = _parse_manifest(doc.get("manifest"))
    raw_records = doc.get("records")
    raw_known = doc.get("known", {})
    if not isinstance(raw_records, dict) or not isinstance(raw_known, dict):
        raise BundleContentError(_("Udvekslingsfilens indhold er ugyldigt."))
    recs: dict[str, dict[uuid.UUID, records.Record]] = {n: {} for n in records.ENTITY_LABELS}
    seen: set[uuid.UUID] = set()
    for name, rows in raw_records.items():
        if not isinstance(rows, list):
            raise BundleContentError(_("Udvekslingsfilens indhold er ugyldigt."))
        for raw in rows:
            rec = records.from_json(str(name), raw)
            if rec.id in seen:
                raise BundleContentError(
                    _("Udvekslingsfilen indeholder det samme id to gange ({id}).", id=rec.id))
            seen.add(rec.id)
            recs[rec.entity][rec.id] = rec
    known: dict[uuid.UUID, tuple[str, ...]] = {}
    for key, hashes in raw_known.items():
        try:
            rid = uuid.UUID(str(key))
        except ValueError:
            raise BundleContentError(_("Udvekslingsfilens historik er ugyldig.")) from None
        if not isinstance(hashes, list) or not all(
                isinstance(h, str) and len(h) == 64 for h in hashes):
            raise BundleContentError(_("Udvekslingsfilens historik er ugyldig."))
        known[rid] = tuple(hashes[:KNOWN_MAX])
    return BundlePreview(path, manifest, recs, known)


@gc_paused()
def read_bundle(path: str | Path, passphrase: str) -> BundlePreview:
    """Read, decrypt and check a bundle. Changes nothing; raises a
    :class:`~brobygger.exchange.errors.BundleError` with a Danish message."""
    source = Path(path).expanduser()
    try:
        size = source.stat().st_size
        if size > PAYLOAD_MAX:
            raise BundleContentError(_("Filen er for stor til at være en udvekslingsfil."))
        data = source.read_bytes()
    except FileNotFoundError:
        raise InputError(_("Filen {source} findes ikke.", source=source)) from None
    except IsADirectoryError:
        raise InputError(_("{source} er en mappe, ikke en udvekslingsfil.",
                           source=source)) from None
    except OSError as exc:
        raise InputError(_("Filen {source} kan ikke læses ({value}).",
                           source=source, value=exc.strerror or exc)) from None
    return parse_payload(open_sealed(data, passphrase), source)

"""``brobygger --selftest`` and ``brobygger-cli selftest``: is this installation whole?

Runs every layer once without showing a window and without touching the user's data: a new
encrypted workspace in a temporary directory (key in the OS keyring if there is a usable
one, else a generated passphrase), the migrations, the example workspace, a search, a status
brief (PDF), the PostgreSQL driver and Qt offscreen (Danish translations, the compiled
forms, the icons). Prints one line per check – ``ok`` or ``FEJL`` with the reason – and
exits 0 only if all passed.

Written for the frozen app (PyInstaller), where a missing data file or hidden import shows
up only at run time. PySide6 is imported only inside the Qt checks.
"""

from __future__ import annotations

import importlib
import os
import platform
import re
import secrets
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from brobygger import __version__, paths

OK, FAILED = "ok", "FEJL"
SEARCH_WORDS = ("akutpladser", "døgnpladser")  # both in the example workspace; one has an ø
REPORT_FILE = "brobygger-selftest.txt"  # where the report goes when there is no console

# The keyring backend each platform needs, and those worth explaining when none is usable.
_EXPECTED_BACKEND = {"linux": "SecretService", "darwin": "macOS", "win32": "Windows"}
_PLATFORM_BACKENDS = {"linux": ("SecretService", "libsecret", "KWallet"),
                      "darwin": ("macOS",), "win32": ("Windows",)}


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    seconds: float = 0.0


class Failed(Exception):
    """A check's own verdict (the message is the reason shown)."""


def _reason(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc).strip() or type(exc).__name__
    first = str(message).splitlines()[0]
    return first if isinstance(exc, Failed) else f"{type(exc).__name__}: {first}"


class SelfTest:
    """Runs the checks in order; a check whose prerequisite failed is reported, not run."""

    def __init__(self) -> None:
        self.checks: list[Check] = []
        self.state: dict[str, Any] = {}

    def check(self, name: str, func: Callable[[], str], needs: Sequence[str] = ()) -> bool:
        missing = [n for n in needs if not self.passed(n)]
        if missing:
            self.checks.append(Check(name, False, f"ikke kørt, fordi '{missing[0]}' fejlede"))
            return False
        start = time.perf_counter()
        try:
            detail, ok = func(), True
        except Exception as exc:
            detail, ok = _reason(exc), False
        self.checks.append(Check(name, ok, detail, time.perf_counter() - start))
        return ok

    def passed(self, name: str) -> bool:
        return any(c.name == name and c.ok for c in self.checks)


# -- the checks ------------------------------------------------------------------------------
def check_version() -> str:
    frozen = " · frossen app" if getattr(sys, "frozen", False) else ""
    text = (f"Brobygger {__version__} · Python {platform.python_version()} · "
            f"{platform.system()} {platform.machine()}{frozen}")
    if __version__ == "0.0.0":
        raise Failed(f"pakkens metadata mangler (versionen er {__version__}): {text}")
    return text


def check_files() -> str:
    """The data files the package ships outside Python modules."""
    mig, res = paths.migrations_dir(), paths.resource_dir()
    wanted = [mig / "env.py", mig / "script.py.mako", mig / "versions",
              res / "demo" / "workspace.json", res / "translations" / "brobygger_en.qm",
              res / "icons" / "brobygger.svg", res / "fonts" / "DejaVuSansCondensed.ttf",
              res / "fonts" / "DejaVuSansCondensed-Bold.ttf"]
    missing = [str(p) for p in wanted if not p.exists()]
    if missing:
        raise Failed("mangler: " + ", ".join(missing))
    versions = len(list((mig / "versions").glob("*.py")))
    if not versions:
        raise Failed(f"ingen migreringer i {mig / 'versions'}")
    return f"migreringer ({versions}) i {mig}; ressourcer i {res}"


def keyring_report() -> tuple[bool, str]:
    """(usable, a line saying which backend – or why none can be used)."""
    from importlib.metadata import entry_points

    import keyring
    from keyring.backend import KeyringBackend

    from brobygger.store.crypto import keyring_usable

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    names = {ep.name for ep in entry_points(group="keyring.backends")}
    expected = _EXPECTED_BACKEND.get(sys.platform)
    if expected and expected not in names:
        raise Failed(f"keyring-pakkens backends mangler i installationen (fandt: "
                     f"{', '.join(sorted(names)) or 'ingen'}); forventede {expected}")
    if keyring_usable():
        return True, f"brugbar: {name}"
    reasons = []
    for ep in entry_points(group="keyring.backends"):
        if ep.name not in _PLATFORM_BACKENDS.get(sys.platform, ()):
            continue
        try:
            module = ep.load()
        except Exception as exc:
            reasons.append(f"{ep.name}: {_reason(exc)}")
            continue
        for cls in vars(module).values():
            if (isinstance(cls, type) and issubclass(cls, KeyringBackend)
                    and cls.__module__ == module.__name__):
                try:
                    priority = cls.priority
                except Exception as exc:
                    reasons.append(f"{ep.name}: {_reason(exc)}")
                else:
                    reasons.append(f"{ep.name}: prioritet {priority}")
                break
    forced = os.environ.get("PYTHON_KEYRING_BACKEND")
    if forced:
        reasons.insert(0, f"PYTHON_KEYRING_BACKEND={forced}")
    why = "; ".join(reasons) or "ingen backend til denne platform"
    return False, (f"ikke brugbar ({name}) – {why}. Nye arbejdsområder krypteres med en "
                   "adgangsfrase")


def check_pdf(path: Path, expect: str = "") -> str:
    """A valid PDF: header, trailer, page count and – with pypdf, outside the frozen app –
    the text of the first page (must contain ``expect``)."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise Failed(f"{path.name} begynder ikke med %PDF- ({data[:8]!r})")
    if b"%%EOF" not in data[-1024:]:
        raise Failed(f"{path.name} mangler %%EOF til sidst (afkortet fil?)")
    if len(data) < 2048:
        raise Failed(f"{path.name} er mistænkeligt lille ({len(data)} bytes)")
    pages = len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))
    how = "regex"
    if not getattr(sys, "frozen", False):
        try:
            from pypdf import PdfReader
        except ImportError:
            pass
        else:
            reader = PdfReader(str(path))
            pages, how = len(reader.pages), "pypdf"
            text = reader.pages[0].extract_text() or ""
            if expect and expect not in text:
                raise Failed(f"side 1 indeholder ikke '{expect}' (pypdf fandt "
                             f"{len(text)} tegn)")
    if pages < 1:
        raise Failed(f"{path.name} har ingen sider")
    return f"{pages} sider, {len(data) // 1024} kB ({how})"


def check_postgres_driver() -> str:
    """The driver of shared workspaces loads with its own libpq (no server is needed)."""
    import psycopg
    from sqlalchemy.dialects.postgresql import psycopg as dialect

    impl, libpq = psycopg.pq.__impl__, psycopg.pq.version()
    if impl not in ("binary", "c"):
        raise Failed(f"psycopg bruger '{impl}'-implementeringen; psycopg-binary mangler")
    return (f"psycopg {psycopg.__version__} ({impl}), libpq {libpq // 10000}.{libpq % 10000}, "
            f"SQLAlchemy-dialekt {dialect.dialect.driver}")


def check_licences() -> str:
    """The About dialog's list of components: the package metadata must be in the bundle."""
    from brobygger.licences import components, normalise

    items = components()
    names = {normalise(name) for name, _, _ in items}
    missing = {"pyside6-essentials", "sqlalchemy", "reportlab", "keyring"} - names
    if missing:
        raise Failed(f"pakkernes metadata mangler for {', '.join(sorted(missing))}")
    return f"{len(items)} komponenter med version og licens"


class _Run(SelfTest):
    def __init__(self, tmp: Path) -> None:
        super().__init__()
        self.tmp = tmp

    # workspace -----------------------------------------------------------------------------
    def keyring(self) -> str:
        usable, line = keyring_report()
        self.state["keyring"] = usable
        return line

    def workspace(self) -> str:
        from brobygger.store import crypto
        from brobygger.store.workspace import Workspace

        directory = self.tmp / "arbejdsomraade"
        phrase = secrets.token_urlsafe(24)
        use_keyring = bool(self.state.get("keyring"))
        mode = crypto.KEYRING if use_keyring else crypto.PASSPHRASE

        def prompt(new: bool, reason: str) -> str:
            return phrase

        ws = Workspace.open(directory, encryption=mode, passphrase=prompt)
        if ws.settings is not None and use_keyring:
            self.state["keyring_account"] = ws.settings.workspace_id
        ws.close()
        # Open it again: the key must come back (from the keyring, or the passphrase).
        ws = Workspace.open(directory, create=False, passphrase=prompt)
        self.state["ws"] = ws
        if not ws.encrypted or ws.path is None or crypto.is_plaintext(ws.path):
            raise Failed("databasen blev ikke krypteret")
        with ws.engine.connect() as conn:
            cipher = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        how = ("en nøgle i nøgleringen" if use_keyring else
               "en genereret adgangsfrase (nøgleringen kan ikke bruges)")
        return f"nyt arbejdsområde krypteret med {how}; SQLCipher {cipher}"

    def migrations(self) -> str:
        from alembic.script import ScriptDirectory

        from brobygger.store.workspace import alembic_config, head_revision

        ws = self.state["ws"]
        stored, head = ws.schema_revision(), head_revision()
        script = ScriptDirectory.from_config(alembic_config())
        alembic_head = script.get_current_head()
        count = len(list(script.walk_revisions()))
        if stored != head or alembic_head != head:
            raise Failed(f"skemaversion {stored}, men head er {head} (Alembic: {alembic_head})")
        return f"skemaversion {stored} = head ({count} migreringer)"

    def demo(self) -> str:
        from brobygger.services import Services
        from brobygger.services.demo import load_demo

        svc = Services(self.state["ws"], user="selvtest")
        self.state["svc"] = svc
        entries = load_demo(svc)
        initiatives = svc.initiatives.list()
        if not entries or not initiatives:
            raise Failed(f"eksempel-arbejdsområdet er tomt ({entries} logindførsler)")
        return f"{entries} logindførsler, {len(initiatives)} initiativer"

    def search(self) -> str:
        svc = self.state["svc"]
        counts = {word: len(svc.log.search(word)) for word in SEARCH_WORDS}
        empty = [w for w, n in counts.items() if not n]
        if empty:
            raise Failed(f"ingen træffere for {', '.join(empty)}")
        return ", ".join(f"'{w}': {n} træffere" for w, n in counts.items())

    def brief(self) -> str:
        from brobygger.services.briefs import BriefOptions, status_brief

        svc = self.state["svc"]
        initiative = svc.initiatives.list()[0]
        out = status_brief(svc, initiative.id, None, None, self.tmp / "statusnotat.pdf",
                           BriefOptions(author="Selvtest"))
        return f"{initiative.name}: " + check_pdf(Path(out), "Statusnotat")

    def close(self) -> None:
        ws = self.state.pop("ws", None)
        if ws is not None:
            ws.close()
        account = self.state.pop("keyring_account", None)
        if account:
            from brobygger.store.crypto import keyring_forget
            from brobygger.store.recovery import forget_folder

            keyring_forget(account)
            forget_folder(self.tmp / "arbejdsomraade")

    # Qt ------------------------------------------------------------------------------------
    def qt(self) -> str:
        from PySide6 import __version__ as pyside  # noqa: TID251 - selftest may use Qt
        from PySide6.QtWidgets import QApplication  # noqa: TID251

        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "brobygger"])
        self.state["app"] = app
        return f"PySide6 {pyside}, platform '{app.platformName()}'"  # type: ignore[attr-defined]

    def translations(self) -> str:
        from PySide6.QtCore import QLibraryInfo, QTranslator  # noqa: TID251

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator()
        if not qt.load("qtbase_da", qt_dir):
            raise Failed(f"Qt's danske oversættelse (qtbase_da.qm) findes ikke i {qt_dir}")
        cancel = qt.translate("QPlatformTheme", "Cancel")
        if cancel != "Annuller":
            raise Failed(f"qtbase_da.qm oversætter 'Cancel' til {cancel!r}, ikke 'Annuller'")
        own = QTranslator()
        own_dir = paths.resource_dir() / "translations"
        if not own.load("brobygger_en", str(own_dir)) or own.isEmpty():
            raise Failed(f"brobygger_en.qm kan ikke indlæses fra {own_dir}")
        return f"qtbase_da.qm ('Cancel' → '{cancel}') og brobygger_en.qm"

    def forms(self) -> str:
        import pkgutil

        from PySide6.QtWidgets import QDialog, QMainWindow, QWidget  # noqa: TID251

        importlib.import_module("brobygger.ui.mainwindow")  # every page and its form
        forms = importlib.import_module("brobygger.ui.forms")
        names = sorted(m.name for m in pkgutil.iter_modules(forms.__path__))
        if not names:
            raise Failed("ingen kompilerede formularer i brobygger.ui.forms")
        for name in names:
            module = importlib.import_module(f"brobygger.ui.forms.{name}")
            classes = [v for k, v in vars(module).items() if k.startswith("Ui_")]
            if not classes:
                raise Failed(f"{name} har ingen Ui_-klasse")
            base = (QMainWindow if "mainwindow" in name else
                    QDialog if "dialog" in name else QWidget)
            classes[0]().setupUi(base())
        return f"{len(names)} formularer bygget"

    def icons(self) -> str:
        from PySide6.QtGui import QIcon, QPixmap  # noqa: TID251

        folder = paths.resource_dir() / "icons"
        svgs = sorted(folder.glob("*.svg"))
        bad = [p.name for p in svgs if QIcon(str(p)).pixmap(32, 32).isNull()]
        if bad or not svgs:
            raise Failed(f"SVG-ikoner kan ikke tegnes: {', '.join(bad) or 'ingen fundet'} "
                         "(mangler Qt's svg-plugin?)")
        png = folder / "brobygger.png"
        if QPixmap(str(png)).isNull():
            raise Failed(f"{png} kan ikke indlæses")
        return f"{len(svgs)} SVG-ikoner og app-ikonet"


def run(*, qt: bool = True) -> list[Check]:
    """Run all checks (the Qt ones only with ``qt``) and return them in order."""
    with tempfile.TemporaryDirectory(prefix="brobygger-selvtest-") as tmp:
        t = _Run(Path(tmp))
        try:
            t.check("version", check_version)
            t.check("programfiler", check_files)
            t.check("nøglering", t.keyring)
            t.check("arbejdsområde", t.workspace)
            t.check("migreringer", t.migrations, needs=["arbejdsområde"])
            t.check("eksempeldata", t.demo, needs=["migreringer"])
            t.check("søgning", t.search, needs=["eksempeldata"])
            t.check("statusnotat (PDF)", t.brief, needs=["eksempeldata"])
            t.check("PostgreSQL-driver", check_postgres_driver)
            t.check("licenser", check_licences)
        finally:
            t.close()
        if qt:
            t.check("Qt", t.qt)
            t.check("oversættelser", t.translations, needs=["Qt"])
            t.check("formularer", t.forms, needs=["Qt"])
            t.check("ikoner", t.icons, needs=["Qt"])
        return t.checks


def report(checks: Sequence[Check], seconds: float | None = None) -> str:
    width = max((len(c.name) for c in checks), default=0)
    lines = [f"Brobygger selvtest {__version__}"]
    lines += [f"  {OK if c.ok else FAILED:<4}  {c.name:<{width}}  {c.detail}" for c in checks]
    failed = [c for c in checks if not c.ok]
    took = f" ({seconds:.1f} s)".replace(".", ",") if seconds is not None else ""
    lines.append(f"Resultat: alle {len(checks)} kontroller bestået{took}" if not failed else
                 f"Resultat: {len(failed)} af {len(checks)} kontroller fejlede{took}")
    return "\n".join(lines) + "\n"


def _output() -> tuple[TextIO, Path | None]:
    """The console – or, in a Windows GUI executable without one, a file in the temp dir."""
    if sys.stdout is not None:
        return sys.stdout, None
    path = Path(tempfile.gettempdir()) / REPORT_FILE
    return path.open("w", encoding="utf-8"), path


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report; 0 only if every check passed. Qt runs offscreen (no display)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    start = time.perf_counter()
    checks = run()
    text = report(checks, time.perf_counter() - start)
    out, path = _output()
    try:
        out.write(text)
        out.flush()
    finally:
        if path is not None:
            out.close()
    return 0 if all(c.ok for c in checks) else 1


def cmd_selftest(args: object) -> int:
    """``brobygger-cli selftest``."""
    return main()

"""Update the translation source and compile it:

    python -m brobygger.ui.build_translations

``pyside6-lupdate`` collects every ``self.tr(...)``, ``QCoreApplication.translate(...)`` and
``_tr("context", ...)`` string from ``src/brobygger/ui`` (with its sub-packages), ``app.py``
and the forms in ``ui/`` into ``resources/translations/brobygger_en.ts`` (keeping existing
translations; translate new strings with Qt Linguist: ``pyside6-linguist``), and
``pyside6-lrelease`` compiles it to the ``.qm`` the app loads. Both files are committed.
The core's own texts (gettext, :mod:`brobygger.domain.i18n`) are updated and compiled by
:mod:`brobygger.ui.build_core_catalogue` in the same run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from brobygger.ui.build_forms import SOURCE_ROOT, UI_DIR

TS = SOURCE_ROOT / "resources" / "translations" / "brobygger_en.ts"


def tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def sources() -> list[str]:
    package = SOURCE_ROOT / "src" / "brobygger"
    files = [*sorted((package / "ui").rglob("*.py")), package / "app.py"]
    files = [f for f in files if not f.name.startswith("build_") and "forms" not in f.parts]
    return [str(f) for f in files] + [str(f) for f in sorted(UI_DIR.glob("*.ui"))]


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    aliases = "translate+=_tr,QT_TRANSLATE_NOOP+=_field"
    subprocess.run([tool("pyside6-lupdate"), "-tr-function-alias", aliases,
                    "-source-language", "da_DK", "-target-language", "en_GB",
                    "-no-obsolete", "-locations", "none", *sources(), "-ts", str(TS)],
                   check=True)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
                   check=True)
    from brobygger.ui import build_core_catalogue  # the core's gettext texts (Babel)

    return build_core_catalogue.main([])


if __name__ == "__main__":
    raise SystemExit(main())

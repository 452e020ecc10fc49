"""Extract, update and compile the core's gettext catalogue (``make translations`` runs it):

    python -m brobygger.ui.build_core_catalogue

Babel extracts every ``_("…")``, ``N_("…")`` and ``ngettext("…", "…", n)`` text from the
Qt-free packages (see :mod:`brobygger.domain.i18n`) and merges them into
``resources/translations/brobygger_core_en.po``: new texts arrive with an empty English
translation (fill it in; a test fails on an empty one), texts no longer in the code go.
The ``.po`` has no line numbers and is sorted, so two branches adding texts merge cleanly.
It is compiled to ``brobygger_core_en.mo``, which the app loads; both files are committed
(``make run``/``make test`` recompile the ``.mo`` when the ``.po`` is newer).
"""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from brobygger.ui.build_forms import SOURCE_ROOT

TRANSLATIONS = SOURCE_ROOT / "resources" / "translations"
PO = TRANSLATIONS / "brobygger_core_en.po"
MO = PO.with_suffix(".mo")
#: The packages below the UI whose texts are translated by gettext.
CORE_PACKAGES = ("domain", "dto", "store", "services", "exchange", "reports")
KEYWORDS: dict[str, Any] = {"_": None, "N_": None, "ngettext": (1, 2), "N_pair": (1, 2),
                            "_field": (2,),  # the old field-label marker (domain.fields)
                            "_item": (4,)}  # a catalogue item's description (domain)
_FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)  # no date churn in the committed header


def core_sources() -> list[Path]:
    package = SOURCE_ROOT / "src" / "brobygger"
    return sorted(f for sub in CORE_PACKAGES for f in (package / sub).rglob("*.py"))


def extract() -> Any:
    """A template catalogue of every core text in the code."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    template = Catalog(project="Brobygger", creation_date=_FIXED_DATE)
    for path in core_sources():
        found = extract_from_file("python", str(path), keywords=KEYWORDS,
                                  comment_tags=("Translators:",), strip_comment_tags=True)
        for _lineno, message, comments, context in found:
            template.add(message, None, [], auto_comments=comments, context=context)
    return template


def read_catalogue(path: Path = PO) -> Any:
    from babel.messages.pofile import read_po

    with path.open("rb") as fh:
        return read_po(fh, locale="en")


def update(template: Any | None = None) -> Any:
    """The English catalogue brought up to date with the code (not yet written)."""
    from babel.messages.catalog import Catalog

    template = template if template is not None else extract()
    if PO.exists():
        catalog = read_catalogue()
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False,
                       update_creation_date=False)
        catalog.obsolete.clear()
    else:
        catalog = Catalog(locale="en", project="Brobygger", creation_date=_FIXED_DATE)
        for message in template:
            if message.id:
                catalog.add(message.id, ("", "") if message.pluralizable else "",
                            auto_comments=message.auto_comments, context=message.context)
    catalog.fuzzy = False
    catalog.revision_date = _FIXED_DATE
    catalog.creation_date = _FIXED_DATE
    return catalog


def po_bytes(catalog: Any) -> bytes:
    from babel.messages.pofile import write_po

    out = io.BytesIO()
    write_po(out, catalog, width=100, no_location=True, sort_output=True,
             ignore_obsolete=True, include_previous=False)
    return out.getvalue()


def mo_bytes(catalog: Any) -> bytes:
    from babel.messages.mofile import write_mo

    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def compile_catalogue() -> None:
    """The ``.mo`` from the committed ``.po`` (the Makefile's build step)."""
    MO.write_bytes(mo_bytes(read_catalogue()))


def untranslated(catalog: Any) -> list[str]:
    """The texts of ``catalog`` that have no English yet."""
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--compile"]:
        compile_catalogue()
        return 0
    catalog = update()
    PO.write_bytes(po_bytes(catalog))
    compile_catalogue()
    missing = untranslated(catalog)
    if missing:
        print(f"{len(missing)} core texts need English in {PO.name}, e.g. {missing[0]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The core's texts are translatable (gettext, brobygger.domain.i18n): Danish source, English
catalogue, chosen by the same language setting as the UI; the catalogue is complete and
compiled, and every text in the code is in it."""

from __future__ import annotations

import ast
import gettext
import io
from pathlib import Path

import pytest

from brobygger.domain import i18n
from brobygger.domain.cpr import find_cpr
from brobygger.domain.errors import CprFoundError
from brobygger.domain.fields import field_label
from brobygger.ui import build_core_catalogue as build

SRC = Path(__file__).resolve().parents[1] / "src" / "brobygger"


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("da")


def test_danish_is_the_source_and_the_default():
    assert i18n.language() == "da"
    assert i18n._("Navn") == "Navn"
    assert field_label("purpose") == "Formål"
    assert i18n.ngettext("{n} handling", "{n} handlinger", 1) == "1 handling"
    assert i18n.ngettext("{n} handling", "{n} handlinger", 3) == "3 handlinger"


def test_english_follows_the_language_setting(english):
    assert i18n.language() == "en"
    assert field_label("purpose") == "Purpose"
    assert field_label("org_a_id") == "Party A"
    assert field_label("no_such_field") == "no_such_field"
    err = CprFoundError("notes", find_cpr("ring 010190-1234"), field_label("notes"))
    assert err.message.startswith("There is a number that looks like a CPR number (010190-****)")
    assert "»Notes«" in err.message and "1234" not in err.message
    i18n.set_language("da")
    assert field_label("purpose") == "Formål"


def test_placeholders_are_filled_and_literal_braces_survive():
    assert i18n._("Navn {x}", x="a") == "Navn a"
    assert i18n._("{ikke en pladsholder}") == "{ikke en pladsholder}"


def test_ui_language_switch_sets_the_core(qapp):
    from brobygger.ui import i18n as ui_i18n

    ui_i18n.install(qapp, "en")
    try:
        assert i18n.language() == "en"
        assert field_label("notes") == "Notes"
    finally:
        ui_i18n.install(qapp, "da")
    assert i18n.language() == "da"


def test_a_missing_catalogue_falls_back_to_danish(monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(i18n, "catalogue_path", lambda code, suffix=".mo": tmp_path / "none.mo")
    assert i18n.set_language("en") == "en"
    assert field_label("purpose") == "Formål"
    assert "missing" in caplog.text
    i18n.set_language("da")


def test_the_catalogue_is_complete_current_and_compiled():
    """Every core text in the code has an English translation in the committed .po, and the
    committed .mo is the .po compiled – run `make translations` when this fails."""
    catalog = build.read_catalogue()
    assert not build.untranslated(catalog), (
        f"untranslated core texts: {build.untranslated(catalog)[:5]} – fill in "
        f"{build.PO.name} (see brobygger.ui.build_core_catalogue)")
    in_po = {m.id for m in catalog if m.id}
    missing = [m.id for m in build.extract() if m.id and m.id not in in_po]
    assert not missing, f"run `make translations`: not in {build.PO.name}: {missing[:5]}"
    compiled = gettext.GNUTranslations(io.BytesIO(build.mo_bytes(catalog)))
    with build.MO.open("rb") as fh:
        committed = gettext.GNUTranslations(fh)
    assert committed._catalog == compiled._catalog, "run `make translations` (stale .mo)"  # type: ignore[attr-defined]


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("_", "N_", "ngettext"):
            yield node


def test_core_texts_are_literals_not_f_strings():
    """The extractor sees only literal texts: ``_(f"…")`` would never be translated."""
    bad = []
    for sub in build.CORE_PACKAGES:
        for path in sorted((SRC / sub).rglob("*.py")):
            for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
                if call.args and isinstance(call.args[0], ast.JoinedStr | ast.BinOp):
                    bad.append(f"{path.relative_to(SRC)}:{call.lineno}")
    assert not bad, f"use _('… {{name}} …', name=…) instead of an f-string: {bad}"


def test_import_messages_in_english(english, tmp_path):
    from brobygger.exchange.importing import mapping, read_sheet
    from brobygger.exchange.importing.source import ImportFileError

    with pytest.raises(ImportFileError) as err:
        read_sheet(tmp_path / "none.csv")
    assert err.value.message == f"The file {tmp_path / 'none.csv'} does not exist. " \
        "Nothing was written."
    with pytest.raises(ImportFileError) as err:
        read_sheet(tmp_path / "notes.txt")
    assert "is not a spreadsheet (.xlsx or .csv) (expected a file ending in .xlsx or .csv)" \
        in err.value.message
    bad = mapping.LogMapping({"Dato": "date"}, {}, "observation")
    with pytest.raises(Exception, match="Choose a column for the title or the text"):
        bad.check(["Dato"])

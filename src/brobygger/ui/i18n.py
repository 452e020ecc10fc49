"""Language, translators, catalogue labels and Danish dates/numbers for the UI.

The UI's source strings are Danish; ``resources/translations/brobygger_en.qm`` holds the
English translation. Qt's own ``qtbase_da.qm`` makes standard dialogs Danish. The same setting
switches the core's gettext texts (:mod:`brobygger.domain.i18n`): errors and labels made by
the services come in the UI's language.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTranslator,
)

from brobygger import paths
from brobygger.domain import display
from brobygger.domain import i18n as core_i18n

log = logging.getLogger(__name__)

LANGUAGES = (("da", "Dansk"), ("en", "English"))
_state = {"lang": "da"}
_installed: list[QTranslator] = []


def lang() -> str:
    return _state["lang"]


def normalise(code: str | None) -> str:
    return "en" if (code or "").lower().startswith("en") else "da"


def locale() -> QLocale:
    return QLocale("en_GB") if lang() == "en" else QLocale("da_DK")


def translations_dir() -> Any:
    return paths.resource_dir() / "translations"


def install(app: QCoreApplication, code: str) -> None:
    """Switch the language: Qt's own translations plus Brobygger's (English only)."""
    code = normalise(code)
    _state["lang"] = code
    core_i18n.set_language(code)  # the core's gettext texts follow the same setting
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(locale())
    # Qt's own file dialogs, not the platform's: they follow the app's language (a native
    # dialog follows the system's, so a Danish app on an English system was half English)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code == "da":
        qt = QTranslator(app)
        if qt.load("qtbase_da", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
        else:
            log.info("qtbase_da.qm not found in %s", qt_dir)
        from brobygger.ui.qt_gaps import QtGaps

        gaps = QtGaps(app)  # what qtbase_da lacks (the file dialog's "Look in:", …)
        app.installTranslator(gaps)
        _installed.append(gaps)
    else:
        own = QTranslator(app)
        if own.load("brobygger_en", str(translations_dir())):
            app.installTranslator(own)
            _installed.append(own)
        else:
            log.warning("brobygger_en.qm not found in %s", translations_dir())


def tr(context: str, text: str) -> str:
    """The one translation helper outside a QObject's ``self.tr``. Modules import it as
    ``_tr`` – ``_tr("context", "Dansk tekst")`` – which ``make translations`` finds."""
    return QCoreApplication.translate(context, text)


def label(catalogue: Any, code: str | None) -> str:
    """A catalogue label in the current language (the code itself if unknown; "" for none):
    :func:`brobygger.domain.display.code_text`."""
    return display.code_text(catalogue, code, lang()) if code else ""


def choices(catalogue: Any) -> list[tuple[str, str]]:
    return [(item.code, item.label(lang())) for item in catalogue.items]


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def fmt_date(d: date | None) -> str:
    """Long date: "5. marts 2026" (Danish) or "5 March 2026"."""
    if d is None:
        return ""
    pattern = "d MMMM yyyy" if lang() == "en" else "d. MMMM yyyy"
    return locale().toString(qdate(d), pattern)


def fmt_date_short(d: date | None) -> str:
    """Compact date for tables: "5. mar. 2026"."""
    if d is None:
        return ""
    pattern = "d MMM yyyy" if lang() == "en" else "d. MMM yyyy"
    return locale().toString(qdate(d), pattern)


def count(n: int, one: str, many: str) -> str:
    """Danish (and English) grammar for counts, the one helper for the whole UI:
    ``count(1, tr("åben eskalering"), tr("åbne eskaleringer"))`` → "1 åben eskalering",
    2 → "2 åbne eskaleringer" (thousands separated: "1.234 …")."""
    return f"{fmt_number(n)} {one if n == 1 else many}"


def fmt_number(value: float | None, decimals: int | None = None) -> str:
    """12 → "12", 12.5 → "12,5" (Danish decimal comma); ``decimals`` fixes the places
    (16 → "16,0" when the other values of the indicator have one)."""
    if value is None:
        return ""
    if decimals is not None:
        return locale().toString(float(value), "f", decimals)
    if float(value).is_integer():
        return locale().toString(int(value))
    text = locale().toString(float(value), "f", 2)
    sep = locale().decimalPoint()
    if sep in text:
        text = text.rstrip("0").rstrip(sep)
    return text


def fmt_datetime(moment: datetime | None) -> str:
    """A UTC (or aware) time in local time: "5. mar. 2026 14:03"."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    pattern = "d MMM yyyy HH:mm" if lang() == "en" else "d. MMM yyyy HH:mm"
    qdt = QDateTime(qdate(local.date()), QTime(local.hour, local.minute, local.second))
    return locale().toString(qdt, pattern)


def fmt_size(size: int) -> str:
    """A file size: "1,2 MB"."""
    return locale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)

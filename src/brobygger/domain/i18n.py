"""Translatable core texts (gettext): messages and labels made below the UI.

The core – ``domain``, ``store``, ``services``, ``exchange`` and ``reports`` – imports no Qt,
so it cannot use ``tr()``. Its user-visible texts go through gettext instead:

* the **source** text is Danish, written in the code::

      from brobygger.domain.i18n import _, N_, ngettext

      raise InputError(_("Initiativet »{name}« findes ikke.", name=name))
      ngettext("{n} handling", "{n} handlinger", count)   # n is filled in
      TITLE = N_("Formål")        # a module-level text: marked here …
      label = _(TITLE)            # … translated where it is used

  Use named ``{placeholders}`` with keyword arguments (never an f-string: the extractor needs
  the literal text, and the translator needs to see the whole sentence).
* ``make translations`` extracts every ``_``/``N_``/``ngettext`` text from the core into
  ``resources/translations/brobygger_core_en.po`` (Babel; new texts get an empty English
  translation to fill in – a test fails on an untranslated one) and compiles it to
  ``brobygger_core_en.mo``, which this module loads.
* :func:`set_language` chooses the language. The UI calls it from ``ui.i18n.install`` with the
  same setting as Qt's translator, so the English UI shows English core messages; the CLI
  and the tests stay Danish (the default).

A text is translated when ``_()`` runs: an error raised while the UI is English carries an
English ``message``. Module-level constants must be marked with ``N_`` and translated at use.
"""

from __future__ import annotations

import gettext
import logging
import threading
from pathlib import Path

log = logging.getLogger(__name__)

DOMAIN = "brobygger_core"
LANGUAGES = ("da", "en")

_lock = threading.Lock()
_state: dict[str, object] = {"lang": "da", "translations": gettext.NullTranslations()}


def catalogue_path(code: str, suffix: str = ".mo") -> Path:
    """Where the compiled (``.mo``) or source (``.po``) catalogue of a language lives."""
    from brobygger import paths

    return paths.resource_dir() / "translations" / f"{DOMAIN}_{code}{suffix}"


def language() -> str:
    """The language core texts are given in: ``"da"`` (the source) or ``"en"``."""
    return str(_state["lang"])


def _translations() -> gettext.NullTranslations:
    value = _state["translations"]
    assert isinstance(value, gettext.NullTranslations)
    return value


def set_language(code: str | None) -> str:
    """Switch the core's language (anything starting with ``en`` is English, else Danish)
    and return the code chosen. A missing English catalogue falls back to Danish with a
    logged warning, never an error."""
    chosen = "en" if (code or "").lower().startswith("en") else "da"
    translations: gettext.NullTranslations = gettext.NullTranslations()
    if chosen != "da":
        path = catalogue_path(chosen)
        try:
            with path.open("rb") as fh:
                translations = gettext.GNUTranslations(fh)
        except OSError:
            log.warning("the core catalogue %s is missing; core texts stay Danish", path)
    with _lock:
        _state["lang"] = chosen
        _state["translations"] = translations
    return chosen


def _(message: str, /, **params: object) -> str:
    """``message`` (Danish) in the current language, with ``{name}`` placeholders filled
    from ``params`` (no formatting when there are none, so a literal ``{`` is safe)."""
    text = _translations().gettext(message) if message else message
    return text.format(**params) if params else text


def ngettext(singular: str, plural: str, n: int, /, **params: object) -> str:
    """The singular or plural form for ``n`` in the current language; ``{n}`` and the other
    placeholders are filled in."""
    text = _translations().ngettext(singular, plural, n)
    return text.format(n=n, **params)


def N_pair(singular: str, plural: str, /) -> tuple[str, str]:
    """Mark a singular/plural pair (module-level tables); choose a form with
    ``ngettext(singular, plural, n)`` where it is shown."""
    return singular, plural


def N_(message: str, /) -> str:
    """Mark a text for translation without translating it (module-level constants);
    translate it with ``_()`` where it is shown."""
    return message

"""Unexpected errors: a summary without user data for the screen, details for a log file.

An unexpected error's text can carry the SQL statement and its parameters – the user's
own words, perhaps a name or a CPR number. The dialog and the command line show only the
error's kind (:func:`safe_summary`); the details go to a rotating log file in the user log
directory (platformdirs; ``$BROBYGGER_LOG_DIR`` overrides it) with parameters and quoted
texts removed (:func:`redact`). :func:`report_text` is the "Kopiér fejlrapport" text.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import platform
import re
import traceback
from pathlib import Path

from brobygger import __version__
from brobygger.domain.cpr import mask_cpr

LOG_ENV = "BROBYGGER_LOG_DIR"
LOG_NAME = "brobygger.log"
MAX_BYTES, BACKUP_COUNT = 512 * 1024, 3

_PARAMS = re.compile(r"\[parameters: .*?\](?=\s*(?:\(|\[|$))", re.S)
_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")
_LOGGER = "brobygger.errors"


def log_dir() -> Path:
    override = os.environ.get(LOG_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir("Brobygger", appauthor=False))


def redact(text: str) -> str:
    """``text`` without SQL parameters or quoted values, CPR-like numbers masked."""
    text = _PARAMS.sub("[parameters: (skjult)]", text)
    text = _QUOTED.sub("'…'", text)
    return mask_cpr(text)


def safe_summary(exc: BaseException) -> str:
    """The kind of error – never its message (which may hold SQL and user text)."""
    kind = type(exc).__name__
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException):
        kind += f"/{type(orig).__name__}"
    return kind


def _logger() -> logging.Logger:
    logger = logging.getLogger(_LOGGER)
    folder = log_dir()
    path = folder / LOG_NAME
    if not any(isinstance(h, logging.handlers.RotatingFileHandler)
               and Path(h.baseFilename) == path for h in logger.handlers):
        folder.mkdir(parents=True, exist_ok=True)
        if os.name != "nt":
            os.chmod(folder, 0o700)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
        if os.name != "nt":
            os.chmod(path, 0o600)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        for old in [h for h in logger.handlers
                    if isinstance(h, logging.handlers.RotatingFileHandler)]:
            logger.removeHandler(old)
            old.close()
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger


def details(exc: BaseException) -> str:
    """The redacted traceback."""
    return redact("".join(traceback.format_exception(exc)))


def log_unexpected(exc: BaseException) -> Path:
    """Write the redacted details to the log file; returns the file."""
    with contextlib.suppress(OSError):
        _logger().error("Uventet fejl %s\n%s", safe_summary(exc), details(exc))
    return log_dir() / LOG_NAME


def report_text(exc: BaseException) -> str:
    """What "Kopiér fejlrapport" puts on the clipboard: versions, the kind of error and
    the redacted traceback – no user data."""
    return (f"Brobygger {__version__}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}\n"
            f"Fejl: {safe_summary(exc)}\n\n{details(exc)}")

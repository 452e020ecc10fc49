"""Helpers for the bulk steps of an exchange (export, read, plan, apply).

A bundle of 10,000 log entries is some hundred thousand small Python objects (records,
their values and JSON forms, the rows handed to the database). Python's cyclic garbage
collector walks every live container object each time enough new ones have piled up, and
during an import nearly all of them stay alive until the end: the walks cost about a fifth
of the time while freeing nothing – the records hold no reference cycles and are freed by
reference counting as usual. :func:`gc_paused` holds the cyclic collector off during such
a step and turns it back on afterwards (only if it was on before).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block. Nested and concurrent blocks (a
    worker thread and the user interface) share one pause: the collector is on again
    when the last block ends, if it was on when the first began."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()

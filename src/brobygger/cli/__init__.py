"""brobygger-cli – the headless commands over the services.

Exit codes: 0 ok; 2 bad input (message on stderr, nothing written); 1 any other error.
One module per area: :mod:`.workspace` (init, demo, check, transfer, backup, restore, encrypt),
:mod:`.log` (initiatives, log, search, assess), :mod:`.privacy` (scan, history, person-export,
anonymise), :mod:`.briefs` (the PDFs), :mod:`.exchange` (bundles and exports); the parser and
entry point in :mod:`.main`.
"""

from __future__ import annotations

from brobygger.cli.common import EXIT_ERROR, EXIT_INPUT, EXIT_OK
from brobygger.cli.main import build_parser, main

__all__ = ["EXIT_ERROR", "EXIT_INPUT", "EXIT_OK", "build_parser", "main"]

"""The records the services hand out live in :mod:`brobygger.dto` (a module the reports
may import too); this name stays for the code that imports them from here."""

from brobygger.dto import *  # noqa: F403
from brobygger.dto import __all__ as __all__

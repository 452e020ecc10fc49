"""The frozen app's entry script. One launcher, two executables in the same bundle:
``brobygger`` (the window; ``brobygger --selftest``) and ``brobygger-cli`` (the command
line; ``brobygger-cli selftest``) – on Windows only the second has a console."""

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.executable).stem.lower().startswith("brobygger-cli"):
        from brobygger.cli import main as entry
    else:
        from brobygger.app import main as entry
    return entry()


if __name__ == "__main__":
    sys.exit(main())

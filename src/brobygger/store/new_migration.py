"""Developer tool: autogenerate a new Alembic revision from the models.

    python -m brobygger.store.new_migration "add audit table"
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from brobygger.store.workspace import Workspace, alembic_config


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        # a plain (unencrypted) database at head to compare against
        Workspace.open(Path(tmp), encryption="none").close()
        cfg = alembic_config()
        cfg.set_main_option("sqlalchemy.url", f"sqlite:///{Path(tmp) / 'brobygger.sqlite3'}")
        command.revision(cfg, message=argv[0], autogenerate=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

import sys

from brobygger.cli.main import main

sys.exit(main())

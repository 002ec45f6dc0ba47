"""Allow ``python -m xiaomi_timeline``."""

import sys

from xiaomi_timeline.cli.main import main

sys.exit(main())

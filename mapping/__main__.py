"""``python -m mapping``: the eventmap command line."""

import sys

from mapping.cli import main

sys.exit(main())

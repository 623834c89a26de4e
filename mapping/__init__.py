"""event map: news articles about unrest, attacks and disasters turned into a map of incidents."""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

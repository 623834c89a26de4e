"""One exception root for the package; each subclass is also a built-in exception.

The CLI turns any :class:`EventMapError` into one clear line and a non-zero exit.
"""

from __future__ import annotations


class EventMapError(Exception):
    """Root of every error this package raises on purpose."""


class ArticleError(EventMapError, ValueError):
    """An input file cannot be read as an article (names the file and the problem)."""


class ValidationError(EventMapError, ValueError):
    """An incident table breaks the contract; the message lists every problem."""


class StorageError(EventMapError, OSError):
    """A dataset cannot be read or written."""


class GeocoderError(EventMapError, RuntimeError):
    """A gazetteer or geocoder failed (index missing, service down, bad answer)."""

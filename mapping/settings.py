"""Settings: one frozen, typed object, passed explicitly.

Every field can be overridden from the environment (``EVENTMAP_<FIELD>`` in upper case):

* ``data_dir`` (the project's ``data/``): the bundled dataset and the landmark CSV.
* ``cache_dir`` (``~/.cache/eventmap``): the built gazetteer index and the online cache.
* ``landmarks_csv`` (``<data_dir>/landmarks.csv``): the landmark gazetteer; users add rows.
* ``extra_landmarks_csv`` (unset): a second landmark CSV of the user's, read after the first.
* ``online`` (``0``): chain a geopy geocoder (Nominatim) after the offline gazetteers.
* ``nominatim_domain`` (``nominatim.openstreetmap.org``) and ``nominatim_scheme`` (``https``).
* ``user_agent`` (``eventmap``): sent to online services, as their usage policies ask.
* ``min_delay_seconds`` (``1.0``): spacing between online calls (geopy's RateLimiter).
* ``online_timeout_seconds`` (``10``): how long one online call may take.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

from mapping._errors import EventMapError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventmap"


@dataclass(frozen=True)
class Settings:
    """Everything configurable, with defaults that work offline."""

    data_dir: Path = PROJECT_ROOT / "data"
    cache_dir: Path = dataclasses.field(default_factory=_default_cache_dir)
    landmarks_csv: Path | None = None
    extra_landmarks_csv: Path | None = None
    online: bool = False
    nominatim_domain: str = "nominatim.openstreetmap.org"
    nominatim_scheme: str = "https"
    user_agent: str = "eventmap"
    min_delay_seconds: float = 1.0
    online_timeout_seconds: float = 10.0

    @property
    def landmarks_path(self) -> Path:
        """The landmark CSV in use: ``landmarks_csv`` if set, else ``data_dir/landmarks.csv``."""
        return self.landmarks_csv or self.data_dir / "landmarks.csv"

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then ``EVENTMAP_*`` environment variables, then ``overrides``."""
        values: dict[str, object] = {}
        for f in dataclasses.fields(cls):
            raw = os.environ.get(f"EVENTMAP_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            if f.name == "online":
                values[f.name] = raw.strip().lower() in {"1", "true", "yes", "on"}
            elif f.name in {"min_delay_seconds", "online_timeout_seconds"}:
                try:
                    values[f.name] = float(raw)
                except ValueError as e:
                    raise EventMapError(f"EVENTMAP_{f.name.upper()} must be a number of seconds, not {raw!r}") from e
            elif f.name in {"data_dir", "cache_dir", "landmarks_csv", "extra_landmarks_csv"}:
                values[f.name] = Path(raw).expanduser()
            else:
                values[f.name] = raw
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]

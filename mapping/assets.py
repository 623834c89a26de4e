"""The JavaScript and CSS the maps need, as local files: served to the app, inlined into exports.

Where they come from: the npm packages pinned in the project's ``package.json`` (exact
versions; ``package-lock.json`` holds their integrity hashes), installed by ``make`` with
``npm ci`` into ``node_modules/``. ``python -m mapping.assets`` (also run by ``make``) then
copies the few files the maps use, with each package's licence, into ``static/vendor/``
(git-ignored), next to the project's own ``static/eventmap/`` (committed). Nothing is
fetched from a CDN at run time:

* the Streamlit app serves ``static/`` (``[server] enableStaticServing = true``) and the
  map loads each file from ``/app/static/...`` (:func:`use_served`); streamlit-folium loads
  a map's ``default_js``/``default_css`` URLs inside its component frame, so links work
  there where inlined code would not;
* an exported HTML page carries every file inline (:func:`use_inline`), CSS images as
  ``data:`` URIs, so it opens from disk with no network at all.

The world basemap is the ``world-atlas`` package's Natural Earth country outlines
(TopoJSON, 1:110m), wrapped at install time into a script that sets ``window.EVENTMAP_WORLD``.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import logging
import mimetypes
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import folium
from branca.element import Element

from mapping._errors import EventMapError
from mapping.settings import PROJECT_ROOT

logger = logging.getLogger(__name__)

STATIC_DIR = PROJECT_ROOT / "static"
NODE_MODULES = PROJECT_ROOT / "node_modules"
APP_STATIC_URL = "/app/static"
WORLD_VARIABLE = "EVENTMAP_WORLD"


class AssetsMissingError(EventMapError, FileNotFoundError):
    """The map's JavaScript/CSS files are not installed (run ``make assets``)."""


class RawHTML(Element):
    """A piece of the page written out exactly as given.

    branca's ``Element(text)`` compiles ``text`` as a Jinja template when the page renders:
    slow for large text, and it would evaluate any ``{{ ... }}`` inside it. Library code and
    data go into pages through this instead.
    """

    def __init__(self, html: str) -> None:
        super().__init__()
        self.html = html

    def render(self, **kwargs: object) -> str:
        return self.html


@dataclass(frozen=True)
class Asset:
    """One file the map loads, in load order; ``package`` is "" for the project's own files."""

    name: str
    kind: Literal["js", "css"]
    target: str  # path under static/
    package: str = ""
    source: str = ""  # path inside the npm package


def _vendor(package: str, source: str, kind: Literal["js", "css"], name: str, target: str | None = None) -> Asset:
    return Asset(name, kind, f"vendor/{package}/{target or Path(source).name}", package, source)


ASSETS: tuple[Asset, ...] = (
    _vendor("leaflet", "dist/leaflet.css", "css", "leaflet_css"),
    _vendor("leaflet.markercluster", "dist/MarkerCluster.css", "css", "markercluster_css"),
    _vendor("leaflet.markercluster", "dist/MarkerCluster.Default.css", "css", "markercluster_default_css"),
    Asset("eventmap_css", "css", "eventmap/eventmap.css"),
    _vendor("leaflet", "dist/leaflet.js", "js", "leaflet"),
    _vendor("leaflet.markercluster", "dist/leaflet.markercluster.js", "js", "markercluster"),
    _vendor("leaflet.heat", "dist/leaflet-heat.js", "js", "leaflet_heat"),
    _vendor("topojson-client", "dist/topojson-client.min.js", "js", "topojson"),
    _vendor("world-atlas", "countries-110m.json", "js", "world_countries", "countries-110m.js"),
    Asset("eventmap", "js", "eventmap/eventmap.js"),
)

# Files the CSS refers to (url(images/...)) and each package's licence, copied beside the assets.
_EXTRA_FILES: dict[str, tuple[str, ...]] = {
    "leaflet": ("LICENSE", "dist/images/layers.png", "dist/images/layers-2x.png", "dist/images/marker-icon.png",
                "dist/images/marker-icon-2x.png", "dist/images/marker-shadow.png"),
    "leaflet.markercluster": ("MIT-LICENCE.txt",),
    "leaflet.heat": ("LICENSE",),
    "topojson-client": ("LICENSE",),
    "world-atlas": ("LICENSE",),
}
_CSS_URL = re.compile(r"url\(\s*(['\"]?)(?!data:|#|[a-z]+://|/)([^'\")]+)\1\s*\)", re.IGNORECASE)
_SCRIPT_CLOSE = re.compile(r"</(script)", re.IGNORECASE)


# --------------------------------------------------------------------------- installing


def install(node_modules: Path = NODE_MODULES, static_dir: Path = STATIC_DIR) -> list[Path]:
    """Copy the vendored assets from ``node_modules`` into ``static_dir/vendor``; returns the files written.

    Raises AssetsMissingError naming every file that is not in ``node_modules``.
    """
    wanted: list[tuple[Path, Path]] = []
    for asset in ASSETS:
        if asset.package:
            wanted.append((node_modules / asset.package / asset.source, static_dir / asset.target))
    for package, files in _EXTRA_FILES.items():
        for rel in files:
            target = static_dir / "vendor" / package / (rel.removeprefix("dist/"))
            wanted.append((node_modules / package / rel, target))
    missing = [str(src) for src, _ in wanted if not src.is_file()]
    if missing:
        raise AssetsMissingError("npm packages are not installed (run `npm ci`); missing: " + ", ".join(missing))
    written: list[Path] = []
    for src, target in wanted:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".js" and src.suffix == ".json":
            version = json.loads((src.parent / "package.json").read_text(encoding="utf-8"))["version"]
            header = f"/* {src.parent.name} {version}: {src.name} (Natural Earth data, public domain; ISC) */\n"
            body = src.read_text(encoding="utf-8").strip()
            target.write_text(f"{header}window.{WORLD_VARIABLE} = {body};\n", encoding="utf-8")
        else:
            shutil.copyfile(src, target)
        written.append(target)
    _inline_html.cache_clear()
    _digests.cache_clear()
    logger.info("installed %d asset files into %s", len(written), static_dir / "vendor")
    return written


def missing(static_dir: Path = STATIC_DIR) -> list[str]:
    """The asset files (paths under ``static_dir``) that are not there."""
    return [a.target for a in ASSETS if not (static_dir / a.target).is_file()]


def _require(static_dir: Path) -> None:
    absent = missing(static_dir)
    if absent:
        raise AssetsMissingError(
            f"the map's JavaScript/CSS is not installed in {static_dir} (run `make assets`); missing: "
            + ", ".join(absent))


# --------------------------------------------------------------------------- using


def served_links(base_url: str = APP_STATIC_URL, static_dir: Path = STATIC_DIR) -> tuple[list[tuple[str, str]],
                                                                                          list[tuple[str, str]]]:
    """``(default_js, default_css)`` lists of URLs under ``base_url``, each with a content-hash query."""
    _require(static_dir)
    base = base_url.rstrip("/")
    digests = _digests(static_dir, _stamp(static_dir))
    js: list[tuple[str, str]] = []
    css: list[tuple[str, str]] = []
    for asset in ASSETS:
        url = f"{base}/{asset.target}?v={digests[asset.target]}"
        (js if asset.kind == "js" else css).append((asset.name, url))
    return js, css


def use_served(m: folium.Map, base_url: str = APP_STATIC_URL, static_dir: Path = STATIC_DIR) -> folium.Map:
    """Make ``m`` load every asset from the app's static URLs (for ``st_folium``)."""
    js, css = served_links(base_url, static_dir)
    m.default_js = js  # instance lists: folium's class-level lists stay untouched
    m.default_css = css
    return m


def use_inline(m: folium.Map, static_dir: Path = STATIC_DIR) -> folium.Map:
    """Put every asset inside ``m``'s page (``<style>``/``<script>``), so it needs no network."""
    _require(static_dir)
    m.default_js = []
    m.default_css = []
    m.get_root().header.add_child(RawHTML(_inline_html(static_dir, _stamp(static_dir))), name="eventmap_assets",
                                  index=0)
    return m


def _stamp(static_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """Sizes and modification times: a changed file invalidates the cached inline page part."""
    stats = [(static_dir / a.target).stat() for a in ASSETS]
    return tuple((a.target, s.st_mtime_ns, s.st_size) for a, s in zip(ASSETS, stats, strict=True))


@functools.lru_cache(maxsize=4)
def _inline_html(static_dir: Path, stamp: tuple[tuple[str, int, int], ...]) -> str:
    """The ``<style>`` and ``<script>`` blocks of every asset, in load order."""
    del stamp  # only part of the cache key
    parts = []
    for asset in ASSETS:
        path = static_dir / asset.target
        text = path.read_text(encoding="utf-8")
        if asset.kind == "css":
            parts.append(f"<style>/* {asset.target} */\n{_inline_css_urls(text, path.parent)}</style>")
        else:
            code = _SCRIPT_CLOSE.sub(r"<\\/\1", text)
            parts.append(f"<script>/* {asset.target} */\n{code}</script>")
    return "\n".join(parts)


def _inline_css_urls(css: str, folder: Path) -> str:
    """Relative ``url(...)`` references in CSS replaced by ``data:`` URIs of the files."""

    def replace(match: re.Match[str]) -> str:
        path = folder / match.group(2)
        if not path.is_file():
            return match.group(0)
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return f"url(data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')})"

    return _CSS_URL.sub(replace, css)


@functools.lru_cache(maxsize=4)
def _digests(static_dir: Path, stamp: tuple[tuple[str, int, int], ...]) -> dict[str, str]:
    """A short content hash of each asset (the cache-busting ``?v=`` of its URL)."""
    return {target: hashlib.sha256((static_dir / target).read_bytes()).hexdigest()[:10] for target, _, _ in stamp}


def main() -> int:
    """``python -m mapping.assets``: copy the map's assets from node_modules into static/vendor."""
    logging.basicConfig(level=logging.INFO, format="assets: %(message)s")
    try:
        written = install()
    except EventMapError as e:
        print(f"assets: error: {e}", file=sys.stderr)
        return 2
    print(f"assets: {len(written)} files in {STATIC_DIR / 'vendor'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Tests for mapping.assets: the map's JavaScript/CSS from pinned npm packages, served or inlined."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import folium
import pytest

from mapping import assets
from mapping.settings import PROJECT_ROOT


def _fake_node_modules(root: Path) -> Path:
    """A node_modules folder with every file install() copies (tiny stand-ins)."""
    nm = root / "node_modules"
    for asset in assets.ASSETS:
        if asset.package:
            path = nm / asset.package / asset.source
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix == ".json":
                path.write_text('{"type":"Topology","objects":{"countries":{}},"arcs":[]}\n')
                (path.parent / "package.json").write_text('{"version": "2.0.2"}')
            elif path.suffix == ".css":
                path.write_text(".a { background-image: url(images/layers.png); } .b { behavior: url(#default#VML); }")
            else:
                path.write_text(f"/* {asset.package} */ var s = '</script>'; var t = '</SCRIPT >'; // {{{{ 1+1 }}}}\n")
    for package, files in assets._EXTRA_FILES.items():
        for rel in files:
            path = nm / package / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"\x89PNG fake" if rel.endswith(".png") else b"licence text")
    return nm


def test_install_copies_assets_and_licences(tmp_path: Path) -> None:
    nm = _fake_node_modules(tmp_path)
    static = tmp_path / "static"
    written = assets.install(nm, static)
    assert assets.missing(static) == [a.target for a in assets.ASSETS if not a.package]  # the project's own files
    for name in ("leaflet/LICENSE", "leaflet.markercluster/MIT-LICENCE.txt", "leaflet.heat/LICENSE",
                 "topojson-client/LICENSE", "world-atlas/LICENSE", "leaflet/images/layers.png"):
        assert (static / "vendor" / name).is_file(), name
    world = (static / "vendor/world-atlas/countries-110m.js").read_text()
    assert world.startswith("/* world-atlas 2.0.2: countries-110m.json")
    assert json.loads(world.split(" = ", 1)[1].rstrip().rstrip(";"))["type"] == "Topology"
    assert all(p.is_relative_to(static / "vendor") for p in written)


def test_install_names_every_missing_file(tmp_path: Path) -> None:
    nm = _fake_node_modules(tmp_path)
    (nm / "leaflet/dist/leaflet.js").unlink()
    (nm / "leaflet.heat/LICENSE").unlink()
    with pytest.raises(assets.AssetsMissingError, match=r"npm ci") as info:
        assets.install(nm, tmp_path / "static")
    assert "leaflet/dist/leaflet.js" in str(info.value) and "leaflet.heat/LICENSE" in str(info.value)
    assert not (tmp_path / "static").exists()  # nothing half-copied


@pytest.fixture
def static(tmp_path: Path) -> Path:
    """A complete static folder: the vendored stand-ins installed, the project's own files as stubs."""
    folder = tmp_path / "static"
    assets.install(_fake_node_modules(tmp_path), folder)
    for asset in assets.ASSETS:
        if not asset.package:
            (folder / asset.target).parent.mkdir(parents=True, exist_ok=True)
            (folder / asset.target).write_text("/* own */")
    return folder


def test_inline_page_escapes_script_ends_and_embeds_images(static: Path) -> None:
    m = assets.use_inline(folium.Map(tiles=None), static_dir=static)
    page = m.get_root().render()
    assert "</script>'" not in page and "</SCRIPT >" not in page
    assert "<\\/script>'" in page and "<\\/SCRIPT >" in page
    png = base64.b64encode(b"\x89PNG fake").decode()
    assert f"url(data:image/png;base64,{png})" in page
    assert "url(#default#VML)" in page  # fragment references stay as they are
    assert "// {{ 1+1 }}" in page  # written as is, never run through a template
    assert not re.search(r"<(script|link)[^>]+(src|href)=", page)


def test_served_urls_change_with_the_content(static: Path) -> None:
    js, css = assets.served_links("/app/static/", static)
    assert [n for n, _ in css] == [a.name for a in assets.ASSETS if a.kind == "css"]
    before = dict(js)["eventmap"]
    assert before.startswith("/app/static/eventmap/eventmap.js?v=")
    (static / "eventmap/eventmap.js").write_text("/* own, changed */")
    assert dict(assets.served_links("/app/static", static)[0])["eventmap"] != before


def test_the_project_has_its_assets_installed() -> None:
    """`make test` installs them first (`make assets`); a bare checkout gets the message below."""
    assert assets.missing() == [], "map assets missing: run `make assets` (npm ci + python -m mapping.assets)"


def test_npm_packages_are_pinned_exactly() -> None:
    package = json.loads((PROJECT_ROOT / "package.json").read_text())
    lock = json.loads((PROJECT_ROOT / "package-lock.json").read_text())
    wanted = {a.package for a in assets.ASSETS if a.package}
    assert set(package["dependencies"]) == wanted
    for name, version in package["dependencies"].items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), f"{name} must be pinned exactly, not {version!r}"
        entry = lock["packages"][f"node_modules/{name}"]
        assert entry["version"] == version and entry["integrity"].startswith("sha512-")

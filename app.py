"""event map: the Streamlit dashboard.

Sidebar: add articles (upload or paste; they run through the same pipeline as ``eventmap
ingest`` and join this session's dataset), filters (time window in local time, event types,
geo precision, minimum fatalities, countries, text search) and map options (heat layer,
clustering, basemap). Main: the map, the timeline, downloads of what is shown (HTML map,
GeoJSON, CSV, GeoPackage), the incident table and a reading view of the selected incident's
article with its place and time mentions highlighted.

The logic lives in ``mapping`` (``mapping.dashboard`` for filters and highlights,
``mapping.maps`` for the map); this file only draws widgets. The map's JavaScript is served
from ``static/`` (``[server] enableStaticServing`` in ``.streamlit/config.toml``).
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import tempfile
from pathlib import Path

import altair as alt
import geopandas as gpd
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from mapping import assets
from mapping._errors import EventMapError
from mapping.articles import SUFFIXES, from_text, iter_paths, read_article
from mapping.dashboard import (
    Filters,
    Mark,
    TimeAxis,
    apply_filters,
    axis_between,
    highlight_html,
    incident_file_bytes,
    time_axis,
    timeline_counts,
    type_colours,
)
from mapping.fusion import events
from mapping.maps import build_map, map_html
from mapping.pipeline import article_context, article_incidents, make_geoparser
from mapping.places import Geoparser
from mapping.query import AGGREGATE_ABOVE, PAGE_SIZE, Bounds, IncidentQuery, Overview, dataset_files, row_count
from mapping.settings import PROJECT_ROOT, Settings
from mapping.store import incidents_to_frame, read_incidents, upsert_incidents, validate_incidents
from mapping.timeline import find_times
from mapping.types import EVENT_TYPES, GEO_PRECISIONS, Article

MAX_UPLOAD_FILES = 20
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_UPLOAD_TOTAL_BYTES = 8 * 1024 * 1024  # all files of one upload together: a few minutes of reading at most
MAX_PASTED_CHARS = 200_000
TABLE_COLUMNS = ["start_time", "event_type", "sub_event_type", "location_name", "geo_precision", "country",
                 "fatalities", "sources", "actors", "sentence", "title"]
BASEMAPS = {"OpenStreetMap tiles (online)": "OpenStreetMap", "Country outlines only (offline)": None}
CLUSTERING = {"auto (when many)": None, "on": True, "off": False}
LOAD_WHOLE_UP_TO = 20_000  # parquet datasets with more incidents are queried in DuckDB, never loaded whole

st.set_page_config(page_title="event map", layout="wide")


# --------------------------------------------------------------------------- cached loaders


@st.cache_data(show_spinner="Loading incidents…")
def load(path: str, mtime: float) -> gpd.GeoDataFrame:
    """The incident table at ``path`` (``mtime`` makes a changed file load anew)."""
    return read_incidents(Path(path))


@st.cache_resource(show_spinner="Opening the dataset…", max_entries=4)
def incident_query(path: str, mtime: float) -> IncidentQuery:
    """A DuckDB view over a big dataset's parquet files, one per server process (``mtime``: a changed file anew)."""
    return IncidentQuery(dataset_files(path))


@st.cache_data(show_spinner=False, max_entries=4)
def overview(path: str, mtime: float) -> Overview:
    """Count, time span, UTC offset and countries of a big dataset."""
    return incident_query(path, mtime).overview()


@st.cache_resource(show_spinner="Loading the gazetteers…")
def geoparser() -> Geoparser:
    """The pipeline's geoparser, built once per server process."""
    return make_geoparser(Settings.from_env())


@st.cache_data(show_spinner=False)
def library(folders: tuple[str, ...], stamp: tuple[float, ...]) -> dict[str, Article]:
    """The articles under ``folders`` by article_id (``stamp`` makes changed folders load anew)."""
    found: dict[str, Article] = {}
    for path in iter_paths([Path(f) for f in folders if Path(f).exists()]):
        try:
            article = read_article(path)
        except EventMapError:
            continue
        found[article.article_id] = article
    return found


@st.cache_data(show_spinner="Finding places and times…", max_entries=64)
def article_marks(text: str, dateline_place: str | None) -> list[Mark]:
    """The place and time mentions of an article, to highlight."""
    article = Article(article_id="", path="", title="", text=text, published=None, dateline_place=dateline_place)
    ctx = article_context(geoparser(), article)  # a long article is geoparsed piece by piece
    marks = [Mark(r.mention.start, r.mention.end, "place", f"{r.place.name} ({r.place.precision})")
             for r in ctx.mentions]
    marks += [Mark(t.start, t.end, "time", t.kind) for t in find_times(text)]
    return marks


# --------------------------------------------------------------------------- data


def dataset_path() -> Path:
    """The incident file to show: ``EVENTMAP_INCIDENTS`` or ``data/incidents.parquet``."""
    return Path(os.environ.get("EVENTMAP_INCIDENTS") or Settings.from_env().data_dir / "incidents.parquet")


def article_folders() -> tuple[str, ...]:
    """Where the bundled data's articles are: ``EVENTMAP_ARTICLES`` (``os.pathsep``-separated) or ``seeds/``."""
    raw = os.environ.get("EVENTMAP_ARTICLES")
    return tuple(p for p in raw.split(os.pathsep) if p) if raw else (str(PROJECT_ROOT / "seeds"),)


# Markdown's links, images, HTML, emphasis, code, tables, maths, and colons that start Streamlit's colours
# (":red[...]") and icons or that make a bare "http://..." a link: escaped with a backslash, as CommonMark
# allows for any ASCII punctuation.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>!|~$]|:(?=\S))")


def plain(text: object) -> str:
    """``text`` for a Streamlit element that renders Markdown, shown as it is: no links, images, HTML,
    emphasis, colours or maths from the data (article titles, sources, file names, messages)."""
    return _MARKDOWN_SPECIAL.sub(lambda m: "\\" + m.group(), str(text)).replace("\n", " ")


def _safe_name(name: str, index: int) -> str:
    """A plain file name for an upload (no folders, no odd characters), unique by ``index``."""
    stem, suffix = os.path.splitext(os.path.basename(name.replace("\\", "/")))
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._")[:80] or "article"
    return f"{index:03d}_{stem}{suffix.lower()}"


def add_articles(files: list, pasted: str) -> None:
    """Run uploaded files and pasted text through the pipeline; the incidents join this session's data."""
    errors: list[str] = []
    if len(files) > MAX_UPLOAD_FILES:
        errors.append(f"{len(files)} files given; only the first {MAX_UPLOAD_FILES} are read.")
        files = files[:MAX_UPLOAD_FILES]
    articles: list[Article] = []
    budget = MAX_UPLOAD_TOTAL_BYTES
    # Each file is checked (type, size) before it is written, into a folder removed when this block ends.
    with tempfile.TemporaryDirectory(prefix="eventmap-upload-") as tmp:
        for i, upload in enumerate(files):
            suffix = os.path.splitext(upload.name)[1].lower()
            if suffix not in SUFFIXES:
                errors.append(f"{upload.name}: not an article file ({suffix or 'no extension'}); "
                              f"expected {' '.join(SUFFIXES)}; skipped.")
                continue
            if upload.size > MAX_UPLOAD_BYTES:
                errors.append(f"{upload.name}: {upload.size / 2**20:.1f} MB, over the "
                              f"{MAX_UPLOAD_BYTES // 2**20} MB limit for one article; skipped.")
                continue
            if upload.size > budget:
                errors.append(f"{upload.name}: the files together are over the {MAX_UPLOAD_TOTAL_BYTES // 2**20} MB "
                              "limit for one upload; skipped.")
                continue
            budget -= upload.size
            path = Path(tmp) / _safe_name(upload.name, i)
            path.write_bytes(upload.getvalue())
            try:
                article = read_article(path)
            except EventMapError as e:
                errors.append(str(e).replace(str(path), upload.name))
                continue
            # The upload's own name: uploading an edited file of that name again replaces its incidents.
            articles.append(dataclasses.replace(article, path=f"upload: {upload.name}"))
    if pasted.strip():
        try:
            article = from_text(pasted[:MAX_PASTED_CHARS], "pasted text")
            articles.append(dataclasses.replace(article, path=f"pasted text {article.article_id}"))
        except EventMapError as e:
            errors.append(str(e))
    unique: dict[str, Article] = {}
    for article in articles:  # the same text given twice is read once
        unique.setdefault(article.article_id, article)
    articles = list(unique.values())
    incidents = []
    if articles:
        parser = geoparser()
        bar = st.progress(0.0, text="Reading articles…")
        for i, article in enumerate(articles, 1):
            try:
                incidents.extend(article_incidents(parser, article))
            except EventMapError as e:
                errors.append(str(e))
            bar.progress(i / len(articles), text=f"Read {i} of {len(articles)} articles")
        bar.empty()
        new = incidents_to_frame(incidents)
        validate_incidents(new)
        added = st.session_state.get("added")
        read = [(a.article_id, a.path) for a in articles]
        st.session_state["added"] = new if added is None else upsert_incidents(added, new, read)
        st.session_state.setdefault("articles", {}).update({a.article_id: a for a in articles})
    st.session_state["add_report"] = (len(articles), len(incidents), errors)


def dataset() -> gpd.GeoDataFrame | None:
    """The bundled incidents plus this session's added ones (None, with a message shown, when there are none)."""
    path = dataset_path()
    base = None
    if path.exists():
        try:
            base = load(str(path), path.stat().st_mtime)
        except EventMapError as e:
            st.error(plain(e))
            return None
    added = st.session_state.get("added")
    if base is None and added is None:
        st.info(f"No incidents yet: add articles in the sidebar, or run `make run` or "
                f"`eventmap ingest seeds --out {path}`.")
        return None
    data = added if base is None else (base if added is None else upsert_incidents(base, added))
    if data.empty:
        st.info(f"{plain(path)} holds no incidents: add articles in the sidebar.")
        return None
    return data


# --------------------------------------------------------------------------- widgets


def sidebar_add(enabled: bool = True) -> None:
    with st.sidebar.expander("Add articles", expanded=False):
        if not enabled:
            st.caption(f"Adding articles here works on datasets of up to {LOAD_WHOLE_UP_TO:,} incidents; add to "
                       "this one with `eventmap ingest ... --out` and reload.")
            return
        with st.form("add", clear_on_submit=True):
            files = st.file_uploader(
                f"Upload articles (.txt .md .json .html; up to {MAX_UPLOAD_FILES} files, "
                f"{MAX_UPLOAD_BYTES // 2**20} MB each, {MAX_UPLOAD_TOTAL_BYTES // 2**20} MB in all)",
                # type=None: add_articles checks each file's type itself and says which it refused and why
                # (with a type list, Streamlit stops the whole page on a file of another type).
                type=None, accept_multiple_files=True, key="uploads")
            pasted = st.text_area("…or paste an article (title on the first line)", key="pasted",
                                  max_chars=MAX_PASTED_CHARS, height=120)
            if st.form_submit_button("Add to the map"):
                add_articles(list(files or []), pasted or "")
        report = st.session_state.get("add_report")
        if report:
            n_articles, n_incidents, errors = report
            if n_articles:
                st.success(f"{n_incidents} incidents from {n_articles} article(s) added to this session.")
            for error in errors:
                st.warning(plain(error))


def sidebar_filters(axis: TimeAxis, countries_present: list[str]) -> tuple[Filters, str]:
    if st.session_state.get("_axis") != (axis.start, axis.end, axis.step):
        st.session_state["_axis"] = (axis.start, axis.end, axis.step)
        st.session_state["window"] = (axis.start, axis.end)
    sb = st.sidebar
    sb.header("Filters")
    lo, hi = sb.slider(f"Time window (local time, {axis.label})", min_value=axis.start, max_value=axis.end,
                       step=axis.step, format="YYYY-MM-DD HH:mm", key="window")
    types = sb.multiselect("Event types", list(EVENT_TYPES), default=list(EVENT_TYPES), key="types")
    precisions = sb.multiselect("Geo precision", list(GEO_PRECISIONS), default=list(GEO_PRECISIONS),
                                key="precisions")
    min_fatalities = sb.number_input("Minimum fatalities", min_value=0, value=0, step=1, key="min_fatalities")
    countries = sb.multiselect("Countries", countries_present, placeholder="all countries", key="countries")
    search = sb.text_input("Search sentences, titles, places, actors", key="search")
    f = Filters(start=lo, end=hi, types=tuple(types), precisions=tuple(precisions),
                min_fatalities=int(min_fatalities), countries=tuple(countries) or None, search=search)
    window = f"{lo:%Y-%m-%d %H:%M} – {hi:%Y-%m-%d %H:%M} {axis.label}"
    return f, window


def sidebar_map_options() -> dict:
    sb = st.sidebar
    sb.header("Map")
    heat = sb.checkbox("Heat map layer", key="heat")
    cluster = sb.radio("Cluster markers", list(CLUSTERING), key="cluster", horizontal=True)
    basemap = sb.radio("Basemap", list(BASEMAPS), key="basemap",
                       help="Country outlines always lie under the tiles and show wherever tiles cannot load.")
    return {"tiles": BASEMAPS[basemap], "heat": heat, "cluster": CLUSTERING[cluster]}


def static_url() -> str:
    """Where Streamlit serves ``static/`` (``/app/static``, under ``server.baseUrlPath`` if one is set)."""
    base = (st.get_option("server.baseUrlPath") or "").strip("/")
    return f"/{base}{assets.APP_STATIC_URL}" if base else assets.APP_STATIC_URL


def show_map(shown: gpd.GeoDataFrame, options: dict, bins: pd.DataFrame | None = None,
             track_view: bool = False) -> None:
    """The map of ``shown`` (or of grid ``bins``); ``track_view`` makes the map report its view (big datasets)."""
    absent = assets.missing()
    if absent:
        st.error("The map's JavaScript is not installed (run `make assets`); missing: " + ", ".join(absent))
        return
    if not st.get_option("server.enableStaticServing"):
        st.warning("Static file serving is off, so the map cannot load its JavaScript: start the app from the "
                   "project folder (`make run`), or add `--server.enableStaticServing true`.")
    # validate=False: the data were validated when read (read_incidents) or added (add_articles).
    view = _map_view() if track_view else None
    m = build_map(shown, assets="served", static_url=static_url(), validate=False, bins=bins, view=view, **options)
    # Small datasets: panning and zooming stay in the browser. Big ones: the view comes back, to query what is in it.
    st_folium(m, height=560, use_container_width=True, returned_objects=["bounds", "zoom", "center"] if track_view
              else [], key="map")


def _map_view() -> tuple[tuple[float, float], int] | None:
    """The centre and zoom the map last reported (big datasets), None before it has."""
    state = st.session_state.get("map") or {}
    try:
        centre, zoom = state["center"], state["zoom"]
        return (float(centre["lat"]), float(centre["lng"])), int(zoom)
    except (KeyError, TypeError, ValueError):
        return None


def show_timeline(data: gpd.GeoDataFrame, f: Filters) -> None:
    """Incidents per hour/day (all times, the other filters applied), the chosen window shaded."""
    others = apply_filters(data, dataclasses.replace(f, start=None, end=None))
    axis = time_axis(data)
    draw_timeline(timeline_counts(others, axis), axis, f)


def draw_timeline(counts: pd.DataFrame, axis: TimeAxis, f: Filters) -> None:
    """The timeline chart of ``counts`` (``bin``, ``event_type``, ``count``)."""
    if counts.empty:
        return
    unit = "hour" if axis.step.total_seconds() <= 3600 else "day"
    domain, colours = type_colours(t for t in EVENT_TYPES if t in set(counts["event_type"]))
    x = alt.X("bin:T", title=f"local time ({axis.label}), per {unit}",
              scale=alt.Scale(domain=[axis.start.replace(tzinfo=None).isoformat(),
                                      axis.end.replace(tzinfo=None).isoformat()]))
    order = {t: i for i, t in enumerate(EVENT_TYPES)}
    counts = counts.sort_values(["bin", "event_type"], key=lambda c: c.map(order) if c.name == "event_type" else c)
    counts["top"] = counts.groupby("bin")["count"].cumsum()  # stacked here, drawn as ranges
    counts["base"] = counts["top"] - counts["count"]
    counts["bin_end"] = counts["bin"] + axis.step
    bars = alt.Chart(counts).mark_bar().encode(
        x=x, x2="bin_end:T", y=alt.Y("top:Q", title="incidents"), y2="base:Q",
        color=alt.Color("event_type:N", scale=alt.Scale(domain=domain, range=colours), title=None),
        tooltip=[alt.Tooltip("bin:T", title="from", format="%Y-%m-%d %H:%M"), "event_type:N", "count:Q"],
    )
    window = pd.DataFrame({"start": [f.start.replace(tzinfo=None)], "end": [f.end.replace(tzinfo=None)]})
    shade = alt.Chart(window).mark_rect(opacity=0.15, color="#444").encode(x="start:T", x2="end:T")
    st.altair_chart((shade + bars).properties(height=170), width="stretch")


def show_downloads(shown: gpd.GeoDataFrame, options: dict) -> None:
    cols = st.columns(4)
    cols[0].download_button("Map (HTML)", data=functools.partial(map_html, shown, **options),
                            file_name="incidents-map.html", mime="text/html", on_click="ignore", key="dl_html",
                            help="A standalone map that opens in any browser, also without internet")
    for col, (label, suffix, mime) in zip(cols[1:], (("GeoJSON", ".geojson", "application/geo+json"),
                                                     ("CSV", ".csv", "text/csv"),
                                                     ("GeoPackage", ".gpkg", "application/geopackage+sqlite3")),
                                          strict=True):
        col.download_button(label, data=functools.partial(incident_file_bytes, shown, suffix),
                            file_name=f"incidents{suffix}", mime=mime, on_click="ignore", key=f"dl_{suffix[1:]}")


def _reader_labels(shown: gpd.GeoDataFrame) -> dict[str, str]:
    """A readable, unique label per incident shown (time · type · place), in table order, to its incident_id."""
    labels: dict[str, str] = {}
    for row in shown[["incident_id", "start_time", "event_type", "location_name"]].itertuples():
        base = f"{row.start_time[:16].replace('T', ' ')} · {row.event_type} · {row.location_name}"
        label, n = base, 1
        while label in labels:
            n += 1
            label = f"{base} ({n})"
        labels[label] = row.incident_id
    return labels


def _select_from_table() -> None:
    """A table row selected: read that incident's article."""
    rows = st.session_state["table"].selection.rows
    labels = st.session_state.get("_reader_labels", [])
    if rows and rows[0] < len(labels):
        st.session_state["reader"] = labels[rows[0]]


def show_table_and_reader(shown: gpd.GeoDataFrame) -> None:
    table = shown[TABLE_COLUMNS].reset_index(drop=True)
    table["fatalities"] = table["fatalities"].astype("Int64")
    labels = _reader_labels(shown)
    st.session_state["_reader_labels"] = list(labels)
    st.dataframe(table, hide_index=True, width="stretch", height=300, key="table", on_select=_select_from_table,
                 selection_mode="single-row")
    if st.session_state.get("reader") not in labels:
        st.session_state["reader"] = None
    chosen = st.selectbox("Read the article of (or select a table row)", list(labels), index=None,
                          placeholder="choose an incident", key="reader")
    if chosen is not None:
        show_article(shown.loc[shown["incident_id"] == labels[chosen]].iloc[0])


def find_article(article_id: str, article_path: str) -> Article | None:
    """The article with ``article_id``: added this session, else at its recorded path, else under the folders.

    A file is only shown when its text still hashes to ``article_id`` (an edited or foreign file is not).
    """
    article = st.session_state.get("articles", {}).get(article_id)
    if article is not None:
        return article
    path = Path(article_path) if article_path else None
    if path is not None and path.suffix.lower() in SUFFIXES and path.is_file():
        try:
            article = read_article(path)
        except EventMapError:
            article = None
        if article is not None and article.article_id == article_id:
            return article
    folders = article_folders()
    stamp = tuple(Path(f).stat().st_mtime if Path(f).exists() else 0.0 for f in folders)
    return library(folders, stamp).get(article_id)


def show_article(row: pd.Series) -> None:
    article = find_article(row["article_id"], row.get("article_path", ""))
    st.subheader(plain(row["title"]) if row["title"] else "(untitled)")
    if article is None:
        st.caption("The article's text is not at hand (not under EVENTMAP_ARTICLES); its sentence:")
        sentence = row["sentence"]
        st.html(highlight_html(sentence, [], (0, len(sentence))))
        return
    source = plain(article.source) if article.source else "source unknown"
    st.caption(f"{source} · published {article.published or 'date unknown'} · "
               "highlighted: places (green), times (blue), this incident's sentence (yellow)")
    marks = article_marks(article.text, article.dateline_place)
    st.html(highlight_html(article.text, marks, (int(row["sentence_start"]), int(row["sentence_end"]))))


def big_dataset(path: Path) -> bool:
    """True for a parquet dataset of more than :data:`LOAD_WHOLE_UP_TO` incidents (queried, not loaded)."""
    if st.session_state.get("added") is not None:
        return False
    try:  # dataset_files decides what is a dataset (a .parquet file here)
        return row_count(dataset_files(path)) > LOAD_WHOLE_UP_TO
    except EventMapError:
        return False  # read the usual way, which reports the problem


def main_big(path: Path) -> None:
    """The page for a big dataset: every view is a DuckDB query; many incidents in view are drawn as grid counts."""
    try:
        mtime = max(Path(f).stat().st_mtime for f in dataset_files(path))
        query = incident_query(str(path), mtime)
        ov = overview(str(path), mtime)
    except (EventMapError, OSError) as e:
        st.error(str(e))
        return
    if ov.count == 0 or ov.first_utc is None or ov.last_utc is None:
        st.info(f"{path} holds no incidents.")
        return
    axis = axis_between(ov.first_utc, ov.last_utc, ov.offset)
    f, window = sidebar_filters(axis, list(ov.countries))
    options = sidebar_map_options()
    bounds = Bounds.from_leaflet((st.session_state.get("map") or {}).get("bounds"))
    total = query.count(f)
    in_view = query.count(f, bounds) if bounds is not None else total
    st.caption(f"{total} of {ov.count} incidents match the filters · window {window}")
    if in_view > AGGREGATE_ABOVE:
        bins = query.grid(f, bounds)
        shown = query.incidents(f, limit=0)
        st.caption(f"{in_view:,} incidents in the map's view, more than the {AGGREGATE_ABOVE:,} a browser draws "
                   f"well: shown as counts in {len(bins):,} grid cells. Zoom in or narrow the filters to see each.")
    else:
        bins = None
        shown = query.incidents(f, bounds)
        st.caption(f"{in_view:,} incidents in the map's view, each drawn.")
    show_map(shown, options, bins=bins, track_view=True)
    draw_timeline(query.timeline(dataclasses.replace(f, start=None, end=None), axis.start, axis.step), axis, f)
    if bins is None:
        show_downloads(shown, options)
    else:
        st.caption(f"Downloads: for at most {AGGREGATE_ABOVE:,} incidents in view (zoom in or filter).")
    st.subheader("Incidents")
    pages = max(1, -(-in_view // PAGE_SIZE))
    page = st.number_input(f"Page (of {pages:,}; {PAGE_SIZE} incidents a page, in the map's view, by time)",
                           min_value=1, max_value=pages, value=1, step=1, key="page")
    show_table_and_reader(query.page(f, bounds, int(min(page, pages))))


def main() -> None:
    """Render the page."""
    st.title("event map")
    path = dataset_path()
    big = big_dataset(path)
    sidebar_add(enabled=not big)
    if big:
        main_big(path)
        return
    data = dataset()
    if data is None:
        return
    f, window = sidebar_filters(time_axis(data), sorted(c for c in data["country"].unique() if c))
    options = sidebar_map_options()
    matching = apply_filters(data, f)
    shown = events(matching)  # one row per event that several articles report
    fused = f" (from {len(matching)} reports: some incidents are in several articles)" \
        if len(matching) > len(shown) else ""
    st.caption(f"{len(shown)} of {data['event_id'].nunique()} incidents match the filters{fused} · window {window}")
    show_map(shown, options)
    show_timeline(data, f)
    show_downloads(shown, options)
    st.subheader("Incidents")
    show_table_and_reader(shown)


main()

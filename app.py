"""event map: the Streamlit dashboard (a first version: the map and a time window)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import geopandas as gpd
import streamlit as st
from streamlit_folium import st_folium

from mapping._errors import EventMapError
from mapping.maps import build_map
from mapping.settings import Settings
from mapping.store import filter_incidents, read_incidents

st.set_page_config(page_title="event map", layout="wide")


@st.cache_data(show_spinner="Loading incidents…")
def load(path: str, mtime: float) -> gpd.GeoDataFrame:
    """The incident table at ``path`` (``mtime`` makes a changed file load anew)."""
    return read_incidents(Path(path))


def dataset_path() -> Path:
    """The incident file to show: ``EVENTMAP_INCIDENTS`` or ``data/incidents.parquet``."""
    return Path(os.environ.get("EVENTMAP_INCIDENTS") or Settings.from_env().data_dir / "incidents.parquet")


def main() -> None:
    """Render the page."""
    st.title("event map")
    path = dataset_path()
    if not path.exists():
        st.info(f"No incidents yet: run `make run` or `eventmap ingest seeds --out {path}`.")
        return
    try:
        gdf = load(str(path), path.stat().st_mtime)
    except EventMapError as e:
        st.error(str(e))
        return
    if gdf.empty:
        st.info(f"{path} holds no incidents.")
        return

    lo = gdf["start_utc"].min().to_pydatetime()
    hi = gdf["end_utc"].max().to_pydatetime()
    if hi <= lo:
        hi = lo + timedelta(hours=1)
    with st.sidebar:
        st.header("Filters")
        window: tuple[datetime, datetime] = st.slider(
            "Time window (UTC)", min_value=lo, max_value=hi, value=(lo, hi), step=timedelta(hours=1),
            format="YYYY-MM-DD HH:mm", key="window")
        types = st.multiselect("Event types", sorted(gdf["event_type"].unique()),
                               default=sorted(gdf["event_type"].unique()), key="types")
    shown = filter_incidents(gdf, start=window[0], end=window[1], types=types)
    st.caption(f"{len(shown)} of {len(gdf)} incidents in the window")
    st_folium(build_map(shown), height=560, use_container_width=True, returned_objects=[], key="map")
    st.dataframe(
        shown[["start_time", "event_type", "sub_event_type", "location_name", "geo_precision", "fatalities",
               "sentence", "title"]],
        hide_index=True, width="stretch")


main()

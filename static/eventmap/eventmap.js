/* event map: incidents on a Leaflet map (markers, clusters, heat, uncertainty circles),
 * playback of the time window, and a country-outline basemap for when tiles cannot load.
 *
 * mapping/maps.py writes the data into the page as <script type="application/json" id=...>
 * and one call per map:  EventMap.render(map, id). The payload (see mapping.maps.incident_payload):
 *   lat, lon, colour, radius, uncertainty (metres, 0 = none), start, end (ms since epoch, UTC),
 *   offset (minutes east of UTC of the local time), weight (heat), deaths (number or null),
 *   sentence (escaped HTML), and type, sub, place, geo, tprec, deaths_text, actors, title,
 *   source: indices into strings (escaped HTML, strings[0] = ""); sources (articles reporting the
 *   event) and reports (escaped HTML: the other articles' titles); one item per event;
 *   options: {cluster, heat, uncertainty, tiles_name},
 *   fit: null | {bounds: [[south, west], [north, east]], paddingTopLeft, paddingBottomRight, maxZoom},
 *   playback: null | {start, end, step (ms), offset_minutes, offset_label, day (bool), interval (ms)}
 *   bins: null | {lat, lon, count, deaths, colour, label (escaped HTML)}: grid cells standing for the
 *         incidents when too many are in view (mapping.maps.bins_payload), drawn as numbered circles.
 * Every string was HTML-escaped in Python; popups and tooltips only join those strings and numbers.
 */
(function () {
  "use strict";

  var OUTLINE_PANE = "eventmapOutlines";

  function addOutlines(map) {
    // Natural Earth country outlines in a pane *below* the tiles: hidden under them when
    // the tiles load, showing through where they do not (no internet) or when none are used.
    var world = window.EVENTMAP_WORLD;
    if (!world || !window.topojson) { return null; }
    var pane = map.createPane(OUTLINE_PANE);
    pane.style.zIndex = 150;
    pane.style.pointerEvents = "none";
    var layer = L.geoJSON(window.topojson.feature(world, world.objects.countries), {
      pane: OUTLINE_PANE,
      interactive: false,
      style: { color: "#8a8f98", weight: 0.8, fillColor: "#f3f0e8", fillOpacity: 1 }
    });
    layer.addTo(map);
    if (map.attributionControl) {
      map.attributionControl.addAttribution("Country outlines: Natural Earth");
    }
    return layer;
  }

  function overlaps(start, end, lo, hi) {
    // Same rule as mapping.store.filter_incidents: [start, end) meets [lo, hi); instants count inside.
    var instant = end <= start;
    return start < hi && (end > lo || (instant && start >= lo));
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function formatTime(ms, offsetMinutes, day) {
    var d = new Date(ms + offsetMinutes * 60000);
    var text = d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate());
    if (!day) { text += " " + pad(d.getUTCHours()) + ":" + pad(d.getUTCMinutes()); }
    return text;
  }

  function offsetLabel(minutes) {
    var m = Math.abs(minutes);
    return "UTC" + (minutes < 0 ? "-" : "+") + pad(Math.floor(m / 60)) + ":" + pad(m % 60);
  }

  function popupHtml(p, i) {
    var s = p.strings;
    var kind = s[p.type[i]] + (p.sub[i] ? " / " + s[p.sub[i]] : "");
    var deaths = p.deaths[i] === null ? "not reported"
      : String(Number(p.deaths[i])) + (p.deaths_text[i] ? " (\u201C" + s[p.deaths_text[i]] + "\u201D)" : "");
    var when = formatTime(p.start[i], p.offset[i], false) + " " + offsetLabel(p.offset[i]);
    return '<div class="eventmap-popup">' +
      "<b>" + kind + "</b><br>" +
      "<b>When:</b> " + when + " (" + s[p.tprec[i]] + ")<br>" +
      "<b>Where:</b> " + s[p.place[i]] + " (" + s[p.geo[i]] + ")<br>" +
      "<b>Fatalities:</b> " + deaths + "<br>" +
      (p.actors[i] ? "<b>Actors:</b> " + s[p.actors[i]] + "<br>" : "") +
      "<blockquote>" + p.sentence[i] + "</blockquote>" +
      "<i>" + s[p.title[i]] + "</i>" + (p.source[i] ? " \u2014 " + s[p.source[i]] : "") +
      (p.sources && p.sources[i] > 1 ? "<br><b>Reported by " + String(Number(p.sources[i])) + " articles;</b> also:<br>" +
        p.reports[i] : "") +
      "</div>";
  }

  function tooltipHtml(p, i) {
    return p.strings[p.type[i]] + " \u2014 " + p.strings[p.place[i]] + ", " + formatTime(p.start[i], p.offset[i], false);
  }

  function Incidents(map, p) {
    var n = p.lat.length;
    var opts = p.options || {};
    this.map = map;
    this.p = p;
    this.markers = new Array(n);
    this.circles = new Array(n);
    for (var i = 0; i < n; i++) {
      var ll = [p.lat[i], p.lon[i]];
      this.markers[i] = L.circleMarker(ll, {
        radius: p.radius[i], color: p.colour[i], weight: 1, fillColor: p.colour[i], fillOpacity: 0.75,
        className: "eventmap-incident"
      }).bindPopup(popupHtml.bind(null, p, i), { maxWidth: 360 }).bindTooltip(tooltipHtml.bind(null, p, i));
      if (p.uncertainty[i] > 0) {
        this.circles[i] = L.circle(ll, {
          radius: p.uncertainty[i], color: p.colour[i], weight: 1, opacity: 0.5, dashArray: "4 4",
          fillColor: p.colour[i], fillOpacity: 0.08, interactive: false, className: "eventmap-uncertainty"
        });
      }
    }
    this.circleLayer = L.featureGroup();
    this.markerLayer = (opts.cluster && L.markerClusterGroup)
      ? L.markerClusterGroup({ chunkedLoading: true, maxClusterRadius: 50, showCoverageOnHover: false })
      : L.featureGroup();
    this.heat = L.heatLayer ? L.heatLayer([], { radius: 22, blur: 18, minOpacity: 0.35, maxZoom: 12 }) : null;
    this.shown = 0;
    this.show(null);
    if (opts.uncertainty) { this.circleLayer.addTo(map); }
    this.markerLayer.addTo(map);
    if (opts.heat && this.heat) { this.heat.addTo(map); }
  }

  Incidents.prototype.show = function (mask) {
    // Show the incidents whose mask entry is true (all when mask is null).
    var p = this.p, markers = [], points = [];
    this.markerLayer.clearLayers();
    this.circleLayer.clearLayers();
    for (var i = 0; i < this.markers.length; i++) {
      if (mask && !mask[i]) { continue; }
      markers.push(this.markers[i]);
      if (this.circles[i]) { this.circleLayer.addLayer(this.circles[i]); }
      points.push([p.lat[i], p.lon[i], p.weight[i]]);
    }
    if (this.markerLayer.addLayers) { this.markerLayer.addLayers(markers); }
    else { for (var k = 0; k < markers.length; k++) { this.markerLayer.addLayer(markers[k]); } }
    if (this.heat) {
      if (this.map.hasLayer(this.heat)) { this.heat.setLatLngs(points); } else { this.heat._latlngs = points; }
    }
    this.shown = markers.length;
    this.map.getContainer().setAttribute("data-eventmap-shown", String(this.shown));
  };

  Incidents.prototype.showWindow = function (lo, hi) {
    var p = this.p, mask = new Array(p.start.length);
    for (var i = 0; i < mask.length; i++) { mask[i] = overlaps(p.start[i], p.end[i], lo, hi); }
    this.show(mask);
  };

  function addBins(map, b) {
    // Grid cells with their counts: a circle growing with the log of the count, the count inside.
    var layer = L.featureGroup();
    var most = 1;
    for (var j = 0; j < b.count.length; j++) { most = Math.max(most, b.count[j]); }
    for (var i = 0; i < b.count.length; i++) {
      var size = Math.round(18 + 26 * Math.log(1 + b.count[i]) / Math.log(1 + most));
      var text = b.count[i] >= 10000 ? Math.round(b.count[i] / 1000) + "k" : String(b.count[i]);
      var icon = L.divIcon({
        className: "eventmap-bin", iconSize: [size, size],
        html: '<div style="background:' + b.colour[i] + ';width:' + size + 'px;height:' + size + 'px;line-height:' +
          size + 'px">' + text + "</div>"
      });
      L.marker([b.lat[i], b.lon[i]], { icon: icon, keyboard: false }).bindTooltip(b.label[i]).addTo(layer);
    }
    layer.addTo(map);
    map.getContainer().setAttribute("data-eventmap-bins", String(b.count.length));
    return layer;
  }

  function addLayerControl(map, incidents, outlines, tilesName) {
    var base = {}, tiles = [];
    map.eachLayer(function (layer) { if (layer instanceof L.TileLayer) { tiles.push(layer); } });
    if (tiles.length && outlines) {
      base[tilesName || "Map tiles"] = tiles[0];
      base["Country outlines only (offline)"] = L.layerGroup();
    }
    var overlays = { "Incidents": incidents.markerLayer, "Uncertainty circles": incidents.circleLayer };
    if (incidents.heat) { overlays["Heat map"] = incidents.heat; }
    return L.control.layers(base, overlays, { collapsed: true, position: "topright" }).addTo(map);
  }

  function addPlayback(map, incidents, pb) {
    var steps = Math.max(1, Math.ceil((pb.end - pb.start) / pb.step));
    var control = L.control({ position: "bottomleft" });
    var state = { k: 0, timer: null };
    control.onAdd = function () {
      var div = L.DomUtil.create("div", "eventmap-playback leaflet-bar");
      var play = L.DomUtil.create("button", "eventmap-play", div);
      var slider = L.DomUtil.create("input", "eventmap-slider", div);
      var label = L.DomUtil.create("span", "eventmap-time", div);
      var all = L.DomUtil.create("button", "eventmap-all", div);
      play.type = all.type = "button";
      play.textContent = "\u25B6";
      play.title = "Play the incidents through time";
      all.textContent = "all";
      all.title = "Show every incident again";
      slider.type = "range";
      slider.min = "0";
      slider.max = String(steps - 1);
      slider.step = "1";
      slider.value = "0";
      slider.title = "Move through time (one " + (pb.day ? "day" : "hour") + " at a time)";
      label.textContent = "all times";
      function at(k) {
        state.k = k;
        slider.value = String(k);
        var lo = pb.start + k * pb.step, hi = lo + pb.step;
        incidents.showWindow(lo, hi);
        label.textContent = formatTime(lo, pb.offset_minutes, pb.day) + " \u2013 " +
          formatTime(hi, pb.offset_minutes, pb.day) + " " + pb.offset_label + " (" + incidents.shown + ")";
      }
      function stop() {
        if (state.timer) { clearInterval(state.timer); state.timer = null; }
        play.textContent = "\u25B6";
      }
      L.DomEvent.on(play, "click", function () {
        if (state.timer) { stop(); return; }
        play.textContent = "\u23F8";
        at(state.k >= steps - 1 ? 0 : state.k);
        state.timer = setInterval(function () {
          if (state.k >= steps - 1) { stop(); return; }
          at(state.k + 1);
        }, pb.interval || 800);
      });
      L.DomEvent.on(slider, "input change", function () { stop(); at(parseInt(slider.value, 10)); });
      L.DomEvent.on(all, "click", function () { stop(); incidents.show(null); label.textContent = "all times"; });
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    };
    return control.addTo(map);
  }

  window.EventMap = {
    render: function (map, dataId) {
      var payload = JSON.parse(document.getElementById(dataId).textContent);
      map.getContainer().classList.add("eventmap-map");
      var hasTiles = false;
      map.eachLayer(function (layer) { if (layer instanceof L.TileLayer) { hasTiles = true; } });
      if (!hasTiles && map.options.maxZoom === undefined) { map.setMaxZoom(19); }  // clustering needs one
      if (payload.fit) {
        map.fitBounds(payload.fit.bounds, {
          paddingTopLeft: payload.fit.paddingTopLeft, paddingBottomRight: payload.fit.paddingBottomRight,
          maxZoom: payload.fit.maxZoom, animate: false
        });
      }
      var outlines = addOutlines(map);
      var incidents = new Incidents(map, payload);
      var opts = payload.options || {};
      addLayerControl(map, incidents, outlines, opts.tiles_name);
      if (payload.playback) { addPlayback(map, incidents, payload.playback); }
      if (payload.bins) { incidents.bins = addBins(map, payload.bins); }
      map.eventmap = incidents;
      return incidents;
    },
    formatTime: formatTime,
    popupHtml: popupHtml
  };
})();

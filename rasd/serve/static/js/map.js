// The map: an offline basemap of country borders (world-atlas, Natural Earth 1:50m),
// event markers coloured by type and sized by fatalities, clustered where dense,
// and routes drawn as lines with an arrowhead on every leg.

import { el } from "./dom.js";
import { number, t, typeLabel } from "./i18n.js";

export const TYPE_COLOURS = {
  "Battles": "#c62828",
  "Explosions/Remote violence": "#ef6c00",
  "Violence against civilians": "#6a1b9a",
  "Protests": "#2e7d32",
  "Riots": "#795548",
  "Strategic developments": "#1565c0",
};
export const OTHER_COLOUR = "#616161";
const ROUTE_COLOUR = "#00838f";
// past this zoom a cluster is one spot (or nearly): a click lists its events instead of zooming in
const CLUSTER_MAX_ZOOM = 12;
const EMPTY = { type: "FeatureCollection", features: [] };

export function webglAvailable() {
  try {
    const canvas = document.createElement("canvas");
    return Boolean(canvas.getContext("webgl2") || canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

/** Web Mercator y of a latitude, so arrows follow the lines as MapLibre draws them. */
function mercatorY(lat) {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return (Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180) / Math.PI;
}

/** Compass bearing (degrees clockwise from north) of the leg a -> b on the projected map. */
export function legBearing(a, b) {
  const dx = b[0] - a[0];
  const dy = mercatorY(b[1]) - mercatorY(a[1]);
  return ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
}

/** The server's grid cells as map features: a lone event is a marker, a cell of several a cluster. */
export function cellFeatures(cells) {
  const features = [];
  for (const c of cells) {
    const e = c.event;
    if (e) {
      features.push({
        type: "Feature", id: e.id, geometry: { type: "Point", coordinates: [c.lon, c.lat] },
        properties: { id: e.id, event_type: e.event_type, sub_event_type: e.sub_event_type, fatalities: e.fatalities,
                      event_date: e.event_date, location: e.location, location_en: e.location_en },
      });
    } else {
      features.push({ type: "Feature", geometry: { type: "Point", coordinates: [c.lon, c.lat] },
                      properties: { cluster_id: c.key, point_count: c.n, fatalities: c.fatalities } });
    }
  }
  return { type: "FeatureCollection", features };
}

/** Lines, arrowheads (one per leg, at its middle) and stops of the routes that have two located places. */
export function routeFeatures(movements) {
  const lines = [];
  const arrows = [];
  const stops = [];
  for (const m of movements) {
    const coords = [];
    const names = [];
    for (const p of m.path || []) {
      if (p.lat === null || p.lon === null || p.lat === undefined || p.lon === undefined) continue;
      const last = coords[coords.length - 1];
      if (last && last[0] === p.lon && last[1] === p.lat) continue;
      coords.push([p.lon, p.lat]);
      names.push(p);
    }
    if (coords.length < 2) continue;
    lines.push({ type: "Feature", geometry: { type: "LineString", coordinates: coords },
                 properties: { id: m.id, actor: m.actor } });
    for (let i = 0; i + 1 < coords.length; i++) {
      const [a, b] = [coords[i], coords[i + 1]];
      const mid = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      arrows.push({ type: "Feature", geometry: { type: "Point", coordinates: mid },
                    properties: { id: m.id, leg: i, bearing: legBearing(a, b) } });
    }
    names.forEach((p, i) => stops.push({ type: "Feature", geometry: { type: "Point", coordinates: coords[i] },
                                         properties: { id: m.id, order: i, name: p.name, name_en: p.name_en } }));
  }
  return {
    lines: { type: "FeatureCollection", features: lines },
    arrows: { type: "FeatureCollection", features: arrows },
    stops: { type: "FeatureCollection", features: stops },
  };
}

function arrowImage(size = 32) {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = size;
  const g = canvas.getContext("2d");
  g.fillStyle = ROUTE_COLOUR;
  g.strokeStyle = "#ffffff";
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(size / 2, 2);
  g.lineTo(size - 4, size - 3);
  g.lineTo(size / 2, size * 0.66);
  g.lineTo(4, size - 3);
  g.closePath();
  g.stroke();
  g.fill();
  return g.getImageData(0, 0, size, size);
}

export class EventMap {
  constructor(container, { onEvent, onEventsAt, onCluster, onRoute, onIdle, onView, onError } = {}) {
    this.container = container;
    this.handlers = { onEvent, onEventsAt, onCluster, onRoute, onIdle, onView, onError };
    this.map = null;
    this.clusterLabels = new Map();
    this.cells = new Map();
    this.counts = { events: 0, routes: 0, arrows: 0 };
    this.loaded = false;
    this.pending = { cells: null, movements: null };   // data that came before the map was ready for it
  }

  /** Make the map at once (so that the page can place its view and ask for its data while it loads); the
   * promise resolves when it is ready for data, the borders following in the background. */
  async init(basemapUrl) {
    const maplibregl = window.maplibregl;
    maplibregl.setWorkerUrl("/static/vendor/maplibre-gl-csp-worker.js");
    const basemap = fetch(basemapUrl).then((r) => r.json());
    const map = new maplibregl.Map({
      container: this.container,
      style: {
        version: 8,
        sources: {
          land: { type: "geojson", data: EMPTY },
          borders: { type: "geojson", data: EMPTY },
        },
        layers: [
          { id: "sea", type: "background", paint: { "background-color": "#d7e6f0" } },
          { id: "land", type: "fill", source: "land", paint: { "fill-color": "#f5f2ea", "fill-outline-color": "#b8b0a0" } },
          { id: "borders", type: "line", source: "borders", paint: { "line-color": "#9d9482", "line-width": 0.9 } },
        ],
      },
      center: [15, 25],
      zoom: 3,
      attributionControl: false,
      renderWorldCopies: false,
    });
    this.map = map;
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-left");
    map.addControl(new maplibregl.ScaleControl(), "bottom-left");
    map.addControl(new maplibregl.AttributionControl({ compact: true,
      customAttribution: "Borders: Natural Earth via world-atlas" }), "bottom-right");
    await new Promise((resolve) => map.once("load", resolve));
    this.addLayers();
    this.bindEvents();
    this.loaded = true;
    if (this.pending.cells) this.setCells(this.pending.cells);
    if (this.pending.movements) this.setMovements(this.pending.movements);
    basemap.then((topo) => {
      const topojson = window.topojson;
      map.getSource("land").setData(topojson.feature(topo, topo.objects.countries));
      map.getSource("borders").setData(topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b));
    }).catch((err) => this.handlers.onError?.(err));
    return map;
  }

  addLayers() {
    const map = this.map;
    map.addImage("route-arrow", arrowImage(), { pixelRatio: 2 });
    map.addSource("routes", { type: "geojson", data: EMPTY });
    map.addSource("route-arrows", { type: "geojson", data: EMPTY });
    map.addSource("route-stops", { type: "geojson", data: EMPTY });
    // the server counts the events per grid cell for the view (GET /api/map): no clustering here
    map.addSource("events", { type: "geojson", data: EMPTY });
    map.addLayer({ id: "route-lines", type: "line", source: "routes",
                   layout: { "line-cap": "round", "line-join": "round" },
                   paint: { "line-color": ROUTE_COLOUR, "line-width": 2.5, "line-opacity": 0.85 } });
    map.addLayer({ id: "route-stops", type: "circle", source: "route-stops",
                   paint: { "circle-radius": 3.5, "circle-color": "#ffffff", "circle-stroke-color": ROUTE_COLOUR,
                            "circle-stroke-width": 2 } });
    map.addLayer({ id: "route-arrows", type: "symbol", source: "route-arrows",
                   layout: { "icon-image": "route-arrow", "icon-rotate": ["get", "bearing"],
                             "icon-rotation-alignment": "map", "icon-allow-overlap": true,
                             "icon-ignore-placement": true } });
    const colour = ["match", ["get", "event_type"]];
    for (const [type, c] of Object.entries(TYPE_COLOURS)) colour.push(type, c);
    colour.push(OTHER_COLOUR);
    map.addLayer({ id: "event-clusters", type: "circle", source: "events", filter: ["has", "point_count"],
                   paint: { "circle-color": "#37474f", "circle-opacity": 0.85,
                            "circle-radius": ["step", ["get", "point_count"], 12, 10, 15, 100, 18, 1000, 21, 10000, 24],
                            "circle-stroke-color": "#ffffff", "circle-stroke-width": 2 } });
    map.addLayer({ id: "event-points", type: "circle", source: "events", filter: ["!", ["has", "point_count"]],
                   paint: { "circle-color": colour, "circle-opacity": 0.9,
                            "circle-radius": ["interpolate", ["linear"], ["coalesce", ["get", "fatalities"], 0],
                                              0, 5, 1, 6.5, 10, 10, 50, 15, 200, 22],
                            "circle-stroke-color": "#ffffff", "circle-stroke-width": 1.5 } });
  }

  bindEvents() {
    const map = this.map;
    const maplibregl = window.maplibregl;
    for (const layer of ["event-points", "event-clusters", "route-lines", "route-arrows"]) {
      map.on("mouseenter", layer, () => { map.getCanvas().style.cursor = "pointer"; });
      map.on("mouseleave", layer, () => { map.getCanvas().style.cursor = ""; });
    }
    // one click handler, so that a marker drawn over a route opens the event and not both
    map.on("click", (e) => {
      const near = [[e.point.x - 4, e.point.y - 4], [e.point.x + 4, e.point.y + 4]];
      const hits = (layer, box = e.point) => map.queryRenderedFeatures(box, { layers: [layer] });
      const points = hits("event-points");
      if (points.length) {
        const ids = [...new Set(points.map((f) => f.properties.id))];
        if (ids.length === 1) this.handlers.onEvent?.(ids[0]);
        else this.handlers.onEventsAt?.(ids);
        return;
      }
      const clusters = hits("event-clusters");
      if (clusters.length) {
        this.openCluster(clusters[0]);
        return;
      }
      const routes = [...hits("route-arrows", near), ...hits("route-lines", near)];
      if (routes.length) this.handlers.onRoute?.(routes[0].properties.id);
    });
    const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 10 });
    map.on("mousemove", "event-points", (e) => {
      const p = e.features[0].properties;
      const where = [p.location_en, p.location].filter((x) => x && x !== "null").join(" · ");
      popup.setLngLat(e.lngLat).setDOMContent(el("div", { className: "map-tip" },
        el("strong", {}, typeLabel(p.sub_event_type)), el("br"), where, p.event_date && p.event_date !== "null"
          ? ` (${p.event_date})` : "")).addTo(map);
    });
    map.on("mouseleave", "event-points", () => popup.remove());
    map.on("idle", () => this.handlers.onIdle?.());
    map.on("moveend", () => this.handlers.onView?.());
  }

  /** A cluster's events are listed by the page (a page at a time), with a button to zoom into it. */
  openCluster(feature) {
    const cell = this.cells.get(feature.properties.cluster_id);
    if (cell) this.handlers.onCluster?.(cell);
  }

  /** Zoom to a box [w, s, e, n] (a cluster's events), no further than where a cluster is one spot. */
  zoomTo([w, s, e, n]) {
    if (!this.map) return;
    if (e - w < 1e-6 && n - s < 1e-6) this.map.easeTo({ center: [w, s], zoom: Math.max(this.map.getZoom(), CLUSTER_MAX_ZOOM) });
    else this.map.fitBounds([[w, s], [e, n]], { padding: 60, maxZoom: CLUSTER_MAX_ZOOM });
  }

  /** Cluster sizes as HTML labels (the offline style has no font glyphs for map text), one per cluster cell. */
  updateClusterLabels() {
    for (const marker of this.clusterLabels.values()) marker.remove();
    this.clusterLabels.clear();
    if (!this.map) return;
    for (const cell of this.cells.values()) {
      if (cell.event) continue;
      const label = el("div", { className: "cluster-label" }, number(cell.n));
      label.dataset.count = String(cell.n);
      const marker = new window.maplibregl.Marker({ element: label }).setLngLat([cell.lon, cell.lat]).addTo(this.map);
      this.clusterLabels.set(cell.key, marker);
    }
  }

  /** Draw the server's cells for the view; returns how many events they hold. */
  setCells(cells) {
    if (!this.loaded) {
      this.pending.cells = cells;
      return cells.reduce((sum, c) => sum + c.n, 0);
    }
    const data = cellFeatures(cells);
    this.cells = new Map(cells.map((c) => [c.key, c]));
    this.counts.events = cells.reduce((sum, c) => sum + c.n, 0);
    this.map?.getSource("events")?.setData(data);
    this.updateClusterLabels();
    return this.counts.events;
  }

  /** The view as the API's bbox (min_lon,min_lat,max_lon,max_lat, clamped to the world) and the zoom. */
  view() {
    if (!this.map) return null;
    const b = this.map.getBounds();
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    const box = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
                 clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)];
    return { bbox: box.map((v) => Number(v.toFixed(5))).join(","), zoom: Number(this.map.getZoom().toFixed(2)) };
  }

  setMovements(movements) {
    if (!this.loaded) this.pending.movements = movements;
    const { lines, arrows, stops } = routeFeatures(movements);
    this.counts.routes = lines.features.length;
    this.counts.arrows = arrows.features.length;
    if (this.map && this.loaded) {
      this.map.getSource("routes").setData(lines);
      this.map.getSource("route-arrows").setData(arrows);
      this.map.getSource("route-stops").setData(stops);
    }
    return this.counts;
  }

  /** Fit the map to boxes ([w, s, e, n]: cells' boxes) and to the routes. */
  fitTo(boxes, movements) {
    if (!this.map) return;
    const points = [];
    for (const [w, s, e, n] of boxes) points.push([w, s], [e, n]);
    for (const f of routeFeatures(movements).lines.features) points.push(...f.geometry.coordinates);
    if (!points.length) return;
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    this.map.fitBounds([[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]],
                       { padding: 50, maxZoom: 7, duration: 0 });
  }

  flyTo(lon, lat) {
    this.map?.easeTo({ center: [lon, lat], zoom: Math.max(this.map.getZoom(), 6) });
  }

  /** What is drawn right now (for the status line and the browser test). */
  rendered() {
    const map = this.map;
    if (!map) return null;
    const query = (layer) => map.queryRenderedFeatures({ layers: [layer] });
    const pointIds = new Set(query("event-points").map((f) => f.properties.id));
    const clusters = new Map();
    for (const f of query("event-clusters")) clusters.set(f.properties.cluster_id, f.properties.point_count);
    const routeIds = new Set(query("route-lines").map((f) => f.properties.id));
    const arrows = new Set(query("route-arrows").map((f) => `${f.properties.id}:${f.properties.leg}`));
    return {
      points: pointIds.size,
      clusters: clusters.size,
      clustered: [...clusters.values()].reduce((a, b) => a + b, 0),
      routes: routeIds.size,
      arrows: arrows.size,
      clusterLabels: this.clusterLabels.size,
      zoom: map.getZoom(),
    };
  }

  legend() {
    return el("div", { className: "legend" },
      Object.entries(TYPE_COLOURS).map(([type, colour]) => el("div", { className: "legend-row" },
        el("span", { className: "swatch", style: `background:${colour}` }), typeLabel(type))),
      el("div", { className: "legend-row" }, el("span", { className: "swatch cluster" }), t("clusters")),
      el("div", { className: "legend-row" }, el("span", { className: "swatch route" }), t("legendRoutes")),
      el("div", { className: "legend-row small" }, t("size")));
  }
}

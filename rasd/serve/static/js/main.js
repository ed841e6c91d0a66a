// The analyst's workspace: wires the filters, the map, the timeline and the side
// panel to the API.  `window.rasd` exposes the state and a few actions, for the
// browser test and for anyone scripting the page from the console.

import { filterParams, get, query } from "./api.js";
import { clear, el } from "./dom.js";
import { countryName, number, setLanguage, t, typeLabel } from "./i18n.js";
import { EventMap, routeFeatures, webglAvailable } from "./map.js";
import * as panel from "./panel.js";
import { Timeline, autoInterval, periodOf } from "./timeline.js";

const PAGE_SIZE = 500;          // the API's largest page
const LIST_PAGE = 50;           // events listed at a time for a cluster or outside the timeline
const ROUTES_DRAWN = 200;       // routes drawn at once; the rest are listed
const SEARCH_DELAY_MS = 300;
const VIEW_DELAY_MS = 150;      // after the map stops moving, before its cells are asked for
const FEW_EVENTS = 200;         // under this many located events the start view shows their routes too
const NO_FILTER = { type: "", actor: "", country: "", place: "", q: "", date_from: "", date_to: "", outlet: "",
                    min_sources: 1, fatal: false, named_actor: false };

const state = {
  lang: "en",
  filter: { ...NO_FILTER },
  interval: "auto",     // chosen: auto, day, week, month
  axisInterval: "month", // what the timeline draws
  total: 0,
  cells: [],            // the server's grid cells for the view (GET /api/map)
  eventsOnMap: 0,       // located events in the view: the sum of the cells' counts
  view: null,           // { bbox, zoom } the cells are for
  movements: [],        // the routes drawn (at most ROUTES_DRAWN)
  routesTotal: 0,       // routes in the view and period
  routesOnMap: 0,
  arrowsOnMap: 0,
  timeline: [],
  range: null,          // GET /api/timeline/range: the axis, the events outside it, the undated
  undated: 0,
  shares: null,
  selectedEvent: null,
  openedEvent: null,
  tab: "event",
  loading: 0,
  revision: 0,        // completed refreshes, so a caller can wait for the next one
  generation: 0,      // started refreshes; a stale response is dropped
  viewGeneration: 0,  // started loads of the map's cells; a stale one is dropped
  mapIdle: false,
  webgl: true,
  ready: false,
  errors: [],
};

const $ = (id) => document.getElementById(id);
const names = { actors: new Map(), places: new Map() };
const articles = new Map();
let eventMap = null;
let timeline = null;

// --- data -----------------------------------------------------------------------------------

function article(id) {
  if (!articles.has(id)) {
    const pending = get(`articles/${encodeURIComponent(id)}`);
    pending.catch(() => articles.delete(id));
    articles.set(id, pending);
  }
  return articles.get(id);
}

/** The map's cells for the view (or the whole world at zoom 0 before the map has a view). */
function loadCells(view = state.view, zoom = 0) {
  const where = view || { bbox: "", zoom };
  return get("map", { ...filterParams(state.filter), bbox: where.bbox, zoom: where.zoom });
}

function routeParams(view = state.view) {
  return { bbox: view?.bbox, date_from: state.filter.date_from, date_to: state.filter.date_to,
           actor: state.filter.actor, limit: ROUTES_DRAWN };
}

/** The timeline's axis (where the filter's events lie) and its bars: the events per first day on it, per
 * day, week or month.  An event that began before the axis (a year, on an axis of two months) is counted
 * beside it, not on it. */
async function loadTimeline() {
  const range = await get("timeline/range", filterParams(state.filter, { withDates: false }));
  if (!range.axis_from) return { range, interval: "month", bins: [] };
  const interval = state.interval === "auto" ? autoInterval(range.axis_from, range.axis_to) : state.interval;
  const counts = new Map();
  for (const d of range.days) {
    const period = periodOf(d.day, interval);
    counts.set(period, (counts.get(period) || 0) + d.events);
  }
  return { range, interval, bins: [...counts].map(([period, events]) => ({ period, events })) };
}

function applyCells(answer) {
  state.cells = answer.cells;
  state.eventsOnMap = answer.located;
  if (eventMap) {
    state.mapIdle = false;
    eventMap.setCells(answer.cells);
  }
}

function applyRoutes(page) {
  state.movements = page.items;
  state.routesTotal = page.total;
  const routes = routeFeatures(page.items);
  state.routesOnMap = routes.lines.features.length;
  state.arrowsOnMap = routes.arrows.features.length;
  if (eventMap) {
    state.mapIdle = false;
    eventMap.setMovements(page.items);
  }
  if (state.tab === "routes") renderRoutesTab();
}

/** The filter changed: its totals, shares and timeline, and (with `view`) the map's cells and routes. */
async function refresh({ view = true } = {}) {
  const generation = ++state.generation;
  state.loading += 1;
  renderStatus();
  try {
    const params = filterParams(state.filter);
    const viewGeneration = view ? ++state.viewGeneration : null;
    const [shares, timelineAnswer, cells, routes] = await Promise.all([
      get("filters/shares", params), loadTimeline(),
      view ? loadCells() : null, view ? get("routes", routeParams()) : null,
    ]);
    if (generation !== state.generation) return;
    state.shares = shares;
    state.total = shares.total;
    if (view && viewGeneration === state.viewGeneration) {   // else the map moved meanwhile: its load is newer
      applyCells(cells);
      applyRoutes(routes);
    }
    state.range = timelineAnswer.range;
    state.timeline = timelineAnswer.bins;
    state.axisInterval = timelineAnswer.interval;
    state.undated = timelineAnswer.range.undated;
    renderTimeline();
    renderChips();
    renderShares();
    updateDownloads();
    state.revision += 1;
  } catch (err) {
    showError(err);
  } finally {
    state.loading -= 1;
    renderStatus();
  }
}

/** The map moved: its cells and routes for the new view (the filter's totals and timeline stay). */
async function refreshView() {
  const view = eventMap ? eventMap.view() : null;
  if (view && state.view && view.bbox === state.view.bbox && view.zoom === state.view.zoom) return;
  state.view = view;
  const generation = ++state.viewGeneration;
  state.loading += 1;
  renderStatus();
  try {
    const [cells, routes] = await Promise.all([loadCells(view), get("routes", routeParams(view))]);
    if (generation !== state.viewGeneration) return;
    applyCells(cells);
    applyRoutes(routes);
    state.revision += 1;
  } catch (err) {
    showError(err);
  } finally {
    state.loading -= 1;
    renderStatus();
  }
}

async function loadFilterChoices() {
  const [summary, actors, places] = await Promise.all([
    get("summary"), get("actors", { limit: PAGE_SIZE }), get("places", { limit: PAGE_SIZE }),
  ]);
  state.summary = summary;
  state.actorChoices = actors.items.filter((a) => a.events > 0).sort((a, b) => b.events - a.events);
  for (const a of actors.items) names.actors.set(a.id, a);
  for (const p of places.items) names.places.set(p.id, p);
  renderFilterChoices();
}

// --- actions ------------------------------------------------------------------------------------

function setFilter(changes) {
  Object.assign(state.filter, changes);
  syncControls();
  const done = refresh();
  if (state.tab === "claims" && "actor" in changes) openTab("claims");
  return done;
}

async function openEvent(id) {
  state.selectedEvent = id;
  openTab("event");
  const view = $("view-event");
  clear(view).append(el("p", { className: "hint" }, t("loading")));
  history.replaceState(null, "", `#event=${encodeURIComponent(id)}`);
  try {
    const detail = await get(`events/${encodeURIComponent(id)}`);
    if (state.selectedEvent !== id) return;
    await panel.renderEvent(view, detail, ctx);
    state.openedEvent = id;
  } catch (err) {
    clear(view).append(el("p", { className: "error" }, `${t("error")}: ${err.message}`));
  }
}

async function showEventsAt(ids) {
  openTab("event");
  state.selectedEvent = null;
  const known = new Map(state.cells.filter((c) => c.event).map((c) => [c.event.id, c.event]));
  panel.renderEventList($("view-event"), ids.map((id) => known.get(id)).filter(Boolean), ctx);
}

/** List, a page at a time, the events of a filter: a cluster's (its box) or those outside the timeline. */
async function listEvents(title, params, offset = 0, zoomBox = null) {
  openTab("event");
  state.selectedEvent = null;
  const view = $("view-event");
  if (!offset) clear(view).append(el("p", { className: "hint" }, t("loading")));
  try {
    const page = await get("events", { ...params, limit: LIST_PAGE, offset, sort: "-date" });
    panel.renderEventPage(view, title, page, ctx, {
      more: page.next_offset !== null ? () => listEvents(title, params, page.next_offset, zoomBox) : null,
      zoom: zoomBox && eventMap ? () => eventMap.zoomTo(zoomBox) : null,
    });
    state.listed = { total: page.total, shown: view.querySelectorAll(".event-row").length };
  } catch (err) {
    showError(err);
  }
}

function openCluster(cell) {
  return listEvents(t("eventsHere"), { ...filterParams(state.filter), bbox: cell.bbox.join(",") }, 0, cell.bbox);
}

function dayShift(day, days) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The events before (side -1) or after (side 1) the timeline's axis, for the current filter. */
function listOutside(side) {
  const r = state.range;
  if (!r?.axis_from) return null;
  const params = filterParams(state.filter, { withDates: false });
  if (side < 0) params.date_to = dayShift(r.axis_from, -1);
  else params.date_from = dayShift(r.axis_to, 1);
  return listEvents(side < 0 ? t("beforeAxis") : t("afterAxis"), params);
}

async function openRoute(id) {
  const movement = state.movements.find((m) => m.id === id) || state.routeList?.items.find((m) => m.id === id);
  if (!movement) return;
  openTab("event");
  state.selectedEvent = null;
  await panel.renderRoute($("view-event"), movement, ctx);
}

async function openArticle(id, focus = null) {
  openTab("articles", { render: false });
  const view = $("view-articles");
  clear(view).append(el("p", { className: "hint" }, t("loading")));
  history.replaceState(null, "", `#article=${encodeURIComponent(id)}`);
  try {
    panel.renderArticle(view, await article(id), ctx, focus);
    state.openedArticle = id;
  } catch (err) {
    clear(view).append(el("p", { className: "error" }, `${t("error")}: ${err.message}`));
  }
}

async function openTab(name, { render = true } = {}) {
  state.tab = name;
  for (const button of document.querySelectorAll("[data-tab]")) {
    const on = button.dataset.tab === name;
    button.classList.toggle("active", on);
    button.setAttribute("aria-selected", String(on));
  }
  for (const view of document.querySelectorAll(".view")) view.hidden = view.id !== `view-${name}`;
  if (!render) return;
  try {
    if (name === "claims") {
      const groups = await get("claims", { actor: state.filter.actor, limit: PAGE_SIZE });
      panel.renderClaims($("view-claims"), groups.items, ctx);
    } else if (name === "entities") {
      const [actors, places] = await Promise.all([get("actors", { limit: PAGE_SIZE }), get("places", { limit: PAGE_SIZE })]);
      panel.renderEntities($("view-entities"), actors.items, places.items, ctx);
    } else if (name === "articles") {
      panel.renderArticleList($("view-articles"), (await get("articles", { limit: PAGE_SIZE })).items, ctx);
    } else if (name === "routes") {
      await renderRoutesTab();
    }
  } catch (err) {
    showError(err);
  }
}

/** The routes tab: every route in the view and period, ranked, a page at a time; the first are drawn. */
async function renderRoutesTab(offset = 0) {
  const params = { ...routeParams(), limit: LIST_PAGE, offset };
  const page = await get("routes", params);
  state.routeList = page;
  panel.renderRouteList($("view-routes"), page, ctx, {
    drawn: state.routesOnMap,
    more: offset + LIST_PAGE < page.total ? () => renderRoutesTab(offset + LIST_PAGE) : null,
    back: offset ? () => renderRoutesTab(Math.max(0, offset - LIST_PAGE)) : null,
  });
}

const ctx = {
  article,
  openRoute,
  setFilter,
  openEvent,
  openArticle,
  openTab,
  currentEvent: () => state.selectedEvent,
  flyTo: (lon, lat) => eventMap?.flyTo(lon, lat),
};

// --- rendering ------------------------------------------------------------------------------------

function renderStatus() {
  const status = $("status");
  if (state.loading) {
    status.textContent = t("loading");
    return;
  }
  const parts = [`${number(state.total)} ${t("events")}`, `${number(state.eventsOnMap)} ${t("onMap")}`,
                 `${number(state.routesOnMap)} ${t("routes")}`];
  if (state.routesTotal > state.routesOnMap) parts.push(`${number(state.routesTotal - state.routesOnMap)} ${t("routesListed")}`);
  status.textContent = parts.join(" · ");
}

function renderFilterChoices() {
  const typeSelect = $("filter-type");
  const types = new Map();
  for (const row of state.summary?.event_types || []) types.set(row.event_type, (types.get(row.event_type) || 0) + row.events);
  replaceOptions(typeSelect, t("allTypes"), [...types].map(([type, n]) => [type, `${typeLabel(type)} (${number(n)})`]));
  replaceOptions($("filter-country"), t("allCountries"),
    (state.summary?.countries || []).map((c) => [c.country, `${countryName(c.country)} (${number(c.events)})`]));
  replaceOptions($("filter-actor"), t("allActors"),
    (state.actorChoices || []).map((a) => [a.id, `${a.canonical ? `${a.canonical} — ` : ""}${a.name} (${number(a.events)})`]));
  replaceOptions($("filter-outlet"), t("allOutlets"),
    (state.summary?.outlets || []).map((o) => [o.outlet, `${o.outlet} (${number(o.articles)} ${t("articles")})`]));
  const sources = $("filter-sources");
  clear(sources);
  for (const n of [1, 2, 3, 5]) sources.append(el("option", { value: String(n) }, n === 1 ? t("anySources") : `≥ ${n} ${t("sourcesShort")}`));
  syncControls();
}

function replaceOptions(select, allLabel, entries) {
  clear(select).append(el("option", { value: "" }, allLabel));
  for (const [value, label] of entries) select.append(el("option", { value }, label));
}

function syncControls() {
  $("filter-sources").value = String(state.filter.min_sources || 1);
  $("filter-fatal").checked = Boolean(state.filter.fatal);
  $("filter-named").checked = Boolean(state.filter.named_actor);
  for (const [id, key] of [["filter-type", "type"], ["filter-actor", "actor"], ["filter-country", "country"],
                           ["filter-outlet", "outlet"]]) {
    const select = $(id);
    const value = state.filter[key] || "";
    if (value && ![...select.options].some((o) => o.value === value)) select.append(el("option", { value }, value));
    select.value = value;
  }
  if (document.activeElement !== $("search")) $("search").value = state.filter.q || "";
}

function renderChips() {
  const chips = clear($("chips"));
  const chip = (label, changes) => chips.append(el("span", { className: "chip" }, label,
    el("button", { type: "button", title: t("remove"), attrs: { "aria-label": t("remove") },
                   on: { click: () => setFilter(changes) } }, "×")));
  if (state.filter.place) {
    const p = names.places.get(state.filter.place);
    chip(`${t("place")}: ${p ? p.name_en || p.name : state.filter.place}`, { place: "" });
  }
  if (state.filter.date_from || state.filter.date_to) {
    chip(`${state.filter.date_from || "…"} → ${state.filter.date_to || "…"}`, { date_from: "", date_to: "" });
  }
  $("clear-brush").hidden = !(state.filter.date_from || state.filter.date_to);
}

function renderTimeline() {
  const r = state.range;
  const axis = r?.axis_from ? { from: r.axis_from, to: r.axis_to } : null;
  timeline.render(state.timeline, state.axisInterval, { from: state.filter.date_from, to: state.filter.date_to }, axis);
  $("undated").textContent = state.undated ? `${number(state.undated)} ${t("undated")}` : "";
  const outside = clear($("outside"));
  if (axis) outside.append(el("span", { className: "axis" }, `${axis.from} → ${axis.to}`));
  for (const [side, n, label] of [[-1, r?.before, "earlier"], [1, r?.after, "later"]]) {
    if (!n) continue;
    outside.append(" · ", el("button", { type: "button", className: "link-button", dataset: { side: String(side) },
                                         on: { click: () => listOutside(side) } }, `${number(n)} ${t(label)}`));
  }
}

const SHARE_LABELS = { event_type: "allTypes", sub_event_type: "allTypes", actor: "actors", country: "allCountries",
                       place: "place", q: "search", outlet: "outlet", min_sources: "sourcesShort", fatal: "fatalOnly",
                       named_actor: "namedOnly", date_from: "period", date_to: "period", article: "articles" };

/** What each filter that is on keeps, of the events the others keep. */
function renderShares() {
  const box = clear($("shares"));
  const shares = state.shares;
  if (!shares || !shares.filters.length) return;
  box.append(`${t("kept")}: ${number(shares.total)} / ${number(shares.everything)}`);
  for (const s of shares.filters) {
    const pct = s.share === null ? "—" : `${(100 * s.share).toFixed(s.share < 0.1 ? 1 : 0)}%`;
    box.append(" · ", el("span", { className: "share", dataset: { filter: s.filter },
                                   title: `${number(s.kept)} / ${number(s.without)}` }, `${t(SHARE_LABELS[s.filter] || s.filter)} ${pct}`));
  }
}

function updateDownloads() {
  const q = query(filterParams(state.filter));
  $("download-csv").href = `/api/export.csv${q}`;
  $("download-geojson").href = `/api/export.geojson${q}`;
}

function showError(err) {
  state.errors.push(String(err.message || err));
  const box = $("messages");
  box.textContent = `${t("error")}: ${err.message || err}`;
  setTimeout(() => { box.textContent = ""; }, 8000);
}

function applyLanguage(lang) {
  state.lang = setLanguage(lang);
  try { localStorage.setItem("rasd.lang", state.lang); } catch { /* private mode */ }
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === "ar" ? "rtl" : "ltr";
  document.title = t("title");
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = t(node.dataset.i18nPlaceholder);
  $("lang-toggle").lang = state.lang === "ar" ? "en" : "ar";
  if (state.summary) renderFilterChoices();
  if (eventMap) clear($("legend")).append(eventMap.legend());
  if (timeline) renderTimeline();
  renderStatus();
  renderChips();
  if (state.tab === "event" && state.selectedEvent !== null) openEvent(state.selectedEvent);
  else if (state.tab !== "event") openTab(state.tab);
}

// --- start --------------------------------------------------------------------------------------

function bindControls() {
  $("filter-type").addEventListener("change", (e) => setFilter({ type: e.target.value }));
  $("filter-actor").addEventListener("change", (e) => setFilter({ actor: e.target.value }));
  $("filter-country").addEventListener("change", (e) => setFilter({ country: e.target.value }));
  $("filter-outlet").addEventListener("change", (e) => setFilter({ outlet: e.target.value }));
  $("filter-sources").addEventListener("change", (e) => setFilter({ min_sources: Number(e.target.value) || 1 }));
  $("filter-fatal").addEventListener("change", (e) => setFilter({ fatal: e.target.checked }));
  $("filter-named").addEventListener("change", (e) => setFilter({ named_actor: e.target.checked }));
  let searchTimer = null;
  $("search").addEventListener("input", (e) => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => setFilter({ q: e.target.value.trim() }), SEARCH_DELAY_MS);
  });
  $("search").addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      clearTimeout(searchTimer);
      setFilter({ q: e.target.value.trim() });
    }
  });
  $("clear-filters").addEventListener("click", () => setFilter({ ...NO_FILTER }));
  $("clear-brush").addEventListener("click", () => setFilter({ date_from: "", date_to: "" }));
  $("interval").addEventListener("change", (e) => { state.interval = e.target.value; refresh(); });
  $("lang-toggle").addEventListener("click", () => applyLanguage(state.lang === "ar" ? "en" : "ar"));
  $("fit").addEventListener("click", () => fitToResults());
  for (const button of document.querySelectorAll("[data-tab]")) {
    button.addEventListener("click", () => openTab(button.dataset.tab));
  }
  let resizeTimer = null;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(renderTimeline, 150);
  });
}

async function startMap() {
  if (!webglAvailable()) {
    state.webgl = false;
    $("map").append(el("p", { className: "no-webgl" }, t("noWebgl")));
    return;
  }
  let viewTimer = null;
  eventMap = new EventMap($("map"), {
    onError: showError,
    onEvent: openEvent, onEventsAt: showEventsAt, onCluster: openCluster, onRoute: openRoute,
    onIdle: () => { state.mapIdle = true; },
    onView: () => {
      if (!state.ready) return;      // the start fits the map, then asks for its view itself
      clearTimeout(viewTimer);
      viewTimer = setTimeout(refreshView, VIEW_DELAY_MS);
    },
  });
  try {
    await eventMap.init("/static/basemap/countries-50m.json");
    $("legend").append(eventMap.legend());
  } catch (err) {
    state.webgl = false;
    eventMap = null;
    showError(err);
  }
}

/** Where the filter's events are (GET /api/map/extent: the box around the cells holding 95% of them), and,
 * when they are few, their routes too (a store of a few articles shows everything it has). */
async function whereEventsAre() {
  const params = filterParams(state.filter, { withDates: true });
  const extent = await get("map/extent", params);
  const routes = extent.located < FEW_EVENTS ? (await get("routes", routeParams(null))).items : [];
  return [extent.bbox ? [extent.bbox] : [], routes];
}

/** Fit the map to where the filter's events are. */
async function fitToResults({ refreshAfter = true, data = null } = {}) {
  if (!eventMap) return;
  try {
    const [boxes, routes] = data || await whereEventsAre();
    eventMap.fitTo(boxes, routes);
  } catch (err) {
    showError(err);
  }
  if (refreshAfter) await refreshView();
}

async function start() {
  let lang = "en";
  try { lang = localStorage.getItem("rasd.lang") || "en"; } catch { /* private mode */ }
  timeline = new Timeline($("timeline"), { onBrush: (from, to) => setFilter({ date_from: from, date_to: to }) });
  bindControls();
  applyLanguage(lang);
  // what does not depend on the view loads while the map starts; the view is placed where the events are
  // as soon as that is known, and its cells asked for while the map is still loading
  const filterLevel = refresh({ view: false });
  const whereTheyAre = whereEventsAre();
  const mapReady = startMap();
  const choices = loadFilterChoices().catch(showError);
  await fitToResults({ refreshAfter: false, data: await whereTheyAre.catch(() => null) });
  await Promise.all([filterLevel, refreshView(), mapReady, choices]);
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get("event")) openEvent(Number(hash.get("event")));
  else if (hash.get("article")) openArticle(hash.get("article"));
  else openTab("event");
  state.readyAt = performance.now();   // ms from the navigation's start: when the page answers (tests/test_browser_feed.py)
  state.ready = true;
}

window.rasd = {
  state,
  setFilter,
  openEvent,
  openArticle,
  openTab,
  setLanguage: applyLanguage,
  mapStats: () => (eventMap ? eventMap.rendered() : null),
  listOutside,
  refreshView,
  get map() { return eventMap?.map || null; },
};

start().catch(showError);

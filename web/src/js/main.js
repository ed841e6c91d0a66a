// The analyst's workspace: wires the filters, the map, the timeline and the side
// panel to the API.  `window.rasd` exposes the state and a few actions, for the
// browser test and for anyone scripting the page from the console.

import { filterParams, get, query } from "./api.js";
import { clear, el } from "./dom.js";
import { countryName, number, setLanguage, t, typeLabel } from "./i18n.js";
import { EventMap, eventFeatures, routeFeatures, webglAvailable } from "./map.js";
import * as panel from "./panel.js";
import { Timeline } from "./timeline.js";

const PAGE_SIZE = 500;          // the API's largest page
const MAP_EVENT_LIMIT = 5000;   // beyond this the map shows the newest events and says so
const SEARCH_DELAY_MS = 300;

const state = {
  lang: "en",
  filter: { type: "", actor: "", country: "", place: "", q: "", date_from: "", date_to: "" },
  interval: "month",
  total: 0,
  events: [],
  eventsOnMap: 0,
  movements: [],
  routesOnMap: 0,
  arrowsOnMap: 0,
  timeline: [],
  undated: 0,
  selectedEvent: null,
  openedEvent: null,
  tab: "event",
  loading: 0,
  revision: 0,        // completed refreshes, so a caller can wait for the next one
  generation: 0,      // started refreshes; a stale response is dropped
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

async function loadEvents(generation) {
  const items = [];
  let total = 0;
  let offset = 0;
  do {
    const page = await get("events", { ...filterParams(state.filter), limit: PAGE_SIZE, offset, sort: "-date" });
    if (generation !== state.generation) return null;
    total = page.total;
    items.push(...page.items);
    offset += PAGE_SIZE;
  } while (offset < total && items.length < MAP_EVENT_LIMIT);
  return { total, items };
}

async function refresh() {
  const generation = ++state.generation;
  state.loading += 1;
  renderStatus();
  try {
    const [events, bins] = await Promise.all([
      loadEvents(generation),
      get("timeline", { ...filterParams(state.filter, { withDates: false }), interval: state.interval }),
    ]);
    if (generation !== state.generation || events === null) return;
    state.total = events.total;
    state.events = events.items;
    state.eventsOnMap = eventFeatures(events.items).features.length;
    if (eventMap) {
      state.mapIdle = false;
      eventMap.setEvents(events.items);
    }
    state.timeline = bins.bins;
    const dated = bins.bins.reduce((sum, b) => sum + b.events, 0);
    if (!state.filter.date_from && !state.filter.date_to) state.undated = Math.max(0, events.total - dated);
    renderTimeline();
    renderChips();
    updateDownloads();
    state.revision += 1;
  } catch (err) {
    showError(err);
  } finally {
    state.loading -= 1;
    renderStatus();
  }
}

async function loadMovements() {
  try {
    const page = await get("movements", { actor: state.filter.actor, limit: PAGE_SIZE });
    state.movements = page.items;
    const routes = routeFeatures(page.items);
    state.routesOnMap = routes.lines.features.length;
    state.arrowsOnMap = routes.arrows.features.length;
    if (eventMap) {
      state.mapIdle = false;
      eventMap.setMovements(page.items);
    }
    renderStatus();
  } catch (err) {
    showError(err);
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
  const before = state.filter.actor;
  Object.assign(state.filter, changes);
  syncControls();
  const done = refresh();
  if (state.filter.actor !== before) loadMovements();
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
  const known = new Map(state.events.map((e) => [e.id, e]));
  panel.renderEventList($("view-event"), ids.map((id) => known.get(id)).filter(Boolean), ctx);
}

async function openRoute(id) {
  const movement = state.movements.find((m) => m.id === id);
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
    }
  } catch (err) {
    showError(err);
  }
}

const ctx = {
  article,
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
  if (state.total > state.events.length) parts.push(`${t("firstOnly")} ${number(state.events.length)}`);
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
  syncControls();
}

function replaceOptions(select, allLabel, entries) {
  clear(select).append(el("option", { value: "" }, allLabel));
  for (const [value, label] of entries) select.append(el("option", { value }, label));
}

function syncControls() {
  for (const [id, key] of [["filter-type", "type"], ["filter-actor", "actor"], ["filter-country", "country"]]) {
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
  timeline.render(state.timeline, state.interval, { from: state.filter.date_from, to: state.filter.date_to });
  $("undated").textContent = state.undated ? `${number(state.undated)} ${t("undated")}` : "";
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
  $("clear-filters").addEventListener("click", () => setFilter(
    { type: "", actor: "", country: "", place: "", q: "", date_from: "", date_to: "" }));
  $("clear-brush").addEventListener("click", () => setFilter({ date_from: "", date_to: "" }));
  $("interval").addEventListener("change", (e) => { state.interval = e.target.value; refresh(); });
  $("lang-toggle").addEventListener("click", () => applyLanguage(state.lang === "ar" ? "en" : "ar"));
  $("fit").addEventListener("click", () => eventMap?.fitTo(state.events, state.movements));
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
  eventMap = new EventMap($("map"), {
    onEvent: openEvent, onEventsAt: showEventsAt, onRoute: openRoute,
    onIdle: () => { state.mapIdle = true; },
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

async function start() {
  let lang = "en";
  try { lang = localStorage.getItem("rasd.lang") || "en"; } catch { /* private mode */ }
  timeline = new Timeline($("timeline"), { onBrush: (from, to) => setFilter({ date_from: from, date_to: to }) });
  bindControls();
  applyLanguage(lang);
  await Promise.all([startMap(), loadFilterChoices().catch(showError)]);
  await Promise.all([refresh(), loadMovements()]);
  eventMap?.fitTo(state.events, state.movements);
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get("event")) openEvent(Number(hash.get("event")));
  else if (hash.get("article")) openArticle(hash.get("article"));
  else openTab("event");
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
  get map() { return eventMap?.map || null; },
};

start().catch(showError);

// The side panel's views: an event with its sources (article text, right-to-left,
// evidence and entities highlighted), a list of events at one spot, a route, the
// claims, the actors and places, the articles.  All built with textContent.

import { arabic, clear, el, safeLink } from "./dom.js";
import { highlightedText } from "./highlight.js";
import { countryName, number, precisionLabel, quantityLabel, t, typeLabel } from "./i18n.js";
import { OTHER_COLOUR, TYPE_COLOURS } from "./map.js";

const orDash = (v) => (v === null || v === undefined || v === "" ? "—" : v);

function field(label, ...value) {
  return el("div", { className: "field" }, el("span", { className: "field-label" }, label), el("span", { className: "field-value" }, ...value));
}

function typeBadge(type, subType) {
  return el("div", { className: "type-badge" },
    el("span", { className: "swatch", style: `background:${TYPE_COLOURS[type] || OTHER_COLOUR}` }),
    el("span", { className: "sub-type" }, typeLabel(subType)), " · ", el("span", { className: "type" }, typeLabel(type)));
}

function placeLabel(ar, en) {
  return [en ? el("span", { lang: "en", dir: "ltr" }, en) : null, en && ar ? " · " : null, ar ? arabic("span", ar) : null];
}

/** The marks an article's spans give (places and actors), plus the extra ones a view adds. */
function entityMarks(article) {
  return article.spans.filter((s) => s.kind === "place" || s.kind === "actor").map((s) => ({
    kind: s.kind, start: s.start, end: s.end, id: s.id, title: `${s.kind}: ${s.id}`,
  }));
}

/** An article: header (title, outlet, date, link) and its full text with the given marks. */
export function articleBlock(article, marks, ctx, { focus = true } = {}) {
  const body = el("div", { className: "article-text", dir: "rtl", lang: "ar" });
  body.append(highlightedText(article.text, marks, {
    onEntity: (m) => ctx.setFilter(m.kind === "place" ? { place: m.id } : { actor: m.id }),
    onEvidence: (m) => (m.id !== undefined && m.id !== null && m.id !== ctx.currentEvent() ? ctx.openEvent(m.id) : null),
  }));
  const block = el("section", { className: "source", dataset: { article: article.id } },
    article.title ? arabic("h4", article.title, { className: "article-title" }) : null,
    el("div", { className: "source-meta" },
      article.outlet ? el("span", { className: "outlet" }, article.outlet) : null,
      article.published ? el("span", { className: "published" }, `${t("published")} ${article.published}`) : null,
      safeLink(article.url)),
    body);
  if (focus) {
    // bring the evidence into view inside the text box, without scrolling the page
    requestAnimationFrame(() => {
      const mark = body.querySelector("mark.hl-evidence");
      if (mark) body.scrollTop = Math.max(0, mark.offsetTop - body.clientHeight / 3);
    });
  }
  return block;
}

export async function renderEvent(container, detail, ctx) {
  clear(container);
  const header = el("div", { className: "event-head" },
    typeBadge(detail.event_type, detail.sub_event_type),
    field(t("date"), orDash(detail.event_date), detail.time_precision && detail.time_precision !== "unknown"
      ? el("span", { className: "muted" }, ` (${t("precision")}: ${precisionLabel(detail.time_precision)})`) : null),
    field(t("place"), ...placeLabel(detail.location, detail.location_en),
      detail.country ? el("span", { className: "muted" }, ` — ${countryName(detail.country)}`) : null,
      detail.place_id ? el("button", { className: "link-button", type: "button",
        on: { click: () => ctx.setFilter({ place: detail.place_id }) } }, t("filterPlace")) : null),
    field(t("actor1"), orDash(detail.actor1)),
    field(t("actor2"), orDash(detail.actor2)),
    field(t("fatalities"), detail.fatalities === null ? t("unknown") : number(detail.fatalities)),
    field(t("note"), el("span", { className: "note", lang: "en", dir: "ltr" }, orDash(detail.notes))));
  container.append(el("article", { className: "event-view", dataset: { event: String(detail.id) } },
    header, el("h3", {}, `${t("sources")} (${detail.sources.length})`)));
  const view = container.firstChild;
  for (const source of detail.sources) {
    const slot = el("div", { className: "source-slot" }, t("loading"));
    view.append(slot);
    try {
      const article = await ctx.article(source.article_id);
      const marks = entityMarks(article);
      marks.push({ kind: "evidence", start: source.evidence_start, end: source.evidence_end, id: detail.id,
                   title: t("evidence") });
      if (source.trigger_start !== null && source.trigger_end !== null) {
        marks.push({ kind: "trigger", start: source.trigger_start, end: source.trigger_end, id: detail.id });
      }
      slot.replaceWith(articleBlock(article, marks, ctx));
    } catch (err) {
      slot.textContent = `${t("error")}: ${err.message}`;
    }
  }
}

/** One event as a row of a list: its type's colour, sub-type, date and place; a click opens it. */
function eventRow(e, ctx) {
  return el("li", {},
    el("button", { type: "button", className: "event-row", dataset: { event: String(e.id) },
                   on: { click: () => ctx.openEvent(e.id) } },
      el("span", { className: "swatch", style: `background:${TYPE_COLOURS[e.event_type] || OTHER_COLOUR}` }),
      el("span", {}, typeLabel(e.sub_event_type)), " ",
      el("span", { className: "muted" }, orDash(e.event_date)), " ",
      ...placeLabel(e.location, e.location_en)));
}

export function renderEventList(container, events, ctx) {
  clear(container);
  container.append(el("h3", {}, `${t("eventsHere")} (${events.length})`));
  const list = el("ul", { className: "event-list" });
  for (const e of events) {
    list.append(eventRow(e, ctx));
  }
  container.append(list);
}

/** One page of a filter's events (a cluster's, or those outside the timeline), with "more" and "zoom here". */
export function renderEventPage(container, title, page, ctx, { more = null, zoom = null } = {}) {
  let list = container.querySelector(".event-list.paged");
  if (!page.offset || !list) {
    clear(container);
    container.append(el("h3", {}, `${title} (${number(page.total)})`),
      zoom ? el("button", { type: "button", className: "link-button zoom-here", on: { click: zoom } }, t("zoomHere")) : null);
    list = el("ul", { className: "event-list paged" });
    container.append(list);
  }
  container.querySelector(".more-events")?.remove();
  for (const e of page.items) {
    list.append(eventRow(e, ctx));
  }
  if (more) {
    container.append(el("button", { type: "button", className: "link-button more-events", on: { click: more } },
      `${t("moreEvents")} (${number(page.total - list.children.length)})`));
  }
}

/** The routes in the view and period, ranked; the first ones are those drawn. */
export function renderRouteList(container, page, ctx, { drawn = 0, more = null, back = null } = {}) {
  clear(container);
  container.append(el("h3", {}, `${t("routesInView")} (${number(page.total)})`),
    el("p", { className: "muted" }, `${number(drawn)} ${t("routesDrawn")}`));
  if (!page.items.length) {
    container.append(el("p", { className: "empty" }, t("noneYet")));
    return;
  }
  const list = el("ol", { className: "route-list", start: page.offset + 1 });
  for (const r of page.items) {
    const stops = (r.path || []).map((p) => p.name_en || p.name).filter(Boolean).join(" → ");
    list.append(el("li", {},
      el("button", { type: "button", className: "route-row", dataset: { movement: String(r.id) },
                     on: { click: () => ctx.openRoute(r.id) } },
        el("strong", {}, orDash(r.actor)), " ", el("span", {}, stops), " ",
        el("span", { className: "muted" },
          `(${number(r.n_sources)} ${t("sourcesShort")} · ${orDash(r.published)} · ${number(Math.round(r.length_km))} km)`))));
  }
  container.append(list, el("div", { className: "pager" },
    back ? el("button", { type: "button", className: "link-button", on: { click: back } }, "←") : null,
    more ? el("button", { type: "button", className: "link-button more-routes", on: { click: more } }, "→") : null));
}

export async function renderRoute(container, movement, ctx) {
  clear(container);
  const stops = el("ol", { className: "route-stops" });
  for (const p of movement.path) {
    stops.append(el("li", {}, ...placeLabel(p.name, p.name_en),
      p.lat === null || p.lat === undefined ? el("span", { className: "muted" }, " (?)") : null));
  }
  container.append(el("article", { className: "route-view", dataset: { movement: String(movement.id) } },
    el("h3", {}, `${t("route")}: ${orDash(movement.actor)}`), stops));
  try {
    const article = await ctx.article(movement.article_id);
    const marks = entityMarks(article);
    marks.push({ kind: "evidence", start: movement.evidence_start, end: movement.evidence_end, id: null });
    container.firstChild.append(articleBlock(article, marks, ctx));
  } catch (err) {
    container.firstChild.append(el("p", {}, `${t("error")}: ${err.message}`));
  }
}

function figure(c) {
  // the figure as the report states it: a value, a bound, or a range
  let text;
  if (c.value !== null) text = `${c.approx ? "≈ " : ""}${number(c.value)}`;
  else if (c.low !== null && c.high !== null) text = `${number(c.low)}–${number(c.high)}`;
  else if (c.high !== null) text = `≤ ${number(c.high)}`;
  else if (c.low !== null) text = `≥ ${number(c.low)}`;
  else text = "?";
  if (c.value !== null && c.low !== null && c.low === c.value) text = `≥ ${number(c.value)}`;
  return text;
}

export function renderClaims(container, groups, ctx) {
  clear(container);
  if (!groups.length) {
    container.append(el("p", { className: "empty" }, t("claimsNone")));
    return;
  }
  for (const g of groups) {
    const cards = el("div", { className: "claim-figures" });
    for (const c of g.claims) {
      const by = (c.source || []).map((s) => s.canonical || s.name).filter(Boolean).join(", ");
      cards.append(el("div", { className: "claim-card", dataset: { claim: String(c.id) } },
        el("div", { className: "claim-value" }, figure(c)),
        by ? el("div", { className: "claim-source" }, `${t("claimedBy")} ${by}`) : null,
        el("div", { className: "claim-meta" }, [c.outlet, c.published].filter(Boolean).join(" · ") || "—"),
        c.place ? arabic("div", c.place, { className: "claim-place" }) : null,
        arabic("blockquote", c.evidence, { className: "claim-evidence" }),
        el("button", { type: "button", className: "link-button",
                       on: { click: () => ctx.openArticle(c.article_id, { start: c.evidence_start, end: c.evidence_end }) } },
           t("openArticle"))));
    }
    container.append(el("section", { className: "claim-group", dataset: { group: `${g.actor_id || "-"}|${g.quantity}` } },
      el("h4", {}, `${orDash(g.actor)} — ${quantityLabel(g.quantity)} (${g.claims.length})`), cards));
  }
}

export function renderEntities(container, actors, places, ctx) {
  clear(container);
  const aliases = (list) => (list && list.length
    ? el("div", { className: "aliases" }, `${t("aliases")}: `, arabic("span", list.join("، "))) : null);
  const counts = (x) => el("span", { className: "muted counts" },
    `${number(x.events)} ${t("events")} · ${number(x.mentions)} ${t("mentions")} · ${number(x.articles)} ${t("articles")}`);
  const actorList = el("ul", { className: "entity-list actors" });
  for (const a of actors) {
    actorList.append(el("li", {},
      el("button", { type: "button", className: "entity", dataset: { actor: a.id },
                     on: { click: () => ctx.setFilter({ actor: a.id }) } },
        a.canonical ? el("span", { lang: "en", dir: "ltr", className: "entity-en" }, a.canonical) : null,
        arabic("span", a.name, { className: "entity-ar" })),
      counts(a), aliases(a.aliases)));
  }
  const placeList = el("ul", { className: "entity-list places" });
  for (const p of places) {
    placeList.append(el("li", {},
      el("button", { type: "button", className: "entity", dataset: { place: p.id },
                     on: { click: () => { ctx.setFilter({ place: p.id }); if (p.lat !== null) ctx.flyTo(p.lon, p.lat); } } },
        p.name_en ? el("span", { lang: "en", dir: "ltr", className: "entity-en" }, p.name_en) : null,
        arabic("span", p.name, { className: "entity-ar" }),
        p.country ? el("span", { className: "muted" }, ` ${countryName(p.country)}`) : null),
      counts(p), aliases(p.aliases)));
  }
  container.append(el("h3", {}, `${t("actors")} (${actors.length})`),
    actors.length ? actorList : el("p", { className: "empty" }, t("noneYet")),
    el("h3", {}, `${t("places")} (${places.length})`),
    places.length ? placeList : el("p", { className: "empty" }, t("noneYet")));
}

export function renderArticleList(container, articles, ctx) {
  clear(container);
  if (!articles.length) {
    container.append(el("p", { className: "empty" }, t("noneYet")));
    return;
  }
  const list = el("ul", { className: "article-list" });
  for (const a of articles) {
    list.append(el("li", {}, el("button", { type: "button", className: "article-row", dataset: { article: a.id },
                                              on: { click: () => ctx.openArticle(a.id) } },
      arabic("span", a.title || a.id, { className: "article-row-title" }),
      el("span", { className: "muted" }, [a.outlet, a.published].filter(Boolean).join(" · ")))));
  }
  container.append(list);
}

/** A whole article with every event's evidence marked (a click opens that event). */
export function renderArticle(container, article, ctx, focus = null) {
  clear(container);
  const marks = entityMarks(article);
  for (const s of article.spans) {
    if (s.kind === "event") marks.push({ kind: "evidence", start: s.start, end: s.end, id: s.id, title: `${t("tabEvent")} ${s.id}` });
  }
  if (focus) marks.push({ kind: "trigger", start: focus.start, end: focus.end, id: null });
  container.append(el("button", { type: "button", className: "link-button back",
                                  on: { click: () => ctx.openTab("articles") } }, "← ", t("tabArticles")),
    articleBlock(article, marks, ctx));
}

// The timeline: a histogram of events per month (or week) for the current filter,
// with a brush: drag across bars (or click one) to limit the map to that period.

import { el } from "./dom.js";
import { number, t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";
const HEIGHT = 86;
const AXIS = 16;

function svg(tag, attrs = {}, text = null) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== null) node.textContent = text;
  return node;
}

const pad = (n, w = 2) => String(n).padStart(w, "0");
const isoDay = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The period (of an interval) a day falls in: the day, its week's Monday, its month or its year. */
export function periodOf(day, interval) {
  if (interval === "day") return day.slice(0, 10);
  if (interval === "month") return day.slice(0, 7);
  if (interval === "year") return day.slice(0, 4);
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return isoDay(d);
}

/** The last day (ISO) of a period of any interval. */
export function lastDay(period, interval) {
  if (interval === "week") return periodRange(period, interval)[1];
  if (period.length === 4) return `${period}-12-31`;
  if (period.length === 7) {
    const d = new Date(`${period}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + 1);
    d.setUTCDate(0);
    return isoDay(d);
  }
  return period;
}

/** The interval that gives an axis from `from` to `to` (ISO days) a readable number of bars. */
export function autoInterval(from, to) {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000;
  if (days <= 120) return "day";
  if (days <= 3 * 366) return "week";
  return "month";
}

/** Every period between the first and last bin (or the axis' ends), empty ones included: true to time. */
export function continuousBins(bins, interval, axis = null) {
  if (!bins.length && !axis) return [];
  const counts = new Map(bins.map((b) => [b.period, b]));
  const out = [];
  const first = axis ? periodOf(axis.from, interval) : bins[0].period;
  const last = axis ? periodOf(axis.to, interval) : bins[bins.length - 1].period;
  const push = (period) => out.push(counts.get(period) || { period, events: 0, fatalities: 0 });
  if (interval === "year") {
    for (let y = Number(first); y <= Number(last); y++) push(String(y));
  } else if (interval === "month") {
    let [y, m] = first.split("-").map(Number);
    const [ly, lm] = last.split("-").map(Number);
    while (y < ly || (y === ly && m <= lm)) {
      push(`${y}-${pad(m)}`);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
  } else {
    const d = new Date(`${first}T00:00:00Z`);
    const end = new Date(`${last}T00:00:00Z`);
    while (d <= end) {
      push(isoDay(d));
      d.setUTCDate(d.getUTCDate() + (interval === "day" ? 1 : 7));
    }
  }
  return out;
}

/** The first and last day a bin covers, as the API's date_from / date_to understand them. */
export function periodRange(period, interval) {
  if (interval !== "week") return [period, period];
  const d = new Date(`${period}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 6);
  return [period, isoDay(d)];
}

export class Timeline {
  constructor(container, { onBrush }) {
    this.container = container;
    this.onBrush = onBrush;
    this.bins = [];
    this.interval = "month";
    this.selection = null;   // [firstIndex, lastIndex] while or after brushing
    this.drag = null;
  }

  render(bins, interval, range, axis = null) {
    this.interval = interval;
    this.axis = axis;
    this.bins = continuousBins(bins, interval, axis);
    this.selection = this.indicesOf(range);
    this.undated = undated;
    this.draw();
  }

  indicesOf(range) {
    if (!range || (!range.from && !range.to) || !this.bins.length) return null;
    const starts = this.bins.map((b) => periodRange(b.period, this.interval)[0]);
    const ends = this.bins.map((b) => periodRange(b.period, this.interval)[1]);
    let a = 0;
    let b = this.bins.length - 1;
    if (range.from) a = Math.max(0, ends.findIndex((e) => e >= range.from));
    if (range.to) {
      const after = starts.findIndex((s) => s > range.to);
      b = after === -1 ? this.bins.length - 1 : after - 1;
    }
    return a <= b ? [a, b] : null;
  }

  draw() {
    const box = this.container;
    while (box.firstChild) box.removeChild(box.firstChild);
    if (!this.bins.length) {
      box.append(el("div", { className: "timeline-empty" }, t("noDated")));
      return;
    }
    const width = Math.max(200, box.clientWidth || 800);
    const n = this.bins.length;
    const step = width / n;
    const max = Math.max(1, ...this.bins.map((b) => b.events));
    const chart = svg("svg", { width, height: HEIGHT + AXIS, class: "timeline-svg", role: "img" });
    chart.append(svg("title", {}, t("timeline")));
    this.bins.forEach((b, i) => {
      const h = b.events ? Math.max(2, (b.events / max) * (HEIGHT - 6)) : 0;
      const selected = this.selection && i >= this.selection[0] && i <= this.selection[1];
      const bar = svg("rect", {
        x: i * step + Math.min(1, step * 0.1), y: HEIGHT - h, width: Math.max(1, step - Math.min(2, step * 0.2)),
        height: h, class: `bar${selected ? " selected" : ""}${this.selection && !selected ? " dimmed" : ""}`,
        "data-period": b.period, "data-events": b.events,
      });
      bar.append(svg("title", {}, `${b.period}: ${number(b.events)} ${t("events")}`));
      chart.append(bar);
    });
    // a label at each year's first bin (or month's, on an axis of days or weeks shorter than two years; or
    // every bin when there are few)
    const byMonth = (this.interval === "day" || this.interval === "week") && n <= (this.interval === "day" ? 730 : 104);
    let lastLabelX = -Infinity;
    this.bins.forEach((b, i) => {
      const x = i * step;
      const cut = byMonth ? 7 : 4;
      const yearStart = this.interval === "year" || (this.interval === "month" && b.period.endsWith("-01")) || i === 0 ||
        (this.interval !== "month" && b.period.slice(0, cut) !== this.bins[i - 1].period.slice(0, cut));
      const label = n <= 14 ? b.period : b.period.slice(0, cut);
      const fits = x + label.length * 6.5 < width;   // ~6.5 px a character at the tick's 10 px font
      if ((n <= 14 || yearStart) && x - lastLabelX > 42 && fits) {
        chart.append(svg("text", { x: x + 2, y: HEIGHT + AXIS - 3, class: "tick" }, label));
        lastLabelX = x;
      }
    });
    if (this.selection) {
      const [a, b] = this.selection;
      chart.append(svg("rect", { x: a * step, y: 0, width: (b - a + 1) * step, height: HEIGHT, class: "brush" }));
    }
    const overlay = svg("rect", { x: 0, y: 0, width, height: HEIGHT + AXIS, class: "brush-overlay" });
    chart.append(overlay);
    const indexAt = (ev) => {
      const r = chart.getBoundingClientRect();
      return Math.max(0, Math.min(n - 1, Math.floor(((ev.clientX - r.left) / r.width) * n)));
    };
    overlay.addEventListener("pointerdown", (ev) => {
      ev.preventDefault();
      overlay.setPointerCapture?.(ev.pointerId);
      this.drag = { from: indexAt(ev), to: indexAt(ev) };
      this.preview(chart, step);
    });
    overlay.addEventListener("pointermove", (ev) => {
      if (!this.drag) return;
      this.drag.to = indexAt(ev);
      this.preview(chart, step);
    });
    const finish = (ev) => {
      if (!this.drag) return;
      this.drag.to = indexAt(ev);
      const a = Math.min(this.drag.from, this.drag.to);
      const b = Math.max(this.drag.from, this.drag.to);
      this.drag = null;
      this.onBrush(periodRange(this.bins[a].period, this.interval)[0], periodRange(this.bins[b].period, this.interval)[1]);
    };
    overlay.addEventListener("pointerup", finish);
    overlay.addEventListener("pointercancel", () => { this.drag = null; this.draw(); });
    box.append(chart);
  }

  preview(chart, step) {
    let rect = chart.querySelector("rect.brush");
    if (!rect) {
      rect = svg("rect", { y: 0, height: HEIGHT, class: "brush" });
      chart.insertBefore(rect, chart.querySelector(".brush-overlay"));
    }
    const a = Math.min(this.drag.from, this.drag.to);
    const b = Math.max(this.drag.from, this.drag.to);
    rect.setAttribute("x", String(a * step));
    rect.setAttribute("width", String((b - a + 1) * step));
  }
}

// An article's text with its extracted spans marked: the evidence sentence, the
// trigger word, the recognised places and actors.  Offsets index the original
// text (as the API gives them); the text is cut into pieces at every span edge
// and each piece becomes a text node inside the marks that cover it.

import { el } from "./dom.js";

const ENTITY_KINDS = new Set(["place", "actor"]);

/**
 * marks: [{kind: "evidence"|"trigger"|"place"|"actor", start, end, id, title}]
 * handlers: {onEntity(mark), onEvidence(mark)} for clicks on the marks.
 */
export function highlightedText(text, marks, handlers = {}) {
  const length = text.length;
  const spans = marks
    .map((m) => ({ ...m, start: Math.max(0, Math.min(length, m.start | 0)), end: Math.max(0, Math.min(length, m.end | 0)) }))
    .filter((m) => m.end > m.start);
  const edges = new Set([0, length]);
  for (const m of spans) {
    edges.add(m.start);
    edges.add(m.end);
  }
  const cuts = [...edges].sort((a, b) => a - b);

  const covering = (kindTest, a, b) => {
    // the longest covering span wins, so a name is marked whole
    let best = null;
    for (const m of spans) {
      if (kindTest(m.kind) && m.start <= a && m.end >= b && (!best || m.end - m.start > best.end - best.start)) best = m;
    }
    return best;
  };

  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    pieces.push({
      a, b,
      evidence: covering((k) => k === "evidence", a, b),
      trigger: covering((k) => k === "trigger", a, b),
      entity: covering((k) => ENTITY_KINDS.has(k), a, b),
    });
  }

  const root = document.createDocumentFragment();
  let i = 0;
  while (i < pieces.length) {
    const evidence = pieces[i].evidence;
    let j = i;
    while (j < pieces.length && pieces[j].evidence === evidence) j++;
    const container = evidence ? evidenceMark(evidence, handlers) : root;
    appendRuns(container, text, pieces.slice(i, j), handlers);
    if (evidence) root.append(container);
    i = j;
  }
  return root;
}

function evidenceMark(mark, handlers) {
  const node = el("mark", { className: "hl-evidence", title: mark.title || "", dataset: { event: String(mark.id ?? "") } });
  if (handlers.onEvidence) {
    node.classList.add("clickable");
    node.addEventListener("click", (ev) => {
      if (ev.target.closest(".hl-entity")) return;
      handlers.onEvidence(mark);
    });
  }
  return node;
}

function appendRuns(container, text, pieces, handlers) {
  let i = 0;
  while (i < pieces.length) {
    const { entity, trigger } = pieces[i];
    let j = i;
    while (j < pieces.length && pieces[j].entity === entity && pieces[j].trigger === trigger) j++;
    let node = document.createTextNode(text.slice(pieces[i].a, pieces[j - 1].b));
    if (entity) {
      const span = el("span", {
        className: `hl-entity hl-${entity.kind}`,
        title: entity.title || "",
        dataset: { kind: entity.kind, id: String(entity.id ?? "") },
      }, node);
      if (handlers.onEntity) {
        span.classList.add("clickable");
        span.addEventListener("click", () => handlers.onEntity(entity));
      }
      node = span;
    }
    if (trigger) node = el("b", { className: "hl-trigger" }, node);
    container.append(node);
    i = j;
  }
}

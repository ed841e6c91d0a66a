// DOM building without innerHTML: every piece of data becomes a text node, so an
// article that contains <script> or <img onerror> is shown as text and never runs.

/** el("div", {className: "x", dir: "rtl"}, "text", childNode, [more, children]) */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "on") for (const [type, handler] of Object.entries(value)) node.addEventListener(type, handler);
    else if (key === "attrs") for (const [name, v] of Object.entries(value)) node.setAttribute(name, String(v));
    else node[key] = value;
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Arabic text from the data: always right-to-left, always Arabic-tagged. */
export function arabic(tag, text, props = {}) {
  return el(tag, { ...props, dir: "rtl", lang: "ar", className: ["ar", props.className].filter(Boolean).join(" ") }, text ?? "");
}

/** A link only for http(s) addresses; anything else (javascript:, data:) is shown as plain text. */
export function safeLink(url, label) {
  if (!url) return null;
  let parsed;
  try {
    parsed = new URL(url, window.location.href);
  } catch {
    return el("span", { className: "url" }, url);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return el("span", { className: "url" }, url);
  return el("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer nofollow", className: "url" }, label || url);
}

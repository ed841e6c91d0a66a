// The page's only way to the data: the same-origin JSON API.

export class ApiError extends Error {
  constructor(status, detail) {
    super(`${status}: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
    this.status = status;
    this.detail = detail;
  }
}

/** The query string of a filter; empty values are left out. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") q.set(key, String(value));
  }
  const text = q.toString();
  return text ? `?${text}` : "";
}

export async function get(path, params = {}, signal = undefined) {
  const response = await fetch(`/api/${path}${query(params)}`, { headers: { Accept: "application/json" }, signal });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail;
    } catch { /* not JSON: keep the status text */ }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

/** Filter keys as the API names them (the page keeps the same names). */
export function filterParams(filter, { withDates = true } = {}) {
  const p = {
    type: filter.type, actor: filter.actor, country: filter.country, place: filter.place, q: filter.q,
    bbox: filter.bbox, outlet: filter.outlet, min_sources: filter.min_sources > 1 ? filter.min_sources : "",
    fatal: filter.fatal ? "true" : "", named_actor: filter.named_actor ? "true" : "",
  };
  if (withDates) {
    p.date_from = filter.date_from;
    p.date_to = filter.date_to;
  }
  return p;
}

"""Exports of the store: ACLED-style CSV, GeoJSON, JSON Lines.

The CSV is meant for spreadsheets, which run a cell beginning with = + - @ (or a tab or carriage
return before one) as a formula: such text cells are prefixed with a single quote (OWASP's rule
against CSV injection; numbers are left as they are), and the file begins with a UTF-8 byte-order
mark, without which Excel reads Arabic as Windows-1252.  `rasd export` and the API's download
share this writer.
"""
from __future__ import annotations

import csv
import json
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    # The writers below import the store's queries when they run: importing the store (SQLAlchemy) took
    # ~0.3 s, and `rasd extract` and every Dask worker import this package only for export.jsonl's records.
    from rasd.store.db import Store
    from rasd.store.queries import EventFilter

# ACLED's column names where ACLED has the column; Rasd's additions after them.
CSV_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "source", "source_url", "notes", "fatalities",
    "location_ar", "evidence_ar", "evidence_start", "evidence_end", "article_id", "n_sources",
]


def csv_rows(store: Store, flt: EventFilter):
    from rasd.store.queries import iter_events

    for r, sources in iter_events(store, flt):
        yield {**_csv_what(r), **_csv_where(r), **_csv_sources(r, sources)}


def _csv_what(r) -> dict:
    """The event's identity, date, type, actors, notes and toll."""
    return {
        "event_id_cnty": f"{r.country or 'XX'}{r.id}",
        "event_date": r.event_date or "",
        "year": (r.event_date or "")[:4],
        "time_precision": {"day": 1, "week": 2, "month": 2, "year": 3}.get(r.time_precision, 3),
        "event_type": r.event_type, "sub_event_type": r.sub_event_type,
        "actor1": r.actor1 or "", "actor2": r.actor2 or "",
        "notes": r.notes or "", "fatalities": r.fatalities if r.fatalities is not None else "",
    }


def _csv_where(r) -> dict:
    """The event's place, in English and as the article wrote it."""
    return {
        "country": r.country or "", "admin1": r.admin1 or "",
        "location": r.location_en or r.location or "",
        "latitude": "" if r.lat is None else round(r.lat, 4),
        "longitude": "" if r.lon is None else round(r.lon, 4),
        "geo_precision": r.geo_precision or "",
        "location_ar": r.location or "",
    }


def _csv_sources(r, sources: list[dict]) -> dict:
    """The reports behind the event: outlets, URLs, and the first report's evidence."""
    first = sources[0] if sources else {}
    return {
        "source": "; ".join(sorted({s.get("outlet") or "" for s in sources} - {""})),
        "source_url": " ".join(s.get("url") or "" for s in sources if s.get("url")),
        "evidence_ar": first.get("evidence", ""),
        "evidence_start": first.get("evidence_start", ""), "evidence_end": first.get("evidence_end", ""),
        "article_id": first.get("article_id", ""), "n_sources": r.n_sources,
    }


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
UTF8_BOM = "\ufeff"


def spreadsheet_safe(value):
    """A text cell a spreadsheet will not run as a formula (numbers are returned unchanged)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(store: Store, sink: IO[str], flt: EventFilter, bom: bool = True) -> int:
    if bom:
        sink.write(UTF8_BOM)
    w = csv.DictWriter(sink, fieldnames=CSV_COLUMNS)
    w.writeheader()
    n = 0
    for row in csv_rows(store, flt):
        w.writerow({k: spreadsheet_safe(v) for k, v in row.items()})
        n += 1
    return n


def geojson_features(store: Store, flt: EventFilter):
    from rasd.store.queries import iter_events

    for r, sources in iter_events(store, flt):
        if r.lat is None or r.lon is None:
            continue
        yield {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(r.lon, 5), round(r.lat, 5)]},
            "properties": {
                "id": r.id, "event_date": r.event_date, "time_precision": r.time_precision,
                "event_type": r.event_type, "sub_event_type": r.sub_event_type, "actor1": r.actor1,
                "actor2": r.actor2, "country": r.country, "location": r.location, "location_en": r.location_en,
                "fatalities": r.fatalities, "notes": r.notes, "evidence": r.evidence,
                "sources": [{"article_id": s["article_id"], "url": s["url"], "outlet": s["outlet"]} for s in sources],
            },
        }


def write_geojson(store: Store, sink: IO[str], flt: EventFilter) -> int:
    feats = list(geojson_features(store, flt))
    json.dump({"type": "FeatureCollection", "features": feats}, sink, ensure_ascii=False)
    sink.write("\n")
    return len(feats)


def write_jsonl(store: Store, sink: IO[str], flt: EventFilter) -> int:
    from rasd.store.queries import claims_grouped, event_dict, iter_events, movements

    n = 0
    for r, sources in iter_events(store, flt):
        rec = {"record": "event", **event_dict(r), "sources": sources}
        sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    for m in movements(store, limit=10**6):
        sink.write(json.dumps({"record": "movement", **m}, ensure_ascii=False) + "\n")
        n += 1
    for g in claims_grouped(store, limit=10**6):
        for c in g["claims"]:
            sink.write(json.dumps({"record": "claim", **c}, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_export(store: Store, fmt: str, sink: IO[str], flt: EventFilter) -> int:
    writers = {"csv": write_csv, "geojson": write_geojson, "jsonl": write_jsonl}
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}: choose csv, geojson or jsonl")
    return writers[fmt](store, sink, flt)

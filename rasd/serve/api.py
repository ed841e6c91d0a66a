"""The HTTP API: thin handlers over rasd.store.queries (the query layer the CLI exports share).

Every parameter is checked here and reaches SQL only as a bound parameter;
a bad one is a 422 that names the parameter and says what is expected.
"""
from __future__ import annotations

import io
import math
import secrets
import tempfile
import threading
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, field_validator

from rasd.ingest import validate
from rasd.model import Article, to_plain
from rasd.store import queries
from rasd.store.db import Store, content_hash
from rasd.store.queries import PERIOD_PATTERN, EventFilter


def no_nul_characters(request: Request) -> None:
    """Refuse U+0000 in the path or query: PostgreSQL cannot store or compare it (SQLite can)."""
    for where, items in (("path", request.path_params.items()), ("query", request.query_params.multi_items())):
        for name, value in items:
            if isinstance(value, str) and "\x00" in value:
                raise _invalid(where, name, "the NUL character is not allowed", value.replace("\x00", "\\0"))


router = APIRouter(prefix="/api", dependencies=[Depends(no_nul_characters)])

MAX_PAGE = queries.MAX_PAGE
# deep enough for any real store, and far below SQLite's 64-bit limit (a larger offset would overflow)
MAX_OFFSET = 10_000_000
MAX_ID = 2**63 - 1
TEXT_PARAM_MAX = 200

ERRORS: dict[int | str, dict[str, Any]] = {422: {"description": "A parameter is malformed; `detail` says which."}}


# --- response models (they document the API in /openapi.json) ------------------------------------

class Event(BaseModel):
    id: int
    event_date: str | None
    time_precision: str | None
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor1_id: str | None
    actor2: str | None
    actor2_id: str | None
    country: str | None
    admin1: str | None
    location: str | None = Field(description="the place as the article names it (Arabic)")
    location_en: str | None
    place_id: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int | None
    notes: str | None = Field(description="English note")
    evidence: str | None = Field(description="the first report's sentence (Arabic)")
    n_sources: int


class EventSource(BaseModel):
    article_id: str
    url: str | None
    outlet: str | None
    published: str | None
    title: str | None
    evidence: str
    evidence_start: int = Field(description="character offset into the article's text")
    evidence_end: int
    trigger_start: int | None
    trigger_end: int | None
    fatalities: int | None
    event_date: str | None


class EventDetail(Event):
    sources: list[EventSource]


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    next_offset: int | None
    items: list[Event]


class ArticleSpan(BaseModel):
    kind: Literal["place", "actor", "event", "claim", "movement"]
    start: int
    end: int
    id: str | int | None
    text: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None


class ArticleDetail(BaseModel):
    id: str
    url: str | None
    outlet: str | None
    published: str | None
    title: str | None
    language: str | None
    text: str
    spans: list[ArticleSpan]


class ArticleSummary(BaseModel):
    id: str
    url: str | None
    outlet: str | None
    published: str | None
    title: str | None
    chars: int


class ArticleList(BaseModel):
    limit: int
    offset: int
    items: list[ArticleSummary]


class Place(BaseModel):
    id: str
    name: str
    name_en: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    kind: str | None
    source: str | None
    aliases: list[str]
    mentions: int
    articles: int
    events: int


class PlaceList(BaseModel):
    limit: int
    offset: int
    items: list[Place]


class Actor(BaseModel):
    id: str
    name: str
    canonical: str | None
    kind: str | None
    country: str | None
    aliases: list[str]
    mentions: int
    articles: int
    events: int


class ActorList(BaseModel):
    limit: int
    offset: int
    items: list[Actor]


class RoutePoint(BaseModel):
    name: str | None = None
    name_en: str | None = None
    place_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None


class Movement(BaseModel):
    id: int
    article_id: str
    actor: str | None
    actor_id: str | None
    path: list[RoutePoint]
    evidence: str
    evidence_start: int
    evidence_end: int


class MovementList(BaseModel):
    limit: int
    offset: int
    items: list[Movement]


class ClaimSource(BaseModel):
    name: str | None = None
    canonical: str | None = None
    actor_id: str | None = None


class Claim(BaseModel):
    id: int
    article_id: str
    quantity: str
    actor: str | None
    actor_id: str | None
    value: int | None
    low: int | None
    high: int | None
    approx: bool | None
    place: str | None
    source: list[ClaimSource]
    evidence: str
    evidence_start: int
    evidence_end: int
    published: str | None
    outlet: str | None
    url: str | None


class ClaimGroup(BaseModel):
    actor: str | None
    actor_id: str | None
    quantity: str
    claims: list[Claim] = Field(description="the competing figures, one per report")


class ClaimGroups(BaseModel):
    items: list[ClaimGroup]


class TimelineBin(BaseModel):
    period: str = Field(description="YYYY, YYYY-MM, or the Monday (YYYY-MM-DD) of the week")
    events: int
    fatalities: int


class Timeline(BaseModel):
    interval: Literal["month", "week", "year", "day"]
    bins: list[TimelineBin]


class DayCount(BaseModel):
    day: str
    events: int


class TimelineRange(BaseModel):
    dated: int
    undated: int
    first: str | None = Field(description="the earliest first day of a matching event")
    last: str | None = Field(description="the latest last day of a matching event")
    axis_from: str | None = Field(description="where the timeline's axis starts: the 1st percentile, widened")
    axis_to: str | None = Field(description="where it ends: the 99th percentile, widened")
    before: int = Field(description="events starting before axis_from (list them with date_to = the day before)")
    after: int = Field(description="events ending after axis_to (list them with date_from = the day after)")
    days: list[DayCount] = Field(description="events per first day, on the axis (the page's bars)")


class LoneEvent(BaseModel):
    id: int
    event_type: str
    sub_event_type: str
    event_date: str | None
    location: str | None
    location_en: str | None
    fatalities: int | None


class MapCell(BaseModel):
    key: str = Field(description="the cell's column and row in the grid of this answer")
    n: int = Field(description="matching events in the cell (and in the view)")
    fatalities: int
    lon: float = Field(description="the mean position of the cell's events")
    lat: float
    bbox: list[float] = Field(description="min_lon,min_lat,max_lon,max_lat of the cell's events: "
                                          "/api/events?bbox= with the same filter lists exactly them")
    event: LoneEvent | None = Field(description="the event, when the cell holds one")


class MapCells(BaseModel):
    zoom: float
    cell_degrees: float
    located: int = Field(description="located events matching the filter in the view: the sum of the cells' n")
    cells: list[MapCell]


class MapExtent(BaseModel):
    bbox: list[float] | None = Field(description="min_lon,min_lat,max_lon,max_lat of the cells holding most events")
    located: int = Field(description="located events matching the filter")
    held: int = Field(description="located events in the cells the box was drawn around")


class FilterShare(BaseModel):
    filter: str
    kept: int = Field(description="events every filter keeps")
    without: int = Field(description="events the other filters keep, this one off")
    share: float | None


class FilterShares(BaseModel):
    total: int
    everything: int = Field(description="events in the store")
    filters: list[FilterShare]


class Route(Movement):
    length_km: float
    published: str | None = Field(description="the newest report's publication day")
    outlet: str | None
    n_sources: int = Field(description="articles that report this route (same actor, same stops)")
    ids: list[int] = Field(description="the movement rows of those reports")


class RoutePage(BaseModel):
    total: int = Field(description="distinct routes in the view and period")
    limit: int
    offset: int
    items: list[Route] = Field(description="ranked: most sources, newest report, shortest")


class TypeCount(BaseModel):
    event_type: str
    sub_event_type: str
    events: int


class CountryCount(BaseModel):
    country: str
    events: int


class DateRange(BaseModel):
    first: str | None
    last: str | None


class OutletCount(BaseModel):
    outlet: str
    articles: int


class Summary(BaseModel):
    articles: int
    events: int
    places: int
    actors: int
    movements: int
    claims: int
    failures: int
    event_types: list[TypeCount]
    countries: list[CountryCount]
    date_range: DateRange
    outlets: list[OutletCount]


class NewArticle(BaseModel):
    """An article to extract and store; checked by rasd.ingest.validate, as `rasd ingest` checks files."""

    text: str = Field(min_length=1, max_length=validate.MAX_CHARS,
                      description=f"the article's text: Arabic (at least {validate.MIN_ARABIC_LETTERS} Arabic "
                                  "letters, and most of its letters Arabic)")
    url: str | None = Field(None, max_length=validate.FIELD_LIMITS["url"])
    outlet: str | None = Field(None, max_length=validate.FIELD_LIMITS["outlet"])
    published: str | None = Field(None, pattern=validate.PUBLISHED_PATTERN,
                                  description="YYYY-MM-DD of a real day, or an ISO 8601 date-time (its day is kept)")
    title: str | None = Field(None, max_length=validate.FIELD_LIMITS["title"])

    @field_validator("text")
    @classmethod
    def arabic_article(cls, value: str) -> str:
        return validate.check_text(value)       # BadInput is a ValueError: a 422 with its sentence

    @field_validator("published")
    @classmethod
    def real_day(cls, value: str | None) -> str | None:
        return validate.check_published(value)

    @field_validator("url", "outlet", "title")
    @classmethod
    def plain_string(cls, value: str | None, info) -> str | None:
        return validate.check_field(info.field_name, value)


class ExtractionResult(BaseModel):
    article_id: str
    stored: bool = Field(description="false when the same text was already stored")
    events_new: int
    events_merged: int
    places: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    events: list[dict[str, Any]]
    movements: list[dict[str, Any]]
    claims: list[dict[str, Any]]


# --- parameters ------------------------------------------------------------------------------------

def _invalid(where: str, name: str, message: str, value: Any) -> RequestValidationError:
    """A 422 in FastAPI's own error layout, so clients meet one format for every bad parameter."""
    return RequestValidationError([{"type": "value_error", "loc": (where, name), "msg": message, "input": value}])


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    parts = text.split(",")
    if len(parts) != 4:
        raise ValueError("bbox needs four numbers: min_lon,min_lat,max_lon,max_lat")
    try:
        w, s, e, n = (float(p) for p in parts)
    except ValueError:
        raise ValueError("bbox needs four numbers: min_lon,min_lat,max_lon,max_lat") from None
    if not all(math.isfinite(v) for v in (w, s, e, n)):
        raise ValueError("bbox values must be finite numbers")
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= 90 and -90 <= n <= 90):
        raise ValueError("bbox longitudes must lie in [-180, 180] and latitudes in [-90, 90]")
    if w > e or s > n:
        raise ValueError("bbox minimum exceeds maximum (boxes across the antimeridian are not supported)")
    return w, s, e, n


def event_filter(
    bbox: Annotated[str | None, Query(max_length=200, description="min_lon,min_lat,max_lon,max_lat",
                                      examples=["9.3,19.5,25.2,33.2"])] = None,
    date_from: Annotated[str | None, Query(pattern=PERIOD_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD; "
                                           "events whose date span reaches it")] = None,
    date_to: Annotated[str | None, Query(pattern=PERIOD_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD "
                                         "(inclusive: 2016-05 means to the end of May)")] = None,
    event_type: Annotated[str | None, Query(alias="type", max_length=TEXT_PARAM_MAX,
                                            description="ACLED event type, e.g. Battles")] = None,
    sub_event_type: Annotated[str | None, Query(alias="sub_type", max_length=TEXT_PARAM_MAX,
                                                description="ACLED sub-event type, e.g. Armed clash")] = None,
    actor: Annotated[str | None, Query(max_length=TEXT_PARAM_MAX,
                                       description="actor id, English canonical name or Arabic name (either side)")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2")] = None,
    place: Annotated[str | None, Query(max_length=TEXT_PARAM_MAX, description="place id or name")] = None,
    q: Annotated[str | None, Query(max_length=TEXT_PARAM_MAX,
                                   description="free text in the Arabic evidence, the English note or the place")] = None,
    article: Annotated[str | None, Query(max_length=TEXT_PARAM_MAX, description="events reported by this article")] = None,
    outlet: Annotated[str | None, Query(max_length=TEXT_PARAM_MAX,
                                        description="events reported by an article of this outlet")] = None,
    min_sources: Annotated[int | None, Query(ge=1, le=100_000,
                                             description="events reported by at least this many articles")] = None,
    fatal: Annotated[bool | None, Query(description="true: a toll above zero; false: none or unknown")] = None,
    named_actor: Annotated[bool | None, Query(description="true: an actor is named on either side; false: none")] = None,
) -> EventFilter:
    box = None
    if bbox is not None and bbox.strip():
        try:
            box = parse_bbox(bbox)
        except ValueError as exc:
            raise _invalid("query", "bbox", str(exc), bbox) from None
    bounds = {}
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        if value:
            try:
                bounds[name] = queries.period_bounds(value)
            except ValueError as exc:
                raise _invalid("query", name, str(exc), value) from None
    if "date_from" in bounds and "date_to" in bounds and bounds["date_from"][0] > bounds["date_to"][1]:
        raise _invalid("query", "date_from", "date_from is after date_to", date_from)
    texts = {name: value or None for name, value in (
        ("date_from", date_from), ("date_to", date_to), ("event_type", event_type), ("sub_event_type", sub_event_type),
        ("actor", actor), ("country", country), ("place", place), ("q", (q or "").strip()), ("article", article),
        ("outlet", outlet))}
    return EventFilter(bbox=box, **texts, min_sources=min_sources if min_sources and min_sources > 1 else None,
                       fatal=fatal, named_actor=named_actor)


Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"page size (at most {MAX_PAGE})")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
Filter = Annotated[EventFilter, Depends(event_filter)]


def _store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(_store)]


# --- the write token ---------------------------------------------------------------------------------

bearer_scheme = HTTPBearer(auto_error=False, description="the write token")
header_scheme = APIKeyHeader(name="X-Rasd-Token", auto_error=False, description="the write token")


def require_token(request: Request,
                  _bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
                  _header: Annotated[str | None, Depends(header_scheme)]) -> None:
    """At least one credential, and every credential offered right (a wrong one is never outvoted).

    The two security dependencies document the schemes in /openapi.json; the headers are read
    here directly so that an empty or malformed one counts as offered, and wrong.
    """
    offered = []
    if "authorization" in request.headers:
        scheme, _, credentials = request.headers["authorization"].partition(" ")
        offered.append(credentials.strip() if scheme.lower() == "bearer" else "")
    if "x-rasd-token" in request.headers:
        offered.append(request.headers["x-rasd-token"])
    expected = request.app.state.token.encode()
    if offered and all(t and secrets.compare_digest(t.encode("utf-8", "surrogatepass"), expected) for t in offered):
        return
    raise HTTPException(401, "a write token is required: Authorization: Bearer <token> or X-Rasd-Token",
                        headers={"WWW-Authenticate": "Bearer"})


# --- events -----------------------------------------------------------------------------------------

@router.get("/events", response_model=EventPage, responses=ERRORS, summary="Events matching a filter, a page at a time")
def list_events(store: StoreDep, flt: Filter, limit: Limit = 100, offset: Offset = 0,
                page: Annotated[int | None, Query(ge=1, le=MAX_OFFSET, description="1-based page; instead of offset")] = None,
                sort: Literal["date", "-date", "fatalities", "-fatalities", "id", "-id"] = "-date") -> dict:
    if page is not None:
        if offset:
            raise _invalid("query", "page", "give page or offset, not both", page)
        offset = (page - 1) * limit
        if offset > MAX_OFFSET:
            raise _invalid("query", "page", f"page * limit must stay under {MAX_OFFSET}", page)
    flt.limit, flt.offset, flt.sort = limit, offset, sort
    total, items = queries.events(store, flt)
    return {"total": total, "limit": limit, "offset": offset,
            "next_offset": offset + limit if offset + limit < total else None, "items": items}


@router.get("/events/{event_id}", response_model=EventDetail, responses={404: {"description": "No such event"}, **ERRORS},
            summary="One event with every source article and the evidence offsets")
def get_event(store: StoreDep, event_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> dict:
    detail = queries.event_detail(store, event_id)
    if detail is None:
        raise HTTPException(404, f"no event {event_id}")
    return detail


@router.get("/timeline", response_model=Timeline, responses=ERRORS, summary="Event counts per period for a filter")
def get_timeline(store: StoreDep, flt: Filter, interval: Literal["month", "week", "year", "day"] = "month") -> dict:
    return {"interval": interval, "bins": queries.timeline(store, flt, interval)}


@router.get("/timeline/range", response_model=TimelineRange, responses=ERRORS,
            summary="Where a filter's events lie in time: the axis to draw, the events outside it, the undated")
def get_timeline_range(store: StoreDep, flt: Filter) -> dict:
    return queries.timeline_range(store, flt)


@router.get("/map", response_model=MapCells, responses=ERRORS,
            summary="Every located event of a filter in the view (bbox), counted per grid cell at a zoom")
def get_map(store: StoreDep, flt: Filter,
            zoom: Annotated[float, Query(ge=0, le=queries.MAX_MAP_ZOOM, description="the map's zoom level")] = 3) -> dict:
    return queries.map_cells(store, flt, zoom)


@router.get("/map/extent", response_model=MapExtent, responses=ERRORS,
            summary="Where a filter's located events are: the box around the cells holding 95% of them")
def get_map_extent(store: StoreDep, flt: Filter) -> dict:
    return queries.map_extent(store, flt)


@router.get("/filters/shares", response_model=FilterShares, responses=ERRORS,
            summary="For each filter that is on, the share of events it keeps among those the others keep")
def get_filter_shares(store: StoreDep, flt: Filter) -> dict:
    return queries.filter_shares(store, flt)


@router.get("/routes", response_model=RoutePage, responses=ERRORS,
            summary="Distinct routes in a view and period, ranked (sources, newest report, shortest)")
def list_routes(store: StoreDep, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = queries.MAX_ROUTES_DRAWN,
                offset: Offset = 0,
                bbox: Annotated[str | None, Query(max_length=200, description="min_lon,min_lat,max_lon,max_lat")] = None,
                date_from: Annotated[str | None, Query(pattern=PERIOD_PATTERN,
                                                       description="reports published on or after")] = None,
                date_to: Annotated[str | None, Query(pattern=PERIOD_PATTERN,
                                                     description="reports published on or before")] = None,
                actor: Annotated[str | None, Query(max_length=TEXT_PARAM_MAX)] = None) -> dict:
    flt = event_filter(bbox=bbox, date_from=date_from, date_to=date_to)
    return queries.routes(store, bbox=flt.bbox, date_from=flt.date_from, date_to=flt.date_to, actor=actor or None,
                          limit=limit, offset=offset)


# --- entities, routes, claims ---------------------------------------------------------------------------

@router.get("/places", response_model=PlaceList, responses=ERRORS, summary="Places with aliases and counts")
def list_places(store: StoreDep, limit: Limit = 200, offset: Offset = 0,
                q: Annotated[str | None, Query(max_length=TEXT_PARAM_MAX)] = None,
                country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$")] = None) -> dict:
    return {"limit": limit, "offset": offset,
            "items": queries.places(store, q=q or None, limit=limit, offset=offset, country=country)}


@router.get("/actors", response_model=ActorList, responses=ERRORS, summary="Actors with aliases and counts")
def list_actors(store: StoreDep, limit: Limit = 200, offset: Offset = 0,
                q: Annotated[str | None, Query(max_length=TEXT_PARAM_MAX)] = None) -> dict:
    return {"limit": limit, "offset": offset, "items": queries.actors(store, q=q or None, limit=limit, offset=offset)}


@router.get("/movements", response_model=MovementList, responses=ERRORS, summary="Routes: an actor and its places in order")
def list_movements(store: StoreDep, limit: Limit = 200, offset: Offset = 0,
                   actor: Annotated[str | None, Query(max_length=TEXT_PARAM_MAX)] = None) -> dict:
    return {"limit": limit, "offset": offset,
            "items": queries.movements(store, actor=actor or None, limit=limit, offset=offset)}


@router.get("/claims", response_model=ClaimGroups, responses=ERRORS,
            summary="Claimed figures grouped by actor and quantity, competing figures side by side")
def list_claims(store: StoreDep, limit: Limit = 200,
                quantity: Annotated[str | None, Query(max_length=TEXT_PARAM_MAX,
                                                      description="fighters, killed, wounded, ...")] = None,
                actor: Annotated[str | None, Query(max_length=TEXT_PARAM_MAX)] = None) -> dict:
    return {"items": queries.claims_grouped(store, quantity=quantity or None, actor=actor or None, limit=limit)}


@router.get("/summary", response_model=Summary, summary="Store counts and the values the filters offer")
def get_summary(store: StoreDep) -> dict:
    counts = queries.summary(store, with_types=False)   # facets() counts the types
    counts.pop("by_type", None)
    return {**counts, **queries.facets(store), "outlets": queries.outlets(store)}


# --- articles ---------------------------------------------------------------------------------------------

@router.get("/articles", response_model=ArticleList, responses=ERRORS, summary="Stored articles, newest first")
def list_articles(store: StoreDep, limit: Limit = 100, offset: Offset = 0) -> dict:
    return {"limit": limit, "offset": offset, "items": queries.list_articles(store, limit=limit, offset=offset)}


@router.get("/articles/{article_id}", response_model=ArticleDetail,
            responses={404: {"description": "No such article"}, **ERRORS},
            summary="An article's text with every extracted span (character offsets)")
def get_article(store: StoreDep, article_id: Annotated[str, Path(min_length=1, max_length=TEXT_PARAM_MAX)]) -> dict:
    detail = queries.article(store, article_id)
    if detail is None:
        raise HTTPException(404, "no such article")
    return detail


_pipeline_lock = threading.Lock()


def _pipeline(request: Request):
    """The extraction pipeline, loaded on first use (its indexes take a moment) and then kept."""
    with _pipeline_lock:
        if request.app.state.pipeline is None:
            try:
                from rasd.pipeline import Pipeline

                pipeline = Pipeline()
                pipeline.resources  # noqa: B018 - load the lexicons now, under the lock
            except Exception as exc:  # a broken install is the server's problem, not the input's
                raise HTTPException(503, f"the extraction pipeline is not available: {type(exc).__name__}: {exc}") from exc
            request.app.state.pipeline = pipeline
        return request.app.state.pipeline


def _extract(request: Request, article: Article):
    """The article's extraction, bounded in time and in concurrency.

    FastAPI runs this handler in a worker thread, off the event loop.  At most `extract_slots`
    extractions run at once (the pipeline is read-only and shared); each is stopped after the
    app's time budget, so a very long article holds one slot for that long at most and other
    writers go on in the others.  A request that finds every slot taken for a whole budget is
    told to come back (503).
    """
    state = request.app.state
    pipeline = _pipeline(request)
    if not state.extract_slots.acquire(timeout=state.time_budget or None):
        raise HTTPException(503, "every extraction slot is busy; try again shortly",
                            headers={"Retry-After": str(max(1, int(state.time_budget or 1)))})
    try:
        return pipeline.extract_within(article, state.time_budget)
    finally:
        state.extract_slots.release()


@router.post("/articles", response_model=ExtractionResult, status_code=201,
             responses={200: {"description": "The same text was already stored", "model": ExtractionResult},
                        400: {"description": "The body cannot be read as JSON text (e.g. not UTF-8)"},
                        401: {"description": "The write token is missing or wrong"},
                        413: {"description": "The body is over the size limit"},
                        503: {"description": "Every extraction slot stayed busy for a whole time budget"},
                        **ERRORS},
             dependencies=[Depends(require_token)],
             summary="Extract an article with the pipeline and store it at once")
def post_article(request: Request, store: StoreDep, body: NewArticle) -> Any:
    article = Article(id=f"api-{content_hash(body.text)[:16]}", text=body.text, url=body.url, outlet=body.outlet,
                      published=body.published, title=body.title, source_path=None)
    try:
        extraction = _extract(request, article)
        saved = store.save(extraction)
    except HTTPException:
        raise
    except Exception as exc:  # noqa: BLE001 - the text is what failed: say so, and keep it in the failures list
        what = str(exc) if type(exc).__name__ == "OverBudget" else \
            f"extraction or storage failed: {type(exc).__name__}: {exc}"
        store.record_failure(f"api:{article.id}", what)
        raise _invalid("body", "text", what, None) from None
    result = ExtractionResult(
        article_id=saved.article_id, stored=saved.stored, events_new=saved.events_new,
        events_merged=saved.events_merged, places=to_plain(extraction.places), actors=to_plain(extraction.actors),
        events=to_plain(extraction.events), movements=to_plain(extraction.movements),
        claims=to_plain(extraction.claims))
    return JSONResponse(result.model_dump(mode="json"), status_code=201 if saved.stored else 200)


# --- downloads of the current filter -----------------------------------------------------------------------

def _download(store: Store, fmt: str, flt: EventFilter, media_type: str, filename: str) -> StreamingResponse:
    """Write the export with rasd.export (the CLI's writer) to a spooled file, then stream it."""
    from rasd.export import write_export

    # closed by the generator once the last block is sent, so no `with`
    spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024, mode="w+b")
    text = io.TextIOWrapper(spool, encoding="utf-8", newline="")
    write_export(store, fmt, text, flt)
    text.flush()
    text.detach()
    size = spool.tell()
    spool.seek(0)

    def chunks():
        try:
            while block := spool.read(64 * 1024):
                yield block
        finally:
            spool.close()

    return StreamingResponse(chunks(), media_type=media_type,
                             headers={"Content-Disposition": f'attachment; filename="{filename}"',
                                      "Content-Length": str(size)})


@router.get("/export.csv", responses={200: {"content": {"text/csv": {}}}, **ERRORS},
            response_class=StreamingResponse, summary="ACLED-style CSV of the events matching a filter")
def export_csv(store: StoreDep, flt: Filter) -> StreamingResponse:
    return _download(store, "csv", flt, "text/csv; charset=utf-8", "rasd-events.csv")


@router.get("/export.geojson", responses={200: {"content": {"application/geo+json": {}}}, **ERRORS},
            response_class=StreamingResponse, summary="GeoJSON of the located events matching a filter")
def export_geojson(store: StoreDep, flt: Filter) -> StreamingResponse:
    return _download(store, "geojson", flt, "application/geo+json", "rasd-events.geojson")

"""`rasd`: the command line.

    rasd ingest PATH|URL...        read articles, extract, store (one transaction per article)
    rasd watch FEED_URL...         poll RSS/Atom feeds, ingest new items
    rasd extract IN -o OUT.jsonl   predictions in the SCHEMA.md layout (no store)
    rasd eval GOLD.jsonl           score against gold (extracting the gold's texts, or --pred FILE)
    rasd export --format csv       ACLED-style CSV, GeoJSON or JSON Lines of the store
    rasd serve                     the HTTP API and web page on 127.0.0.1
    rasd failures                  inputs that could not be stored, with the reason
    rasd gazetteer build|import    the compiled GeoNames index
    rasd compile                   every compiled resource into the cache (make install runs it)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Rasd: Arabic conflict reports to coded data.")
gazetteer_app = typer.Typer(help="The gazetteer index (GeoNames + Rasd's supplement).")
app.add_typer(gazetteer_app, name="gazetteer")
# Article text, file names, URLs and failure reasons come from outside: never read as Rich markup
# (a "[/]" in a date must print as itself), and report lines are never wrapped (a pipe or a file is
# not 80 columns wide; a line cut in two no longer greps).
console = Console(stderr=True, markup=False, highlight=False, soft_wrap=True)
out = Console(markup=False, highlight=False, soft_wrap=True)

DbOption = typer.Option(None, "--db", envvar="RASD_DB", help="Database URL (default: SQLite under ./var).")
TimeBudgetOption = typer.Option(None, "--time-budget", min=0,
                                help="Seconds one article may take before it is stopped and reported "
                                     "(default 60, or RASD_TIME_BUDGET; 0: no limit).")


def _printable(text: str) -> str:
    """Lone surrogates (undecodable bytes of a file name) as escapes: a terminal cannot write them."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _report(source: str, reason: str, label: str = "skipped", style: str = "yellow") -> None:
    console.print(Text.assemble((label, style), f" {_printable(source)}: {_printable(reason)}"))


def _need(extra: str, modules: tuple[str, ...], what: str) -> None:
    """Stop with one line naming the extra to install when an optional dependency is missing."""
    import importlib.util

    if any(importlib.util.find_spec(m) is None for m in modules):
        print(f"{what} needs the {extra} extra: pip install 'rasd[{extra}]'", file=sys.stderr)
        raise typer.Exit(2)


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=console, transient=False, disable=not console.is_terminal)


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files (.txt, .jsonl, .html), directories, or http(s) URLs "
                                                "of pages or feeds."),
    db: Optional[str] = DbOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only the summary line."),
    time_budget: Optional[float] = TimeBudgetOption,
) -> None:
    """Read articles, extract events, routes and claims, and store them."""
    import itertools

    from rasd.ingest.files import expand, read_all
    from rasd.ingest.runner import ingest_items
    from rasd.ingest.web import is_url, read_urls, stored_lookup

    urls = [p for p in paths if is_url(p)]
    if urls:
        _need("feeds", ("trafilatura", "htmldate", "feedparser"), "rasd ingest of web pages and feeds")
    store = _store(db)
    files = expand(p for p in paths if not is_url(p))
    with _progress() as progress:
        task = progress.add_task("ingesting", total=len(files) + len(urls))
        items = itertools.chain(read_all(files), read_urls(urls, lookup=stored_lookup(store)))
        summary = ingest_items(items, store, on_item=lambda *_: None,
                               on_file=lambda: progress.advance(task), time_budget=time_budget)
    for f in summary.failures:
        _report(f.source, f.reason)
    out.print(f"{summary.stored} stored, {summary.duplicates} already present, {len(summary.failures)} failed; "
              f"{summary.events_new} new events, {summary.events_merged} merged into known incidents "
              f"({store.url})")
    if not quiet:
        _print_store_summary(store)
    if summary.stored == 0 and summary.duplicates == 0 and summary.failures:
        raise typer.Exit(1)


def _store(db: str | None):
    from rasd.store.db import Store, StoreError

    _need_db(db)
    try:
        return Store(db)
    except StoreError as exc:
        console.print(f"cannot open the store: {exc}", markup=False, highlight=False)
        raise typer.Exit(2) from None


def _need_db(db: str | None) -> None:
    if db and db.startswith("postgres"):
        _need("pg", ("psycopg",), "a PostgreSQL store")


def _print_store_summary(store) -> None:
    from rasd.store.queries import summary

    s = summary(store)
    t = Table(title="Store", show_header=True)
    for col in ("articles", "events", "places", "actors", "movements", "claims"):
        t.add_column(col, justify="right")
    t.add_row(*(str(s[c]) for c in ("articles", "events", "places", "actors", "movements", "claims")))
    out.print(t)
    if s["by_type"]:
        t2 = Table(title="Events by type")
        t2.add_column("type")
        t2.add_column("sub-type")
        t2.add_column("n", justify="right")
        for (typ, sub), n in s["by_type"]:
            t2.add_row(typ, sub, str(n))
        out.print(t2)


@app.command()
def extract(
    source: Path = typer.Argument(..., help="A JSON Lines file of articles ({id, text, published, ...}) or a directory."),
    output: Path = typer.Option(Path("-"), "-o", "--output", help="Predictions (JSON Lines); '-' for stdout."),
    engine: str = typer.Option("local", "--engine", help="local, or dask for a cluster."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a local cluster)."),
    partitions: int = typer.Option(0, "--partitions", help="Dask partitions (default: 2 per worker)."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl, or parquet (Dask engine: a directory of parts)."),
    db: Optional[str] = typer.Option(None, "--db", help="Also load the results into this store."),
    time_budget: Optional[float] = TimeBudgetOption,
) -> None:
    """Extract without storing: predictions in the SCHEMA.md layout.

    An input that cannot be read, or an article whose extraction fails or runs over its time budget,
    is reported on stderr with the reason, and the batch goes on.
    """
    if engine == "dask":
        _need("dask", ("dask", "distributed", "pyarrow"), "rasd extract --engine dask")
        _need_db(db)
        from rasd.scale.dask_engine import run_dask_extract

        n = run_dask_extract(source, output, scheduler=scheduler, partitions=partitions, fmt=fmt, db=db)
        console.print(f"{n} articles extracted on Dask -> {output}")
        return
    from rasd.pipeline import Pipeline

    store = _store(db) if db else None
    sink = sys.stdout if str(output) == "-" else open(output, "w", encoding="utf-8")
    try:
        n, reported = _extract_all(source, Pipeline(), sink, store, time_budget)
    finally:
        if sink is not sys.stdout:
            sink.close()
    console.print(f"{n} articles extracted, {reported} reported -> {output}")
    if n == 0 and reported:
        raise typer.Exit(1)


def _extract_all(source: Path, pipe, sink, store, time_budget: float | None) -> tuple[int, int]:
    """Extract every article of `source` into `sink` (and `store`); (extracted, reported)."""
    from rasd.export.jsonl import prediction_record
    from rasd.ingest.files import IngestFailure, read_all
    from rasd.ingest.runner import extract_one, failure_reason

    n = reported = 0
    with _progress() as progress:
        task = progress.add_task("extracting", total=None)
        for item in read_all([source]):
            progress.advance(task)
            if isinstance(item, IngestFailure):
                _report(item.source, item.reason)
                reported += 1
                continue
            where = item.source_path or item.id
            try:
                ex = extract_one(pipe, item, time_budget)
                line = json.dumps(prediction_record(ex), ensure_ascii=False)
            except Exception as exc:  # noqa: BLE001 - one article's failure is reported, the batch goes on
                _report(where, failure_reason(exc))
                reported += 1
                continue
            sink.write(line + "\n")
            n += 1
            if store is not None:
                try:
                    store.save(ex)
                except Exception as exc:  # noqa: BLE001 - the prediction is written; the store's failure is said
                    _report(where, f"not stored: {type(exc).__name__}: {exc}")
    return n, reported


@app.command()
def watch(
    feeds: list[str] = typer.Argument(..., help="RSS/Atom feed URLs."),
    interval: int = typer.Option(300, "--interval", help="Seconds between polls."),
    once: bool = typer.Option(False, "--once", help="Poll once and exit (for cron)."),
    db: Optional[str] = DbOption,
) -> None:
    """Poll feeds and ingest their new items (items already stored are not fetched again)."""
    _need("feeds", ("trafilatura", "htmldate", "feedparser"), "rasd watch")
    from rasd.ingest.feeds import FeedWatcher

    store = _store(db)

    def report(results) -> None:
        for r in results:
            if r.error:
                console.print(Text.assemble((r.feed, "yellow"), f": {r.error}"))
            elif r.not_modified:
                console.print(f"{r.feed}: not modified")
            else:
                console.print(f"{r.feed}: {r.items} items, {r.new} new: {r.stored} stored, "
                              f"{r.duplicates} already present, {r.failed} failed")

    try:
        FeedWatcher(store).run(feeds, interval=interval, once=once, on_poll=report)
    except KeyboardInterrupt:  # every stored article is committed; nothing to undo
        console.print("stopped")


@app.command("eval")
def evaluate(
    gold: Path = typer.Argument(..., help="Gold JSON Lines (SCHEMA.md)."),
    pred: Optional[Path] = typer.Option(None, "--pred", help="Predictions to score; default: extract the gold's texts now."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as one JSON object."),
) -> None:
    """Score predictions against gold, as SCHEMA.md defines it."""
    from rasd.eval.scorer import load_jsonl, score
    from rasd.eval.run import predict_gold

    gold_docs = load_jsonl(gold)
    pred_docs = load_jsonl(pred) if pred else predict_gold(gold_docs)
    res = score(gold_docs, pred_docs)
    if as_json:
        out.print_json(json.dumps(res, ensure_ascii=False))
        return
    # plain text: one line per item, so that it reads the same in a terminal, a log or a README
    print(f"rasd eval {gold.name} ({len(gold_docs)} articles)")
    print(f"{'':10s} {'P':>6s} {'R':>6s} {'F1':>6s}  {'tp/pred/gold':<13s} details")
    for k in ("places", "actors", "events", "movements", "claims"):
        v = res[k]
        more = ""
        if k == "places":
            more = f"acc@161 {v['acc161']}, median {v['median_km']} km"
        elif k == "events":
            f = v["matched_field_acc"]
            more = ", ".join(f"{x} {f[x]}" for x in ("sub_type", "actor1", "fatalities", "date"))
        elif k == "claims":
            more = f"source {v['source_acc']}"
        print(f"{k:10s} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f}  {str(v['tp']) + '/' + str(v['pred']) + '/' + str(v['gold']):<13s} {more}")


@app.command()
def export(
    fmt: str = typer.Option("csv", "--format", "-f", help="csv (ACLED-style), geojson or jsonl."),
    output: Path = typer.Option(Path("-"), "-o", "--output"),
    db: Optional[str] = DbOption,
    event_type: Optional[str] = typer.Option(None, "--type"),
    country: Optional[str] = typer.Option(None, "--country"),
    date_from: Optional[str] = typer.Option(None, "--from"),
    date_to: Optional[str] = typer.Option(None, "--to"),
    actor: Optional[str] = typer.Option(None, "--actor"),
) -> None:
    """Export the store's events (and, for jsonl, routes and claims)."""
    from rasd.export import write_export
    from rasd.store.queries import EventFilter

    store = _store(db)
    flt = EventFilter(event_type=event_type, country=country, date_from=date_from, date_to=date_to, actor=actor)
    sink = sys.stdout if str(output) == "-" else open(output, "w", encoding="utf-8", newline="")
    try:
        n = write_export(store, fmt, sink, flt)
    except ValueError as exc:
        console.print(Text(str(exc), style="red"))
        raise typer.Exit(2) from None
    finally:
        if sink is not sys.stdout:
            sink.close()
    console.print(f"{n} records -> {output}")


@app.command()
def failures(db: Optional[str] = DbOption, limit: int = typer.Option(100, "--limit")) -> None:
    """Inputs that could not be stored, newest first."""
    from rasd.store.queries import list_failures

    rows = list_failures(_store(db), limit)
    # one tab-separated line per failure: readable, and easy to grep or load elsewhere
    print(f"# {len(rows)} failures (newest first): when, source, reason")
    for r in rows:
        print(f"{str(r['at'])[:19]}\t{r['source']}\t{r['reason']}")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8321, "--port"),
    db: Optional[str] = DbOption,
    time_budget: float = typer.Option(30.0, "--time-budget", min=0,
                                      help="Seconds a POSTed article may take before it is stopped and "
                                           "refused (0: no limit)."),
) -> None:
    """The HTTP API and the web page."""
    _need("web", ("fastapi", "uvicorn"), "rasd serve")
    import uvicorn

    from rasd.serve.app import create_app

    application = create_app(_store(db), time_budget=time_budget)
    console.print(f"Rasd at http://{host}:{port}/  (write token: {application.state.token_note})")
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command("compile")
def compile_resources() -> None:
    """Compile every lexicon, the gazetteer and the form index into the cache (make install runs it);
    otherwise the first extraction on a machine does it, which takes tens of seconds."""
    import time

    from rasd.bundle import bundle_path
    from rasd.pipeline import Resources

    start = time.perf_counter()
    Resources.load()
    console.print(f"resources ready in {time.perf_counter() - start:.1f} s: {bundle_path()}")


@gazetteer_app.command("build")
def gazetteer_build() -> None:
    """Compile GeoNames (and imported dumps) into the index used for lookups."""
    from rasd.resolve.gazetteer import build_index, index_path, save_index

    save_index(build_index(), index_path())
    console.print(f"index written to {index_path()}")


@gazetteer_app.command("import")
def gazetteer_import(path: Path = typer.Argument(..., help="A GeoNames dump (e.g. LY.txt) in GeoNames' TSV format.")) -> None:
    """Add a full GeoNames country dump (wadis, mountains, areas) to the index."""
    from rasd.resolve.gazetteer import import_dump

    try:
        index, n = import_dump(path)
    except (ValueError, OSError) as exc:
        console.print(Text(str(exc), style="red"))
        raise typer.Exit(2) from None
    console.print(f"{n} GeoNames rows imported; index rebuilt at {index}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()

"""``python -m xiaomi_timeline.bench.scaling_prototype``: what the window's queries cost on
millions of events kept in a Parquet file and asked through DuckDB (docs/scaling.md).

Writes (once, then reuses) a synthetic store of ``--events`` events in date order, then runs
each query the app would issue in its own process, so that every row's peak memory is its own:
the time of the first run in a fresh process, the median of the next ``--runs`` (each with
other parameters: another window, person or word), the rows it returns and the peak resident
memory. Baselines from the same run: a full scan of one column (the floor any query over all
events pays) and the same questions asked of numpy columns held in memory, as the app does now.

Needs the optional extra: ``pip install 'xiaomi-ai-timeline[scaling]'``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from xiaomi_timeline.bench import scaling_queries as q
from xiaomi_timeline.bench.machine import reference_ms
from xiaomi_timeline.bench.scaling_data import synthetic_chunks, synthetic_entities
from xiaomi_timeline.bench.scaling_store import (
    ParquetTimeline,
    member_path,
    missing_extra,
    synthetic_names,
    write_member_tables,
    write_parquet,
    write_word_table,
)
from xiaomi_timeline.core.query import FilterState

log = logging.getLogger("scaling")

STORE_VERSION = 2
"""Bump when the synthetic store changes, so cached files are rewritten."""
CANVAS_PIXELS = 1280
PIXELS_PER_BUCKET = 4
PAGE = 500
YEAR = 365.25

Query = Callable[[ParquetTimeline, int], int]
"""Runs one query (the int picks its parameters) and returns how many rows it gave."""


def _person(run: int) -> FilterState:
    """One of the busiest people (the generator skews towards low ids), another each run."""
    return FilterState(people=frozenset({f"p{run:05d}"}))


def _year_window(store: ParquetTimeline, run: int) -> q.Window:
    """A year-wide view, a different year each run, in the busy recent decades."""
    start = store.span[1] - (8 + run) * YEAR
    return q.aligned_window(start, start + YEAR, CANVAS_PIXELS, PIXELS_PER_BUCKET)


def _whole_window(store: ParquetTimeline, run: int) -> q.Window:
    lo, hi = store.span
    return q.aligned_window(lo - run, hi, CANVAS_PIXELS, PIXELS_PER_BUCKET)


def _panel_counts(store: ParquetTimeline, state: FilterState) -> int:
    """Everything the filter panel shows after a change (QueryResult's five count methods)."""
    rows = len(store.list_counts(state, "people"))
    rows += len(store.list_counts(state, "organizations"))
    rows += len(store.value_counts(state, "categories"))
    rows += len(store.value_counts(state, "statuses"))
    return rows + len(store.year_counts(state))


_CATEGORY_LANES = synthetic_entities(0, 0).categories


def _clusters(
    store: ParquetTimeline, run: int, mode: q.LaneMode, lanes: list[str]
) -> list[tuple[Any, ...]]:
    """The clusters of the lanes on screen, 40 pixels a bin, as the canvas draws them."""
    lo, hi = store.span
    bin_days = 40 * (hi - lo + run) / CANVAS_PIXELS
    return store.clusters(FilterState(), (lo - run, hi), bin_days, mode, lanes)


_TEXTS = ("keynote", "robots", "cluster", "budget", "patent", "translation", "memo")


def _two_words(run: int) -> str:
    return f"{_TEXTS[run % len(_TEXTS)]} {_TEXTS[(run + 3) % len(_TEXTS)]}"


def _search(store: ParquetTimeline, run: int, text: str) -> int:
    state = FilterState(text=text)
    store.count(state)
    return len(store.page(state, _whole_window(store, 0), PAGE))


@dataclass(frozen=True)
class Measure:
    name: str
    query: Query
    baseline: str | None = None  # the numpy row this compares with
    word_index: bool = False  # search text through the word index


MEASURES: tuple[Measure, ...] = (
    Measure(
        "scan floor: sum of one column of every event",
        lambda s, r: len(s._rows(q.Sql(f"SELECT sum(lo + {r}) FROM events"))),
    ),
    Measure(
        "density, whole span, 320 buckets",
        lambda s, r: len(s.density(FilterState(), _whole_window(s, r))),
        "density, whole span",
    ),
    Measure(
        "density, one-year zoom, 320 buckets",
        lambda s, r: len(s.density(FilterState(), _year_window(s, r))),
        "density, one-year zoom",
    ),
    Measure(
        "density, whole span, one person",
        lambda s, r: len(s.density(_person(r), _whole_window(s, 0))),
        "density, whole span, one person",
    ),
    Measure(
        "count, person + year",
        lambda s, r: s.count(_person(r).replace(years=(2015 + r, 2015 + r))),
        "count, person + year",
    ),
    Measure(
        "page of 500, one-year zoom",
        lambda s, r: len(s.page(FilterState(), _year_window(s, r), PAGE)),
    ),
    Measure(
        "page of 500, one-year zoom, one category",
        lambda s, r: len(
            s.page(FilterState(categories=frozenset({"research"})), _year_window(s, r), PAGE)
        ),
    ),
    Measure(
        "page of 500, whole span, person + year",
        lambda s, r: len(s.page(_person(r).replace(years=(2010, 2020)), _whole_window(s, 0), PAGE)),
    ),
    Measure(
        "clusters, 8 category lanes, whole span",
        lambda s, r: len(_clusters(s, r, "category", [c for c, _ in _CATEGORY_LANES])),
    ),
    Measure(
        "clusters, 20 person lanes + nobody's, whole span",
        lambda s, r: len(
            _clusters(s, r, "person", [f"p{i:05d}" for i in range(r, r + 20)] + [q.NO_LANE])
        ),
    ),
    Measure(
        "next matching event (Right), person + year",
        lambda s, r: int(
            s.neighbour(_person(r).replace(years=(2000, 2020)), f"ev{s.total // 2 + r:08d}", 1)
            is not None
        ),
    ),
    Measure(
        "people counts, no filter",
        lambda s, r: len(s.list_counts(FilterState(), "people")),
        "people counts, no filter",
    ),
    Measure(
        "facet counts (people, orgs, categories, statuses, years), no filter",
        lambda s, r: _panel_counts(s, FilterState()),
    ),
    Measure(
        "facet counts (all five lists), one year",
        lambda s, r: _panel_counts(s, FilterState(years=(2010 + r, 2010 + r))),
    ),
    Measure(
        "text search, one word: count + first 500",
        lambda s, r: _search(s, r, _TEXTS[r % len(_TEXTS)]),
    ),
    Measure(
        "text search, two words: count + first 500",
        lambda s, r: _search(s, r, _two_words(r)),
    ),
    Measure(
        "text search through the word index, one word",
        lambda s, r: _search(s, r, _TEXTS[r % len(_TEXTS)]),
        word_index=True,
    ),
    Measure(
        "text search through the word index, two words",
        lambda s, r: _search(s, r, _two_words(r)),
        word_index=True,
    ),
)


# -- measuring in a child process ----------------------------------------------------------


def _status_kib(field: str) -> int:
    """A field of /proc/self/status in KiB (VmRSS, VmHWM), or 0 where there is none."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _timed(action: Callable[[], int]) -> tuple[float, int]:
    started = time.perf_counter()
    rows = action()
    return (time.perf_counter() - started) * 1000, rows


def _measure_query(args: argparse.Namespace) -> dict[str, Any]:
    measure = next(m for m in MEASURES if m.name == args.child)
    names = synthetic_names(synthetic_entities(args.events, args.seed))
    opened_ms, store = _timed_open(args.file, names, args.threads, measure.word_index)
    idle = _status_kib("VmRSS")
    first_ms, rows = _timed(lambda: measure.query(store, 0))
    times = [_timed(partial(measure.query, store, r))[0] for r in range(1, args.runs + 1)]
    return {
        "open_ms": opened_ms,
        "first_ms": first_ms,
        "median_ms": statistics.median(times),
        "rows": rows,
        "idle_rss_mib": idle / 1024,
        "peak_rss_mib": _status_kib("VmHWM") / 1024,
    }


def _timed_open(
    path: Path, names: q.EntityNames, threads: int, word_index: bool
) -> tuple[float, ParquetTimeline]:
    started = time.perf_counter()
    store = ParquetTimeline(path, names, threads, word_index=word_index)
    return (time.perf_counter() - started) * 1000, store


def _measure_numpy(args: argparse.Namespace) -> dict[str, Any]:
    """Today's approach at this size: the columns the same questions need, held in numpy."""
    import duckdb  # noqa: PLC0415

    idle = _status_kib("VmRSS")
    started = time.perf_counter()
    connection = duckdb.connect()
    source = f"read_parquet('{args.file}')"
    columns = connection.execute(
        f"SELECT anchor, start_year, end_year FROM {source} ORDER BY position"
    ).fetchnumpy()
    pairs = connection.execute(
        f"SELECT position, CAST(substr(p, 2) AS INTEGER) AS code"
        f" FROM (SELECT position, unnest(people) AS p FROM {source})"
    ).fetchnumpy()
    connection.close()
    anchor = np.ascontiguousarray(columns["anchor"], dtype=np.float64)
    start_year = np.ascontiguousarray(columns["start_year"], dtype=np.int64)
    end_year = np.ascontiguousarray(columns["end_year"], dtype=np.int64)
    pair_event = np.ascontiguousarray(pairs["position"], dtype=np.int64)
    pair_code = np.ascontiguousarray(pairs["code"], dtype=np.int64)
    del columns, pairs
    load_ms = (time.perf_counter() - started) * 1000
    size = len(anchor)
    span = (float(anchor.min()), float(anchor.max()))
    people = int(pair_code.max()) + 1 if len(pair_code) else 1

    def person_mask(run: int) -> np.ndarray[Any, np.dtype[np.bool_]]:
        mask = np.zeros(size, dtype=np.bool_)
        mask[pair_event[pair_code == run]] = True
        return mask

    def histogram(window: q.Window, mask: Any = None) -> int:
        values = anchor if mask is None else anchor[mask]
        counts, _ = np.histogram(values, bins=window.buckets, range=(window.start, window.end))
        return len(counts)

    whole = q.aligned_window(*span, CANVAS_PIXELS, PIXELS_PER_BUCKET)
    recent = span[1] - 8 * YEAR
    queries: dict[str, Callable[[int], int]] = {
        "density, whole span": lambda r: histogram(
            q.aligned_window(span[0] - r, span[1], CANVAS_PIXELS, PIXELS_PER_BUCKET)
        ),
        "density, one-year zoom": lambda r: histogram(
            q.aligned_window(recent - r * YEAR, recent - (r - 1) * YEAR, CANVAS_PIXELS, 4)
        ),
        "density, whole span, one person": lambda r: histogram(whole, person_mask(r)),
        "count, person + year": lambda r: int(
            (person_mask(r) & (start_year <= 2015 + r) & (end_year >= 2015 + r)).sum()
        ),
        "people counts, no filter": lambda r: len(
            np.bincount(pair_code[np.ones(size, dtype=np.bool_)[pair_event]], minlength=people)
        ),
    }
    figures: dict[str, Any] = {
        "load_ms": load_ms,
        "idle_rss_mib": idle / 1024,
        "held_rss_mib": _status_kib("VmRSS") / 1024,
        "peak_rss_mib": _status_kib("VmHWM") / 1024,
        "queries": {},
    }
    for name, query in queries.items():
        first_ms, rows = _timed(partial(query, 0))
        times = [_timed(partial(query, r))[0] for r in range(1, args.runs + 1)]
        figures["queries"][name] = {
            "first_ms": first_ms,
            "median_ms": statistics.median(times),
            "rows": rows,
        }
    return figures


def _generate(args: argparse.Namespace) -> dict[str, Any]:
    started = time.perf_counter()
    entities = synthetic_entities(args.events, args.seed)
    written = write_parquet(args.file, synthetic_chunks(args.events, args.seed, entities))
    return {
        "events": written,
        "seconds": time.perf_counter() - started,
        "peak_rss_mib": _status_kib("VmHWM") / 1024,
    }


# -- the parent: run every child, print the table --------------------------------------------


def _child(args: argparse.Namespace, name: str) -> dict[str, Any]:
    command = [
        sys.executable,
        "-m",
        "xiaomi_timeline.bench.scaling_prototype",
        "--child",
        name,
        "--file",
        str(args.file),
        "--events",
        str(args.events),
        "--seed",
        str(args.seed),
        "--runs",
        str(args.runs),
        "--threads",
        str(args.threads),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["no output"])[-1]}
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def parse_count(text: str) -> int:
    """``10M``, ``250k`` or ``5000`` as a number of events."""
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    number = text[:-1] if factor > 1 else text
    value = int(float(number) * factor)
    if value < 1:
        raise ValueError(f"{text!r} is not a positive number of events")
    return value


def _events_argument(text: str) -> int:
    try:
        return parse_count(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of events (write 10M, 250k or 5000)"
        ) from None


def _runs_argument(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of runs (1 or more)")
    return int(text)


def _table(results: dict[str, Any]) -> str:
    floor = results["queries"][MEASURES[0].name].get("median_ms")
    numpy = results["numpy"].get("queries", {})
    lines = [
        f"{'query':<70} {'first ms':>9} {'median ms':>10} {'rows':>6} {'peak MiB':>9}"
        f" {'x floor':>8} {'numpy ms':>9} {'x numpy':>8}",
    ]
    for measure in MEASURES:
        row = results["queries"][measure.name]
        if "error" in row:
            lines.append(f"{measure.name:<70} failed: {row['error']}")
            continue
        ratio = f"{row['median_ms'] / floor:.2f}" if floor else "-"
        base = numpy.get(measure.baseline or "", {})
        base_ms = f"{base['median_ms']:.1f}" if base else "-"
        vs = f"{row['median_ms'] / base['median_ms']:.1f}" if base else "-"
        lines.append(
            f"{measure.name:<70} {row['first_ms']:>9.1f} {row['median_ms']:>10.1f}"
            f" {row['rows']:>6} {row['peak_rss_mib']:>9.0f} {ratio:>8} {base_ms:>9} {vs:>8}"
        )
    return "\n".join(lines)


def _summary(results: dict[str, Any]) -> str:
    store, numpy = results["store"], results["numpy"]
    opened = [r["open_ms"] for r in results["queries"].values() if "open_ms" in r]
    idle = [r["idle_rss_mib"] for r in results["queries"].values() if "idle_rss_mib" in r]
    lines = [
        f"{results['events']:,} events, seed {results['seed']}, DuckDB {results['duckdb']},"
        f" {results['threads']} threads, {os.cpu_count()} cores; run {results['date']};"
        f" reference work {results['reference_ms_start']} ms at the start,"
        f" {results['reference_ms_end']} at the end; load average {results['load_start']:.1f},"
        f" then {results['load_end']:.1f}",
        f"store: {store['bytes'] / 1e6:,.0f} MB Parquet"
        f" + {store['member_bytes'] / 1e6:,.0f} MB of (person|organization, event) rows"
        f" + {store['word_bytes'] / 1e6:,.0f} MB of (word, event) rows"
        + (f" (indexed in {store['word_index_s']:.0f} s)" if "word_index_s" in store else "")
        + (
            f", written in {store['seconds']:.0f} s at {store['peak_rss_mib']:,.0f} MiB peak"
            if "seconds" in store
            else " (reused)"
        ),
    ]
    if opened:
        lines.append(
            f"open (count, span, year bounds from the file): median {statistics.median(opened):.0f}"
            f" ms; a process with DuckDB open idles at {statistics.median(idle):.0f} MiB"
        )
    if "load_ms" in numpy:
        lines.append(
            f"numpy baseline: 5 columns read into memory in {numpy['load_ms'] / 1000:.1f} s,"
            f" held at {numpy['held_rss_mib']:,.0f} MiB ({numpy['peak_rss_mib']:,.0f} peak)"
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> dict[str, Any]:
    import duckdb  # noqa: PLC0415

    results: dict[str, Any] = {
        "reference_ms_start": reference_ms(),
        "load_start": os.getloadavg()[0],
        "events": args.events,
        "seed": args.seed,
        "threads": args.threads,
        "duckdb": duckdb.__version__,
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    if args.file.exists():
        results["store"] = {}
        if not all(member_path(args.file, f).exists() for f in q.MEMBER_TABLES):
            write_member_tables(args.file)
        if not member_path(args.file, "vocabulary").exists():
            log.info("writing the word index")
            started = time.perf_counter()
            try:
                write_word_table(args.file)
            except Exception as error:  # the engine's errors (memory, disk) have no common base
                raise SystemExit(f"cannot write the word index: {error}") from None
            results["store"]["word_index_s"] = time.perf_counter() - started
    else:
        log.info("writing %s events to %s", f"{args.events:,}", args.file)
        results["store"] = _child(args, "generate")
        if "error" in results["store"]:
            raise SystemExit(f"cannot write the store: {results['store']['error']}")
    results["store"]["bytes"] = args.file.stat().st_size
    results["store"]["member_bytes"] = sum(
        member_path(args.file, f).stat().st_size for f in q.MEMBER_TABLES
    )
    results["store"]["word_bytes"] = member_path(args.file, "words").stat().st_size
    results["queries"] = {}
    for measure in MEASURES:
        log.info("measuring %s", measure.name)
        results["queries"][measure.name] = _child(args, measure.name)
    log.info("measuring the numpy baseline")
    results["numpy"] = _child(args, "numpy")
    results["reference_ms_end"] = reference_ms()
    results["load_end"] = os.getloadavg()[0]
    return results


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m xiaomi_timeline.bench.scaling_prototype",
        description="Time and memory of the app's queries on a Parquet store through DuckDB.",
    )
    parser.add_argument("--events", type=_events_argument, default=10_000_000, metavar="N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--runs", type=_runs_argument, default=5, help="warm runs per query (median)"
    )
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--dir", type=Path, help="where the store is kept (default: the user cache folder)"
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write all figures here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    return parser


def _store_path(args: argparse.Namespace) -> Path:
    if args.dir is None:
        from platformdirs import user_cache_path  # noqa: PLC0415

        args.dir = user_cache_path("xiaomi-ai-timeline") / "bench"
    name = f"scaling-{args.events}-seed{args.seed}-v{STORE_VERSION}.parquet"
    return Path(args.dir) / name


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    problem = missing_extra()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    if args.child:
        handlers: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
            "generate": _generate,
            "numpy": _measure_numpy,
        }
        print(json.dumps(handlers.get(args.child, _measure_query)(args)))
        return 0
    logging.basicConfig(
        level=logging.INFO, format="scaling %(asctime)s %(message)s", datefmt="%H:%M:%S"
    )
    args.file = _store_path(args)
    results = run(args)
    print(_summary(results))
    print(_table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

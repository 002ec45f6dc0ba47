"""The issue's targets as rows: a measured figure, its limit, PASS or MISS.

Ratios to the same-run baselines are the figures of record for launch, opening a file, load
and memory; frame, filter and whole-window limits are absolute milliseconds (the heading's
reference work tells two runs' machines apart). A row with no limit is reported, not judged.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

from xiaomi_timeline.bench.stats import ratio

LANE_MODES = ("category", "person", "organization")
VIEWS = ("whole", "year", "zoom", "pan")
FILTER_LIMITS_MS = {"person": 1.0, "years": 1.0, "person_years": 1.0, "text": 50.0}
LOAD_LIMITS = {100_000: 2.0, 1_000_000: 2.5}
CSV_IMPORT_LIMITS = {100_000: 3.0}
FRAME_LIMITS = {10_000: (4.0, None), 100_000: (8.0, 16.0), 1_000_000: (33.0, None)}
"""Frame median and p95 limits (ms) by size; None: not judged."""
LAUNCH_FLOOR_LIMIT = 1.3
"""Launch with the built-in data against the floor (empty window + the required libraries)."""
CLICK_LIMITS_MS = {10_000: 8.0, 100_000: 16.0, 1_000_000: 50.0}
"""Median from a filter click to every view repainted; p95 at most twice the median."""
CLICK_P95_FACTOR = 2.0
SEARCH_LIMITS_MS = {100_000: 120.0, 1_000_000: 250.0}
"""Last keystroke to every view repainted, debounce included (the first search too)."""
OPEN_LIMITS = {100_000: 2.0, 1_000_000: 2.5}
"""Launch with FILE to the painted timeline against an empty window + ``json.loads``."""
MEMORY_LIMITS = {1_000_000: 0.8}
"""Peak RSS after opening against the peak of ``json.loads`` of the same file."""


@dataclass(frozen=True)
class Row:
    """One line of the table."""

    what: str
    figure: str
    target: str
    passed: bool | None  # None: no target at this size, or not measured

    @property
    def verdict(self) -> str:
        return {True: "PASS", False: "MISS", None: "-"}[self.passed]


def _judge(value: float, limit: float | None) -> bool | None:
    if limit is None or math.isnan(value):
        return None
    return value <= limit


def size_label(events: int) -> str:
    if events >= 1_000_000 and events % 1_000_000 == 0:
        return f"{events // 1_000_000}M"
    if events >= 1_000 and events % 1_000 == 0:
        return f"{events // 1_000}k"
    return str(events)


def launch_rows(launch: dict[str, Any]) -> list[Row]:
    """Launch against the floor the required libraries set (judged), and against a bare empty
    window (reported: that target was withdrawn, it measured the libraries, not our code)."""
    limit = f"<= {LAUNCH_FLOOR_LIMIT:g}x floor"
    if "error" in launch:
        return [Row("launch to first paint", f"error: {launch['error']}", limit, False)]
    floor_ratio = ratio(launch["app_median_s"], launch["stack_median_s"])
    figure = (
        f"{launch['app_median_s'] * 1000:.0f} ms vs floor {launch['stack_median_s'] * 1000:.0f}"
        f" ms = {floor_ratio:.2f}x"
    )
    return [
        Row(
            "launch to first paint (built-in data)",
            figure,
            limit,
            _judge(floor_ratio, LAUNCH_FLOOR_LIMIT),
        ),
        Row(
            "  floor: empty window after importing numpy + pydantic (one model)",
            f"{launch['stack_median_s'] * 1000:.0f} ms = {launch['stack_ratio']:.2f}x empty",
            "-",
            None,
        ),
        Row(
            "  launch vs a bare empty window (target withdrawn)",
            f"{launch['app_median_s'] * 1000:.0f} ms vs {launch['empty_median_s'] * 1000:.0f} ms"
            f" = {launch['ratio']:.2f}x (CPU {launch['ratio_cpu']:.2f}x)",
            "-",
            None,
        ),
    ]


def load_rows(events: int, load: dict[str, Any]) -> list[Row]:
    limit = LOAD_LIMITS.get(events)
    figure = (
        f"{load['ours_median_s']:.2f} s (load {load['load_median_s']:.2f} + index "
        f"{load['index_median_s']:.2f}) vs json.loads {load['json_loads_median_s']:.2f} s"
        f" = {load['ratio']:.2f}x (CPU {load['ratio_cpu']:.2f}x; vs GC-on json.loads "
        f"{load['json_loads_gc_on_median_s']:.2f} s: {load['ratio_vs_gc_on']:.2f}x)"
    )
    target = f"<= {limit:g}x" if limit else ""
    floor = (
        f"Document.model_validate_json {load['validator_only_median_s']:.2f} s vs json.loads "
        f"= {load['validator_only_ratio']:.2f}x (pydantic alone: nothing of ours)"
    )
    return [
        Row(
            f"{size_label(events)} load+validate+index",
            figure,
            target,
            _judge(load["ratio"], limit),
        ),
        Row(f"{size_label(events)} validation alone (the load's floor)", floor, "", None),
    ]


def csv_import_rows(events: int, figures: dict[str, Any] | None) -> list[Row]:
    """Import of our CSV of the same events against reading it with csv.reader."""
    if figures is None:
        return []
    limit = CSV_IMPORT_LIMITS.get(events)
    figure = (
        f"{figures['import_median_s']:.2f} s vs csv.reader {figures['csv_reader_median_s']:.2f}"
        f" s = {figures['ratio']:.2f}x (CPU {figures['ratio_cpu']:.2f}x; "
        f"{figures['csv_bytes'] / 1e6:.0f} MB)"
    )
    return [
        Row(
            f"{size_label(events)} CSV import (vs csv module alone)",
            figure,
            f"<= {limit:g}x" if limit else "",
            _judge(figures["ratio"], limit),
        )
    ]


def _cpu(figures: dict[str, Any], digits: int) -> str:
    """ " [CPU median/p95]" when CPU times were recorded."""
    if "cpu_median_ms" not in figures:
        return ""
    return f" [CPU {figures['cpu_median_ms']:.{digits}f}/{figures['cpu_p95_ms']:.{digits}f}]"


def frame_rows(events: int, frames: dict[str, Any]) -> list[Row]:
    if "error" in frames:
        return [Row(f"{size_label(events)} frames", f"error: {frames['error']}", "", False)]
    rows: list[Row] = []
    for mode in LANE_MODES:
        for view in VIEWS:
            figures = frames.get(mode, {}).get(view)
            if figures is None:
                continue
            median_ms, p95_ms = figures["median_ms"], figures["p95_ms"]
            passed: bool | None = None
            target = ""
            if events in FRAME_LIMITS:
                median_limit, p95_limit = FRAME_LIMITS[events]
                passed = median_ms <= median_limit
                target = f"median <= {median_limit:g} ms"
                if p95_limit is not None:
                    target += f", p95 <= {p95_limit:g} ms"
                    passed = passed and p95_ms <= p95_limit
            figure = (
                f"median {median_ms:.1f} ms, p95 {p95_ms:.1f} ms{_cpu(figures, 1)} "
                f"({figures['runs']} frames)"
            )
            rows.append(Row(f"{size_label(events)} frame {mode}/{view}", figure, target, passed))
    switches = [
        f"{mode} {frames[mode]['switch_ms']:.0f}"
        for mode in LANE_MODES
        if "switch_ms" in frames.get(mode, {})
    ]
    if switches:
        rows.append(
            Row(
                f"{size_label(events)} lane switch + 1 frame",
                ", ".join(switches) + f" ms; set_result {frames['set_result_ms']:.0f} ms",
                "",
                None,
            )
        )
    return rows


def filter_rows(events: int, filters: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    for kind, figures in filters.items():
        limit = FILTER_LIMITS_MS.get(kind) if events == 100_000 else None
        figure = (
            f"median {figures['median_ms']:.3f} ms, p95 {figures['p95_ms']:.3f} ms"
            f"{_cpu(figures, 3)} (~{figures['median_matches']:.0f} matches; with facet counts "
            f"{figures['with_facets_median_ms']:.1f} ms)"
        )
        rows.append(
            Row(
                f"{size_label(events)} filter {kind}",
                figure,
                f"<= {limit:g} ms" if limit else "",
                _judge(figures["median_ms"], limit),
            )
        )
    first = filters.get("text", {}).get("first_query_ms")
    if first is not None:
        rows.append(
            Row(
                f"{size_label(events)} first text search",
                f"{first:.0f} ms (builds the search texts once)",
                "",
                None,
            )
        )
    return rows


def memory_row(events: int, figures: dict[str, Any]) -> Row:
    memory = figures.get("memory", {})
    timing_peak = f"timing process with baselines {figures['timing_process_peak_rss_mib']:.0f} MiB"
    if "peak_rss_mib" not in memory:
        figure = f"error: {memory.get('error', 'not measured')}; {timing_peak}"
        return Row(f"{size_label(events)} peak memory (RSS)", figure, "", None)
    figure = (
        f"{memory['peak_rss_mib']:.0f} MiB (peak by the end of the index "
        f"{memory['rss_after_index_mib']:.0f}, of a search "
        f"{memory['rss_after_search_mib']:.0f}); {timing_peak}"
    )
    return Row(f"{size_label(events)} peak memory (RSS)", figure, "", None)


def _unfinished(figures: dict[str, Any]) -> str:
    if not figures.get("unfinished"):
        return ""
    return f"; {figures['unfinished']} never repainted {', '.join(figures['missing'])}"


def click_rows(events: int, clicks: dict[str, Any]) -> list[Row]:
    """A filter click (adding, then removing it) to every view repainted."""
    limit = CLICK_LIMITS_MS.get(events)
    target = f"median <= {limit:g} ms, p95 <= {CLICK_P95_FACTOR:g}x median" if limit else ""
    rows = []
    for kind, figures in clicks.items():
        median_ms, p95_ms = figures["median_ms"], figures["p95_ms"]
        removed = figures["remove"]
        passed = None
        if limit is not None:
            passed = (
                median_ms <= limit
                and p95_ms <= CLICK_P95_FACTOR * median_ms
                and not figures["unfinished"]
            )
        figure = (
            f"median {median_ms:.1f} ms, p95 {p95_ms:.1f} ms{_cpu(figures, 1)} "
            f"({figures['runs']} clicks{_unfinished(figures)}); removing it: "
            f"{removed['median_ms']:.1f} / {removed['p95_ms']:.1f} ms{_unfinished(removed)}"
        )
        rows.append(
            Row(
                f"{size_label(events)} click a {kind} filter, window repainted",
                figure,
                target,
                passed,
            )
        )
    return rows


def search_rows(events: int, search: dict[str, Any]) -> list[Row]:
    """Typing a word: the first search after load, then later ones; debounce included."""
    limit = SEARCH_LIMITS_MS.get(events)
    target = f"<= {limit:g} ms" if limit else ""
    first_ms = search["first_ms"]
    first_unfinished = bool(search["first_missing"])
    later_passed = first_passed = None
    if limit is not None:
        later_passed = search["median_ms"] <= limit and not search["unfinished"]
        first_passed = first_ms <= limit and not first_unfinished
    missing = f"; never repainted {', '.join(search['first_missing'])}" if first_unfinished else ""
    return [
        Row(
            f"{size_label(events)} first search after load, window repainted",
            f"{first_ms:.0f} ms (CPU {search['first_cpu_ms']:.0f}; longest event-loop pass "
            f"{search['first_longest_turn_ms']:.0f} ms){missing}",
            target,
            first_passed,
        ),
        Row(
            f"{size_label(events)} search, last key to window repainted",
            f"median {search['median_ms']:.0f} ms, p95 {search['p95_ms']:.0f} ms"
            f"{_cpu(search, 0)} ({search['runs']} words{_unfinished(search)})",
            target,
            later_passed,
        ),
    ]


def window_rows(events: int, window: dict[str, Any]) -> list[Row]:
    if "error" in window:
        label = f"{size_label(events)} window (clicks, search)"
        return [Row(label, f"error: {window['error']}", "", False)]
    return click_rows(events, window["clicks"]) + search_rows(events, window["search"])


def open_rows(events: int, opened: dict[str, Any], window: dict[str, Any]) -> list[Row]:
    """Launch with FILE to the painted timeline, and the memory it took, against baselines."""
    label = size_label(events)
    if "error" in opened:
        return [Row(f"{label} open a file (launch)", f"error: {opened['error']}", "", False)]
    limit, memory_limit = OPEN_LIMITS.get(events), MEMORY_LIMITS.get(events)
    settled = window.get("peak_rss_after_open_mib")
    later = f"; window process after open {settled:.0f} MiB" if settled is not None else ""
    return [
        Row(
            f"{label} open a file: launch with FILE to painted timeline",
            f"{opened['open_median_s']:.2f} s vs empty window + json.loads "
            f"{opened['json_median_s']:.2f} s = {opened['ratio']:.2f}x "
            f"(CPU {opened['ratio_cpu']:.2f}x)",
            f"<= {limit:g}x" if limit else "",
            _judge(opened["ratio"], limit),
        ),
        Row(
            f"{label} peak memory (RSS) at the painted timeline",
            f"{opened['open_peak_rss_mib']:.0f} MiB vs json.loads "
            f"{opened['json_peak_rss_mib']:.0f} MiB = {opened['memory_ratio']:.2f}x{later}",
            f"<= {memory_limit:g}x" if memory_limit else "",
            _judge(opened["memory_ratio"], memory_limit),
        ),
    ]


def size_rows(events: int, figures: dict[str, Any]) -> list[Row]:
    if "error" in figures:
        return [Row(f"{size_label(events)} measurements", f"error: {figures['error']}", "", False)]
    rows = load_rows(events, figures["load"])
    rows += csv_import_rows(events, figures.get("csv_import"))
    if "open" in figures:
        rows += open_rows(events, figures["open"], figures.get("window", {}))
    if "window" in figures:
        rows += window_rows(events, figures["window"])
    rows += filter_rows(events, figures["filters"])
    rows += frame_rows(events, figures.get("frames", {}))
    rows.append(memory_row(events, figures))
    return rows


def all_rows(results: dict[str, Any]) -> list[Row]:
    rows = launch_rows(results["launch"]) if "launch" in results else []
    for events, figures in results["sizes"].items():
        rows += size_rows(int(events), figures)
    return rows


def rows_as_json(rows: list[Row]) -> list[dict[str, Any]]:
    return [{**asdict(row), "verdict": row.verdict} for row in rows]


def format_table(rows: list[Row]) -> str:
    """A plain text table, wide enough for every row."""
    header = Row("what", "figure", "target", None)
    width = [max(len(getattr(r, f)) for r in [header, *rows]) for f in ("what", "figure", "target")]
    lines = []
    for row in [header, *rows]:
        verdict = "result" if row is header else row.verdict
        lines.append(
            f"{row.what:<{width[0]}}  {row.figure:<{width[1]}}  {row.target:<{width[2]}}  {verdict}"
        )
        if row is header:
            lines.append("-" * (sum(width) + 12))
    return "\n".join(lines)


def format_markdown(rows: list[Row]) -> str:
    """The same table in Markdown, for the README."""
    lines = ["| what | figure | target | result |", "|---|---|---|---|"]
    for row in rows:
        cells = (row.what, row.figure, row.target or "-", row.verdict)
        lines.append("| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |")
    return "\n".join(lines)

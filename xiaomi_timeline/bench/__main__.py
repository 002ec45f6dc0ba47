"""``python -m xiaomi_timeline.bench generate|run``: synthetic data and the benchmark."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from xiaomi_timeline.bench import generator
from xiaomi_timeline.core.paths import HOME_OVERRIDE_ENV


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m xiaomi_timeline.bench",
        description="Synthetic timeline documents and the performance benchmark.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="write a synthetic document of N events")
    gen.add_argument("--events", type=int, required=True, metavar="N")
    gen.add_argument("--seed", type=int, default=1, metavar="S")
    gen.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")

    run = commands.add_parser("run", help="measure launch, load, frames, filters and memory")
    run.add_argument("--sizes", default="10k,100k,1M", help="comma list (default: %(default)s)")
    run.add_argument(
        "--runs",
        type=int,
        default=5,
        metavar="K",
        help="load runs per size (at most 3 at 1M); launch runs 2K of each probe",
    )
    run.add_argument("--seed", type=int, default=1, metavar="S")
    run.add_argument("--json", type=Path, metavar="OUT", help="also write all figures here")
    run.add_argument(
        "--markdown",
        type=Path,
        metavar="OUT",
        help="also write the table as Markdown (for the README)",
    )
    run.add_argument(
        "--cache-dir",
        type=Path,
        metavar="DIR",
        help="where generated files are kept (default: the user cache folder)",
    )
    run.add_argument("--no-launch", action="store_true", help="skip the launch measurement")
    run.add_argument("--no-frames", action="store_true", help="skip the frame measurement")
    run.add_argument(
        "--no-window",
        action="store_true",
        help="skip the whole-window measurements (opening a file, filter clicks, search)",
    )

    measure = commands.add_parser("measure", help=argparse.SUPPRESS)  # one size, internal
    measure.add_argument("file", type=Path)
    measure.add_argument("--runs", type=int, default=5)
    measure.add_argument("--filter-runs", type=int, default=200)
    measure.add_argument("--text-runs", type=int, default=20)
    measure.add_argument("--out", type=Path, required=True)
    measure.add_argument("--no-frames", action="store_true")
    measure.add_argument("--memory-only", action="store_true")
    measure.add_argument("--window-only", action="store_true")
    return parser


def _generate(args: argparse.Namespace) -> int:
    if args.events < 0:
        print("--events must be 0 or more", file=sys.stderr)
        return 2
    start = time.perf_counter()
    try:
        generator.generate_file(args.output, args.events, args.seed)
    except OSError as error:
        print(f"cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 1
    size_mb = args.output.stat().st_size / 1e6
    print(
        f"wrote {args.events} events ({size_mb:.1f} MB, seed {args.seed}) to {args.output} "
        f"in {time.perf_counter() - start:.1f} s",
        file=sys.stderr,
    )
    return 0


def unix_only_problem() -> str | None:
    """Why ``run`` and ``measure`` cannot work here, or None: they read peak memory and the
    probes' CPU time from the ``resource`` module, which Python has only on Unix."""
    try:
        import resource  # noqa: F401, PLC0415
    except ImportError:
        return (
            "the benchmark measures memory and CPU time with Python's 'resource' module, "
            f"which exists only on Unix (Linux, macOS); this platform ({sys.platform}) has "
            "none. 'generate' works here; run the benchmark on Linux or macOS."
        )
    return None


def _run(args: argparse.Namespace) -> int:
    from xiaomi_timeline.bench.runner import RunOptions, parse_sizes, run_benchmark  # noqa: PLC0415

    try:
        sizes = parse_sizes(args.sizes)
    except ValueError as error:
        print(f"--sizes: {error}", file=sys.stderr)
        return 2
    options = RunOptions(
        sizes=sizes,
        runs=max(1, args.runs),
        seed=args.seed,
        cache_dir=args.cache_dir,
        launch=not args.no_launch,
        frames=not args.no_frames,
        window=not args.no_window,
    )
    results = run_benchmark(options)
    print(f"Xiaomi AI Timeline benchmark, {_heading(results)}")
    print(results["table"])
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"figures written to {args.json}")
    if args.markdown:
        args.markdown.write_text(_markdown(results), encoding="utf-8")
        print(f"Markdown table written to {args.markdown}")
    return 0


def _speed(machine: dict[str, Any]) -> str:
    """ ", reference work 61.2 ms at the start, 60.8 at the end, load average 0.4 at the start,
    2.1 at the end" (see machine.reference_ms and machine.load_average)."""
    start, end = machine.get("reference_ms_start"), machine.get("reference_ms_end")
    if start is None or end is None:
        return ""
    text = f", reference work {start} ms at the start, {end} at the end"
    loads = machine.get("load_average_start"), machine.get("load_average_end")
    if None not in loads:
        text += f", load average {loads[0]} at the start, {loads[1]} at the end"
    return text


def _heading(results: dict[str, Any]) -> str:
    machine = results["machine"]
    dirty = " (uncommitted changes)" if machine["dirty"] else ""
    return (
        f"{machine['date']}: {machine['cpu']}, {machine['cores']} cores, "
        f"{machine['memory_gib']} GiB{_speed(machine)}; {machine['os']}; "
        f"Python {machine['python']}, "
        f"PySide6 {machine['pyside6']}, Qt platform {machine['qt_platform']}; commit "
        f"{machine['commit']}{dirty}; the run took {results['elapsed_s']:.0f} s"
    )


def _markdown(results: dict[str, Any]) -> str:
    return f"{_heading(results)}\n\n{results['table_markdown']}\n"


def _measure(args: argparse.Namespace) -> int:
    """Measure one file with a throwaway settings folder: the window it opens would otherwise
    read the user's settings (their lane mode, filters) and leave the measured file as the
    user's last file, which the app then reopens on its next plain start."""
    from xiaomi_timeline.bench.worker import run_worker  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="xt-bench-home-") as home:
        os.environ[HOME_OVERRIDE_ENV] = home
        run_worker(
            args.file,
            args.runs,
            args.filter_runs,
            args.text_runs,
            not args.no_frames,
            args.out,
            memory_only=args.memory_only,
            window_only=args.window_only,
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO,
        format="bench %(asctime)s %(message)s",
        datefmt="%H:%M:%S",
        stream=sys.stderr,
    )
    handlers = {"generate": _generate, "run": _run, "measure": _measure}
    if args.command != "generate" and (problem := unix_only_problem()):
        print(f"python -m xiaomi_timeline.bench {args.command}: {problem}", file=sys.stderr)
        return 2
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())

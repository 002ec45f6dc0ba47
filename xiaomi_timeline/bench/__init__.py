"""Benchmarks at scale: a synthetic document generator and one command that measures the app.

``python -m xiaomi_timeline.bench generate --events N --seed S -o FILE`` writes a valid
document of N events; ``python -m xiaomi_timeline.bench run`` measures launch, load, frames,
filters and memory against same-run baselines and prints a PASS/MISS table. Nothing here runs
in the default test suite except a smoke test at a tiny size.
"""

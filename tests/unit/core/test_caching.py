"""The cache policy: bounded, the oldest entry out first, misses and evictions counted (and
hits with the debug flag), reported by name, and printed at exit when the flag is set."""

from __future__ import annotations

import functools
import os
import subprocess
import sys

import pytest

from xiaomi_timeline.core.caching import (
    DEBUG_ENV,
    BoundedCache,
    cache_report,
    cache_stats,
    registered,
)
from xiaomi_timeline.core.dates import date_span


def test_a_cache_never_holds_more_than_its_limit() -> None:
    cache: BoundedCache[int, str] = BoundedCache("test bounded", 100)
    for n in range(5000):
        cache.put(n, str(n))
        assert len(cache) <= 100
    assert cache.stats().evictions == 4900
    assert [n for n in range(5000) if n in cache] == list(range(4900, 5000))


def test_the_oldest_entry_goes_first_and_a_new_value_keeps_its_place() -> None:
    cache: BoundedCache[str, int] = BoundedCache("test order", 3)
    for key in "abc":
        cache.put(key, ord(key))
    cache.put("d", 4)
    assert "a" not in cache and [key for key, _ in cache.items()] == ["b", "c", "d"]
    cache.put("b", 20)  # replaced, not new: nothing is evicted
    assert cache.get("b") == 20 and len(cache) == 3 and cache.stats().evictions == 1
    cache.put("e", 5)
    assert "b" not in cache and cache.get("c") == ord("c")


def test_hits_misses_and_evictions_are_counted() -> None:
    cache: BoundedCache[int, int] = BoundedCache("test stats", 2, count_hits=True)
    assert cache.get(1) is None
    cache.put(1, 10)
    assert cache.get_or_make(1, lambda: 99) == 10
    assert cache.get_or_make(2, lambda: 20) == 20
    cache.put(3, 30)
    stats = cache.stats()
    assert (stats.hits, stats.misses, stats.evictions, stats.size) == (1, 3, 1, 2)
    assert stats.hit_rate == pytest.approx(1 / 4)


def test_without_the_flag_hits_are_not_counted_but_misses_are() -> None:
    cache: BoundedCache[int, int] = BoundedCache("test uncounted", 2, count_hits=False)
    cache.put(1, 10)
    assert cache.get(1) == 10 and cache.get(2) is None
    stats = cache.stats()
    assert (stats.hits, stats.hit_rate, stats.misses) == (None, None, 1)


def test_falsy_values_are_hits_not_misses() -> None:
    cache: BoundedCache[str, str] = BoundedCache("test falsy", 4, count_hits=True)
    cache.put("empty", "")
    assert cache.get("empty") == ""
    assert cache.stats().hits == 1


def test_every_cache_is_registered_and_reported_by_name() -> None:
    cache: BoundedCache[int, int] = BoundedCache("test registered cache", 8, count_hits=True)
    cache.put(1, 1)
    cache.get(1)
    assert any(s.name == "test registered cache" and s.hits == 1 for s in cache_stats())
    line = next(line for line in cache_report().splitlines() if "test registered cache" in line)
    assert line.split()[3:7] == ["1/8", "1", "1", "50%"]


def test_a_cache_needs_room() -> None:
    with pytest.raises(ValueError, match="at least one entry"):
        BoundedCache("test empty", 0)


def test_the_debug_flag_prints_the_report_at_exit() -> None:
    script = (
        "from xiaomi_timeline.core.caching import BoundedCache\n"
        "c = BoundedCache('the probe cache', 4)\n"
        "c.put(1, 1); c.get(1); c.get(1); c.get(2)\n"
    )
    env = {**os.environ, DEBUG_ENV: "1"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    line = next(line for line in done.stderr.splitlines() if "the probe cache" in line)
    assert line.split()[3:6] == ["1/4", "2", "1"]
    quiet = {k: v for k, v in os.environ.items() if k != DEBUG_ENV}
    done = subprocess.run(
        [sys.executable, "-c", script], env=quiet, capture_output=True, text=True, check=True
    )
    assert "the probe cache" not in done.stderr


def test_registered_lru_functions_are_reported_and_must_be_bounded() -> None:
    @registered("test squares")
    @functools.lru_cache(maxsize=2)
    def square(n: int) -> int:
        return n * n

    for n in (1, 2, 1, 3, 4):
        square(n)
    stats = next(s for s in cache_stats() if s.name == "test squares")
    assert (stats.size, stats.maxsize, stats.hits, stats.misses, stats.evictions) == (
        2,
        2,
        1,
        4,
        2,
    )
    with pytest.raises(ValueError, match="bounded"):
        registered("test unbounded")(functools.lru_cache(maxsize=None)(lambda n: n))


def test_the_date_caches_are_in_the_report() -> None:
    date_span("2024-12")
    names = {s.name for s in cache_stats()}
    assert {"date spans", "partial dates parsed"} <= names

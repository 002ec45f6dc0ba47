"""The cache policy: bounded, least recently used out first, hits and misses counted and
reported, and the report printed at exit when the debug flag is set."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from xiaomi_timeline.core.caching import DEBUG_ENV, LruCache, cache_report, cache_stats


def test_a_cache_never_holds_more_than_its_limit() -> None:
    cache: LruCache[int, str] = LruCache("test bounded", 100)
    for n in range(5000):
        cache.put(n, str(n))
        assert len(cache) <= 100
    assert cache.stats().evictions == 4900
    assert [n for n in range(5000) if n in cache] == list(range(4900, 5000))


def test_the_least_recently_used_entry_goes_first() -> None:
    cache: LruCache[str, int] = LruCache("test lru", 3)
    for key in "abc":
        cache.put(key, ord(key))
    assert cache.get("a") == ord("a")  # "a" is now the most recently used
    cache.put("d", 4)
    assert "b" not in cache and all(key in cache for key in "acd")
    cache.put("c", 5)  # storing again refreshes too
    cache.put("e", 6)
    assert "a" not in cache and cache.get("c") == 5


def test_hits_misses_and_evictions_are_counted() -> None:
    cache: LruCache[int, int] = LruCache("test stats", 2)
    assert cache.get(1) is None
    cache.put(1, 10)
    assert cache.get_or_make(1, lambda: 99) == 10
    assert cache.get_or_make(2, lambda: 20) == 20
    cache.put(3, 30)
    stats = cache.stats()
    assert (stats.hits, stats.misses, stats.evictions, stats.size) == (1, 2, 1, 2)
    assert stats.hit_rate == pytest.approx(1 / 3)


def test_falsy_values_are_hits_not_misses() -> None:
    cache: LruCache[str, str] = LruCache("test falsy", 4)
    cache.put("empty", "")
    assert cache.get("empty") == ""
    assert cache.stats().hits == 1


def test_every_cache_is_registered_and_reported_by_name() -> None:
    cache: LruCache[int, int] = LruCache("test registered cache", 8)
    cache.put(1, 1)
    cache.get(1)
    assert any(s.name == "test registered cache" and s.hits == 1 for s in cache_stats())
    line = next(line for line in cache_report().splitlines() if "test registered cache" in line)
    assert "1/8" in line.replace(" ", "")


def test_a_cache_needs_room() -> None:
    with pytest.raises(ValueError, match="at least one entry"):
        LruCache("test empty", 0)


def test_the_debug_flag_prints_the_report_at_exit() -> None:
    script = (
        "from xiaomi_timeline.core.caching import LruCache\n"
        "c = LruCache('the probe cache', 4)\n"
        "c.put(1, 1); c.get(1); c.get(2)\n"
    )
    env = {**os.environ, DEBUG_ENV: "1"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    line = next(line for line in done.stderr.splitlines() if "the probe cache" in line)
    assert line.split()[3:6] == ["1/4", "1", "1"]
    quiet = {k: v for k, v in os.environ.items() if k != DEBUG_ENV}
    done = subprocess.run(
        [sys.executable, "-c", script], env=quiet, capture_output=True, text=True, check=True
    )
    assert "the probe cache" not in done.stderr

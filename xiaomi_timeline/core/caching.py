"""The one policy for module-level caches: bounded maps, named, with their statistics.

Every cache that outlives one call is a :class:`BoundedCache`: a size limit (storing one
entry more drops the oldest), a name, and counts of misses and evictions (and of hits with
the debug flag, so that a hit costs a plain dict lookup otherwise). All are listed in a
registry, as are the ``functools.lru_cache`` functions marked :func:`registered` (they are
bounded and count for themselves); with ``XIAOMI_TIMELINE_DEBUG_CACHES=1`` in the environment
:func:`cache_report` goes to stderr at exit. Caches whose data belongs to one object (a lane
model's label texts, a canvas's layout memory) live on that object instead, and die with it.
"""

from __future__ import annotations

import atexit
import functools
import os
import sys
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

DEBUG_ENV = "XIAOMI_TIMELINE_DEBUG_CACHES"
COUNT_HITS = os.environ.get(DEBUG_ENV) == "1"
"""Whether caches made from now on count their hits (the debug flag)."""


@dataclass(frozen=True, slots=True)
class CacheStats:
    name: str
    size: int
    maxsize: int
    hits: int | None
    """None when hits are not counted (no debug flag)."""
    misses: int
    evictions: int

    @property
    def hit_rate(self) -> float | None:
        if self.hits is None:
            return None
        asked = self.hits + self.misses
        return self.hits / asked if asked else 0.0


class BoundedCache(Generic[K, V]):
    """At most ``maxsize`` entries; storing a new one beyond that drops the oldest.

    :meth:`get` returns the stored value or None; :meth:`put` stores a new value (a miss).
    Hits are counted when ``count_hits`` (default: the debug flag). The cache registers
    itself under ``name`` for :func:`cache_report`, which keeps it alive: make caches at
    module level.
    """

    __slots__ = ("_counting", "_data", "evictions", "get", "hits", "maxsize", "misses", "name")

    get: Callable[[K], V | None]

    def __init__(self, name: str, maxsize: int, *, count_hits: bool | None = None) -> None:
        if maxsize < 1:
            raise ValueError(f"cache {name!r} needs room for at least one entry")
        self.name = name
        self.maxsize = maxsize
        self._data: dict[K, V] = {}
        self.hits = 0
        self.misses = 0
        self.evictions = 0
        self._counting = COUNT_HITS if count_hits is None else count_hits
        self.get = self._counted_get if self._counting else self._data.get
        _REGISTRY.append(self)

    def _counted_get(self, key: K) -> V | None:
        value = self._data.get(key)
        if value is not None:
            self.hits += 1
        return value

    def put(self, key: K, value: V) -> V:
        """Store ``value`` under ``key`` (a miss: nothing was stored there), dropping the
        oldest entry beyond the limit."""
        data = self._data
        if key not in data:
            self.misses += 1
            if len(data) >= self.maxsize:
                del data[next(iter(data))]
                self.evictions += 1
        data[key] = value
        return value

    def get_or_make(self, key: K, make: Callable[[], V]) -> V:
        value = self.get(key)
        return self.put(key, make()) if value is None else value

    def pop(self, key: K) -> V | None:
        return self._data.pop(key, None)

    def items(self) -> list[tuple[K, V]]:
        """The entries, oldest first (not counted as uses)."""
        return list(self._data.items())

    def clear(self) -> None:
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def stats(self) -> CacheStats:
        hits = self.hits if self._counting else None
        return CacheStats(
            self.name, len(self._data), self.maxsize, hits, self.misses, self.evictions
        )


_REGISTRY: list[BoundedCache[Any, Any]] = []
_LRU_FUNCTIONS: list[tuple[str, functools._lru_cache_wrapper[Any]]] = []
_Wrapper = TypeVar("_Wrapper", bound="functools._lru_cache_wrapper[Any]")


def registered(name: str) -> Callable[[_Wrapper], _Wrapper]:
    """List a bounded ``functools.lru_cache`` function in :func:`cache_report` as ``name``."""

    def register(function: _Wrapper) -> _Wrapper:
        if function.cache_parameters()["maxsize"] is None:
            raise ValueError(f"cache {name!r} must be bounded")
        _LRU_FUNCTIONS.append((name, function))
        return function

    return register


def _lru_stats(name: str, function: functools._lru_cache_wrapper[Any]) -> CacheStats:
    info = function.cache_info()
    evicted = max(0, info.misses - info.currsize)  # over-counts calls that raised
    return CacheStats(name, info.currsize, info.maxsize or 0, info.hits, info.misses, evicted)


def cache_stats() -> list[CacheStats]:
    """The statistics of every registered cache: the bounded maps in the order they were
    made, then the registered functions."""
    return [cache.stats() for cache in _REGISTRY] + [
        _lru_stats(name, function) for name, function in _LRU_FUNCTIONS
    ]


def cache_report() -> str:
    """One line per cache: entries of limit, hits, misses, hit rate and evictions (hits
    and rate are "-" unless counted)."""
    lines = ["cache                           entries/limit     hits   misses  rate  evicted"]
    for s in cache_stats():
        hits = "-" if s.hits is None else str(s.hits)
        rate = "-" if s.hit_rate is None else f"{s.hit_rate:.0%}"
        lines.append(
            f"{s.name:<30} {s.size:>7}/{s.maxsize:<7} {hits:>8} {s.misses:>8} "
            f"{rate:>5} {s.evictions:>8}"
        )
    return "\n".join(lines)


def _print_report() -> None:
    print(cache_report(), file=sys.stderr)


if os.environ.get(DEBUG_ENV) == "1":
    atexit.register(_print_report)

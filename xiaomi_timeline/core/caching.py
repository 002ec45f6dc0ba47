"""The one policy for module-level caches: bounded LRU maps that count hits and misses.

Every cache that outlives one call is an :class:`LruCache` with a name and a size limit and
is listed in a registry; :func:`cache_report` prints what each held and how often it helped.
With ``XIAOMI_TIMELINE_DEBUG_CACHES=1`` in the environment the report goes to stderr at exit.
Caches whose data belongs to one object (a lane model's label texts, a canvas's layout
memory) live on that object instead, and die with it.
"""

from __future__ import annotations

import atexit
import os
import sys
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

DEBUG_ENV = "XIAOMI_TIMELINE_DEBUG_CACHES"


@dataclass(frozen=True, slots=True)
class CacheStats:
    name: str
    size: int
    maxsize: int
    hits: int
    misses: int
    evictions: int

    @property
    def hit_rate(self) -> float:
        asked = self.hits + self.misses
        return self.hits / asked if asked else 0.0


class LruCache(Generic[K, V]):
    """At most ``maxsize`` entries; a new entry beyond that evicts the least recently used.

    :meth:`get` counts a hit or a miss; :meth:`put` stores. The cache registers itself under
    ``name`` for :func:`cache_report` (and is kept alive by that: make them at module level).
    """

    __slots__ = ("_data", "evictions", "hits", "maxsize", "misses", "name")

    def __init__(self, name: str, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError(f"cache {name!r} needs room for at least one entry")
        self.name = name
        self.maxsize = maxsize
        self._data: OrderedDict[K, V] = OrderedDict()
        self.hits = 0
        self.misses = 0
        self.evictions = 0
        _REGISTRY.append(self)

    def get(self, key: K) -> V | None:
        """The value stored under ``key`` (now the most recently used), or None."""
        value = self._data.get(key)
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
            self._data.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> V:
        """Store ``value`` under ``key``, evicting the least recently used beyond the limit."""
        data = self._data
        data[key] = value
        data.move_to_end(key)
        if len(data) > self.maxsize:
            data.popitem(last=False)
            self.evictions += 1
        return value

    def get_or_make(self, key: K, make: Callable[[], V]) -> V:
        value = self.get(key)
        return self.put(key, make()) if value is None else value

    def pop(self, key: K) -> V | None:
        return self._data.pop(key, None)

    def items(self) -> list[tuple[K, V]]:
        """The entries, least recently used first (not counted as uses)."""
        return list(self._data.items())

    def clear(self) -> None:
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def stats(self) -> CacheStats:
        return CacheStats(
            self.name, len(self._data), self.maxsize, self.hits, self.misses, self.evictions
        )


_REGISTRY: list[LruCache[Any, Any]] = []


def cache_stats() -> list[CacheStats]:
    """The statistics of every registered cache, in the order they were made."""
    return [cache.stats() for cache in _REGISTRY]


def cache_report() -> str:
    """One line per cache: entries of limit, hits, misses, hit rate and evictions."""
    lines = ["cache                           entries/limit     hits   misses  rate  evicted"]
    for s in cache_stats():
        lines.append(
            f"{s.name:<30} {s.size:>7}/{s.maxsize:<7} {s.hits:>8} {s.misses:>8} "
            f"{s.hit_rate:>5.0%} {s.evictions:>8}"
        )
    return "\n".join(lines)


def _print_report() -> None:
    print(cache_report(), file=sys.stderr)


if os.environ.get(DEBUG_ENV) == "1":
    atexit.register(_print_report)

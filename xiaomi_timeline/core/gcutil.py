"""Pause the cyclic garbage collector around bulk object creation.

Building 100k frozen models or index columns allocates millions of objects that are never
cyclic garbage; letting the GC scan them repeatedly doubles load time (design.md s5).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

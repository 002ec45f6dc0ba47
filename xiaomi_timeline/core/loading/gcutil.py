"""Keep the cyclic garbage collector away from a freshly loaded document.

Building 100k frozen models or index columns allocates millions of objects that are never
cyclic garbage; letting the GC scan them while they are built doubles load time (design.md
s5). Scanning them once afterwards is no better: the first allocation after the GC is back on
walks every new object (~0.2 s per 100k events, seconds at 1M), and a full collection later
walks them again in the middle of a pan. So a successful load is frozen (``gc.freeze``):
moved to the permanent generation, which collections skip. Reference counting still frees
the document when it is dropped; only cyclic garbage alive at that moment would wait.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused(*, freeze_on_success: bool = False) -> Iterator[None]:
    """No cyclic collection inside the block; with ``freeze_on_success``, everything alive
    when the block ends without an error is frozen before the collector resumes."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if freeze_on_success:
            gc.freeze()
    finally:
        if enabled:
            gc.enable()

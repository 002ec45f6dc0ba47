"""Keep the cyclic garbage collector away from a freshly loaded document.

A big load allocates millions of objects that are never cyclic garbage: the collector is
paused while they are built, and a successful load is frozen (``gc.freeze``) so later
collections skip it (docs/architecture.md, "Loading big files"). Reference counting still
frees the document when it is dropped.
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

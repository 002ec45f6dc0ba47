"""Our own JSON format out: exactly what the document says, deterministic bytes."""

from __future__ import annotations

import json

from xiaomi_timeline.core.schema import Document


def write_native(document: Document) -> bytes:
    """The document as our JSON: fields the file set (so an event that gave no status still
    gives none), two-space indents, UTF-8, a final newline."""
    value = document.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

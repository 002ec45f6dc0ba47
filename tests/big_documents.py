"""Documents of realistic size (thousands of events) for the tests that need them."""

from __future__ import annotations

import copy
from typing import Any

# Every place the format takes a date: (path inside the document, index into its list).
DATE_FIELDS: tuple[tuple[str, ...], ...] = (
    ("events", "start"),
    ("events", "end"),
    ("people", "born"),
    ("people", "affiliations", "start"),
    ("people", "affiliations", "end"),
    ("organizations", "founded"),
    ("sources", "date"),
    ("eras", "start"),
    ("eras", "end"),
)


def grow(document: dict[str, Any], events: int) -> dict[str, Any]:
    """``document`` with its events repeated (fresh ids, no related links) up to ``events``,
    and its first person, organization and source repeated as many times over."""
    grown = copy.deepcopy(document)
    template = {k: v for k, v in grown["events"][0].items() if k != "related"}
    extra = events - len(grown["events"])
    grown["events"] += [{**copy.deepcopy(template), "id": f"copy-{i}"} for i in range(extra)]
    for kind in ("people", "organizations", "sources"):
        first = grown[kind][0]
        grown[kind] += [{**copy.deepcopy(first), "id": f"{kind}-copy-{i}"} for i in range(extra)]
    return grown


def put_date(document: dict[str, Any], field: tuple[str, ...], text: str) -> str:
    """Write ``text`` into the last item's ``field`` (creating what it needs); return the
    field's path as the app names it, e.g. ``events[2047].end``."""
    kind, *rest = field
    if kind == "eras" and not document.get("eras"):
        document["eras"] = [{"id": "era", "title": "An era", "start": "2001", "end": "2002"}]
    items = document[kind]
    index = len(items) - 1
    item = items[index]
    if rest == ["affiliations", rest[-1]]:
        organization = document["organizations"][0]["id"]
        item["affiliations"] = [{"organization": organization, "start": "2019", "end": "2020"}]
        item["affiliations"][0][rest[-1]] = text
        return f"{kind}[{index}].affiliations[0].{rest[-1]}"
    if rest == ["end"]:
        item["start"] = "2001"
    item[rest[0]] = text
    return f"{kind}[{index}].{rest[0]}"

"""Hypothesis strategies that break valid timeline documents the way files really break.

Structure-aware: a valid document (the test sample grown to 1 .. several thousand events, or
the built-in data set) is changed at places drawn anywhere in its tree (often in the last of
thousands of items, where only a full pass finds them): fields dropped, added, retyped or
duplicated, impossible dates, odd Unicode, huge numbers; then its bytes may be cut off, get
trailing text, a byte-order mark or a byte that is not UTF-8.
"""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

from hypothesis import strategies as st

from tests.big_documents import DATE_FIELDS, grow
from tests.conftest import _sample_document
from tests.paths import REPO_ROOT

BUILTIN = REPO_ROOT / "resources" / "data" / "xiaomi-ai-timeline.json"

# Shaped like dates (so only a calendar check can catch them) ...
IMPOSSIBLE_DATES = (
    "2023-02-30",
    "2021-02-29",
    "1900-02-29",
    "2023-13-01",
    "2023-13-99",
    "2023-00-10",
    "2023-04-31",
    "2023-12-00",
    "9999-99-99",
    "-0043-02-29",  # 44 BC was not a leap year
    "-13700000000-13",
)
# ... and not quite shaped like dates.
MISSHAPEN_DATES = (
    "10000",
    "-43",
    "-1000000000000",
    "2023-1-1",
    " 2023",
    "2023-02-29T00:00",
    "２０２３",
    "",
)
ODD_TEXTS = (
    "",
    " ",
    "\u0000",
    "\ud800",  # a lone surrogate: valid JSON escape, not a character
    "\udfff\ud800",
    "\u202e\u0645\u0631\u062d\u0628\u0627",  # right-to-left override, Arabic
    "e\u0301\u0301\u0301",  # stacked combining marks
    "👩🏽‍🔬🇮🇩",
    "罗福莉",
    "\ufeff",
    "\u2028\u2029",
    "a" * 5000,
    "<b>bold</b> &amp; <img src=x>",
    "javascript:alert(1)",
    "HTTPS://EXAMPLE.ORG/Ä",
)
HUGE_NUMBERS = (
    10**400,
    -(10**400),
    2**63,
    -(2**63) - 1,
    2**64,
    1e308,
    -1e-320,
    float("inf"),
    float("-inf"),
    float("nan"),
    0.5,
    True,
)

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(ODD_TEXTS)
    | st.sampled_from(HUGE_NUMBERS)
    | st.sampled_from(IMPOSSIBLE_DATES)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=8) | st.sampled_from(ODD_TEXTS), inner, max_size=3)
    ),
    max_leaves=8,
)
SECTIONS = ("events", "people", "organizations", "sources", "categories")


@functools.lru_cache(maxsize=16)
def base_text(events: int) -> str:
    """A valid document of ``events`` events, as JSON (0 means the built-in data set)."""
    if events == 0:
        return BUILTIN.read_text(encoding="utf-8")
    sample = _sample_document()
    if events < len(sample["events"]):
        sample["events"] = sample["events"][:events]
        sample["events"][-1].pop("related", None)
        for event in sample["events"]:
            event["related"] = [r for r in event.get("related", []) if r != "plan"]
        return json.dumps(sample, ensure_ascii=False)
    return json.dumps(grow(sample, events), ensure_ascii=False)


# Half small, half big (hypothesis would otherwise favour small numbers): native code and
# vectorised checks take other paths above a few hundred items.
sizes = st.sampled_from([0, 1, 2, 6, 7, 40, 600, 1500, 3000, 6000]) | st.integers(500, 6000)


def _place(draw: st.DrawFn, document: dict[str, Any]) -> tuple[Any, Any]:
    """A (container, key or index) somewhere in ``document``: an item of one of its lists
    (first, last or any), then maybe deeper."""
    section = draw(st.sampled_from((*SECTIONS, "")))
    if not section or not isinstance(document.get(section), list) or not document[section]:
        parent: Any = document
        key: Any = draw(st.sampled_from(sorted(document)))
    else:
        items = document[section]
        index = draw(st.sampled_from([0, len(items) - 1]) | st.integers(0, len(items) - 1))
        parent, key = items, index
    while isinstance(parent[key], dict | list) and parent[key] and draw(st.booleans()):
        child = parent[key]
        parent = child
        key = (
            draw(st.sampled_from(sorted(child)))
            if isinstance(child, dict)
            else draw(st.integers(0, len(child) - 1))
        )
    return parent, key


def _set(parent: Any, key: Any, value: Any) -> None:
    parent[key] = value


# Dates twice: a date field is one of a dozen, yet the costliest place to be wrong.
MUTATIONS = (
    "drop",
    "add",
    "retype",
    "duplicate",
    "date",
    "date",
    "unicode",
    "number",
    "key",
    "empty",
)


def _break_a_date(draw: st.DrawFn, document: dict[str, Any]) -> str:
    """Put an impossible date into one dated field of one item (any, first or last)."""
    # Most of a file's dates are its events' starts: they are drawn as often as the rest.
    field = draw(st.just(("events", "start")) | st.sampled_from(DATE_FIELDS))
    section, *rest = field
    items = document.get(section)
    if not isinstance(items, list) or not items:
        return f"no {section} to date"
    index = draw(st.sampled_from([0, len(items) - 1]) | st.integers(0, len(items) - 1))
    item = items[index]
    if not isinstance(item, dict):
        return f"{section}[{index}] is not an object"
    text = draw(st.sampled_from(IMPOSSIBLE_DATES) | st.sampled_from(MISSHAPEN_DATES))
    if rest[0] == "affiliations":
        organizations = document.get("organizations") or [{"id": "x"}]
        organization = (
            organizations[0].get("id", "x") if isinstance(organizations[0], dict) else "x"
        )
        item["affiliations"] = [{"organization": organization, rest[-1]: text}]
    else:
        item[rest[0]] = text
    return f"date {text!r} at {section}[{index}].{'.'.join(rest)}"


def _mutate(draw: st.DrawFn, document: dict[str, Any]) -> str:
    """Change ``document`` in place at one drawn place; return what was done (for reports)."""
    kind = draw(st.sampled_from(MUTATIONS))
    if kind == "date":
        return _break_a_date(draw, document)
    parent, key = _place(draw, document)
    if kind == "drop":
        del parent[key]
    elif kind == "add":
        if isinstance(parent, dict):
            parent[draw(st.text(max_size=10) | st.sampled_from(ODD_TEXTS))] = draw(json_values)
        else:
            parent.insert(key, draw(json_values))
    elif kind == "retype":
        _set(parent, key, draw(json_values))
    elif kind == "duplicate":
        if isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        else:
            _set(parent, key, [parent[key], copy.deepcopy(parent[key])])
    elif kind == "unicode":
        _set(parent, key, draw(st.sampled_from(ODD_TEXTS)))
    elif kind == "number":
        _set(parent, key, draw(st.sampled_from(HUGE_NUMBERS)))
    elif kind == "key" and isinstance(parent, dict):
        parent[draw(st.sampled_from(ODD_TEXTS))] = parent.pop(key)
    else:
        _set(parent, key, {} if isinstance(parent[key], dict) else [])
    return f"{kind} at {key!r}"


def _mutate_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    # Half the documents stay well-formed JSON, so their content reaches every check.
    kind = draw(st.just("none") | st.sampled_from(("cut", "trailing", "bom", "byte", "comma")))
    at = draw(st.integers(0, len(data)))
    if kind == "cut":
        return data[:at]
    if kind == "trailing":
        return data + draw(st.sampled_from([b"}}garbage", b"\n[1]", b",", b"\x00", b" {}"]))
    if kind == "bom":
        return b"\xef\xbb\xbf" + data
    if kind == "byte":
        return (
            data[:at]
            + draw(st.sampled_from([b"\xff", b"\xc3", b"\x00", b"\xed\xa0\x80"]))
            + data[at:]
        )
    if kind == "comma":
        return data[:at] + b"," + data[at:]
    return data


@st.composite
def broken_documents(draw: st.DrawFn) -> tuple[bytes, int, list[str]]:
    """(bytes of a mutated document, how many events it started with, what was done)."""
    events = draw(sizes)
    document = json.loads(base_text(events))
    # Plain functions, not strategies, below: a strategy's repr would hold the whole document.
    done = [_mutate(draw, document) for _ in range(draw(st.integers(1, 4)))]
    ascii_only = draw(st.booleans())
    data = json.dumps(document, ensure_ascii=ascii_only, allow_nan=True).encode(
        "utf-8", errors="surrogatepass"
    )
    return _mutate_bytes(draw, data), events, done

"""What every reader needs to build a document dict: ids, dates from parts, shared lists.

Categories, sources, people and organizations are collected by what the file says (a group
name, a link, a person's name) and get stable ids in order of first appearance, so the same
file always imports to the same document.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from xiaomi_timeline.core.schema import Document

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")
_NOT_ID = re.compile(r"[^a-z0-9]+")
URL_PATTERN = re.compile(r"^https?://\S+$")
NO_GROUP_LABEL = "No group"


def slug(text: str) -> str:
    """``"Lei Jun's AI push"`` -> ``lei-jun-s-ai-push``; "" when nothing id-like is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_ID.sub("-", ascii_text.lower()).strip("-")[:64]


def date_text(year: int, month: int | None = None, day: int | None = None) -> str:
    """A partial date in our notation; years before 1 use astronomical numbering with an
    ISO 8601 expanded year (``-0043`` is 44 BC)."""
    text = f"-{-year:04d}" if year < 0 else f"{year:04d}"
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    return text


def year_from_timelinejs3(year: int) -> int:
    """TimelineJS3's year -> our astronomical year. TimelineJS3 shows year -500 as "500 BCE"
    (no year 0), so its negative years are one below ours: -44 (44 BCE) is our -0043."""
    return year + 1 if year < 0 else year


def year_to_timelinejs3(year: int) -> int:
    """Our astronomical year -> TimelineJS3's: our 0000 (1 BC) is its -1 ("1 BCE")."""
    return year - 1 if year <= 0 else year


def whole_number(value: Any) -> int | None:
    """A number the file gives as a number or as text (``2019``, ``"08"``, ``"-500"``,
    ``2019.0``); None for blank; ValueError for anything else."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueError(value)
    text = str(value).strip().replace("\u2212", "-")
    if not text:
        return None
    if re.fullmatch(r"[+-]?[0-9]+(\.0*)?", text):
        return int(text.split(".")[0])
    raise ValueError(value)


def eras_supported() -> bool:
    """Whether this version of our format can hold eras."""
    return "eras" in Document.model_fields


class UniqueIds:
    """Ids for one list: the file's own when it is a valid id (a duplicate is kept, so the
    checks report it where the file has it, never renamed in silence), else a slug of a
    label, else ``prefix-N``, made unique."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.taken: set[str] = set()

    def take(self, wanted: str | None, label: str = "") -> str:
        if wanted and ID_PATTERN.match(wanted):
            self.taken.add(wanted)
            return wanted
        candidate = wanted if wanted and ID_PATTERN.match(wanted) else slug(wanted or label)
        if not candidate or not candidate[0].isalnum():
            candidate = f"{self.prefix}-{len(self.taken) + 1}"
        unique, number = candidate, 2
        while unique in self.taken:
            unique = f"{candidate}-{number}"
            number += 1
        self.taken.add(unique)
        return unique

    def take_all(self, wanted: Sequence[str], labels: Sequence[str]) -> list[str]:
        """:meth:`take` of each wanted id with its label, in order; a file whose ids are all
        valid (ours always are) is settled by one pass of the pattern over them."""
        if all(map(ID_PATTERN.match, wanted)):
            self.taken.update(wanted)
            return list(wanted)
        return list(map(self.take, wanted, labels))


class DocumentBuilder:
    """Collects events and the lists they refer to, then gives the document dict."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        self.eras: list[dict[str, Any]] = []
        self.event_ids = UniqueIds("event")
        self._categories: dict[str, dict[str, Any]] = {}
        self._category_ids = UniqueIds("category")
        self._sources: dict[tuple[str, str], dict[str, Any]] = {}
        self._named: dict[str, dict[str, dict[str, Any]]] = {"people": {}, "organizations": {}}
        self._named_ids = {"people": UniqueIds("person"), "organizations": UniqueIds("org")}
        self._named_ids_by_name: dict[str, dict[str, str]] = {"people": {}, "organizations": {}}

    def category(self, label: str, wanted_id: str | None = None) -> str:
        """The id of the category called ``label`` (a group, a calendar category)."""
        key = wanted_id or label
        found = self._categories.get(key)
        if found is None:
            found = {"id": self._category_ids.take(wanted_id, label), "label": label or key}
            self._categories[key] = found
        return str(found["id"])

    def source(self, url: str | None, title: str, **details: Any) -> str:
        """The id of the source at ``url`` (or, with no address, called ``title``)."""
        key = (url or "", "" if url else title)
        found = self._sources.get(key)
        if found is None:
            found = {"id": f"S{len(self._sources) + 1}", "title": title or url or "Source"}
            if url:
                found["url"] = url
            found.update({k: v for k, v in details.items() if v})
            self._sources[key] = found
        return str(found["id"])

    def named(self, kind: str, name: str) -> str:
        """The id of the person or organization (``kind``) called ``name``."""
        table = self._named[kind]
        found = table.get(name)
        if found is None:
            found = {"id": self._named_ids[kind].take(None, name), "name": name}
            table[name] = found
            self._named_ids_by_name[kind][name] = found["id"]
        return str(found["id"])

    def named_lists(self, kind: str, lists: Iterable[list[str]]) -> list[list[str]]:
        """The ids of the people or organizations (``kind``) named in each of ``lists``;
        ids are given in order of first appearance, as :meth:`named` gives them one by one."""
        lists = list(lists)
        ids = self._named_ids_by_name[kind]
        for name in dict.fromkeys(itertools.chain.from_iterable(lists)):
            if name not in ids:
                self.named(kind, name)
        return list(map(list, map(map, itertools.repeat(ids.__getitem__), lists)))

    def value(self, title: Any, **top: Any) -> dict[str, Any]:
        value: dict[str, Any] = {"schema_version": 1, "title": title or "Untitled timeline"}
        value.update({k: v for k, v in top.items() if v})
        for name, items in (
            ("categories", list(self._categories.values())),
            ("people", list(self._named["people"].values())),
            ("organizations", list(self._named["organizations"].values())),
            ("sources", list(self._sources.values())),
            ("events", self.events),
        ):
            if items:
                value[name] = items
        if self.eras and eras_supported():
            value["eras"] = self.eras
        return value

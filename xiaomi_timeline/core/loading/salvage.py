"""Salvage a file that failed validation, so the reference and calendar checks still run on it.

Users fix a file from one report, so one wrong value must not hide the unknown id three
events on. Each failed member is set aside: an optional or unknown one is left out, a
required one (or a list item) gets a neutral stand-in that passes validation, so list
positions, and with them every other problem's field path, stay as in the file. What the
checks then find under a set-aside member, or about ids that were set aside, follows from a
problem already reported and is dropped: each mistake is reported once.
"""

from __future__ import annotations

import functools
import itertools
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

from xiaomi_timeline.core.jsonpos import JsonPath
from xiaomi_timeline.core.loading.checks import Finding
from xiaomi_timeline.core.schema import Document

__all__ = ["Salvaged", "model_in", "salvage"]

# Lists whose ids other members refer to (checks.Finding.kind).
_ID_LISTS = frozenset({"categories", "people", "organizations", "sources", "events"})
_LEAVE_OUT = object()  # the action for an optional or unknown member


@dataclass
class Salvaged:
    """A valid stand-in for the file, and what was set aside to get it: the members, and the
    lists (``checks.Finding.kind``) that lost an entry's id, where an unknown reference may
    just mean that entry."""

    document: Document
    set_aside: set[JsonPath] = field(default_factory=set)
    lists_in_doubt: set[str] = field(default_factory=set)

    def keeps(self, finding: Finding) -> bool:
        """False for a finding that only repeats, or follows from, a problem already told."""
        path = finding.path
        if any(path[:depth] in self.set_aside for depth in range(1, len(path) + 1)):
            return False
        return finding.kind not in self.lists_in_doubt


def salvage(value: Any, failed: Iterable[JsonPath]) -> Salvaged | None:
    """The parsed file ``value`` (changed in place) with the ``failed`` members set aside, or
    None when that still does not make a valid document (then only the field errors are
    reported, as before)."""
    slots = {slot: action for slot, action in map(_slot, failed) if slot is not None}
    set_aside: set[JsonPath] = set()
    in_doubt: set[str] = set()
    try:
        for slot in sorted(slots, key=len):  # outer first; skip what an outer one covers
            if any(slot[:depth] in set_aside for depth in range(1, len(slot))):
                continue
            if _takes_an_id(slot):
                in_doubt.add(str(slot[0]))
            _put(value, slot, slots[slot])
            set_aside.add(slot)
        document = Document.model_validate(value)
    except (ValidationError, LookupError, TypeError, _NoStandInError):
        return None
    return Salvaged(document, set_aside, in_doubt)


def _takes_an_id(slot: JsonPath) -> bool:
    """Whether setting ``slot`` aside takes an id out of a list that others refer to: the
    whole list, an entry, or an entry's id. A reference to a bad id (``"ana lee"``), or one
    a misspelt key hid, could mean that entry, so unknown ones are not reported until it is
    fixed rather than guessed at."""
    return slot[0] in _ID_LISTS and (len(slot) <= 2 or slot[2:] == ("id",))


def _slot(path: JsonPath) -> tuple[JsonPath | None, Any]:
    """The member (or list item) to set aside for an error at ``path``, and what to put
    there: ``_LEAVE_OUT``, or the annotation a stand-in must satisfy."""
    model: type[BaseModel] = Document
    depth = 0
    while depth < len(path):
        name = path[depth]
        member = _member(model, name) if isinstance(name, str) else None
        if member is None:  # unknown member (or a path we do not understand)
            return path[: depth + 1], _LEAVE_OUT
        item, nested, action = member
        if item is not None and depth + 1 < len(path) and isinstance(path[depth + 1], int):
            if depth + 2 == len(path) or nested is None:
                return path[: depth + 2], item
            model, depth = nested, depth + 2
            continue
        if nested is not None and item is None and depth + 1 < len(path):
            model, depth = nested, depth + 1
            continue
        return path[: depth + 1], action
    return None, None  # the document itself: nothing to set aside


class _Member(NamedTuple):
    item: Any  # the item type of a tuple field, else None
    nested: type[BaseModel] | None  # the model it holds (itself or as items)
    action: Any  # for the member as a whole: _LEAVE_OUT, or the type of its stand-in


@functools.cache
def _member(model: type[BaseModel], name: str) -> _Member | None:
    """What we need of a field, by the name the file uses (``$schema``, not
    ``schema_ref``); cached, as a big file can have an error in every event."""
    info = {i.alias or n: i for n, i in model.model_fields.items()}.get(name)
    if info is None:
        return None
    action = _field_type(info) if info.is_required() else _LEAVE_OUT
    return _Member(_tuple_item(info.annotation), model_in(info.annotation), action)


def _put(value: Any, slot: JsonPath, action: Any) -> None:
    """Leave out the member at ``slot``, or put a stand-in there."""
    container = value
    for part in slot[:-1]:
        container = container[part]
    key = slot[-1]
    if action is _LEAVE_OUT:
        if isinstance(container, dict):
            container.pop(key, None)
        return
    if isinstance(container, list) and not isinstance(key, int):
        raise TypeError(key)
    container[key] = _stand_in(action)


class _NoStandInError(Exception):
    """No neutral value fits this field (the schema grew a kind we do not know)."""


_ids = itertools.count(1)
_adapters: dict[int, tuple[Any, TypeAdapter[Any]]] = {}


def _stand_in(annotation: Any) -> Any:
    """A value that passes ``annotation`` and says nothing: text "?", the earliest date, a
    fresh id no reference can match, the first allowed word."""
    model = (
        annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None
    )
    if model is not None:
        members = {
            info.alias or name: _member(model, info.alias or name)
            for name, info in model.model_fields.items()
            if info.is_required()
        }
        return {name: _stand_in(m.action) for name, m in members.items() if m is not None}
    key = id(annotation)  # Annotated metadata is not always hashable; _member keeps these
    cached = _adapters.get(key)
    if cached is None:
        cached = _adapters[key] = (annotation, TypeAdapter(annotation))
    adapter = cached[1]
    is_literal = typing.get_origin(annotation) is typing.Literal
    literals = typing.get_args(annotation) if is_literal else ()
    for candidate in (*literals, "?", f"0-set-aside-{next(_ids)}", "0001", ()):
        try:
            return adapter.validate_python(candidate)
        except ValidationError:
            continue
    raise _NoStandInError(key)


def _field_type(info: FieldInfo) -> Any:
    if not info.metadata:
        return info.annotation
    return typing.Annotated[(info.annotation, *info.metadata)]


def _tuple_item(annotation: Any) -> Any:
    """The item type of a ``tuple[X, ...]`` field (through ``| None``), else None."""
    if typing.get_origin(annotation) is tuple:
        return typing.get_args(annotation)[0]
    for argument in typing.get_args(annotation):
        if typing.get_origin(argument) is tuple:
            return typing.get_args(argument)[0]
    return None


def model_in(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds (directly, in a tuple or through ``| None``), if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in typing.get_args(annotation):
        found = model_in(argument)
        if found is not None:
            return found
    return None

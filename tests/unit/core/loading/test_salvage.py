"""Setting failed members aside so the cross-reference checks can still run on a bad file."""

from __future__ import annotations

import copy
from typing import Any

from pydantic import ValidationError

from tests.big_documents import grow
from xiaomi_timeline.core.jsonpos import JsonPath
from xiaomi_timeline.core.loading.checks import Finding, check_document
from xiaomi_timeline.core.loading.salvage import Salvaged, salvage
from xiaomi_timeline.core.schema import Document


def _failed_paths(value: dict[str, Any]) -> list[JsonPath]:
    """The field paths pydantic rejects in ``value``, as the loader gets them."""
    try:
        Document.model_validate(value)
    except ValidationError as error:
        return [
            tuple(part for part in e["loc"] if isinstance(part, str | int))
            for e in error.errors(include_url=False)
        ]
    raise AssertionError("the document is valid")


def _salvaged(value: dict[str, Any]) -> Salvaged:
    result = salvage(value, _failed_paths(copy.deepcopy(value)))
    assert result is not None
    return result


def test_a_bad_required_title_gets_a_stand_in_and_keeps_every_position(
    sample_document: dict[str, Any],
) -> None:
    grown = grow(sample_document, 3000)
    grown["events"][1234]["title"] = 5
    grown["events"][2999]["category"] = "sport"  # a later, unrelated mistake
    result = _salvaged(grown)
    assert result.set_aside == {("events", 1234, "title")}
    assert len(result.document.events) == 3000
    assert result.document.events[1235].id == grown["events"][1235]["id"]
    (unknown,) = [f for f in check_document(result.document) if result.keeps(f)]
    assert unknown.path == ("events", 2999, "category")


def test_a_bad_optional_member_is_left_out(sample_document: dict[str, Any]) -> None:
    sample_document["events"][0]["end"] = 2024  # a number, not a date text
    result = _salvaged(sample_document)
    assert result.set_aside == {("events", 0, "end")}
    assert result.document.events[0].end is None
    assert result.lists_in_doubt == set()


def test_a_bad_person_id_puts_references_to_people_in_doubt(
    sample_document: dict[str, Any],
) -> None:
    sample_document["people"][0]["id"] = "has spaces"
    result = _salvaged(sample_document)
    assert result.lists_in_doubt == {"people"}
    dangling = Finding(("events", 0, "people", 0), "unknown person id", "", "people")
    unrelated = Finding(("events", 0, "category"), "unknown category id", "", "categories")
    assert not result.keeps(dangling)  # may just be the person whose id was set aside
    assert result.keeps(unrelated)


def test_findings_under_a_set_aside_member_are_not_repeated(
    sample_document: dict[str, Any],
) -> None:
    sample_document["events"][0]["conflicts"] = "none"
    result = _salvaged(sample_document)
    assert result.set_aside == {("events", 0, "conflicts")}
    inside = Finding(("events", 0, "conflicts", 0, "claims", 0, "sources", 0), "x", "")
    assert not result.keeps(inside)


def test_what_cannot_be_made_valid_gives_up() -> None:
    assert salvage({"events": "not a list"}, [("events",), ("title",)]) is None

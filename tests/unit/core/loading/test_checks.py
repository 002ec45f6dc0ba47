"""The checks beyond single fields: what makes a file invalid, and what a valid one should fix."""

from __future__ import annotations

from typing import Any

from tests.big_documents import grow
from xiaomi_timeline.core.loading.checks import check_document, warnings_for
from xiaomi_timeline.core.schema import Document


def _document(data: dict[str, Any]) -> Document:
    return Document.model_validate(data)


def test_the_sample_has_no_findings(sample_document: dict[str, Any]) -> None:
    document = _document(sample_document)
    assert check_document(document) == []


def test_duplicate_ids_name_both_places(sample_document: dict[str, Any]) -> None:
    sample_document["sources"].append(sample_document["sources"][0])
    sample_document["people"].append(sample_document["people"][1])
    findings = check_document(_document(sample_document))
    where = {finding.path: finding.message for finding in findings}
    source_id = sample_document["sources"][0]["id"]
    last = len(sample_document["sources"]) - 1
    assert (
        where[("sources", last, "id")] == f"duplicate id {source_id!r} (first used at sources[0])"
    )
    assert ("people", len(sample_document["people"]) - 1, "id") in where


def test_an_unknown_reference_in_one_event_of_thousands_is_found(
    sample_document: dict[str, Any],
) -> None:
    grown = grow(sample_document, 5000)
    grown["events"][4321]["people"] = ["nobody"]
    (finding,) = check_document(_document(grown))
    assert finding.path == ("events", 4321, "people", 0)
    assert finding.message == "unknown person id 'nobody'"
    assert finding.kind == "people"


def test_an_end_before_the_start_is_an_error(sample_document: dict[str, Any]) -> None:
    event = sample_document["events"][0]
    event["start"], event["end"] = "2024-05", "2023"
    (finding,) = check_document(_document(sample_document))
    assert finding.path == ("events", 0, "end")
    assert "before start" in finding.message


def _linked(events: int) -> dict[str, Any]:
    return {
        "schema_version": 1,
        "title": "T",
        "categories": [{"id": "c", "label": "C"}],
        "sources": [{"id": "s1", "title": "S"}, {"id": "s2", "title": "S2"}],
        "events": [
            {"id": f"e{i}", "title": "T", "start": "2020", "category": "c", "sources": ["s1"]}
            for i in range(events)
        ],
    }


def test_links_both_ways_and_to_itself_are_fine() -> None:
    data = _linked(3)
    data["events"][0]["related"] = ["e1", "e0"]
    data["events"][1]["related"] = ["e0"]
    assert warnings_for(_document(data)) == []


def test_a_one_way_link_names_the_event_and_the_missing_back_link() -> None:
    data = _linked(4000)
    data["events"][3999]["related"] = ["e1", "e2"]
    data["events"][2]["related"] = ["e3999"]
    (finding,) = warnings_for(_document(data))
    assert finding.path == ("events", 3999, "related", 0)
    assert finding.message == (
        "event 'e3999' lists 'e1' as related, but event 'e1' does not list 'e3999' back"
    )
    assert finding.hint == 'add "e3999" to the "related" of event \'e1\', or remove this link'


def test_sources_cited_only_by_claims_are_named_on_their_event() -> None:
    data = _linked(3)
    data["events"][1]["conflicts"] = [
        {
            "topic": "When",
            "claims": [
                {"text": "May", "sources": ["s1"]},
                {"text": "June", "sources": ["s2"]},
            ],
        }
    ]
    (finding,) = warnings_for(_document(data))
    assert finding.path == ("events", 1, "sources")
    assert finding.message == "event 'e1': its conflict claims cite 's2', not in its sources"
    assert check_document(_document(data)) == []  # a warning: the file stays valid

"""TimelineJS3 JSON opens as a timeline: its own example files, and what users really write."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.paths import DATA_DIR
from xiaomi_timeline.core.interchange import slides
from xiaomi_timeline.core.interchange.building import DocumentBuilder, UniqueIds, eras_supported
from xiaomi_timeline.core.interchange.timelinejs3 import read_timelinejs3
from xiaomi_timeline.core.loading.loader import load_bytes, load_path
from xiaomi_timeline.core.problems import DocumentError
from xiaomi_timeline.core.schema import text_in

EXAMPLES = DATA_DIR / "timelinejs3"


def _timeline(*events: dict[str, Any], **top: Any) -> bytes:
    return json.dumps(
        {"title": {"text": {"headline": "Mine"}}, "events": list(events), **top}, indent=2
    ).encode()


@pytest.mark.parametrize(
    ("name", "events"),
    [
        ("eras.json", 20),
        ("houston.json", 18),
        ("marktwain.json", 17),
        ("all-media-types.json", 41),
        ("women_in_computing.json", 10),
    ],
)
def test_the_timelinejs3_examples_open(name: str, events: int) -> None:
    document = load_path(EXAMPLES / name)
    assert len(document.events) == events
    assert all(text_in(e.title, "en").strip() for e in document.events)


def test_groups_become_categories_and_unique_ids_become_ids() -> None:
    document = load_path(EXAMPLES / "all-media-types.json")
    labels = {text_in(c.label, "en") for c in document.categories}
    assert {"Video", "Audio", "Image"} <= {label.title() for label in labels}
    raw = json.loads((EXAMPLES / "all-media-types.json").read_text())
    given = [e["unique_id"] for e in raw["events"] if e.get("unique_id")]
    assert given and set(given) <= {e.id for e in document.events}


def test_html_becomes_plain_text_and_its_links_become_sources() -> None:
    document = load_path(EXAMPLES / "women_in_computing.json")
    ada = next(e for e in document.events if text_in(e.title, "en") == "Ada Lovelace")
    description = text_in(ada.description, "en")
    assert "<" not in description and "Ada Lovelace" in description
    urls = {s.url for s in document.sources if s.id in ada.sources}
    assert "https://en.wikipedia.org/wiki/Analytical_Engine" in urls  # a link in the text
    assert any(u and u.endswith("Ada_Lovelace_portrait.jpg") for u in urls)  # the media


def test_script_in_text_is_kept_as_words_never_as_markup() -> None:
    data = _timeline(
        {
            "start_date": {"year": 2020},
            "text": {
                "headline": "<b>Bold</b> move",
                "text": "<script>alert(1)</script><p>Said <a href='javascript:evil()'>here</a></p>",
            },
        }
    )
    event = load_bytes(data, "x.json").events[0]
    assert event.title == "Bold move"
    assert event.description == "alert(1)\nSaid here"
    assert not event.sources  # a javascript: link is not a web address


def test_what_users_write_numbers_empty_text_no_unique_id() -> None:
    data = _timeline(
        {"start_date": {"year": 2019, "month": 4}, "text": {"headline": "Numbers"}},
        {
            "start_date": {"year": "2020", "month": "04", "day": "09"},
            "text": {"headline": "Strings", "text": ""},
        },
        {
            "start_date": {"year": " 2021 ", "month": ""},
            "end_date": {"year": 2022.0},
            "text": {"headline": "Blank month"},
            "unique_id": "",
        },
    )
    document = load_bytes(data, "mine.json")
    assert [(e.start, e.end) for e in document.events] == [
        ("2019-04", None),
        ("2020-04-09", None),
        ("2021", "2022"),
    ]
    assert document.events[1].description is None
    assert len({e.id for e in document.events}) == 3


def test_every_bad_event_is_reported_at_its_line() -> None:
    data = _timeline(
        {"start_date": None, "text": {"headline": "No date"}},
        {"start_date": {"year": "2020"}, "text": {"headline": "Fine"}},
        {"start_date": {"year": "twenty"}, "text": {"headline": "Bad year"}},
        {"start_date": {"year": 2020, "month": 13}, "text": {"headline": "Bad month"}},
    )
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, "mine.json")
    text = data.decode()
    lines = [str(p) for p in caught.value.problems]
    assert len(lines) == 3
    assert lines[0].startswith("mine.json:")
    assert "events[0].start_date: the event has no start date" in lines[0]
    assert "events[2].start_date.year: 'twenty' is not a whole number" in lines[1]
    assert "events[3].start_date.month: month 13 does not exist" in lines[2]
    line = int(lines[1].split(":")[1])
    assert '"twenty"' in text.splitlines()[line - 1]


def test_an_impossible_day_is_placed_at_its_day() -> None:
    data = _timeline(
        {"start_date": {"year": 2023, "month": 2, "day": 30}, "text": {"headline": "Feb 30"}}
    )
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, "mine.json")
    (problem,) = caught.value.problems
    assert problem.path == "events[0].start_date.day"
    assert problem.message == "day 30 does not exist: February 2023 has 28 days"
    assert problem.hint == "write a day from 1 to 28, or fix the month"
    assert problem.line is not None
    assert '"day"' in data.decode().splitlines()[problem.line - 1]


def test_timelinejs2_files_are_refused_by_name() -> None:
    with pytest.raises(DocumentError, match="TimelineJS 2's format"):
        load_path(EXAMPLES / "timelinejs2-example.json")


def test_deep_time_and_eras_map_to_expanded_years() -> None:
    """TimelineJS3 shows year -3500 as "3500 BCE": that is our -3499, shown as 3500 BC."""
    text = (EXAMPLES / "cosmo.json").read_text()
    value = read_timelinejs3(text, "cosmo.json").value
    assert value["events"][0]["start"] == "-13799999999"
    assert value["events"][-1]["start"] == "-3499"
    document = load_path(EXAMPLES / "cosmo.json")
    assert document.events[-1].start_date.format("en") == "3500 BC"
    assert document.events[0].start_date.format("en") == "13.8 billion years ago"
    eras_text = (EXAMPLES / "eras.json").read_text()

    builder = DocumentBuilder()
    slide = slides.Slide(
        start={"year": "-44", "month": "3", "day": "15"},
        end={"year": -28},
        headline="Late Republic",
    )
    assert slides.add_era(slide, builder, UniqueIds("era"))
    assert builder.eras == [
        {"id": "late-republic", "title": "Late Republic", "start": "-0043-03-15", "end": "-0027"}
    ]
    first_era = json.loads(eras_text)["eras"][0]["text"]["headline"]
    imported = read_timelinejs3(eras_text, "eras.json").value
    if eras_supported():
        assert imported["eras"][0]["title"] == first_era
    else:
        assert "eras" not in imported


def test_a_duplicate_unique_id_is_reported_not_renamed() -> None:
    data = _timeline(
        {"unique_id": "a", "start_date": {"year": 2020}, "text": {"headline": "One"}},
        {"unique_id": "a", "start_date": {"year": 2021}, "text": {"headline": "Two"}},
    )
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, "dup.json")
    (problem,) = caught.value.problems
    assert problem.path == "events[1].unique_id"
    assert "duplicate id 'a' (first used at line 8)" in problem.message  # its opening {
    assert problem.line is not None
    assert '"unique_id": "a"' in data.decode().splitlines()[problem.line - 1]

"""The synthetic generator writes documents our real loader accepts, the same for the same seed."""

import json
from collections import Counter
from pathlib import Path

import pytest

from xiaomi_timeline.bench.__main__ import main as bench_main
from xiaomi_timeline.bench.generator import generate_file, generate_text
from xiaomi_timeline.core.loading.loader import load_bytes, load_path, warnings_in
from xiaomi_timeline.core.query import FilterState, TimelineIndex


@pytest.fixture(scope="module")
def document_text() -> str:
    return generate_text(2000, seed=7)


@pytest.fixture(scope="module")
def index(document_text: str) -> TimelineIndex:
    return TimelineIndex(load_bytes(document_text.encode(), "generated.json"))


def test_generated_document_validates_with_the_real_loader(index: TimelineIndex) -> None:
    assert len(index) == 2000
    assert len({event.id for event in index.events}) == 2000


@pytest.mark.parametrize("events", [0, 1, 3, 2001])
def test_any_size_loads(events: int) -> None:
    document = load_bytes(generate_text(events, seed=1).encode(), "n.json")
    assert len(document.events) == events


def test_same_seed_same_bytes_other_seed_other_bytes(document_text: str) -> None:
    assert generate_text(2000, seed=7) == document_text
    assert generate_text(2000, seed=8) != document_text


def test_dates_mix_precisions_ranges_and_span_decades(index: TimelineIndex) -> None:
    precisions = Counter(event.start.count("-") for event in index.events)
    assert all(precisions[level] > 100 for level in (0, 1, 2))  # year, month, day
    assert sum(event.end is not None for event in index.events) > 100
    years = [event.start_date.year for event in index.events]
    assert min(years) < 1970
    assert max(years) > 2020
    assert all(
        event.end_date.earliest >= event.start_date.latest  # type: ignore[union-attr]
        for event in index.events
        if event.end is not None
    )


def test_statuses_people_orgs_and_sources_vary(index: TimelineIndex) -> None:
    events = index.events
    assert set(Counter(e.status for e in events)) == {"confirmed", "reported", "disputed"}
    assert {len(e.people) for e in events} == {0, 1, 2, 3}
    assert {len(e.organizations) for e in events} == {0, 1, 2}
    assert {len(e.sources) for e in events} == {1, 2, 3}
    assert any(e.conflicts for e in events)
    assert any(e.date_note for e in events)
    assert any(isinstance(e.title, dict) and "id" in e.title for e in events)


def test_text_lengths_are_realistic(index: TimelineIndex) -> None:
    titles = [e.title if isinstance(e.title, str) else e.title["en"] for e in index.events]
    descriptions = [e.description for e in index.events]
    assert all(30 <= len(title) <= 90 for title in titles)
    assert all(isinstance(d, str) and 90 <= len(d) <= 400 for d in descriptions)


def test_people_have_chinese_names_and_aliases_that_find_them(index: TimelineIndex) -> None:
    person = next(
        p for p in index.document.people if isinstance(p.name, dict) and "zh-Hans" in p.name
    )
    assert isinstance(person.name, dict)
    chinese = person.name["zh-Hans"]
    assert all("\u4e00" <= char <= "\u9fff" for char in chinese)
    by_id = index.query(FilterState(people=frozenset({person.id}))).ids
    by_chinese = index.query(FilterState(people=frozenset({chinese}))).ids
    assert set(by_id) <= set(by_chinese)
    assert all(src.url and src.url.startswith("https://") for src in index.document.sources)
    assert {src.reliability for src in index.document.sources} == {"high", "medium", "low"}
    assert all((c.color or "").startswith("#") for c in index.document.categories)


def test_generate_command_writes_a_loadable_file(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "events.json"
    assert bench_main(["generate", "--events", "50", "--seed", "3", "-o", str(out)]) == 0
    assert len(load_path(out).events) == 50
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == 1
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]


def test_generate_file_is_deterministic(tmp_path: Path) -> None:
    first = generate_file(tmp_path / "a.json", 300, 5).read_bytes()
    assert generate_file(tmp_path / "b.json", 300, 5).read_bytes() == first


@pytest.mark.parametrize("events", [5001, 5002])
def test_generated_files_open_without_warnings(tmp_path: Path, events: int) -> None:
    """A file made to try the app opens clean: related events name each other (odd sizes
    too: the last event has no partner)."""
    path = generate_file(tmp_path / "generated.json", events, seed=3)
    document = load_path(path)
    assert warnings_in(path, document) == ([], 0)
    related = [e for e in document.events if e.related]
    assert 60 <= len(related) <= 400  # about 3% of events have one
    by_id = {e.id: e for e in document.events}
    assert all(event.id in by_id[other].related for event in related for other in event.related)


def test_indonesian_titles_say_what_the_english_ones_say(index: TimelineIndex) -> None:
    """A reader switching to Indonesian reads the same event (a search for an English word
    then finds events whose Indonesian titles say it in Indonesian)."""
    pairs = [e.title for e in index.events if isinstance(e.title, dict)]
    assert len(pairs) > 100
    for title in pairs:
        english, indonesian = title["en"], title["id"]
        if "keynote" in english:
            assert "pidato utama" in indonesian
        if " opens a laboratory" in english:
            assert "membuka laboratorium" in indonesian
        assert (" on " in english) == (" tentang " in indonesian)
        assert not indonesian.endswith(" tentang")

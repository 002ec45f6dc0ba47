"""Every export opens again, and a trip through any two formats keeps exactly what both keep.

The README's format table says what each format keeps; ``KEEPS`` below is that table, and a
test holds the README to it.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from tests.paths import DATA_DIR, REPO_ROOT
from xiaomi_timeline.core.interchange.detection import Format
from xiaomi_timeline.core.interchange.formats import NOT_KEPT, write
from xiaomi_timeline.core.interchange.losses import Loss
from xiaomi_timeline.core.loading.loader import load_builtin, load_bytes, load_path
from xiaomi_timeline.core.schema import Document, Event, text_in

ERA_FORMATS = {Format.TIMELINE, Format.TIMELINEJS3, Format.TIMELINEJS3_CSV}

# What each format keeps of an event (README, "Other formats").
KEEPS: dict[Format, frozenset[str]] = {
    Format.TIMELINE: frozenset(
        {
            "id",
            "dates",
            "title",
            "description",
            "category",
            "status",
            "status_note",
            "date_note",
            "people",
            "organizations",
            "sources",
            "first_link",
            "tags",
            "notes",
            "conflicts",
            "related",
            "translations",
        }
    ),
    Format.CSV: frozenset(
        {
            "id",
            "dates",
            "title",
            "description",
            "category",
            "status",
            "status_note",
            "date_note",
            "people",
            "organizations",
            "sources",
            "first_link",
        }
    ),
    Format.TIMELINEJS3: frozenset(
        {"id", "dates", "title", "description", "category", "first_link"}
    ),
    Format.TIMELINEJS3_CSV: frozenset({"dates", "title", "description", "category", "first_link"}),
    Format.ICS: frozenset(
        {"id", "dates", "title", "description", "category", "status", "first_link"}
    ),
}


def _facts(document: Document, event: Event, field: str) -> Any:
    labels = {c.id: text_in(c.label, "en") for c in document.categories}
    sources = {s.id: s for s in document.sources}
    people = {p.id: text_in(p.name, "en") for p in document.people}
    orgs = {o.id: text_in(o.name, "en") for o in document.organizations}
    if field == "dates":
        return event.start, event.end
    if field in {"title", "description", "date_note", "status_note"}:
        return " ".join(text_in(getattr(event, field), "en").split())
    if field == "category":
        return labels[event.category]
    if field == "people":
        return [people[p] for p in event.people]
    if field == "organizations":
        return [orgs[o] for o in event.organizations]
    if field == "sources":  # as CSV carries them: one citation line each (README)
        return [
            (
                ", ".join(
                    p
                    for p in (
                        text_in(sources[s].title, "en"),
                        sources[s].publisher,
                        sources[s].date,
                    )
                    if p
                ),
                sources[s].reliability,
                sources[s].url,
            )
            for s in event.sources
        ]
    if field == "first_link":
        return next((sources[s].url for s in event.sources if sources[s].url), None)
    if field == "translations":
        return event.title
    return getattr(event, field)


def _through(document: Document, kind: Format) -> Document:
    written = write(document, kind, "en")
    assert write(document, kind, "en").data == written.data, "the same input gives the same bytes"
    return load_bytes(written.data, f"trip{kind.extension}")


@pytest.fixture(scope="module")
def builtin() -> Document:
    return load_builtin()


@pytest.mark.parametrize(
    ("first", "second"), list(itertools.product(Format, Format)), ids=lambda f: f.value
)
def test_a_trip_through_two_formats_keeps_what_both_keep(
    builtin: Document, first: Format, second: Format
) -> None:
    final = _through(_through(builtin, first), second)
    assert len(final.events) == len(builtin.events)
    for field in sorted(KEEPS[first] & KEEPS[second]):
        before = [_facts(builtin, e, field) for e in builtin.events]
        after = [_facts(final, e, field) for e in final.events]
        assert after == before, f"{first.value} -> {second.value} lost {field}"


def test_our_json_keeps_the_whole_document(builtin: Document) -> None:
    assert _through(builtin, Format.TIMELINE) == builtin


def test_a_month_only_date_stays_a_month_in_every_format(builtin: Document) -> None:
    month_only = [e for e in builtin.events if len(e.start) == 7 and e.end is None]
    assert month_only
    for kind in Format:
        back = {text_in(e.title, "en"): e for e in _through(builtin, kind).events}
        for event in month_only:
            assert back[text_in(event.title, "en")].start == event.start, kind
            assert back[text_in(event.title, "en")].end is None, kind


def test_the_readme_table_says_what_the_tests_check() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    after_marker = readme.split("<!-- format-table -->")[1].lstrip("\n")
    table = after_marker.split("\n\n", 1)[0]  # the table ends at the first blank line
    rows = {
        line.split("|")[1].split()[0].strip("`"): line
        for line in table.splitlines()
        if line.startswith("| ")
    }
    assert KEEPS[Format.TIMELINE] <= rows.keys()
    columns = [c.strip() for c in table.splitlines()[0].split("|")[2:-1]]
    names = {
        Format.TIMELINE: "Timeline JSON",
        Format.CSV: "CSV",
        Format.TIMELINEJS3: "TimelineJS3 JSON",
        Format.TIMELINEJS3_CSV: "TimelineJS3 CSV",
        Format.ICS: "iCalendar",
    }
    for kind, column in names.items():
        at = columns.index(column)
        for field in KEEPS[Format.TIMELINE]:
            kept = rows[field].split("|")[2:-1][at].strip().startswith("yes")
            assert kept == (field in KEEPS[kind]), (kind, field)


@pytest.mark.parametrize("kind", [k for k in Format if k is not Format.ICS], ids=str)
def test_deep_time_and_eras_survive_every_format_that_holds_them(kind: Format) -> None:
    deep = load_path(DATA_DIR / "deep-time.json")
    back = _through(deep, kind)
    assert [(e.start, e.end) for e in back.events] == [(e.start, e.end) for e in deep.events]
    if kind in ERA_FORMATS:
        assert [(text_in(e.title, "en"), e.start, e.end) for e in back.eras] == [
            (text_in(e.title, "en"), e.start, e.end) for e in deep.eras
        ]


def test_a_calendar_leaves_out_years_before_1_and_says_which() -> None:
    deep = load_path(DATA_DIR / "deep-time.json")
    written = write(deep, Format.ICS)
    kept = load_bytes(written.data, "deep.ics")
    assert [e.id for e in kept.events] == ["augustus"] or not kept.events
    skipped = {w.split(":")[0] for w in written.warnings}
    assert skipped | {e.id for e in kept.events} == {e.id for e in deep.events}


# The parts of an event the README's table names, as an export's note names them.
LOSSES = {
    "description": Loss.DESCRIPTIONS,
    "status": Loss.STATUS,
    "status_note": Loss.STATUS_NOTES,
    "date_note": Loss.DATE_NOTES,
    "people": Loss.PEOPLE,
    "organizations": Loss.ORGANIZATIONS,
    "tags": Loss.TAGS,
    "notes": Loss.NOTES,
    "conflicts": Loss.CONFLICTS,
    "related": Loss.RELATED,
    "translations": Loss.TRANSLATIONS,
}


@pytest.mark.parametrize("kind", list(Format), ids=str)
def test_an_export_names_as_lost_what_its_format_does_not_keep(kind: Format) -> None:
    for field, loss in LOSSES.items():
        assert (field not in KEEPS[kind]) == (loss in NOT_KEPT[kind]), (kind, field)
    sources_lost = {Loss.SOURCES_BUT_FIRST, Loss.SOURCES_BUT_ADDRESS} & NOT_KEPT[kind]
    assert ("sources" not in KEEPS[kind]) == bool(sources_lost), kind

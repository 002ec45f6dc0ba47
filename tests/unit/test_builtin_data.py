"""The built-in Xiaomi AI data set: what a reader relies on when they open the app.

It must load, cite an existing source for every event, carry every proposed event of the
fact sheet with its date, show every known disagreement between sources, speak English and
Indonesian, and find Luo Fuli under any of her names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.visible_texts import document_texts
from xiaomi_timeline.core.dates import Precision
from xiaomi_timeline.core.loading.loader import load_path
from xiaomi_timeline.core.query import FilterState, TimelineIndex
from xiaomi_timeline.core.resources import builtin_data_path, schema_path
from xiaomi_timeline.core.schema import Document, Event, text_and_language

# facts.md section 6: the 28 proposed events, with their start (and end) dates.
PROPOSED = {
    "luo-fuli-born": ("1995", None),
    "luo-fuli-enters-bnu": ("2013", None),
    "luo-fuli-acl-2019": ("2019-07", None),
    "luo-fuli-joins-damo": ("2020", "2022"),
    "luo-fuli-joins-high-flyer": ("2022", None),
    "deepseek-founded": ("2023-07", None),
    # facts.md gives 2024-05-06 from one AI-history site (S57a) and only the month elsewhere;
    # the arXiv paper was submitted the next day (S57b): the month is what the sources agree on.
    "deepseek-v2-released": ("2024-05", None),
    "xiaomi-first-ai-team": ("2016", None),
    "xiaomi-rd-100bn-plan": ("2022", "2026"),
    "xiaomi-llm-team-formed": ("2023-04", None),
    "xiaomi-milm-unveiled": ("2023-08-14", None),
    "xiaomi-milm-filing": ("2024-05", None),
    "zhang-duo-returns": ("2024-09-10", None),
    "xiaomi-rd-forecast-2024-2025": ("2024-10-17", None),
    "xiaomi-ai-platform-dept": ("2024-11", None),
    "luo-fuli-xiaomi-hire-reported": ("2024-12-20", None),
    "xiaomi-gpu-cluster-reported": ("2024-12-26", None),
    "luo-fuli-quiet-post": ("2025-02-19", None),
    "xiaomi-mimo-7b": ("2025-04-30", None),
    "xiaomi-mimo-vl": ("2025-05", None),
    "xiaomi-rd-200bn-plan": ("2025-05-22", None),
    "xiaomi-pku-paper-luo": ("2025-10-14", None),
    "luo-fuli-joins-xiaomi-mimo": ("2025-11-12", None),
    "xiaomi-mimo-embodied": ("2025-11", None),
    "xiaomi-mimo-v2-flash": ("2025-12-16", None),
    "luo-fuli-first-public-appearance": ("2025-12-17", None),
    "xiaomi-mimo-v2-pro": ("2026-03", None),
    "xiaomi-mimo-v2-5": ("2026-04", None),
}

# Seed facts and later developments with a date of their own (facts.md F06, F16, L01, L09,
# L12, L13 and the entity table).
EXTRA_DATED = {
    "luo-fuli-zhihu-deepseek-v2-post": "2024-05",
    "lu-weibing-group-president": "2022-12-30",
    "xiaomi-founded": "2010-04-06",
    "xiaomi-hkex-listing": "2018-07-09",
    "deepseek-v3-released": "2024-12-26",
    "deepseek-r1-released": "2025-01-20",
    "alibaba-damo-founded": "2017-10-11",
    "luo-fuli-new-job-reports": "2025-02-17",
    "lu-weibing-q3-2025-rd": "2025-11-18",
    "lei-jun-2026-rd-plan": "2026-01-08",
    "pku-profiles-luo-fuli": "2026-01-15",
}

# facts.md section 7, exactly as written there.
LETTERED = {"26": "abc", "37": "ab", "57": "abc", "59": "abc", "60": "ab", "61": "abc", "62": "abc"}
EXTRA_LETTERED = ("S40b", "S44b")


def expected_source_ids() -> set[str]:
    ids: set[str] = set(EXTRA_LETTERED)
    for number in range(83):
        key = f"{number:02d}"
        if key in LETTERED:
            ids.update(f"S{key}{letter}" for letter in LETTERED[key])
        else:
            ids.add(f"S{key}")
    return ids


@pytest.fixture(scope="module")
def document() -> Document:
    return load_path(builtin_data_path())


@pytest.fixture(scope="module")
def events(document: Document) -> dict[str, Event]:
    return {event.id: event for event in document.events}


@pytest.fixture(scope="module")
def index(document: Document) -> TimelineIndex:
    return TimelineIndex(document)


def cited_sources(document: Document) -> Iterator[str]:
    """Every source id the document cites anywhere."""
    for event in document.events:
        yield from event.sources
        for conflict in event.conflicts:
            for claim in conflict.claims:
                yield from claim.sources
    for person in document.people:
        yield from person.sources
        for affiliation in person.affiliations:
            yield from affiliation.sources
    for org in document.organizations:
        yield from org.sources


def text(value: Any, lang: str = "en") -> str:
    return value if isinstance(value, str) else value.get(lang, "")


# -- the file itself ----------------------------------------------------------------------


def test_builtin_file_keeps_one_layout_so_edits_diff_cleanly() -> None:
    """The JSON is the source, edited by hand: two-space indent, UTF-8 text, final newline."""
    text = builtin_data_path().read_text(encoding="utf-8")
    canonical = json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
    assert text == canonical, "keep json.dumps(..., ensure_ascii=False, indent=2) layout"


def test_builtin_file_validates_and_names_the_shipped_schema(document: Document) -> None:
    raw = json.loads(builtin_data_path().read_text(encoding="utf-8"))
    assert raw["$schema"] == "../schema/timeline.schema.json"
    assert (builtin_data_path().parent / raw["$schema"]).resolve().is_file()
    assert Document.model_validate_json(builtin_data_path().read_bytes()) == document
    assert document.default_language == "en"
    assert document.languages == ("en", "id", "zh-Hans")


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def schema_errors(
    value: Any, schema: dict[str, Any], root: dict[str, Any], path: str = "$"
) -> Iterator[str]:
    """The subset of JSON Schema the shipped schema uses, enough to check a file by it."""
    if "$ref" in schema:
        target: Any = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        yield from schema_errors(value, target, root, path)
        return
    if "anyOf" in schema:
        if all(list(schema_errors(value, option, root, path)) for option in schema["anyOf"]):
            yield f"{path}: matches none of anyOf"
        return
    expected = schema.get("type")
    if expected and (
        (isinstance(value, bool) and expected in ("integer", "number"))
        or not isinstance(value, _JSON_TYPES[expected])
    ):
        yield f"{path}: expected {expected}"
        return
    if "enum" in schema and value not in schema["enum"]:
        yield f"{path}: {value!r} not in enum"
    if "const" in schema and value != schema["const"]:
        yield f"{path}: {value!r} is not {schema['const']!r}"
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0) or len(value) > schema.get("maxLength", 1e9):
            yield f"{path}: bad length"
        if "pattern" in schema and not re.search(schema["pattern"], value):
            yield f"{path}: {value!r} does not match {schema['pattern']}"
    if isinstance(value, list):
        for position, item in enumerate(value):
            yield from schema_errors(item, schema.get("items", {}), root, f"{path}[{position}]")
    if isinstance(value, dict):
        yield from _object_errors(value, schema, root, path)


def _object_errors(
    value: dict[str, Any], schema: dict[str, Any], root: dict[str, Any], path: str
) -> Iterator[str]:
    properties = schema.get("properties", {})
    for key in schema.get("required", ()):
        if key not in value:
            yield f"{path}: missing {key}"
    for key, item in value.items():
        if key in properties:
            yield from schema_errors(item, properties[key], root, f"{path}.{key}")
            continue
        patterns = [s for p, s in schema.get("patternProperties", {}).items() if re.search(p, key)]
        for sub in patterns:
            yield from schema_errors(item, sub, root, f"{path}.{key}")
        if not patterns and schema.get("additionalProperties") is False:
            yield f"{path}: unexpected key {key!r}"


def test_builtin_file_validates_against_the_shipped_json_schema() -> None:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    data = json.loads(builtin_data_path().read_text(encoding="utf-8"))
    assert list(schema_errors(data, schema, schema)) == []
    broken = {**data, "events": [{**data["events"][0], "status": "rumoured", "colour": "red"}]}
    assert len(list(schema_errors(broken, schema, schema))) == 2  # the check itself works


def test_document_notes_explain_this_year_and_the_mistranslations(document: Document) -> None:
    notes = " ".join(text(note) for note in document.notes)
    assert "'this year' (tahun ini) is 2024" in notes
    for wording in (
        "Kementerian Lingkungan Hidup",
        "Huanquan Quantification",
        "puluhan juta",
        "di Tiongkok",
        "pasca-95",
    ):
        assert wording in notes
    assert all(text(note, "id") for note in document.notes)


# -- sources and references ---------------------------------------------------------------


def test_sources_are_exactly_those_of_the_fact_sheet(document: Document) -> None:
    ids = [source.id for source in document.sources]
    assert len(ids) == len(set(ids))
    assert set(ids) == expected_source_ids()


def test_every_source_is_cited_somewhere(document: Document) -> None:
    unused = {source.id for source in document.sources} - set(cited_sources(document))
    assert not unused


def test_every_event_cites_at_least_one_existing_source(document: Document) -> None:
    known = {source.id for source in document.sources}
    for event in document.events:
        assert event.sources, event.id
        assert set(event.sources) <= known, event.id


def test_every_referenced_id_exists(document: Document) -> None:
    people = {person.id for person in document.people}
    orgs = {org.id for org in document.organizations}
    sources = {source.id for source in document.sources}
    events = {event.id for event in document.events}
    categories = {category.id for category in document.categories}
    assert set(cited_sources(document)) <= sources
    for event in document.events:
        assert event.category in categories, event.id
        assert set(event.people) <= people, event.id
        assert set(event.organizations) <= orgs, event.id
        assert set(event.related) <= events, event.id
    for person in document.people:
        assert {a.organization for a in person.affiliations} <= orgs, person.id
    for org in document.organizations:
        assert org.parent is None or org.parent in orgs, org.id


def test_related_links_go_both_ways(document: Document) -> None:
    related = {event.id: set(event.related) for event in document.events}
    for event_id, others in related.items():
        assert event_id not in others
        for other in others:
            assert event_id in related[other], (event_id, other)


def test_confirmed_events_never_rest_on_low_reliability_sources_alone(
    document: Document,
) -> None:
    reliability = {source.id: source.reliability for source in document.sources}
    for event in document.events:
        if event.status == "confirmed":
            assert any(reliability[s] != "low" for s in event.sources), event.id


def test_primary_records_are_high_and_mirrors_low(document: Document) -> None:
    reliability = {source.id: source.reliability for source in document.sources}
    for source_id in ("S22", "S28", "S29", "S40", "S40b", "S51", "S52", "S61a"):
        assert reliability[source_id] == "high", source_id
    for source_id in ("S01", "S11", "S26b", "S43", "S53", "S58", "S63", "S64", "S81"):
        assert reliability[source_id] == "low", source_id


def test_sources_keep_the_fact_sheets_dates_and_leave_unknown_ones_out(
    document: Document,
) -> None:
    sources = {source.id: source for source in document.sources}
    assert sources["S06"].date == "2024-12-26"
    assert sources["S05"].date == "2024-12-30"
    assert sources["S52"].date == "2026-01-15"
    for undated in ("S00", "S03", "S07", "S12", "S42"):
        assert sources[undated].date is None, undated
    assert sources["S12"].url is None  # the stored Leiphone copy has no URL
    assert sources["S00"].url == "https://downcodes.com/id/wz/219157.html"


# -- events -------------------------------------------------------------------------------


@pytest.mark.parametrize(("event_id", "dates"), sorted(PROPOSED.items()))
def test_every_proposed_event_is_present_with_its_date(
    events: dict[str, Event], event_id: str, dates: tuple[str, str | None]
) -> None:
    event = events[event_id]
    assert (event.start, event.end) == dates


@pytest.mark.parametrize(("event_id", "start"), sorted(EXTRA_DATED.items()))
def test_dated_seed_facts_and_later_developments_are_events(
    events: dict[str, Event], event_id: str, start: str
) -> None:
    assert events[event_id].start == start


def test_every_event_has_english_and_indonesian_titles_descriptions_and_date_notes(
    document: Document,
) -> None:
    for event in document.events:
        assert isinstance(event.title, dict), event.id
        assert event.title.get("en") and event.title.get("id"), event.id
        assert event.description is not None and text(event.description), event.id
        for note in (event.description, event.date_note, event.status_note):
            assert note is None or text(note, "id"), event.id


def test_every_visible_text_is_there_in_indonesian(document: Document) -> None:
    """Indonesian readers get the whole story in Indonesian: notes, conflicts, roles, names."""
    texts = list(document_texts(document))
    assert len(texts) > 450  # the walk reaches the notes, claims and affiliations
    missing = [
        f"{where}: {kind}"
        for kind, where, value in texts
        if text_and_language(value, "id", document.default_language)[1] != "id"
    ]
    assert missing == []


# Descriptions are in Chinese only where facts.md's Chinese sources give the wording; the
# detail pane marks the others as English.
MAY_FALL_BACK_IN_CHINESE = frozenset({"description"})


def test_chinese_readers_get_titles_names_notes_and_conflicts_in_chinese(
    document: Document,
) -> None:
    texts = list(document_texts(document))
    required = [(k, w, v) for k, w, v in texts if k not in MAY_FALL_BACK_IN_CHINESE]
    kinds = {k for k, _, _ in required}
    assert {"title", "conflict claim", "note", "person name", "source note"} <= kinds
    missing = [
        f"{where}: {kind}"
        for kind, where, value in required
        if text_and_language(value, "zh-Hans", document.default_language)[1] != "zh-Hans"
    ]
    assert missing == []
    described = [e.id for e in document.events if "zh-Hans" in (e.description or {})]
    assert {"luo-fuli-xiaomi-hire-reported", "xiaomi-gpu-cluster-reported"} <= set(described)
    assert all(CHINESE.search(text(e.title, "zh-Hans")) for e in document.events)


def test_hire_event_says_one_of_the_key_developers_in_every_language(
    events: dict[str, Event],
) -> None:
    description = events["luo-fuli-xiaomi-hire-reported"].description
    assert "one of the key developers" in text(description)
    assert "salah satu pengembang utama" in text(description, "id")
    assert "关键开发者之一" in text(description, "zh-Hans")


def test_every_imprecise_date_says_why(document: Document) -> None:
    """The README promises it: a date known only to the year or month carries a note."""
    vague = [
        event
        for event in document.events
        if any(
            date is not None and date.precision is not Precision.DAY
            for date in (event.start_date, event.end_date)
        )
    ]
    assert len(vague) >= 4  # the check checks something
    for event in vague:
        assert event.date_note is not None, event.id
        assert text(event.date_note).strip() and text(event.date_note, "id").strip(), event.id


def test_uncertain_events_say_why(document: Document) -> None:
    for event in document.events:
        if event.status != "confirmed":
            assert event.status_note is not None, event.id
        if event.status == "disputed":
            assert event.conflicts or event.date_note is not None, event.id


@pytest.mark.parametrize(
    ("event_id", "status"),
    [
        ("luo-fuli-xiaomi-hire-reported", "reported"),
        ("xiaomi-gpu-cluster-reported", "reported"),
        ("luo-fuli-zhihu-deepseek-v2-post", "reported"),
        ("xiaomi-rd-forecast-2024-2025", "disputed"),
        ("xiaomi-rd-100bn-plan", "disputed"),
        ("xiaomi-mimo-embodied", "disputed"),
        ("luo-fuli-enters-bnu", "disputed"),
        ("luo-fuli-joins-xiaomi-mimo", "confirmed"),
        ("luo-fuli-acl-2019", "confirmed"),
        # Sources disagree on the day (facts.md L02, L03, L10) or the year (F12 (d)).
        ("luo-fuli-quiet-post", "disputed"),
        ("xiaomi-mimo-7b", "disputed"),
        ("xiaomi-mimo-v2-flash", "disputed"),
        ("xiaomi-llm-team-formed", "disputed"),
        # One ordinary report plus a low page (S14, S75); copies of one text (S00, S01, S03).
        ("xiaomi-q1-2023-results", "reported"),
        ("luo-fuli-joins-high-flyer", "reported"),
    ],
)
def test_claim_status_matches_the_evidence(
    events: dict[str, Event], event_id: str, status: str
) -> None:
    assert events[event_id].status == status


def test_no_confirmed_event_shows_sources_that_disagree(document: Document) -> None:
    """The data set's rule, applied evenly: where an event's sources disagree (a conflict is
    listed), it is not 'confirmed', and its status note says why."""
    with_conflicts = [event for event in document.events if event.conflicts]
    assert len(with_conflicts) >= 10
    for event in with_conflicts:
        assert event.status != "confirmed", event.id
        assert event.status_note is not None, event.id


def test_a_day_resting_on_one_site_is_shown_as_the_month(events: dict[str, Event]) -> None:
    v2 = events["deepseek-v2-released"]
    assert v2.start_date.precision is Precision.MONTH
    assert v2.date_note is not None
    assert "2024-05-06" in text(v2.date_note) and "2024-05-07" in text(v2.date_note)
    assert "2024-05-06" in text(v2.date_note, "id")


def test_every_source_a_claim_cites_is_listed_on_its_event(document: Document) -> None:
    """So each is shown with its publisher, date and link, not only by name in a claim."""
    for event in document.events:
        assert event.claim_only_sources == (), event.id
    hire = next(e for e in document.events if e.id == "luo-fuli-xiaomi-hire-reported")
    expected = {"S34", "S35", "S36", "S42", "S46", "S47", "S48", "S53", "S58", "S64", "S65"}
    assert expected <= set(hire.sources)


def test_the_hire_report_is_linked_to_its_confirmation_and_debut(
    events: dict[str, Event],
) -> None:
    hire = events["luo-fuli-xiaomi-hire-reported"]
    assert {"luo-fuli-joins-xiaomi-mimo", "luo-fuli-first-public-appearance"} <= set(hire.related)
    assert "xiaomi-rd-200bn-plan" in events["xiaomi-rd-forecast-2024-2025"].related
    assert "xiaomi-rd-100bn-plan" in events["xiaomi-rd-forecast-2024-2025"].related


def test_opinions_and_forecasts_of_the_seed_are_not_events(document: Document) -> None:
    titles = " ".join(text(event.title).lower() for event in document.events)
    for opinion in ("driving force", "stand out", "global ai competition"):
        assert opinion not in titles


# -- conflicts and corrections ------------------------------------------------------------

CONFLICTS = {
    "Salary level": "luo-fuli-xiaomi-hire-reported",
    "Who gave the R&D forecast": "xiaomi-rd-forecast-2024-2025",
    "The hire's status at the article's date": "luo-fuli-xiaomi-hire-reported",
    "Who first reported the hire": "luo-fuli-xiaomi-hire-reported",
    "The 100-billion plan's period": "xiaomi-rd-100bn-plan",
    "The 100-billion plan's focus on AI, OS and chips": "xiaomi-rd-100bn-plan",
    "Education years: BNU entry": "luo-fuli-enters-bnu",
    "Education years: PKU master's graduation": "luo-fuli-joins-damo",
    "When she started at DAMO": "luo-fuli-joins-damo",
    "'DeepSeek in 2022' vs DeepSeek's founding in July 2023": "deepseek-founded",
    "Day of the February 2025 post": "luo-fuli-quiet-post",
    "MiMo-7B release day": "xiaomi-mimo-7b",
    "MiMo-V2-Flash release day": "xiaomi-mimo-v2-flash",
    "Luo Fuli's role in MiMo-Embodied": "xiaomi-mimo-embodied",
    "High-Flyer's founding date": "high-flyer-founded",
    "When the large-model team was set up (Jiemian English)": "xiaomi-llm-team-formed",
    "Lu Weibing's biography": "lu-weibing-joins-xiaomi",
}


@pytest.mark.parametrize(("topic", "event_id"), sorted(CONFLICTS.items()))
def test_every_conflict_of_the_fact_sheet_is_shown_on_its_event(
    events: dict[str, Event], topic: str, event_id: str
) -> None:
    conflicts = {text(c.topic): c for c in events[event_id].conflicts}
    assert topic in conflicts
    claims = conflicts[topic].claims
    assert len(claims) >= 2
    assert any(claim.sources for claim in claims)


def test_the_salary_conflict_sets_ten_million_against_tens_of_millions(
    events: dict[str, Event],
) -> None:
    hire = events["luo-fuli-xiaomi-hire-reported"]
    salary = next(c for c in hire.conflicts if text(c.topic) == "Salary level")
    claims = " ".join(text(claim.text) for claim in salary.claims)
    assert "Puluhan juta" in claims and "ten-million-yuan level" in claims
    assert "Never confirmed" in text(salary.note)


def test_the_forecast_conflict_names_lu_weibing_and_lei_jun_with_sources(
    events: dict[str, Event],
) -> None:
    forecast = events["xiaomi-rd-forecast-2024-2025"]
    (conflict,) = forecast.conflicts
    by_source = {frozenset(claim.sources): text(claim.text) for claim in conflict.claims}
    assert "Lu Weibing" in by_source[frozenset({"S00", "S01"})]
    assert "Lei Jun" in by_source[frozenset({"S18", "S19"})]


@pytest.mark.parametrize(
    ("event_id", "wording"),
    [
        ("deepseek-v2-released", "Kementerian Lingkungan Hidup"),
        ("luo-fuli-joins-high-flyer", "Huanquan Quantification"),
        ("luo-fuli-xiaomi-hire-reported", "puluhan juta"),
        ("xiaomi-gpu-cluster-reported", "diperkirakan akan meningkat"),
        ("luo-fuli-zhihu-deepseek-v2-post", "di Tiongkok"),
    ],
)
def test_seed_mistranslations_are_corrected_on_their_events(
    events: dict[str, Event], event_id: str, wording: str
) -> None:
    notes = " ".join(text(note) for note in events[event_id].notes)
    assert wording in notes
    assert "mistranslation" in notes


def test_events_the_seed_mentions_are_tagged(events: dict[str, Event]) -> None:
    seed = {event_id for event_id, event in events.items() if "seed-article" in event.tags}
    assert {
        "luo-fuli-born",
        "luo-fuli-acl-2019",
        "luo-fuli-joins-damo",
        "luo-fuli-joins-high-flyer",
        "deepseek-v2-released",
        "luo-fuli-zhihu-deepseek-v2-post",
        "xiaomi-llm-team-formed",
        "xiaomi-ai-platform-dept",
        "luo-fuli-xiaomi-hire-reported",
        "xiaomi-gpu-cluster-reported",
        "xiaomi-rd-forecast-2024-2025",
        "xiaomi-rd-100bn-plan",
        "lu-weibing-group-president",
    } <= seed
    # Nothing after the article (late December 2024) can be in it.
    assert all(events[event_id].start < "2024-12-31" for event_id in seed)


# -- what users filter by -----------------------------------------------------------------


@pytest.mark.parametrize("who", ["luo-fuli", "Luo Fuli", "Fuli Luo", "罗福莉", "羅福莉"])
def test_luo_fulis_story_is_found_under_any_of_her_names(index: TimelineIndex, who: str) -> None:
    found = index.query(FilterState(people=frozenset({who}))).ids
    for event_id in (
        "luo-fuli-acl-2019",
        "luo-fuli-joins-damo",
        "luo-fuli-joins-high-flyer",
        "deepseek-v2-released",
        "luo-fuli-xiaomi-hire-reported",
        "luo-fuli-joins-xiaomi-mimo",
    ):
        assert event_id in found, (who, event_id)


def test_her_acl_event_is_dated_july_2019_and_cites_the_anthology(
    events: dict[str, Event],
) -> None:
    acl = events["luo-fuli-acl-2019"]
    assert acl.start == "2019-07"
    assert {"S28", "S29"} <= set(acl.sources)


def test_2024_lists_the_ai_platform_department_and_the_hire_report(index: TimelineIndex) -> None:
    found = index.query(FilterState(years=(2024, 2024))).ids
    assert "xiaomi-ai-platform-dept" in found
    assert "luo-fuli-xiaomi-hire-reported" in found
    assert found.index("xiaomi-ai-platform-dept") < found.index("luo-fuli-xiaomi-hire-reported")


# -- people, organizations, categories ----------------------------------------------------

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def test_every_person_has_a_chinese_name(document: Document) -> None:
    assert len(document.people) == 9
    for person in document.people:
        assert isinstance(person.name, dict)
        assert CHINESE.search(person.name.get("zh-Hans", "")), person.id


def test_luo_fuli_has_her_names_birth_year_and_dated_career(document: Document) -> None:
    luo = next(person for person in document.people if person.id == "luo-fuli")
    # Her DeepSeek-V2 role is Yicai's report (facts.md F07), not an established fact.
    assert "reported her as one of the key developers" in text(luo.description)
    assert "dilaporkan" in text(luo.description, "id")
    assert luo.name == {
        "en": "Luo Fuli",
        "id": "Luo Fuli",
        "zh-Hans": "罗福莉",
        "zh-Hant": "羅福莉",
    }
    assert "Fuli Luo" in luo.aliases
    assert luo.born == "1995"
    starts = {(a.organization, a.start) for a in luo.affiliations}
    assert ("high-flyer", "2022") in starts
    assert ("xiaomi-mimo", "2025-12") in starts
    assert all(a.sources for a in luo.affiliations)


def test_organizations_have_chinese_names_and_a_coherent_hierarchy(document: Document) -> None:
    orgs = {org.id: org for org in document.organizations}
    assert len(orgs) == 16
    for org in orgs.values():
        assert isinstance(org.name, dict) and CHINESE.search(org.name["zh-Hans"]), org.id
    assert orgs["xiaomi-ai-lab"].parent == "xiaomi-tech-committee"
    assert orgs["xiaomi-tech-committee"].parent == "xiaomi"
    assert orgs["xiaomi"].founded == "2010-04-06"
    assert orgs["high-flyer"].founded is None  # 2015 vs February 2016: left open
    assert "Huanquan Quantification" in orgs["high-flyer"].aliases


def test_every_person_and_organization_appears_on_the_timeline(document: Document) -> None:
    on_events = {p for e in document.events for p in e.people}
    assert on_events == {person.id for person in document.people}
    on_events = {o for e in document.events for o in e.organizations}
    assert on_events == {org.id for org in document.organizations}


def _luminance(color: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: float, b: float) -> float:
    high, low = max(a, b), min(a, b)
    return (high + 0.05) / (low + 0.05)


def test_categories_are_used_distinct_and_readable_on_light_and_dark(
    document: Document,
) -> None:
    categories = {category.id: category for category in document.categories}
    assert set(categories) == {event.category for event in document.events}
    colors = [(category.color or "").upper() for category in categories.values()]
    assert all(colors), "the built-in data gives every category its colour"
    assert len(set(colors)) == len(colors)
    for category in categories.values():
        assert text(category.label) and text(category.label, "id"), category.id
        lum = _luminance(category.color or "")
        assert _contrast(lum, 1.0) >= 3.0, category.id  # on white
        assert _contrast(lum, _luminance("#1E1E1E")) >= 3.0, category.id  # on a dark theme


def test_every_era_is_a_period_the_data_set_itself_dates_and_sources(document: Document) -> None:
    """Eras add no claim of their own: each is a person's dated, sourced affiliation (the
    fact sheet dates only Zhang Duo's first Xiaomi years with both ends)."""
    periods = {
        (affiliation.start, affiliation.end): set(affiliation.sources)
        for person in document.people
        for affiliation in person.affiliations
        if affiliation.start and affiliation.end
    }
    source_ids = {source.id for source in document.sources}
    assert document.eras
    for era in document.eras:
        assert (era.start, era.end) in periods, era.id
        cited = set(re.findall(r"\b(S\d+[a-z]?)\b", str(era.description)))
        assert cited and cited <= periods[(era.start, era.end)] <= source_ids, era.id


def test_every_era_reads_in_each_content_language(document: Document) -> None:
    """An era's band and tooltip in Chinese read Chinese, not the English title cut short."""
    for era in document.eras:
        for value in (era.title, era.description):
            assert isinstance(value, dict), era.id
            assert set(document.languages) <= set(value), era.id

"""The shipped JSON Schema is generated from the models and must never go stale."""

import json

from xiaomi_timeline.core.resources import schema_path
from xiaomi_timeline.core.schema import Event, json_schema


def test_shipped_schema_matches_the_models() -> None:
    shipped = json.loads(schema_path().read_text(encoding="utf-8"))
    assert shipped == json_schema(), (
        "resources/schema is stale: run `xiaomi-timeline schema -o "
        "resources/schema/timeline.schema.json`"
    )


def test_schema_describes_partial_dates_and_statuses() -> None:
    schema = json_schema()
    event = schema["$defs"]["Event"]
    assert event["properties"]["start"]["pattern"].startswith("^[0-9]{4}")
    assert set(event["properties"]["status"]["enum"]) == {"confirmed", "reported", "disputed"}
    assert event["additionalProperties"] is False


def test_an_event_that_does_not_say_how_sure_it_is_is_never_shown_as_confirmed() -> None:
    event = Event.model_validate({"id": "e", "title": "T", "start": "2024", "category": "c"})
    assert event.status == "reported"
    assert json_schema()["$defs"]["Event"]["properties"]["status"]["default"] == "reported"

"""The shipped JSON Schema is generated from the models and must never go stale."""

import json
import re

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
    date_pattern = re.compile(event["properties"]["start"]["pattern"])
    for text in ("2019", "2023-04", "2024-12-20", "0000", "-0043-03-15", "-13700000000"):
        assert date_pattern.fullmatch(text), text
    for text in ("-43", "20190", "2019-7", "-1234567890123", "+2019"):
        assert not date_pattern.fullmatch(text), text
    assert set(event["properties"]["status"]["enum"]) == {"confirmed", "reported", "disputed"}
    assert event["additionalProperties"] is False


def test_schema_describes_eras() -> None:
    schema = json_schema()
    era = schema["$defs"]["Era"]
    assert set(era["required"]) == {"id", "title", "start", "end"}
    assert schema["properties"]["eras"]["items"] == {"$ref": "#/$defs/Era"}


def test_an_event_that_does_not_say_how_sure_it_is_is_never_shown_as_confirmed() -> None:
    event = Event.model_validate({"id": "e", "title": "T", "start": "2024", "category": "c"})
    assert event.status == "reported"
    assert json_schema()["$defs"]["Event"]["properties"]["status"]["default"] == "reported"

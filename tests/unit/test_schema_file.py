"""The shipped JSON Schema is generated from the models and must never go stale."""

import json

from xiaomi_timeline.core.resources import schema_path
from xiaomi_timeline.core.schema import json_schema


def test_shipped_schema_matches_the_models():
    shipped = json.loads(schema_path().read_text(encoding="utf-8"))
    assert shipped == json_schema(), (
        "resources/schema is stale: run `xiaomi-timeline schema -o "
        "resources/schema/timeline.schema.json`"
    )


def test_schema_describes_partial_dates_and_statuses():
    schema = json_schema()
    event = schema["$defs"]["Event"]
    assert event["properties"]["start"]["pattern"].startswith("^[0-9]{4}")
    assert set(event["properties"]["status"]["enum"]) == {"confirmed", "reported", "disputed"}
    assert event["additionalProperties"] is False

"""The README's list of required fields follows the schema the app ships."""

from __future__ import annotations

import json
import re

from tests.paths import REPO_ROOT


def test_readme_names_every_required_field_of_the_schema() -> None:
    schema = json.loads(
        (REPO_ROOT / "resources" / "schema" / "timeline.schema.json").read_text(encoding="utf-8")
    )
    required = set(schema["required"])
    for definition in schema["$defs"].values():
        required |= set(definition.get("required", ()))
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = readme[readme.index("Required fields:") :].split("\n\n", 1)[0]
    named = set(re.findall(r"`([a-z_]+)`", paragraph))
    assert required <= named, sorted(required - named)

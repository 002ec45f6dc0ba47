"""Where the shipped resources (data, schema, icons) are, installed or in a checkout.

The wheel and frozen builds carry ``resources/`` inside the package
(``xiaomi_timeline/resources``); an editable install or a plain checkout has it at the
repository's top level. Everything that needs a resource asks here.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

BUILTIN_DATA_NAME = "xiaomi-ai-timeline.json"
SCHEMA_NAME = "timeline.schema.json"


@cache
def resource_root() -> Path:
    """The folder holding data/, schema/ and icons/."""
    package_dir = Path(__file__).resolve().parent.parent
    candidates = [package_dir / "resources", package_dir.parent / "resources"]
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        candidates.insert(0, Path(frozen_base) / "xiaomi_timeline" / "resources")
    for candidate in candidates:
        if (candidate / "data").is_dir():
            return candidate
    raise FileNotFoundError(
        "the resources folder is missing; reinstall xiaomi-ai-timeline "
        f"(looked in {', '.join(str(c) for c in candidates)})"
    )


def builtin_data_path() -> Path:
    return resource_root() / "data" / BUILTIN_DATA_NAME


def schema_path() -> Path:
    return resource_root() / "schema" / SCHEMA_NAME


def icon_path(name: str) -> Path:
    return resource_root() / "icons" / name

"""The runtime components the About dialog and the notices list, from installed metadata."""

import platform
import re
from email.message import Message
from importlib import metadata
from typing import cast

import pytest

from xiaomi_timeline import __version__
from xiaomi_timeline.core.components import (
    DISTRIBUTION,
    canonical,
    licence_of,
    python_component,
    runtime_components,
)

# Installed beside the runtime closure, required only by extras (dev, test, freeze).
EXTRAS_ONLY = {"pytest", "pytest-qt", "hypothesis", "mypy", "ruff", "import-linter", "build"}
RUNTIME = {
    "xiaomi-ai-timeline",
    "pyside6-essentials",
    "shiboken6",
    "pydantic",
    "pydantic-core",
    "annotated-types",
    "typing-inspection",
    "typing-extensions",
    "platformdirs",
    "numpy",
}


def _metadata(**fields: str | list[str]) -> metadata.PackageMetadata:
    message = Message()
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            message[key.replace("_", "-")] = item
    return cast(metadata.PackageMetadata, message)  # the fields licence_of reads


def test_the_closure_is_the_app_then_its_runtime_dependencies_not_dev_extras() -> None:
    components = runtime_components()
    names = [canonical(component.name) for component in components]

    assert names[0] == DISTRIBUTION and components[0].version == __version__
    assert set(names) >= RUNTIME
    assert not set(names) & EXTRAS_ONLY
    assert names[1:] == sorted(names[1:])


def _name_of(requirement: str) -> str:
    found = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert found is not None, requirement
    return found.group()


def test_every_component_but_the_app_is_required_by_another() -> None:
    components = runtime_components()
    required = {
        canonical(_name_of(requirement))
        for component in components
        for requirement in metadata.distribution(component.name).requires or []
        if "extra ==" not in requirement
    }

    assert {canonical(component.name) for component in components[1:]} <= required


def test_every_component_has_a_licence_and_all_but_qt_ship_its_text() -> None:
    by_name = {canonical(component.name): component for component in runtime_components()}

    assert by_name["xiaomi-ai-timeline"].licence == "MIT"
    assert "MIT License" in by_name["xiaomi-ai-timeline"].licence_files[0].text
    assert by_name["pyside6-essentials"].licence.startswith("LGPL-3.0-only")
    assert by_name["shiboken6"].licence.startswith("LGPL-3.0-only")
    for name in set(by_name) - {"pyside6-essentials", "shiboken6"}:
        assert by_name[name].licence not in {"", "unknown"}, name
        assert by_name[name].licence_files, f"{name} ships no licence text"


@pytest.mark.parametrize(
    ("fields", "licence"),
    [
        ({"License_Expression": "MIT", "License": "BSD"}, "MIT"),
        ({"License": "LGPL-3.0-only OR GPL-3.0-only"}, "LGPL-3.0-only OR GPL-3.0-only"),
        (
            {
                "License": "Copyright (c) 2020\nPermission is hereby granted...",
                "Classifier": ["License :: OSI Approved :: MIT License", "Typing :: Typed"],
            },
            "MIT License",
        ),
        ({"License": "Copyright (c) 2020\nlong text"}, "Copyright (c) 2020"),
        ({}, "unknown"),
    ],
)
def test_licence_prefers_the_spdx_expression_then_a_short_field_then_classifiers(
    fields: dict[str, str | list[str]], licence: str
) -> None:
    assert licence_of(_metadata(**fields)) == licence


def test_python_is_described_with_its_running_version() -> None:
    python = python_component()

    assert python.version == platform.python_version()
    assert python.licence == "PSF-2.0"

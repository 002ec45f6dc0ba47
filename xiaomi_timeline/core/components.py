"""The software the app runs on: its own distribution and every runtime dependency, with
versions, licences and the licence texts they ship, read from the installed metadata.

The About dialog lists these; tools/make_notices.py writes them out as THIRD_PARTY_NOTICES.
Dependencies are followed from this distribution's ``Requires-Dist``: requirements of an extra
are left out, the rest are taken when installed (a requirement whose marker excludes this
platform is normally not installed, so no marker evaluator is needed).
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata

DISTRIBUTION = "xiaomi-ai-timeline"
PYTHON_LICENCE = "PSF-2.0"

_REQUIREMENT_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_LICENCE_CLASSIFIER = "License :: "


@dataclass(frozen=True)
class LicenceFile:
    """A licence text a distribution ships, by its path inside the distribution's metadata."""

    name: str
    text: str


@dataclass(frozen=True)
class Component:
    """One installed distribution: name as published, version, licence and its texts."""

    name: str
    version: str
    licence: str
    summary: str
    homepage: str
    licence_files: tuple[LicenceFile, ...]


def canonical(name: str) -> str:
    """A distribution name as package indexes compare them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(meta: metadata.PackageMetadata, key: str) -> str:
    """A single-valued metadata field, "" when absent."""
    values: list[str] = meta.get_all(key) or [""]
    return values[0]


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The SPDX expression if given, else the free-text licence field, else the classifiers."""
    expression = _field(meta, "License-Expression").strip()
    if expression:
        return expression
    free_text = _field(meta, "License").strip()
    if free_text and "\n" not in free_text and len(free_text) <= 200:
        return free_text
    classifiers = [
        classifier.rsplit(" :: ", 1)[-1]
        for classifier in meta.get_all("Classifier") or []
        if classifier.startswith(_LICENCE_CLASSIFIER)
    ]
    return " / ".join(classifiers) or (free_text.splitlines()[0] if free_text else "unknown")


def _homepage(meta: metadata.PackageMetadata) -> str:
    urls: list[str] = meta.get_all("Project-URL") or []
    for url in urls:
        label, _, address = url.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "source code", "repository"}:
            return str(address).strip()
    return _field(meta, "Home-page").strip()


def _licence_files(distribution: metadata.Distribution) -> tuple[LicenceFile, ...]:
    """The files named by ``License-File`` (looked up under ``licenses/`` as PEP 639 puts them,
    then at the top of the metadata folder as older wheels do)."""
    found = []
    for name in distribution.metadata.get_all("License-File") or []:
        text = distribution.read_text(f"licenses/{name}") or distribution.read_text(name)
        if text is not None:
            found.append(LicenceFile(name, text))
    return tuple(found)


def _component(distribution: metadata.Distribution) -> Component:
    meta = distribution.metadata
    return Component(
        name=_field(meta, "Name"),
        version=distribution.version,
        licence=licence_of(meta),
        summary=_field(meta, "Summary").strip(),
        homepage=_homepage(meta),
        licence_files=_licence_files(distribution),
    )


def _runtime_requirements(distribution: metadata.Distribution) -> list[str]:
    names = []
    for requirement in distribution.requires or []:
        _, _, marker = requirement.partition(";")
        if "extra" in marker:
            continue
        match = _REQUIREMENT_NAME.match(requirement)
        if match:
            names.append(match.group(1))
    return names


def runtime_components() -> tuple[Component, ...]:
    """This distribution first, then its installed runtime closure sorted by name.

    Empty when the app runs from a folder that is not installed (no metadata to read).
    """
    try:
        root = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return ()
    seen = {canonical(DISTRIBUTION)}
    pending = _runtime_requirements(root)
    dependencies = []
    while pending:
        name = pending.pop()
        if canonical(name) in seen:
            continue
        seen.add(canonical(name))
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        dependencies.append(_component(distribution))
        pending.extend(_runtime_requirements(distribution))
    dependencies.sort(key=lambda component: canonical(component.name))
    return (_component(root), *dependencies)


def python_component() -> Component:
    """The Python interpreter: bundled by frozen builds, a prerequisite otherwise."""
    return Component(
        name=f"Python ({platform.python_implementation()})",
        version=platform.python_version(),
        licence=PYTHON_LICENCE,
        summary="The Python interpreter and standard library",
        homepage="https://www.python.org/",
        licence_files=(),
    )

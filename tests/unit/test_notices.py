"""tools/make_notices.py: THIRD_PARTY_NOTICES.txt from the installed metadata, complete."""

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.paths import REPO_ROOT
from xiaomi_timeline.core.components import Component, runtime_components


@pytest.fixture(scope="module")
def make_notices() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location(
        "make_notices", REPO_ROOT / "tools" / "make_notices.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    yield module


def _section(text: str, heading: str) -> str:
    lines = text.splitlines()
    start = lines.index(heading)
    end = next(
        (i for i in range(start + 2, len(lines)) if lines[i].startswith("=====")), len(lines)
    )
    return "\n".join(lines[start:end])


def test_notices_have_every_runtime_component_with_its_licence_text(
    make_notices: ModuleType,
) -> None:
    text = make_notices.render(bundle=False)

    assert make_notices.verify(text, bundle=False) == []
    for component in runtime_components():
        section = _section(text, f"{component.name} {component.version}")
        assert f"Licence: {component.licence}" in section
    app = _section(text, f"xiaomi-ai-timeline {runtime_components()[0].version}")
    assert (REPO_ROOT / "LICENSE").read_text().strip() in app


def test_qt_gets_the_lgpl_and_gpl_texts_and_where_its_source_is(make_notices: ModuleType) -> None:
    text = make_notices.render(bundle=False)
    pyside = next(c for c in runtime_components() if c.name.lower().startswith("pyside6"))

    section = _section(text, f"{pyside.name} {pyside.version}")
    assert "GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 3" in section
    assert "GNU GENERAL PUBLIC LICENSE\n                       Version 3" in section
    assert "download.qt.io" in text and "code.qt.io" in text
    assert "_internal/PySide6/Qt/lib" in text


def test_a_bundle_adds_python_and_its_licence(make_notices: ModuleType) -> None:
    text = make_notices.render(bundle=True, system_libraries=[])

    assert make_notices.verify(text, bundle=True) == []
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in text
    assert make_notices.verify(make_notices.render(bundle=False), bundle=True) == [
        f"no section for Python (CPython) {sys.version.split()[0]}"
    ]


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="needs a Debian system")
def test_system_libraries_are_named_with_their_package_and_copyright(
    make_notices: ModuleType, tmp_path: Path
) -> None:
    zlib = Path("/lib/x86_64-linux-gnu/libz.so.1")
    if not zlib.exists():
        pytest.skip("no x86_64 zlib here")
    stray = tmp_path / "libnowhere.so.1"
    stray.write_bytes(b"")

    lines, unknown = make_notices.system_library_sections([zlib, stray])

    text = "\n".join(lines)
    assert "----- Debian package zlib1g " in text and ": libz.so.1 -----" in text
    assert "Jean-loup Gailly" in text  # zlib's copyright file
    assert unknown == ["libnowhere.so.1"]
    assert "Licence not determined on this system for: libnowhere.so.1" in text


def test_a_component_without_any_licence_text_stops_the_notices(make_notices: ModuleType) -> None:
    orphan = Component("orphan", "1.0", "LicenseRef-Proprietary", "", "", ())

    with pytest.raises(make_notices.MissingLicenceError, match=r"orphan 1\.0 ships no licence"):
        make_notices.licence_texts(orphan)


def test_verify_names_a_component_whose_section_is_missing(make_notices: ModuleType) -> None:
    text = make_notices.render(bundle=False)
    numpy = next(c for c in runtime_components() if c.name == "numpy")
    cut = text.replace(f"\n{numpy.name} {numpy.version}\n", "\nnumpy (removed)\n")

    assert make_notices.verify(cut, bundle=False) == [f"no section for numpy {numpy.version}"]


def test_the_committed_notices_name_the_current_components_and_licences(
    make_notices: ModuleType,
) -> None:
    assert make_notices.main(["--check"]) == 0, "run: python tools/make_notices.py"

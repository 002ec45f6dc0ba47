"""packaging/xiaomi-timeline.spec, run against stand-ins for PyInstaller's build classes: what it
asks to bundle, without the slow build (tools/check_frozen.sh checks the real folder)."""

import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.paths import REPO_ROOT
from xiaomi_timeline import EXECUTABLE
from xiaomi_timeline.core.components import runtime_components

SPEC = REPO_ROOT / "packaging" / "xiaomi-timeline.spec"


@dataclass
class FakeBuild:
    """Records what the spec hands to PyInstaller."""

    metadata_of: list[str] = field(default_factory=list)
    analysis: dict[str, Any] = field(default_factory=dict)
    collected: list[tuple[str, str, str]] = field(default_factory=list)


def _run_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeBuild:
    build = FakeBuild()
    dist = tmp_path / "dist"

    def copy_metadata(name: str) -> list[tuple[str, str]]:
        build.metadata_of.append(name)
        return []

    class Analysis:
        def __init__(self, scripts: list[str], **options: Any) -> None:
            build.analysis = options
            self.scripts = scripts
            self.pure: list[Any] = []
            self.binaries: list[Any] = []
            self.datas = [
                (str(Path(dest, Path(source).name)).removeprefix("./"), source, "DATA")
                for source, dest in options["datas"]
            ]

    def collect(*parts: Any, name: str, **_options: Any) -> None:
        build.collected = parts[2]
        (dist / name).mkdir(parents=True)

    hooks = ModuleType("PyInstaller.utils.hooks")
    hooks.copy_metadata = copy_metadata  # type: ignore[attr-defined]
    for module in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, module, ModuleType(module))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.delitem(sys.modules, "make_notices", raising=False)
    monkeypatch.setattr(sys, "path", list(sys.path))
    namespace = {
        "SPECPATH": str(SPEC.parent),
        "workpath": str(tmp_path / "work"),
        "DISTPATH": str(dist),
        "Analysis": Analysis,
        "PYZ": lambda *_args, **_kw: None,
        "EXE": lambda *_args, **_kw: None,
        "COLLECT": collect,
        "BUNDLE": lambda *_args, **_kw: None,
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    sys.modules.pop("make_notices", None)
    return build


def test_the_bundle_carries_licence_and_notices_and_puts_them_on_top(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = _run_spec(tmp_path, monkeypatch)

    data = {dest: Path(source) for dest, source, _kind in build.collected}
    assert data["LICENSE"] == REPO_ROOT / "LICENSE"
    notices = data["THIRD_PARTY_NOTICES.txt"].read_text(encoding="utf-8")
    assert "Python (CPython)" in notices and "PySide6" in notices
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices
    folder = tmp_path / "dist" / EXECUTABLE
    assert (folder / "LICENSE").read_bytes() == (REPO_ROOT / "LICENSE").read_bytes()
    assert (folder / "THIRD_PARTY_NOTICES.txt").read_text(encoding="utf-8") == notices


def test_the_bundle_keeps_every_components_metadata_and_leaves_out_readline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = _run_spec(tmp_path, monkeypatch)

    assert build.metadata_of == [component.name for component in runtime_components()]
    assert "readline" in build.analysis["excludes"]  # GPL, only for the interactive prompt

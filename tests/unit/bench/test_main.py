"""``python -m xiaomi_timeline.bench`` on a platform without the Unix-only ``resource`` module
(Windows): a clear message and exit 2 for the measurements, ``generate`` still works."""

import sys
from pathlib import Path

import pytest

from xiaomi_timeline.bench.__main__ import main as bench_main
from xiaomi_timeline.bench.__main__ import unix_only_problem
from xiaomi_timeline.core.loading.loader import load_path


@pytest.fixture
def no_resource_module(monkeypatch: pytest.MonkeyPatch) -> None:
    """``import resource`` fails, as on Windows; modules that imported it are forgotten."""
    monkeypatch.setitem(sys.modules, "resource", None)
    for name in ("runner", "launch", "worker"):
        monkeypatch.delitem(sys.modules, f"xiaomi_timeline.bench.{name}", raising=False)


@pytest.mark.usefixtures("no_resource_module")
@pytest.mark.parametrize(
    "argv", [["run", "--sizes", "10"], ["measure", "x.json", "--out", "y.json"]]
)
def test_measuring_without_resource_says_why_and_exits_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench_main(argv) == 2

    err = capsys.readouterr().err
    assert err.startswith(f"python -m xiaomi_timeline.bench {argv[0]}: ")
    assert "'resource' module" in err and "only on Unix" in err and sys.platform in err
    assert "Traceback" not in err


@pytest.mark.usefixtures("no_resource_module")
def test_generate_works_without_resource(tmp_path: Path) -> None:
    out = tmp_path / "g.json"

    assert bench_main(["generate", "--events", "50", "-o", str(out)]) == 0
    assert len(load_path(out).events) == 50


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no resource module")
def test_with_resource_nothing_is_refused() -> None:
    assert unix_only_problem() is None

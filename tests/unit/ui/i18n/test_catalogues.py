"""The translation catalogues are complete and in step with the code (``tools/translations.sh``
brings them up to date; a failure here names what to translate or rebuild)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.paths import REPO_ROOT

FOLDER = REPO_ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent
SCRIPT = REPO_ROOT / "tools" / "translations.sh"
CATALOGS = (
    "xiaomi_timeline_en",
    "xiaomi_timeline_id",
    "xiaomi_timeline_zh_CN",
    "qt_extra_id",
    "qt_extra_zh_CN",
)


def _tool(name: str) -> Path:
    path = TOOLS / f"pyside6-{name}"
    if not path.exists():
        pytest.skip(f"pyside6-{name} is not installed next to {sys.executable}")
    return path


def _unfinished(ts: Path) -> list[str]:
    """Sources whose translation is missing, empty or marked unfinished."""
    bad = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        forms = [] if translation is None else list(translation.iter("numerusform"))
        texts = [f.text for f in forms] if forms else [getattr(translation, "text", None)]
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished")
            or not all(text and text.strip() for text in texts)
        ):
            bad.append(source)
    return bad


@pytest.mark.parametrize("name", CATALOGS)
def test_every_message_is_translated(name: str) -> None:
    assert _unfinished(FOLDER / f"{name}.ts") == [], f"translate these in {name}.ts"


@pytest.mark.parametrize("name", CATALOGS)
def test_placeholders_survive_translation(name: str) -> None:
    """A translation that drops "%1" or "%n" would show the wrong words or no number."""
    for message in ET.parse(FOLDER / f"{name}.ts").getroot().iter("message"):
        source = message.findtext("source", "")
        wanted = set(re.findall(r"%\d", source)) | ({"%n"} if "%n" in source else set())
        if "may be used instead" in message.findtext("comment", ""):
            wanted = set()  # the comment offers another placeholder for the same thing
        for node in message.iter("translation"):
            texts = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            for text in texts:
                found = set(re.findall(r"%\d", text)) | ({"%n"} if "%n" in text else set())
                found |= {"%n"} if "%Ln" in text else set()
                assert wanted <= found, f"{name}: {text!r} lacks {wanted - found} of {source!r}"


def test_the_catalogues_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate run again on copies changes nothing: no string was added or removed since."""
    _tool("lupdate")
    copy = tmp_path / "repo"
    (copy / "resources").mkdir(parents=True)
    shutil.copytree(FOLDER, copy / "resources" / "translations")
    shutil.copytree(
        REPO_ROOT / "xiaomi_timeline",
        copy / "xiaomi_timeline",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    (copy / "tools").mkdir()
    shutil.copy(SCRIPT, copy / "tools")
    env = {"VENV": str(TOOLS.parent), "PATH": "/usr/bin:/bin"}
    subprocess.run(["bash", str(copy / "tools" / SCRIPT.name)], check=True, env=env)
    for name in CATALOGS:
        fresh = (copy / "resources" / "translations" / f"{name}.ts").read_text(encoding="utf-8")
        kept = (FOLDER / f"{name}.ts").read_text(encoding="utf-8")
        assert fresh == kept, f"{name}.ts is out of date: run bash tools/translations.sh"
        compiled = (copy / "resources" / "translations" / f"{name}.qm").read_bytes()
        assert compiled == (FOLDER / f"{name}.qm").read_bytes(), f"{name}.qm is out of date"


def test_no_translated_text_hides_from_the_extractor() -> None:
    """lupdate reads only literal texts in tr(), translate() and QT_TRANSLATE_NOOP() calls: a
    tr() inside an f-string, or a helper such as ``_tr(text)``, is never translated."""
    pattern = re.compile(r"""f["'][^"'\n]*\{[^}]*\b(?:tr|translate)\(|\b_tr\(""")
    offenders = [
        f"{path.relative_to(REPO_ROOT)}:{n}"
        for path in sorted((REPO_ROOT / "xiaomi_timeline").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []

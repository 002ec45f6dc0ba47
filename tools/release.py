"""Prepare a release in one step, and check that a tree is ready to be tagged.

    python tools/release.py prepare 0.2.0 [--date 2027-01-15]
    python tools/release.py check

``prepare`` turns CHANGELOG.md's "## Unreleased" notes into "## 0.2.0 - <date>", sets
``__version__``, adds the same notes as the newest ``<release>`` of the AppStream metainfo,
moves the metainfo's screenshot URL to the new tag and regenerates THIRD_PARTY_NOTICES.txt;
then it prints the commands that commit, tag, build and check (packaging/README.md has the
whole checklist). ``check`` fails when the version, changelog, metainfo and notices disagree,
and says whether the tag exists yet.
"""

from __future__ import annotations

import argparse
import datetime
import html
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION_FILE = Path("xiaomi_timeline/__init__.py")
CHANGELOG = Path("CHANGELOG.md")
METAINFO = Path("packaging/linux/io.github.xiaomi_ai_timeline.XiaomiAITimeline.metainfo.xml")
UNRELEASED = "## Unreleased"
VERSION = re.compile(r"^\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?$")
VERSION_LINE = re.compile(r'^__version__ = "([^"]+)"$', re.MULTILINE)
RELEASE_HEADING = re.compile(r"^## (\S+) - (\d{4}-\d{2}-\d{2})$", re.MULTILINE)
SCREENSHOT_TAG = re.compile(r"(<image>https://[^<]*?/)v[^/<]+(/docs/[^<]+</image>)")


class ReleaseError(Exception):
    """The tree cannot be released as asked; the message says what to fix."""


def current_version(root: Path) -> str:
    match = VERSION_LINE.search((root / VERSION_FILE).read_text(encoding="utf-8"))
    if match is None:
        raise ReleaseError(f'{VERSION_FILE}: no __version__ = "..." line')
    return match.group(1)


def unreleased_notes(changelog: str) -> list[str]:
    """The bullet points under "## Unreleased", each joined onto one line."""
    if UNRELEASED not in changelog.splitlines():
        raise ReleaseError(f"{CHANGELOG}: no '{UNRELEASED}' heading")
    body = changelog.split(UNRELEASED + "\n", 1)[1].split("\n## ", 1)[0]
    notes: list[str] = []
    for line in body.splitlines():
        if line.startswith("- "):
            notes.append(line[2:].strip())
        elif line.startswith("  ") and notes:
            notes[-1] += " " + line.strip()
    if not notes:
        raise ReleaseError(f"{CHANGELOG}: '{UNRELEASED}' has no '- ' notes to release")
    return notes


def _metainfo_release(version: str, date: str, notes: Sequence[str]) -> str:
    items = "".join(
        f"\n          <li>{html.escape(note.replace('`', ''), quote=False)}</li>" for note in notes
    )
    return (
        f'<release version="{version}" date="{date}">\n'
        "      <description>\n"
        f"        <ul>{items}\n        </ul>\n"
        "      </description>\n"
        "    </release>\n    "
    )


def prepare(root: Path, version: str, date: str) -> list[str]:
    """Write the release into the tree at ``root``; the files changed (relative paths)."""
    if not VERSION.match(version):
        raise ReleaseError(f"{version!r} is not a version like 1.2.3 (or 1.2.3rc1)")
    changelog = (root / CHANGELOG).read_text(encoding="utf-8")
    released = {match.group(1) for match in RELEASE_HEADING.finditer(changelog)}
    if version in released or version == current_version(root):
        raise ReleaseError(f"{version} is already released: pick a new version")
    notes = unreleased_notes(changelog)
    body = changelog.split(UNRELEASED + "\n", 1)[1]
    changelog = changelog.replace(
        UNRELEASED + "\n" + body, f"{UNRELEASED}\n\n## {version} - {date}\n{body}", 1
    )
    metainfo = (root / METAINFO).read_text(encoding="utf-8")
    if "<releases>\n    <release " not in metainfo:
        raise ReleaseError(f"{METAINFO}: expected '<releases>' then an indented '<release '")
    metainfo = metainfo.replace(
        "<releases>\n    <release ",
        "<releases>\n    " + _metainfo_release(version, date, notes) + "<release ",
        1,
    )
    metainfo, moved = SCREENSHOT_TAG.subn(rf"\g<1>v{version}\g<2>", metainfo)
    if moved != 1:
        raise ReleaseError(f"{METAINFO}: expected one screenshot <image> URL with a v<tag>")
    version_text = VERSION_LINE.sub(
        f'__version__ = "{version}"', (root / VERSION_FILE).read_text(encoding="utf-8")
    )
    (root / CHANGELOG).write_text(changelog, encoding="utf-8")
    (root / METAINFO).write_text(metainfo, encoding="utf-8")
    (root / VERSION_FILE).write_text(version_text, encoding="utf-8")
    return [str(path) for path in (VERSION_FILE, CHANGELOG, METAINFO)]


def problems(root: Path) -> list[str]:
    """What disagrees between __version__, CHANGELOG.md and the metainfo."""
    version = current_version(root)
    found = []
    headings = dict(
        (match.group(1), match.group(2))
        for match in RELEASE_HEADING.finditer((root / CHANGELOG).read_text(encoding="utf-8"))
    )
    if version not in headings:
        found.append(f"{CHANGELOG}: no '## {version} - <date>' heading")
    metainfo = (root / METAINFO).read_text(encoding="utf-8")
    newest = re.search(r'<release version="([^"]+)" date="([^"]+)"', metainfo)
    if newest is None or newest.group(1) != version:
        found.append(f"{METAINFO}: the newest <release> is not {version}")
    elif headings.get(version) != newest.group(2):
        found.append(
            f"{METAINFO}: {version} is dated {newest.group(2)}, the changelog says "
            f"{headings.get(version)}"
        )
    if f"/v{version}/docs/" not in metainfo:
        found.append(f"{METAINFO}: the screenshot URL does not point at tag v{version}")
    return found


def _tag_state(root: Path, version: str) -> str:
    tag = f"v{version}"
    result = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--verify", "--quiet", f"{tag}^{{commit}}"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        return f"tag {tag} does not exist yet"
    head = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, check=False
    )
    where = "HEAD" if head.stdout.strip() == result.stdout.strip() else "another commit"
    return f"tag {tag} exists and points at {where}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    prepare_parser = commands.add_parser("prepare", help="write version, changelog, metainfo")
    prepare_parser.add_argument("version")
    prepare_parser.add_argument("--date", default=datetime.date.today().isoformat())
    commands.add_parser("check", help="fail if version, changelog and metainfo disagree")
    args = parser.parse_args(argv)
    try:
        if args.command == "prepare":
            changed = prepare(ROOT, args.version, args.date)
        else:
            found = problems(ROOT)
            for problem in found:
                print(f"release: {problem}", file=sys.stderr)
            version = current_version(ROOT)
            print(
                f"release: {version}: {'NOT ready' if found else 'consistent'}; "
                f"{_tag_state(ROOT, version)}"
            )
            return 1 if found else 0
    except ReleaseError as error:
        print(f"release: {error}", file=sys.stderr)
        return 1
    notices = subprocess.run([sys.executable, str(ROOT / "tools" / "make_notices.py")], check=False)
    print(f"release: {args.version} written to {', '.join(changed)}")
    print(
        "next: bash tools/check.sh && git commit -am 'Release "
        f"{args.version}' && git tag -a v{args.version} -m 'Release {args.version}'\n"
        "      python -m build && PYTHON=.venv/bin/python tools/check_frozen.sh\n"
        f"      git push origin HEAD v{args.version}   (then the checklist in packaging/README.md)"
    )
    return notices.returncode


if __name__ == "__main__":
    sys.exit(main())

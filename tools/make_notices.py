"""Write THIRD_PARTY_NOTICES.txt: every runtime component's name, version, licence and licence
texts, read from the installed distributions' metadata (never written by hand).

    python tools/make_notices.py                  # THIRD_PARTY_NOTICES.txt at the repository root
    python tools/make_notices.py --bundle -o DIR  # for a frozen build: adds the Python runtime
    python tools/make_notices.py --check          # exit 1 if the committed file is stale
    python tools/make_notices.py --bundle --verify FILE  # FILE covers this environment exactly

Run it with the interpreter whose environment is shipped (the project's .venv). A distribution
that ships no licence file (PySide6-Essentials and shiboken6 do not) gets the texts of the
licences its expression names from LICENSES/<SPDX id>.txt; when neither exists the script
fails, so nothing is shipped without its licence text. The --check compares components and
licences, not versions, so a patch release of a dependency does not make the committed file
stale but a new dependency or a changed licence does.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xiaomi_timeline import APP_NAME, __version__  # noqa: E402
from xiaomi_timeline.core.components import (  # noqa: E402
    Component,
    LicenceFile,
    python_component,
    runtime_components,
)

NOTICES = "THIRD_PARTY_NOTICES.txt"
LICENCE_TEXTS = ROOT / "LICENSES"
RULE = "=" * 78
TABLE_HEADING = "Components (name, version, licence):"
SPDX_ID = re.compile(r"[A-Za-z0-9.+-]+")
# The Qt libraries are inside PySide6-Essentials; what its LGPL asks of a redistributor.
QT_NOTE = """\
Qt and PySide6. The Qt libraries are part of the PySide6-Essentials distribution
({qt_version}). Qt for Python (PySide6, shiboken6) and Qt are available under the GNU Lesser
General Public License version 3 (LGPL-3.0-only) or the GNU General Public License; Xiaomi AI
Timeline uses them under the LGPL-3.0. Their complete source code is available from the Qt
Project: the source packages on download.qt.io and the repositories on code.qt.io (qt/qtbase
and the other Qt modules, pyside/pyside-setup for PySide6 and shiboken6), at the versions
named here. In a frozen build the Qt libraries are separate shared libraries
(_internal/PySide6/Qt/lib on Linux) that you may replace with your own compatible build.
"""


SYSTEM_NOTE = """\
Shared libraries the build copied from the operating system. Each is listed under the Debian
package it came from, followed by that package's copyright file (its authors and licences)."""


class MissingLicenceError(Exception):
    """A component ships no licence file and LICENSES/ has no text for its licence."""


def spdx_ids(expression: str) -> list[str]:
    """The licence ids of an SPDX expression (operators and brackets dropped)."""
    operators = {"AND", "OR", "WITH"}
    return [
        token for token in SPDX_ID.findall(expression) if token not in operators and token != "+"
    ]


def licence_texts(component: Component) -> tuple[LicenceFile, ...]:
    """The texts the component ships, else LICENSES/<id>.txt for each id of its licence."""
    if component.licence_files:
        return component.licence_files
    texts = tuple(
        LicenceFile(f"LICENSES/{path.name}", path.read_text(encoding="utf-8"))
        for identifier in spdx_ids(component.licence)
        if (path := LICENCE_TEXTS / f"{identifier}.txt").is_file()
    )
    if not texts:
        raise MissingLicenceError(
            f"{component.name} {component.version} ships no licence file and LICENSES/ has no "
            f"text for {component.licence!r}: add LICENSES/<SPDX id>.txt"
        )
    return texts


def python_licence() -> LicenceFile:
    """CPython's LICENSE.txt from the standard library folder (or the installation root)."""
    for folder in (Path(sysconfig.get_path("stdlib")), Path(sys.base_prefix)):
        path = folder / "LICENSE.txt"
        if path.is_file():
            return LicenceFile("LICENSE.txt", path.read_text(encoding="utf-8"))
    raise MissingLicenceError("Python's LICENSE.txt is not in the standard library folder")


def _python_owned(path: Path) -> bool:
    """Whether a bundled library comes with Python or a Python distribution (covered above)."""
    owners = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib"), sys.base_prefix}
    return any(path.resolve().is_relative_to(Path(owner).resolve()) for owner in owners)


def _dpkg_package(path: Path) -> str | None:
    """The Debian package that installed ``path`` (merged /usr: both spellings are tried)."""
    candidates = []
    for spelling in (path, path.resolve()):
        text = str(spelling)
        usr_toggled = text.removeprefix("/usr") if text.startswith("/usr/") else "/usr" + text
        candidates += [text, usr_toggled]
    for candidate in dict.fromkeys(candidates):
        result = subprocess.run(
            ["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False
        )
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    return None


def system_library_sections(libraries: Iterable[Path]) -> tuple[list[str], list[str]]:
    """Notice lines for shared libraries a frozen build copied from the system (not Python's
    nor a distribution's), grouped by Debian package with its copyright file; and the names of
    libraries whose origin could not be found."""
    by_package: dict[str, list[str]] = {}
    unknown = []
    have_dpkg = shutil.which("dpkg-query") is not None
    for library in sorted(set(libraries), key=lambda path: path.name):
        if _python_owned(library):
            continue
        package = _dpkg_package(library) if have_dpkg else None
        if package is None:
            unknown.append(library.name)
        else:
            by_package.setdefault(package, []).append(library.name)
    lines = [RULE, "System libraries", RULE, SYSTEM_NOTE, ""]
    for package, names in sorted(by_package.items()):
        version = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        copyright_file = Path("/usr/share/doc", package, "copyright")
        text = copyright_file.read_text(encoding="utf-8", errors="replace").rstrip()
        lines += [
            f"----- Debian package {package} {version}: {', '.join(names)} -----",
            "",
            text or "(no copyright file installed)",
            "",
        ]
    if unknown:
        lines += [f"Licence not determined on this system for: {', '.join(unknown)}", ""]
    return lines, unknown


def _section(component: Component, texts: Sequence[LicenceFile]) -> list[str]:
    lines = [RULE, f"{component.name} {component.version}", RULE, f"Licence: {component.licence}"]
    if component.summary:
        lines.append(f"Summary: {component.summary}")
    if component.homepage:
        lines.append(f"Home page: {component.homepage}")
    for text in texts:
        lines += ["", f"----- {text.name} -----", "", text.text.rstrip(), ""]
    return [*lines, ""]


def _table(components: Sequence[Component]) -> list[str]:
    width = max(len(component.name) for component in components)
    version_width = max(len(component.version) for component in components)
    return [
        f"  {component.name:<{width}}  {component.version:<{version_width}}  {component.licence}"
        for component in components
    ]


def render(*, bundle: bool, system_libraries: Iterable[Path] = ()) -> str:
    """The notices text for the running environment. ``bundle``: a frozen build, which ships
    Python and the ``system_libraries`` too."""
    components = list(runtime_components())
    if not components:
        raise MissingLicenceError("xiaomi-ai-timeline is not installed: pip install -e .")
    sections = [(component, licence_texts(component)) for component in components]
    if bundle:
        sections.append((python_component(), (python_licence(),)))
    qt_version = next(
        (component.version for component in components if component.name.startswith("PySide6")),
        "not installed",
    )
    what = "this folder contains" if bundle else "the source distribution needs at run time"
    lines = [
        f"{APP_NAME} {__version__}: licences of the software {what}",
        "",
        *textwrap.wrap(
            "Generated by tools/make_notices.py from the installed distributions' metadata on "
            f"Python {sys.version.split()[0]} ({sys.platform}); do not edit by hand. "
            f"{APP_NAME} itself is under the MIT licence (LICENSE). Each component below is "
            "under its own licence, whose full text follows its entry.",
            width=90,
        ),
        "",
        TABLE_HEADING,
        *_table([component for component, _ in sections]),
        "",
        *QT_NOTE.format(qt_version=qt_version).splitlines(),
        "",
    ]
    for component, texts in sections:
        lines += _section(component, texts)
    if bundle:
        system_lines, unknown = system_library_sections(system_libraries)
        lines += system_lines
        if unknown:
            print(
                f"make_notices: WARNING: no licence found for {', '.join(unknown)}", file=sys.stderr
            )
    return "\n".join(lines).rstrip() + "\n"


def _summary(text: str) -> list[tuple[str, str]]:
    """The component table's (name, licence) rows, versions dropped, for --check."""
    lines = text.splitlines()
    if TABLE_HEADING not in lines:
        return []
    rows = []
    for line in lines[lines.index(TABLE_HEADING) + 1 :]:
        if not line.strip():
            break
        name, _version, licence = re.split(r"\s{2,}", line.strip(), maxsplit=2)
        rows.append((name, licence))
    return rows


def verify(text: str, *, bundle: bool) -> list[str]:
    """What a notices file lacks for this environment: a section headed by each component's
    name and version, followed by a licence text; with ``bundle``, Python and a known licence for
    every system library too."""
    components = [*runtime_components(), *([python_component()] if bundle else [])]
    lines = text.splitlines()
    problems = []
    for component in components:
        heading = f"{component.name} {component.version}"
        if heading not in lines:
            problems.append(f"no section for {heading}")
            continue
        following = lines[lines.index(heading) + 1 :]
        end = next((i for i, line in enumerate(following[1:], 1) if line == RULE), len(following))
        if not any(line.startswith("----- ") for line in following[:end]):
            problems.append(f"no licence text for {heading}")
    if bundle and "Licence not determined" in text:
        problems.append("libraries of unknown licence (see the end of the file)")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT, help="folder to write into")
    parser.add_argument("--bundle", action="store_true", help="a frozen build: add Python")
    parser.add_argument("--check", action="store_true", help="fail if the committed file is stale")
    parser.add_argument("--verify", type=Path, help="check a built notices file, then exit")
    args = parser.parse_args(argv)
    if args.verify:
        problems = verify(args.verify.read_text(encoding="utf-8"), bundle=args.bundle)
        for problem in problems:
            print(f"make_notices: {args.verify}: {problem}", file=sys.stderr)
        return 1 if problems else 0
    try:
        text = render(bundle=args.bundle)
    except MissingLicenceError as error:
        print(f"make_notices: {error}", file=sys.stderr)
        return 1
    target = args.output / NOTICES
    if args.check:
        committed = target.read_text(encoding="utf-8") if target.is_file() else ""
        if not committed or _summary(committed) != _summary(text):
            print(
                f"make_notices: {target} is stale; run python tools/make_notices.py",
                file=sys.stderr,
            )
            return 1
        return 0
    write(args.output, text)
    return 0


def write(folder: Path, text: str) -> Path:
    """Write the notices text into ``folder`` (made if missing); the path written."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / NOTICES
    target.write_text(text, encoding="utf-8")
    print(f"make_notices: wrote {target} ({len(text.splitlines())} lines)")
    return target


if __name__ == "__main__":
    sys.exit(main())

"""Spare PySide6 reading the source of every module of ours that a start imports.

Once PySide6 is imported, its import hook (``shibokensupport.feature``) reads the whole source
of each module imported after it, with :func:`inspect.getsource`, to learn whether that module
may opt into PySide6's ``from __feature__ import snake_case, true_property``; it keeps the
answer in a table it consults first. A start imports about a hundred modules of ours: ~8 ms of
reading files and splitting them into lines, before the first frame. None of ours opts in
(``tests/unit/test_launch_path.py`` checks), so the answer for each, "no feature selected"
(0, what PySide6 enters for a module that uses it without features), is entered beforehand.

Only the table is written, and only where it is what this PySide6 has: with another layout
nothing is done and PySide6 reads the sources as before.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NO_FEATURES = 0


def enter_our_modules() -> int:
    """Enter every module of this package as one without PySide6 features; returns how many
    were entered (0 when PySide6's table is not there)."""
    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    root = Path(__file__).parent
    entered = 0
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        package = ".".join((root.name, *Path(folder).relative_to(root).parts))
        for file in files:
            if file.endswith(".py"):
                name = package if file == "__init__.py" else f"{package}.{file[:-3]}"
                table.setdefault(name, NO_FEATURES)
                entered += 1
    return entered

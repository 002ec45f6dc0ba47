"""The About dialog's list of what the app is built with: each component's version and licence
(from the installed metadata), Qt's terms, and where the licence texts are."""

from __future__ import annotations

import html
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, qVersion

from xiaomi_timeline.core.components import Component, python_component, runtime_components

NOTICES = "THIRD_PARTY_NOTICES.txt"
_CELL = "style='padding-right: 12px'"


translate = QCoreApplication.translate  # literal arguments, so pyside6-lupdate finds them


def notices_path() -> Path | None:
    """The notices file beside a frozen build's executable; None when not frozen or missing."""
    if not getattr(sys, "frozen", False):
        return None
    path = Path(sys.executable).resolve().parent / NOTICES
    return path if path.is_file() else None


def _row(component: Component) -> str:
    cells = (component.name, component.version, component.licence)
    return "<tr>" + "".join(f"<td {_CELL}>{html.escape(cell)}</td>" for cell in cells) + "</tr>"


def components_html() -> str:
    """Rich text for the About dialog: components table, Qt's licence, licence texts."""
    components = (*runtime_components(), python_component())
    heading = (
        "<tr>"
        + "".join(
            f"<th align='left' {_CELL}>{html.escape(title)}</th>"
            for title in (
                translate("AboutDialog", "Component"),
                translate("AboutDialog", "Version"),
                translate("AboutDialog", "Licence"),
            )
        )
        + "</tr>"
    )
    qt = html.escape(
        translate(
            "AboutDialog",
            "Qt %1 is part of PySide6-Essentials and is used under the GNU LGPL version 3: its "
            "libraries are separate files you may replace, and its source code is available "
            "from the Qt Project (download.qt.io, code.qt.io).",
        )
    ).replace("%1", html.escape(qVersion()))
    path = notices_path()
    if path is not None:
        texts = html.escape(translate("AboutDialog", "The licence texts are in %1.")).replace(
            "%1", html.escape(str(path))
        )
    else:
        texts = html.escape(
            translate(
                "AboutDialog",
                "The licence texts are in each component's installed package metadata.",
            )
        )
    rows = "".join(_row(component) for component in components)
    built_with = translate("AboutDialog", "Built with")
    return (
        f"<p><b>{html.escape(built_with)}</b></p>"
        f"<table cellspacing='0' cellpadding='1'>{heading}{rows}</table>"
        f"<p>{qt}</p><p>{texts}</p>"
    )

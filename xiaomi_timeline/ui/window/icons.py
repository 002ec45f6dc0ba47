"""The application icon, loaded from the shipped resources for the window and taskbar.

Every rendered PNG size is added, so Qt picks a sharp one for each use (title bar, task
switcher, dock) and the window system is offered all of them; the SVG master is the fallback
when the PNGs are missing. The bundled files are used rather than the icon theme, so the icon
shows before (or without) ``--install-desktop-entry``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from xiaomi_timeline import APP_ID
from xiaomi_timeline.core import resources

logger = logging.getLogger(__name__)

ICON_MASTER = "xiaomi-ai-timeline.svg"


def app_icon() -> QIcon:
    """The app's icon; a null QIcon (with a logged warning) if the resources lack it."""
    icon = QIcon()
    try:
        theme = resources.icon_path("hicolor")
        master = resources.icon_path(ICON_MASTER)
    except FileNotFoundError as error:
        logger.warning("no application icon: %s", error)
        return icon
    for png in sorted(theme.glob(f"*/apps/{APP_ID}.png")):
        side = int(png.parent.parent.name.partition("x")[0])
        icon.addFile(str(png), QSize(side, side))
    if icon.isNull() and master.is_file():
        icon.addFile(str(master))
    if icon.isNull():
        logger.warning("no application icon in %s", theme.parent)
    return icon

"""Small dialogs and the theme: About, the keyboard shortcut list, light/dark palettes."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QStyleFactory,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xiaomi_timeline import APP_NAME, __version__
from xiaomi_timeline.core.schema import Document, text_in
from xiaomi_timeline.ui.i18n.dates import format_number
from xiaomi_timeline.ui.window.about_components import components_html

translate = QCoreApplication.translate

# Keys widgets handle themselves (listed in Help so every shortcut is discoverable).
WIDGET_KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        str(QT_TRANSLATE_NOOP("Shortcuts", "On the timeline")),
        (
            ("+ / -", str(QT_TRANSLATE_NOOP("Shortcuts", "Zoom in / out"))),
            ("Shift+Left / Shift+Right", str(QT_TRANSLATE_NOOP("Shortcuts", "Pan"))),
            ("Home / End", str(QT_TRANSLATE_NOOP("Shortcuts", "Go to the start / end"))),
            ("F", str(QT_TRANSLATE_NOOP("Shortcuts", "Fit the filtered events"))),
        ),
    ),
    (
        str(QT_TRANSLATE_NOOP("Shortcuts", "In the years histogram")),
        (
            ("Left / Right", str(QT_TRANSLATE_NOOP("Shortcuts", "Move between years"))),
            (
                "Shift+Left / Shift+Right",
                str(QT_TRANSLATE_NOOP("Shortcuts", "Extend the chosen range")),
            ),
            ("Space / Enter", str(QT_TRANSLATE_NOOP("Shortcuts", "Choose the focused year"))),
            ("Delete / Esc", str(QT_TRANSLATE_NOOP("Shortcuts", "All years"))),
        ),
    ),
    (
        str(QT_TRANSLATE_NOOP("Shortcuts", "In a people or organization search")),
        (
            ("Down", str(QT_TRANSLATE_NOOP("Shortcuts", "Move into the list of matches"))),
            (
                "Enter",
                str(
                    QT_TRANSLATE_NOOP(
                        "Shortcuts", "Tick the highlighted match (at first the top one)"
                    )
                ),
            ),
        ),
    ),
    (
        str(QT_TRANSLATE_NOOP("Shortcuts", "Everywhere")),
        (
            ("Tab / Shift+Tab", str(QT_TRANSLATE_NOOP("Shortcuts", "Move between controls"))),
            (
                "Space",
                str(
                    QT_TRANSLATE_NOOP(
                        "Shortcuts", "Tick or untick the focused item of a filter list"
                    )
                ),
            ),
            ("Alt+letter", str(QT_TRANSLATE_NOOP("Shortcuts", "Open a menu"))),
        ),
    ),
)


def about_box(parent: QWidget, document: Document, path: str | None, language: str) -> QMessageBox:
    """Version, and what the open data set is and rests on. File text is escaped."""

    title = html.escape(text_in(document.title, language))
    origin = html.escape(path) if path else html.escape(translate("AboutBox", "built-in data set"))
    reliability = {"high": 0, "medium": 0, "low": 0}
    for source in document.sources:
        if source.reliability is not None:
            reliability[source.reliability] += 1
    unrated = len(document.sources) - sum(reliability.values())
    counts = translate("AboutBox", "%1 events, %2 people, %3 organizations, <b>%4 sources</b>")
    for n, number in enumerate(
        (document.events, document.people, document.organizations, document.sources), 1
    ):
        counts = counts.replace(f"%{n}", format_number(len(number)))
    if unrated:
        levels = translate(
            "AboutBox", "(%1 high, %2 medium, %3 low reliability, %4 not rated by the file)."
        ).replace("%4", format_number(unrated))
    else:
        levels = translate("AboutBox", "(%1 high, %2 medium, %3 low reliability).")
    for n, level in enumerate(("high", "medium", "low"), 1):
        levels = levels.replace(f"%{n}", format_number(reliability[level]))
    viewer = translate("AboutBox", "A desktop viewer for sourced, dated event data.")
    data_set = translate("AboutBox", "Data set:")
    text = (
        f"<h3>{html.escape(APP_NAME)} {html.escape(__version__)}</h3>"
        f"<p>{html.escape(viewer)}</p>"
        f"<p><b>{html.escape(data_set)}</b> {title}<br>({origin})</p>"
        f"<p>{counts} {levels}</p>"
    ) + components_html()
    box = QMessageBox(parent)
    box.setObjectName("about-dialog")
    box.setWindowTitle(translate("AboutBox", "About %1").replace("%1", APP_NAME))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(text)
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 36em; }")  # room for the licences
    box.setIcon(QMessageBox.Icon.Information)
    return box


class ShortcutsDialog(QDialog):
    """Every shortcut in one two-column table (keys, what they do) with a row per section, so
    the columns line up across sections."""

    def __init__(
        self, parent: QWidget, sections: Sequence[tuple[str, Sequence[tuple[str, str]]]]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("shortcuts-table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        for heading, pairs in sections:
            self._add_section(heading, pairs)  # already in the interface language
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(600, 700)

    def _add_section(self, heading: str, pairs: Sequence[tuple[str, str]]) -> None:
        table = self.table
        row = table.rowCount()
        table.insertRow(row)
        title = QTableWidgetItem(heading)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setFlags(Qt.ItemFlag.ItemIsEnabled)
        title.setBackground(self.palette().brush(QPalette.ColorRole.AlternateBase))
        table.setItem(row, 0, title)
        table.setSpan(row, 0, 1, 2)
        for keys, what in pairs:
            row = table.rowCount()
            table.insertRow(row)
            key_item = QTableWidgetItem(keys)
            key_font = key_item.font()
            key_font.setBold(True)
            key_item.setFont(key_font)
            table.setItem(row, 0, key_item)
            table.setItem(row, 1, QTableWidgetItem(what))

    def rows(self) -> list[tuple[str, str]]:
        """(keys, action) per row; section rows have an empty action (for tests)."""
        table = self.table
        return [
            (
                item.text() if (item := table.item(row, 0)) is not None else "",
                item.text() if (item := table.item(row, 1)) is not None else "",
            )
            for row in range(table.rowCount())
        ]


def shortcuts_box(parent: QWidget, actions: Sequence[QAction]) -> ShortcutsDialog:
    """Every shortcut: the window's actions, then the keys widgets handle themselves."""
    window_keys = [
        (
            action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            _without_mnemonic(action.text()),
        )
        for action in actions
        if not action.shortcut().isEmpty()
    ]

    widget_keys = [
        (
            translate("Shortcuts", heading),
            [(_key_names(keys), translate("Shortcuts", what)) for keys, what in pairs],
        )
        for heading, pairs in WIDGET_KEYS
    ]
    return ShortcutsDialog(parent, [(translate("Shortcuts", "Window"), window_keys), *widget_keys])


def _without_mnemonic(text: str) -> str:
    """A menu text as a sentence: "&Open…" -> "Open…", "打开(&O)…" -> "打开…"."""
    return re.sub(r"\(&[^)]\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _key_names(keys: str) -> str:
    """ "Shift+Left / Shift+Right" as the window's own shortcuts are written (Qt names the keys
    in the interface language: "Shift+左方向"); a description such as "Alt+letter" stays."""
    names = []
    for key in keys.split(" / "):
        native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        names.append(native or key)
    return " / ".join(names)


def apply_theme(theme: str) -> None:
    """'system' keeps the platform look; 'light' and 'dark' use Fusion with a fixed palette."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    app.setStyleSheet(_DARK_INDICATORS if theme == "dark" else "")
    if theme == "system":
        app.setPalette(app.style().standardPalette())
        return
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(_dark_palette() if theme == "dark" else app.style().standardPalette())


# Fusion outlines unchecked item boxes in a shade of the window colour, invisible on dark bases.
_DARK_INDICATORS = (
    "QAbstractItemView::indicator { width: 11px; height: 11px; border: 1px solid #a0a0a0;"
    " border-radius: 2px; background: #1f1f1f; }"
    "QAbstractItemView::indicator:checked { background: #3d7fd9; border-color: #7fb2ff; }"
)


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7fd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Link: "#7fb2ff",
        QPalette.ColorRole.Mid: "#5a5a5a",
        QPalette.ColorRole.Light: "#6a6a6a",
        QPalette.ColorRole.Midlight: "#4a4a4a",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette

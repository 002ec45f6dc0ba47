"""A banner over the timeline saying why the last reload failed; the last good data stays below.

Problems are shown as plain text (``file:line:col: path: message (hint)``, the message and
hint in the interface language where a translation has them), never as rich text, since they
quote the file. The banner hides itself when a later reload succeeds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from typing_extensions import override

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from xiaomi_timeline.core.problems import Problem
from xiaomi_timeline.ui.i18n.problems import problem_text

VISIBLE_LINES = 5


def problem_lines(problems: Sequence[Problem | str]) -> tuple[str, ...]:
    """Each problem as a line in the interface language (a given line as it is)."""
    return tuple(problem_text(p) if isinstance(p, Problem) else p for p in problems)


class ProblemBanner(QFrame):
    """Lists the problems of a failed reload, with Reload and Dismiss buttons.

    Signals:
        reload_requested(): the user asked to try again now.
    """

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem-banner")
        self.setAccessibleName(self.tr("File problems"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Fixed colours with enough contrast in light and dark themes alike.
        self.setStyleSheet(
            "#problem-banner { background: #fff3cd; border: 1px solid #d39e00; }"
            "#problem-banner QLabel { color: #3d2e00; }"
        )
        self._problems: tuple[str, ...] = ()
        self._say_again: Callable[[], None] | None = None
        """Shows the current message again (in a new interface language)."""
        self._heading = QLabel()
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        self._heading.setWordWrap(True)
        font = self._heading.font()
        font.setBold(True)
        self._heading.setFont(font)
        self._details = QLabel()
        self._details.setObjectName("problem-list")
        self._details.setTextFormat(Qt.TextFormat.PlainText)
        self._details.setWordWrap(True)
        self._details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        # Every problem, but in a few lines' height: a long list scrolls instead of pushing
        # the timeline out of the window.
        self._list = QScrollArea()
        self._list.setObjectName("problem-scroll")
        self._list.setWidget(self._details)
        self._list.setWidgetResizable(True)
        self._list.setFrameShape(QFrame.Shape.NoFrame)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.setStyleSheet(
            "#problem-scroll, #problem-scroll > QWidget > QWidget { background: transparent; }"
        )
        self._list.setMaximumHeight(self._details.fontMetrics().lineSpacing() * VISIBLE_LINES + 4)
        self._build()
        self.hide()

    def _build(self) -> None:
        text = QVBoxLayout()
        text.addWidget(self._heading)
        text.addWidget(self._list)
        self._reload_button = reload_button = QPushButton()
        reload_button.clicked.connect(self.reload_requested)
        self._dismiss_button = dismiss = QPushButton()
        dismiss.clicked.connect(self.hide)
        self._set_button_texts()
        buttons = QVBoxLayout()
        buttons.addWidget(reload_button)
        buttons.addWidget(dismiss)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)

    def _set_button_texts(self) -> None:
        self._reload_button.setText(self.tr("&Try again"))
        self._reload_button.setAccessibleName(self.tr("Try loading the file again"))
        self._dismiss_button.setText(self.tr("&Dismiss"))
        self._dismiss_button.setAccessibleName(self.tr("Dismiss the problem banner"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        """A new interface language: the buttons and the message shown are said again."""
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("File problems"))
            self._set_button_texts()
            if self._say_again is not None:
                self._say_again()
        super().changeEvent(event)

    @property
    def problems(self) -> tuple[str, ...]:
        return self._problems

    def show_problems(
        self,
        file_name: str,
        problems: Sequence[Problem | str],
        omitted: int = 0,
        *,
        instead: Callable[[], str] | None = None,
    ) -> None:
        """Show why ``file_name`` could not be reloaded, or, given ``instead`` (what is shown in
        its place, named anew in each interface language), why it could not be opened at all."""
        shown_problems = tuple(problems)
        self._say_again = lambda: self.show_problems(
            file_name, shown_problems, omitted, instead=instead
        )
        self._problems = problem_lines(problems)
        count = len(problems) + omitted
        problem_count = self.tr("%n problems", "", count)
        if instead is None:
            heading = self.tr(
                "%1 has %2; still showing the last version that loaded. "
                "Fix the file and it reloads."
            )
        else:
            heading = self.tr(
                "Could not open %1 (%2); showing %3 instead. Fix the file and it opens."
            ).replace("%3", instead())
        heading = heading.replace("%1", file_name).replace("%2", problem_count)
        self._heading.setText(heading)
        shown = list(self._problems)
        if omitted > 0:
            shown.append(self.tr("... and %n more", "", omitted))
        self._details.setText("\n".join(shown))
        self._list.show()
        self.setAccessibleDescription(self._heading.text())
        self.show()

    def show_interrupted(self, file_name: str, *, instead: Callable[[], str]) -> None:
        """The app closed while opening ``file_name`` last time, so it was not reopened; Try
        again opens it."""
        self._say_again = lambda: self.show_interrupted(file_name, instead=instead)
        self._problems = ()
        self._heading.setText(
            self.tr(
                "The app closed while opening %1 last time, so it was not opened again; "
                "showing %2 instead. Press Try again to open %1."
            )
            .replace("%1", file_name)
            .replace("%2", instead())
        )
        self._details.setText("")
        self._list.hide()
        self.setAccessibleDescription(self._heading.text())
        self.show()

    def show_missing(self, file_name: str) -> None:
        """The open file was deleted or moved; what is on screen is its last version."""
        self._say_again = lambda: self.show_missing(file_name)
        self._problems = ()
        self._heading.setText(
            self.tr(
                "%1 was deleted or moved; still showing the last version. "
                "It reloads when the file is back."
            ).replace("%1", file_name)
        )
        self._details.setText("")
        self._list.hide()
        self.setAccessibleDescription(self._heading.text())
        self.show()

    def clear(self) -> None:
        self._say_again = None
        self._problems = ()
        self.hide()


class ProblemDialog(QDialog):
    """Why a file could not be opened: the full problem list, selectable, as plain text.

    ``instead`` names what the window shows in its place (at start there was nothing before);
    without it the timeline the user was looking at stays.

    Signals:
        retry_requested(): the user asked to try opening the file again.
    """

    retry_requested = Signal()

    def __init__(
        self,
        file_name: str,
        problems: Sequence[Problem | str],
        parent: QWidget | None = None,
        *,
        instead: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("problem-dialog")
        self.setWindowTitle(self.tr("Cannot open file"))
        self.setAccessibleName(self.tr("Cannot open file"))
        self.file_name = file_name
        self.instead = instead
        self.problems: tuple[str, ...] = ()
        self._heading = QLabel()
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        self._heading.setWordWrap(True)
        self._listing = QPlainTextEdit()
        self._listing.setObjectName("problem-list")
        self._listing.setAccessibleName(self.tr("Problems"))
        self._listing.setReadOnly(True)
        self._listing.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.retry_button = buttons.addButton(
            self.tr("&Try again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.retry_button.setAccessibleName(self.tr("Try opening the file again"))
        self.retry_button.clicked.connect(self.retry_requested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._listing)
        layout.addWidget(buttons)
        self.resize(720, 320)
        self.set_problems(problems)

    @property
    def heading(self) -> str:
        return self._heading.text()

    def set_problems(self, problems: Sequence[Problem | str]) -> None:
        """Show the latest reasons (after a failed retry)."""
        self.problems = problem_lines(problems)
        count = self.tr("%n problems", "", len(problems))
        name = Path(self.file_name).name or self.file_name
        if self.instead is None:
            text = self.tr(
                "%1 could not be opened (%2). The timeline you were looking at stays open."
            )
        else:
            text = self.tr(
                "Could not open %1; showing %3 instead (%2 below). "
                "Fix the file and it opens, or press Try again."
            ).replace("%3", self.instead())
        self._heading.setText(text.replace("%1", name).replace("%2", count))
        self._listing.setPlainText("\n".join(self.problems))

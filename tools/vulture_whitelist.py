"""Names vulture cannot see used: a framework, not our code, reads them (``vulture`` config in
pyproject.toml). Qt overrides need no entry: ``@override`` marks them."""

from types import SimpleNamespace

from PySide6.QtGui import QAccessible

from xiaomi_timeline.bench.probe import _FirstPaint
from xiaomi_timeline.core import schema, settings
from xiaomi_timeline.ui.window.files import FilesHost

# pydantic reads model_config; schema_version and $schema are fields of the file format.
schema._Frozen.model_config
schema.Document.schema_ref
schema.Document.schema_version
settings._Settings.model_config
settings.Preferences.schema_version
settings.UiState.schema_version
# pydantic calls its validators.
settings.SavedFilters._first_year_first
settings.UiState._base64
settings.UiState._finite_window

# A protocol's parameter names only describe the signature.
FilesHost.resizeDocks.docks

# Qt reads the flags of an accessible item's state (ui/timeline/accessibility.py).
QAccessible.State.focusable
QAccessible.State.selectable
QAccessible.State.invisible

# The launch probe's Qt override cannot import typing_extensions (its baseline imports only Qt).
_FirstPaint.eventFilter

# packaging/timeline.spec (not Python vulture reads) uses what the spec test's stand-in for
# PyInstaller's Analysis provides; vulture matches attributes by name.
_pyinstaller_analysis = SimpleNamespace()
_pyinstaller_analysis.pure
_pyinstaller_analysis.binaries
_pyinstaller_analysis.datas

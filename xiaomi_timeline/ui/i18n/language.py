"""The interface language: which translations are installed, and the locale dates follow.

English is the source language; ``id`` and ``zh_CN`` come from ``resources/translations``
(``xiaomi_timeline_<code>.qm``, compiled from the ``.ts`` files by ``tools/translations.sh``)
plus Qt's own translations for its dialogs and buttons where Qt ships them. Switching installs
the new translators; Qt then sends every widget a LanguageChange event, and widgets that show
texts re-read them (``changeEvent``), so the switch needs no restart.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from xiaomi_timeline.core.resources import resource_root
from xiaomi_timeline.core.schema import Document
from xiaomi_timeline.core.settings import UI_LANGUAGES

log = logging.getLogger(__name__)

"""Interface languages, as Qt locale names."""
CATALOG = "xiaomi_timeline"
QT_CATALOGS = ("qtbase",)
CONTENT_LANGUAGE_OF = {"en": "en", "id": "id", "zh_CN": "zh-Hans"}
"""The data's language code (BCP 47, as in the files) that matches each interface language."""

_installed: list[QTranslator] = []
_current = "en"


def translations_dir() -> Path:
    return resource_root() / "translations"


def system_ui_language(locale: QLocale | None = None) -> str:
    """The interface language for the system locale: Indonesian, Chinese, else English."""
    locale = locale or QLocale.system()
    if locale.language() == QLocale.Language.Indonesian:
        return "id"
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return "en"


def resolve_ui_language(choice: str | None) -> str:
    """``choice`` ("system", None or a code) as one of :data:`UI_LANGUAGES`."""
    if choice in UI_LANGUAGES:
        return choice
    return system_ui_language()


def current_ui_language() -> str:
    return _current


def content_language_following(ui_language: str, document: Document) -> str:
    """The content language that follows interface language ``ui_language``: its match where
    ``document`` has it (its ``languages`` list, when given), or else the data's own default
    language. The window and ``export`` both follow the interface this way."""
    wanted = CONTENT_LANGUAGE_OF.get(ui_language, "en")
    if document.languages and wanted not in document.languages:
        return document.default_language
    return wanted


def apply_ui_language(code: str) -> bool:
    """Install the translators for ``code`` and make its locale the default (dates, numbers).

    Returns False if our catalogue for ``code`` is missing (the interface is then English).
    Installing a translator makes Qt post LanguageChange to every widget.
    """
    global _current  # noqa: PLW0603 - one interface language per process
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before choosing the interface language")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    _current = code
    ok = _install(translations_dir(), f"{CATALOG}_{code}")
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for catalog in QT_CATALOGS:
        if code != "en":
            _install(qt_dir, f"{catalog}_{code}", required=False)
    if code != "en":
        # Qt ships no Indonesian catalogue and its Chinese one lacks a few strings of Qt 6's
        # file dialog: ours carries the Qt strings our dialogs show.
        _install(translations_dir(), f"qt_extra_{code}", required=False)
    if not _installed:  # removing the last translator posts no LanguageChange by itself
        QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
    return ok


def _install(folder: Path, name: str, *, required: bool = True) -> bool:
    translator = QTranslator()
    if not translator.load(name, str(folder)):
        if required:
            log.warning("no translation %s in %s; the interface stays in English", name, folder)
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True

"""Texts a widget sets once and must set again when the interface language changes.

``texts.bind(action.setText, lambda: self.tr("&Open…"))`` sets the text now and remembers how
to make it; :meth:`BoundTexts.retranslate`, called from the widget's LanguageChange handler,
sets every bound text again in the new language. Menus, actions and dock titles are not
widgets that re-read their own texts, so the window binds them here.
"""

from __future__ import annotations

from collections.abc import Callable


class BoundTexts:
    """(setter, text maker) pairs, applied now and again on every language change."""

    def __init__(self) -> None:
        self._bound: list[tuple[Callable[[str], object], Callable[[], str]]] = []

    def bind(self, setter: Callable[[str], object], text: Callable[[], str]) -> None:
        self._bound.append((setter, text))
        setter(text())

    def retranslate(self) -> None:
        for setter, text in self._bound:
            setter(text())

"""Guard against the PySide6 release that corrupts CPython 3.11's None refcount.

PySide6 6.12.0 on Python 3.11 decrements None's refcount on void-returning calls until the
interpreter dies ("Fatal Python error: none_dealloc"); pyproject pins below 6.12 on 3.11.
If a resolver ever installs a bad combination, this fails loudly instead of crashing later.
"""

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_do_not_leak_none_references() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(1000):
        obj.setObjectName(f"guard-{i}")
    after = sys.getrefcount(None)
    assert after >= before - 50, (
        f"None refcount dropped by {before - after}: this PySide6 build is unsafe on "
        f"Python {sys.version.split()[0]}"
    )

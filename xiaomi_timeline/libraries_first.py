"""numpy and pydantic, imported before PySide6 by the desktop app's start.

Once PySide6 is imported, its import hook reads the whole source of every module imported
after it (see :mod:`xiaomi_timeline.pyside_scan`): numpy and pydantic are about 250 modules,
whose reading cost each start tens of milliseconds before its first frame. Imported before
PySide6, they are never read. numpy's OpenBLAS is given one thread unless the user chose
otherwise (docs/architecture.md, "Start-up"), which must happen before numpy is imported.
"""

from __future__ import annotations

import os

from xiaomi_timeline.core.gcutil import gc_paused

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
with gc_paused():
    import numpy  # noqa: F401

    # pydantic's package imports its parts on first use: every part the package uses is
    # asked for here, so none is imported later under PySide6's hook.
    from pydantic import (  # noqa: F401
        BaseModel,
        ConfigDict,
        Field,
        TypeAdapter,
        ValidationError,
        field_validator,
    )
    from pydantic.fields import FieldInfo  # noqa: F401

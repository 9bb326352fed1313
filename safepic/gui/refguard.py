"""Work around a reference-count bug in PySide6 6.12 wheels on Python 3.11.

Every call to a Qt method that returns nothing (setText, update, processEvents, QPainter calls)
drops one reference to None that it never took; some bool returns do the same to True/False.
On Python 3.12+ these objects are immortal and nothing happens; on 3.11 the count reaches zero
after a few thousand calls and the interpreter aborts ("none_dealloc"). We give the three
singletons a huge head start, which is what 3.12 does for them anyway.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # more calls than a wizard could make in years
_done = False


def protect_singletons() -> None:
    """Once per process, on CPython < 3.12 only."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    _done = True

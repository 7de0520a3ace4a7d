"""Fewer garbage collections while bulk work makes and drops millions of objects.

Python's cyclic collector runs after every 700 new container objects. An
export of 100,000 incidents makes tens of millions of short-lived tuples,
records and rows, and every batch it holds survives a few collections, so
the collector keeps walking the whole heap: a fifth of the export's time went
there. Reference counting frees these objects as soon as they are dropped; the
collector is only for cycles, and bulk work makes few. So while it runs the
collector waits for 20,000 new objects instead.

The threshold is process-wide: nested or concurrent bulk sections share one
raised threshold, and the last one to leave puts the old one back.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: New container objects between two young-generation collections during bulk work.
BULK_THRESHOLD = 20_000

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] = ()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the collector's first threshold for the duration of the block."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            if _saved[0]:  # 0 means the collector is off: leave it so
                gc.set_threshold(max(_saved[0], BULK_THRESHOLD), *_saved[1:])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.set_threshold(*_saved)

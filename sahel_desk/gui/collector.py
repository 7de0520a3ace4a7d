"""Cyclic garbage collection on the GUI thread only.

Python's collector runs in whichever thread happens to allocate when a
threshold is passed. When that is a worker thread (a database read, an export)
and the garbage holds a dead widget in a reference cycle, Qt deletes the widget
outside the GUI thread and the process crashes: seen in the test suite as a
segmentation fault with "Garbage-collecting" in a worker thread. So while the
application runs, the automatic collector is off and a timer on the GUI thread
collects instead, each generation when its count passes its threshold, as the
automatic collector would. Reference counting still frees everything that is
not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks whether a collection is due.
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Switches automatic collection off until :meth:`stop`, collecting on a timer."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds (on this,
        the GUI, thread); returns how many unreachable objects were found."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        found = 0
        for generation in range(3):
            if not thresholds[generation] or counts[generation] <= thresholds[generation]:
                break
            found = gc.collect(generation)
        return found

    def stop(self) -> None:
        """Give collection back to Python (as it was before)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

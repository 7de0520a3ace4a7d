"""Running Desk API work off the GUI thread and reporting back by signals.

Widgets never call the database on the GUI thread: they hand a plain function
to :class:`Operations`, which runs it on a thread pool and delivers the result
(or the error) back on the GUI thread. Each request carries a *channel*: a
newer request on the same channel makes older answers stale, so a slow search
never overwrites the answer to a later keystroke.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside work whose caller cancelled it."""


@dataclass
class Progress:
    """Handed to long work: report progress, and notice cancellation."""

    _report: Callable[[int, int], None]
    _cancelled: threading.Event = field(default_factory=threading.Event)

    def __call__(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise Cancelled()
        self._report(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()


class _Relay(QObject):
    """Lives on the GUI thread; worker threads emit, slots run on the GUI thread."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int)


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.number = number
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:
            self.relay.failed.emit(self.number, exc)
        else:
            self.relay.finished.emit(self.number, result)


@dataclass
class _Pending:
    channel: str | None
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int], None] | None


class Operations(QObject):
    """The application's background runner; one per main window, passed to widgets.

    ``error_handler`` receives errors a caller did not handle itself (user
    errors are shown plainly, bugs go to the crash dialog).
    """

    busy_changed = Signal(bool)

    def __init__(self, error_handler: Callable[[BaseException], None],
                 parent: QObject | None = None, max_threads: int = 2):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.progressed.connect(self._on_progress)
        self._pending: dict[int, _Pending] = {}
        self._latest: dict[str, int] = {}
        self._counter = 0
        self._error_handler = error_handler

    def run(
        self, work: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None, channel: str | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Progress:
        """Run ``work(*args)`` on the pool. With ``on_progress`` it also gets a
        :class:`Progress` as keyword ``progress``; the returned Progress cancels it."""
        self._counter += 1
        number = self._counter
        relay = self._relay
        progress = Progress(lambda done, total: relay.progressed.emit(number, done, total))
        kwargs = {"progress": progress} if on_progress else {}
        self._pending[number] = _Pending(channel, on_done, on_error, on_progress)
        if channel is not None:
            self._latest[channel] = number
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(number, lambda: work(*args, **kwargs), relay))
        return progress

    def _take(self, number: int) -> _Pending | None:
        pending = self._pending.pop(number, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if pending is None:
            return None
        if pending.channel is not None and self._latest.get(pending.channel) != number:
            return None  # a newer request on the same channel supersedes this answer
        return pending

    @Slot(int, object)
    def _on_finished(self, number: int, result: Any) -> None:
        pending = self._take(number)
        if pending and pending.on_done:
            pending.on_done(result)

    @Slot(int, object)
    def _on_failed(self, number: int, error: BaseException) -> None:
        pending = self._take(number)
        if pending is None or isinstance(error, Cancelled):
            if pending and pending.on_error and isinstance(error, Cancelled):
                pending.on_error(error)
            return
        if pending.on_error:
            pending.on_error(error)
        else:
            self._error_handler(error)

    @Slot(int, int, int)
    def _on_progress(self, number: int, done: int, total: int) -> None:
        pending = self._pending.get(number)
        if pending and pending.on_progress:
            pending.on_progress(done, total)

    def report(self, error: BaseException) -> None:
        """Hand an error to the application's handler (plain message or crash dialog)."""
        self._error_handler(error)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (tests and shutdown only)."""
        return self._pool.waitForDone(msecs)

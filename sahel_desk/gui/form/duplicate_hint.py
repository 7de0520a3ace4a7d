""""Possibly the same event as MLI-2017-0042": the desk's check for duplicates, run as
the coder types once the record has a date and a place.

The check (``desk.duplicates.check``) reads the database, so it runs off the GUI
thread, a moment after the last change; an answer for values that have changed since
is dropped. The hint sits below the fields, like the form's other messages, so it
never moves the field being typed in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from sahel_desk.gui.duplicates.reasons import reason_text, separator
from sahel_desk.gui.i18n.bidi import isolate
from sahel_desk.gui.operations import Operations
from sahel_desk.services.duplicates import DuplicatePair

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk

log = logging.getLogger(__name__)

#: after the last change, before checking (a date is typed a digit at a time)
CHECK_DELAY_MS = 400
#: reasons the hint names; the tooltip has them all
SHOWN_REASONS = 3


def placed_and_dated(values: Mapping[str, Any]) -> bool:
    """Whether the record can be checked: a day read, and a place (picked or a point)."""
    located = bool(values.get("place_id")) or (values.get("latitude") not in (None, "")
                                               and values.get("longitude") not in (None, ""))
    return isinstance(values.get("event_date"), date) and located


def check_duplicates(desk: Desk, values: Mapping[str, Any], incident: str | None
                     ) -> tuple[DuplicatePair, ...]:
    """What the form runs off the GUI thread (also timed by benchmarks/duplicates.py)."""
    return desk.duplicates.check(values, incident=incident)


class DuplicateCheck(QObject):
    """Checks a moment after each change; ``found(tuple[DuplicatePair, ...])`` with the
    matches for the values as they stand (empty when none, or no date and place yet)."""

    found = Signal(object)

    def __init__(self, desk: Desk, operations: Operations,
                 values: Callable[[], dict[str, Any]], incident: Callable[[], str | None],
                 parent: QObject | None = None, delay_ms: int = CHECK_DELAY_MS):
        super().__init__(parent)
        self._desk = desk
        self._operations = operations
        self._values = values
        self._incident = incident
        self._channel = f"duplicate-check-{id(self)}"
        self._asked = False
        self._last: tuple[dict[str, Any], str | None] | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.run_now)

    def schedule(self) -> None:
        """The values changed: check a moment after the last change."""
        self._generation += 1
        self._timer.start()

    def pending(self) -> bool:
        """A check is waiting for its moment or for its answer."""
        return self._timer.isActive() or self._asked

    def forget(self) -> None:
        """Check again even if the values are the same (a pair was settled)."""
        self._last = None
        self.schedule()

    def run_now(self) -> None:
        self._timer.stop()
        values, incident = self._values(), self._incident()
        if not placed_and_dated(values):
            self._last = None
            self._asked = False
            self._answer(())
            return
        if self._last == (values, incident):
            return
        self._last = (values, incident)
        self._asked = True
        generation = self._generation
        self._operations.run(
            check_duplicates, self._desk, values, incident, channel=self._channel,
            on_done=lambda found: self._arrived(generation, found),
            on_error=lambda error: self._failed(generation, error))

    def _arrived(self, generation: int, found: tuple[DuplicatePair, ...]) -> None:
        if not shiboken6.isValid(self):
            return
        self._asked = False
        if generation != self._generation:
            # The values changed while it ran: their own check follows, even when they
            # came back to these values before the timer found nothing new to ask.
            self._last = None
            if not self._timer.isActive():
                self.run_now()
            return
        self._answer(found)

    def _failed(self, generation: int, error: BaseException) -> None:
        """A check that failed says nothing (it is a hint; saving reports real faults)."""
        log.warning("the duplicates check failed: %s", error, exc_info=(
            type(error), error, error.__traceback__))
        self._arrived(generation, ())

    def _answer(self, found: tuple[DuplicatePair, ...]) -> None:
        self.found.emit(tuple(found))


class DuplicateHint(QFrame):
    """The best match and its reasons, "Compare side by side", and ✕ to set it aside
    (the same match is then not offered again in this form; the next one is shown).
    ``compareRequested(other_id)`` asks for the pair side by side; ``shown()`` follows
    each time the hint appears."""

    compareRequested = Signal(str)
    shown = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicateHint")
        self.pair: DuplicatePair | None = None
        self._matches: tuple[DuplicatePair, ...] = ()
        self._set_aside: set[str] = set()
        self.label = QLabel()
        self.label.setObjectName("duplicateHintText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.compare_button = QPushButton(self.tr("Compare side by side"))
        self.compare_button.setToolTip(self.tr(
            "Both records field by field, to merge them or mark them as two events; a record "
            "not saved yet is saved first"))
        self.compare_button.setAutoDefault(False)
        self.compare_button.clicked.connect(self._compare)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        # only this form forgets the match: "Not the same event" is the pair window's
        self.close_button.setToolTip(self.tr(
            "Hide this hint in this form (the pair is not marked as two events)"))
        self.close_button.setAccessibleName(self.tr("Hide this hint"))
        self.close_button.clicked.connect(self._set_aside_current)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_matches(self, matches: tuple[DuplicatePair, ...]) -> None:
        """Show the best match not set aside; hide when there is none."""
        self._matches = tuple(matches)
        offered = [p for p in matches if p.b.id and p.b.id not in self._set_aside]
        pair = offered[0] if offered else None
        self.pair = pair
        if pair is None:
            self.hide()
            return
        reasons = [reason_text(r) for r in pair.reasons]
        comma = separator()
        named = comma.join(reasons[:SHOWN_REASONS] + (["…"] if len(reasons) > SHOWN_REASONS
                                                       else []))
        others = len(offered) - 1
        if others > 0:
            text = self.tr("Possibly the same event as {id} ({reasons}); %n other "
                           "incident(s) may be too", "", others)
        else:
            text = self.tr("Possibly the same event as {id} ({reasons})")
        text = text.format(id=isolate(pair.b.human_id or ""), reasons=named)
        self.label.setText(text)
        self.setToolTip(comma.join(reasons))
        was_hidden = self.isHidden()
        self.show()
        if was_hidden:
            self.shown.emit()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def _compare(self) -> None:
        if self.pair is not None and self.pair.b.id:
            self.compareRequested.emit(self.pair.b.id)

    def _set_aside_current(self) -> None:
        if self.pair is not None and self.pair.b.id:
            self._set_aside.add(self.pair.b.id)
        self.show_matches(self._matches)  # the next match, if there is one

    def reset(self) -> None:
        """Another record in the form: nothing set aside any more."""
        self._set_aside.clear()
        self._matches = ()
        self.pair = None
        self.hide()

"""Validation as the coder types: the codebook's own checks, without the database.

Only references (actor and place ids) are left for the service to resolve at
save time; every other message is the one the save would give, shown while
the fix is still a keystroke away.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from sahel_desk.codebook.validation import check_incident, clean_incident_values
from sahel_desk.errors import FieldError
from sahel_desk.store.state import DEFAULT_STATE

DEBOUNCE_MS = 250


@dataclass(frozen=True)
class CheckResult:
    problems: tuple[FieldError, ...]
    """What is wrong with the record as it stands (with its chosen status)."""
    submit_problems: tuple[FieldError, ...]
    """What would stop it being submitted (includes ``problems``)."""

    @property
    def submittable(self) -> bool:
        return not self.submit_problems


def check_values(values: Mapping[str, Any]) -> CheckResult:
    """Clean and check form values as the service would, minus reference lookups."""
    cleaned = clean_incident_values(values)
    unreadable = {e.field for e in cleaned.errors}
    state = {**DEFAULT_STATE, **cleaned.values}

    def rules(record: dict[str, Any]) -> list[FieldError]:
        return [e for e in check_incident(record) if e.field not in unreadable]

    problems = [*cleaned.errors, *rules(state)]
    submit = [*cleaned.errors, *rules({**state, "status": "submitted"})]
    return CheckResult(tuple(problems), tuple(submit))


class LiveCheck(QObject):
    """Runs :func:`check_values` a moment after the last change (debounced)."""

    checked = Signal(object)

    def __init__(self, values: Callable[[], Mapping[str, Any]], parent: QObject | None = None,
                 delay_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self._values = values
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.run_now)
        self.result = CheckResult((), ())

    def schedule(self) -> None:
        self._timer.start()

    def run_now(self) -> CheckResult:
        self._timer.stop()
        self.result = check_values(self._values())
        self.checked.emit(self.result)
        return self.result

    def pending(self) -> bool:
        return self._timer.isActive()

"""Keeping unsaved form contents on disk, so a crash or a kill loses nothing.

While the form is dirty its values go to the draft store every few seconds
and whenever the keyboard focus leaves the form; a successful save removes
the draft.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from sahel_desk.services.drafts import DraftStore
from sahel_desk.store.records import to_plain

log = logging.getLogger(__name__)

INTERVAL_MS = 3000


def new_draft_key() -> str:
    return f"new-{uuid.uuid4().hex[:12]}"


def incident_draft_key(incident_id: str) -> str:
    return f"incident-{incident_id}"


class DraftKeeper(QObject):
    """Writes ``snapshot()`` to the store under ``key`` while the form is dirty."""

    def __init__(self, store: DraftStore, form: QWidget,
                 snapshot: Callable[[], dict[str, Any]], interval_ms: int = INTERVAL_MS):
        super().__init__(form)
        self.store = store
        self.form = form
        self.key = new_draft_key()
        self.incident_id: str | None = None
        self.base_revision: int | None = None
        self.title = QCoreApplication.translate("IncidentForm", "New incident")
        self._snapshot = snapshot
        self._written: Any = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.save_now)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.last_error: OSError | None = None

    def set_interval(self, msecs: int) -> None:
        self._timer.setInterval(msecs)

    def set_dirty(self, dirty: bool) -> None:
        if dirty and not self._timer.isActive():
            self._timer.start()
        elif not dirty:
            self._timer.stop()

    def save_now(self) -> bool:
        """Write the draft if it changed since the last write; False if the disk refused."""
        values = to_plain(self._snapshot())
        if values == self._written:
            return True
        try:
            self.store.save(self.key, incident_id=self.incident_id,
                            base_revision=self.base_revision, title=self.title, values=values)
        except OSError as exc:
            self.last_error = exc
            log.warning("could not write the draft %s: %s", self.key, exc)
            return False
        self.last_error = None
        self._written = values
        return True

    def discard(self) -> None:
        self._timer.stop()
        self.store.discard(self.key)
        self._written = None

    def use_key(self, key: str, *, incident_id: str | None, base_revision: int | None,
                title: str) -> None:
        """Write to another draft from now on; the old one is left where it is."""
        self.key = key
        self.incident_id = incident_id
        self.base_revision = base_revision
        self.title = title
        self._written = None

    def rekey(self, key: str) -> None:
        """Keep the draft under a new name (a new record got its id)."""
        if key != self.key:
            self.store.discard(self.key)
            self.key = key
            self._written = None

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not self._timer.isActive() or old is None:
            return
        if self._inside(old) and not self._inside(new):
            try:
                self.save_now()
            except RuntimeError:
                # Focus also moves while the form is being destroyed, when its fields are
                # already gone; whatever was dirty was written on the last tick or on close.
                log.debug("form destroyed before its draft could be written on focus out")

    def _inside(self, widget: QWidget | None) -> bool:
        while widget is not None:
            if widget is self.form:
                return True
            widget = widget.parentWidget()
        return False

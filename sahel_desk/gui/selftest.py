"""`sahel-desk --self-test`: the packaged application proves it works.

Opens the main window offscreen on a temporary data folder, starts a new
incident, types into the place and actor pickers as a user would, saves, and
reads the incident back through the Desk API. Exit status 0 means all of it
worked; anything else prints what failed.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sahel_desk.gui.pickers.actor_picker import ActorPicker
from sahel_desk.gui.pickers.place_picker import PlacePicker
from sahel_desk.services.desk import Desk
from sahel_desk.store.records import IncidentRecord


class SelfTestFailure(Exception):
    pass


def _wait(condition: Callable[[], bool], what: str, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailure(f"timed out waiting for {what}")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _type_and_choose(field, text: str, chosen: Callable[[], object], what: str) -> None:
    edit = field.line_edit()
    edit.setFocus()
    QTest.keyClicks(edit, text)
    _wait(lambda: field.popup().isVisible() and field.popup().model().rowCount() > 1,
          f"{what} suggestions")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    _wait(lambda: chosen() is not None, f"a {what} to be chosen")


def self_test(app: QApplication) -> int:
    from sahel_desk.gui.app import build_window

    with tempfile.TemporaryDirectory(prefix="sahel-self-test-") as folder:
        # The starter places are enough to find a town through the picker, and keep
        # the check a few seconds long on a slow laptop (the built-in gazetteer's
        # 59,000 places take longer to seed and index).
        desk = Desk.open(folder, user="self-test", gazetteer="starter")
        window = build_window(desk)
        try:
            window.show()
            _wait(lambda: window.model.total == 0
                  and window.count_label.text() != window.loading_text(),
                  "the incident list")
            form = window.new_incident()
            place = form.findChild(PlacePicker)
            actor = form.findChild(ActorPicker)
            if place is None or actor is None:
                raise SelfTestFailure("the incident form has no place or actor picker")
            _type_and_choose(place, "Gao", place.place, "place")
            _type_and_choose(actor, "GSIM", actor.actor, "actor")
            saved: list[IncidentRecord] = []
            form.saved.connect(saved.append)
            form.save()
            _wait(lambda: bool(saved), "the incident to be saved")
            record = desk.incidents.get(saved[0].id)
            if record.place is None or record.place.name != "Gao":
                raise SelfTestFailure(f"the saved place is {record.place}")
            if record.actor1 is None or not record.actor1.name.startswith("JNIM"):
                raise SelfTestFailure(f"the saved actor 1 is {record.actor1}")
            print(f"self-test passed: {record.human_id} saved with place {record.place.name} "
                  f"and actor {record.actor1.name}")
            return 0
        except SelfTestFailure as exc:
            print(f"self-test FAILED: {exc}", file=sys.stderr)
            return 1
        finally:
            window.operations.wait()
            window.close()
            desk.close()

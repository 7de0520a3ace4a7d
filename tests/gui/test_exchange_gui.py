"""Changes between desks in the GUI: sending a bundle, receiving one (a dry run
first, a password asked for when needed), and settling the conflicts it brings,
driven as a user would over two real desks. The result is checked through the
Desk API afterwards."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from sahel_desk.gui.app import build_window
from sahel_desk.gui.exchange import ConflictsWindow, ReceiveDialog, SendDialog
from sahel_desk.gui.exchange.conflicts_window import EMPTY
from sahel_desk.gui.exchange.send_dialog import default_name
from sahel_desk.gui.main_window import MainWindow
from sahel_desk.gui.operations import Operations
from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values
from tests.exchange.conftest import introduce
from tests.gui.windows import activate

WAIT = 15000
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
JNIM = "JNIM: Group for Support of Islam and Muslims"
#: where a test leaves its screenshots for a person to look at (unset: none are written)
SHOTS = Path(os.environ["SAHEL_DESK_SHOTS"]) if os.environ.get("SAHEL_DESK_SHOTS") else None
FAMA = "Military Forces of Mali (2013-2020)"
ISGS = "Islamic State (Greater Sahara)"
MINUSMA = ("MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in "
           "Mali (2013-2020)")


# --- two desks ------------------------------------------------------------------------------


@pytest.fixture
def here(data_dir: Path) -> Iterator[Desk]:
    """A team's desk (hawa administers, boubacar reviews, moussa codes), worked by
    boubacar: the one whose windows the tests drive."""
    with Desk.open(data_dir, user="hawa") as desk:
        desk.profiles.create("hawa", "administrator")
        desk.profiles.create("boubacar", "reviewer")
        desk.profiles.create("moussa", "researcher")
        desk.switch_user("boubacar")
        yield desk


@pytest.fixture
def there(tmp_path: Path, template_dir: Path, here: Desk) -> Iterator[Desk]:
    """amina's desk: another folder and database, copied from the template as data_dir is.
    Each desk trusts the other's key (hawa, administrator here, trusts amina's desk as a
    reviewer's, so that everything it sends counts)."""
    folder = tmp_path / "amina-desk"
    folder.mkdir()
    shutil.copy2(template_dir / DATABASE_FILE, folder / DATABASE_FILE)
    with Desk.open(folder, user="amina") as desk:
        introduce(here, desk, "reviewer")
        introduce(desk, here, "reviewer")
        yield desk


@pytest.fixture
def window(here: Desk, qtbot) -> Iterator[MainWindow]:
    built = build_window(here)
    qtbot.addWidget(built)
    built.show()
    qtbot.waitUntil(lambda: built.role_label.text() == "Role: reviewer", timeout=WAIT)
    yield built
    built.operations.wait()


def exchanged(there: Desk, here: Desk, folder: Path) -> str:
    """amina codes the Almoustarat attack and sends it; boubacar's desk has it too."""
    record = there.incidents.create(complete_values(there, fatalities_high=11))
    first = folder / "first.sdb"
    there.exchange.export_bundle(first, peer="boubacar")
    here.exchange.import_bundle(first)
    return record.id


def conflicting(there: Desk, here: Desk, folder: Path, *, password: str | None = None,
                **theirs) -> tuple[str, Path]:
    """Both desks change the toll differently (amina 9, boubacar 8); amina's bundle with
    her change (and ``theirs``) is written but not yet brought in."""
    incident = exchanged(there, here, folder)
    there.incidents.update(incident, {"fatalities": 9, **theirs})
    here.incidents.update(incident, {"fatalities": 8})
    second = folder / "second.sdb"
    there.exchange.export_bundle(second, peer="boubacar", password=password)
    return incident, second


def menu_action(window: QWidget, text: str):
    return next(a for a in window.actions() if a.text() == text)


def click_row(qtbot, view, row: int) -> None:
    index = view.model().index(row, 0)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())


def cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def open_conflicts(here: Desk, operations: Operations, qtbot) -> ConflictsWindow:
    conflicts = ConflictsWindow(here, operations)
    qtbot.addWidget(conflicts)
    with qtbot.waitSignal(conflicts.loaded, timeout=WAIT):
        conflicts.reload()
    conflicts.show()
    activate(qtbot, conflicts, WAIT)
    conflicts.view.setFocus()
    return conflicts


# --- receiving, then settling the conflict ------------------------------------------------------


def test_receive_a_bundle_then_take_their_value_in_the_conflicts_window(
        window: MainWindow, here: Desk, there: Desk, qtbot, qtmodeltester,
        tmp_path: Path) -> None:
    incident, bundle = conflicting(there, here, tmp_path, notes="Seen from Gao.")
    # and a new incident: the bundle is written again with everything, so both travel
    newer = there.incidents.create(complete_values(there, event_date="2017-05-09")).id
    there.exchange.export_bundle(bundle, peer="boubacar", since_last=False)
    menu_action(window, "&Refresh list").trigger()  # the first exchange came by the API
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=WAIT)

    # File > Receive changes: type the file's path, check it first.
    menu_action(window, "Recei&ve changes…").trigger()
    dialog = window.findChild(ReceiveDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.import_button.isEnabled()
    qtbot.keyClicks(dialog.path, str(bundle))
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT):
        qtbot.mouseClick(dialog.check_button, LEFT)
    report = dialog.report.toPlainText()
    assert "1 incident would be added" in report
    assert "1 conflict for a reviewer" in report
    assert "Nothing has been written yet" in report
    assert here.exchange.conflicts() == [] and here.incidents.count() == 1

    # Bring in: the same file merged; the list refreshes; the conflict is counted.
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, LEFT)
    assert "1 incident was added" in dialog.report.toPlainText()
    assert "1 conflict for a reviewer" in dialog.message.text()
    assert not dialog.import_button.isEnabled()  # not brought in twice by accident
    qtbot.waitUntil(lambda: window.model.total == 2, timeout=WAIT)
    assert window.folders.folder("bundles") == bundle.parent
    assert here.incidents.get(newer).event_date.isoformat() == "2017-05-09"
    assert here.incidents.get(incident).notes == "Seen from Gao."  # merged cleanly
    assert here.incidents.get(incident).fatalities == 8  # ours kept until decided

    # The button opens Review > Conflicts with the conflict in it.
    assert dialog.conflicts_button.isVisible()
    qtbot.mouseClick(dialog.conflicts_button, LEFT)
    conflicts = window.conflicts_window
    assert conflicts is not None
    qtbot.waitUntil(lambda: conflicts.isVisible() and conflicts.model.rowCount() == 1,
                    timeout=WAIT)
    qtmodeltester.check(conflicts.model)
    assert cells(conflicts.model)[0][:4] == [
        here.incidents.get(incident).human_id, "Fatalities (best)", "8", "9"]
    assert cells(conflicts.model)[0][4] == f"amina@{there.exchange.desk_id()[:8]}"
    click_row(qtbot, conflicts.view, 0)
    panel = conflicts.panel
    assert (panel.ours.value.text(), panel.theirs.value.text()) == ("8", "9")
    assert panel.base.text() == "Before both edits: 7"
    assert panel.theirs.title.text().startswith("The other desk: amina")

    # Take theirs with Ctrl+2, giving a reason.
    qtbot.keyClicks(panel.reason, "army statement")
    activate(qtbot, conflicts, WAIT)
    with qtbot.waitSignal(conflicts.resolved, timeout=WAIT):
        qtbot.keyClick(conflicts.view, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: conflicts.model.rowCount() == 0, timeout=WAIT)
    assert conflicts.count.text() == EMPTY
    assert conflicts.stack.currentWidget() is conflicts.empty
    assert "took amina" in conflicts.banner.text()

    record = here.incidents.get(incident)
    assert record.fatalities == 9
    assert here.exchange.conflicts() == []
    [done] = here.exchange.conflicts(include_resolved=True)
    assert (done.resolved_by, done.resolution["choice"]) == ("boubacar", "remote")
    last = here.history.for_incident(incident)[-1]
    assert (last.field, last.old_value, last.new_value, last.user, last.reason) == (
        "fatalities", 8, 9, "boubacar", "army statement")


def test_receive_asks_for_the_password_until_it_is_right(
        here: Desk, there: Desk, operations: Operations, qtbot, tmp_path: Path) -> None:
    there.incidents.create(complete_values(there))
    bundle = tmp_path / "locked.sdb"
    there.exchange.export_bundle(bundle, peer="boubacar", password="tessalit")
    dialog = ReceiveDialog(here, operations)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path, str(bundle))
    with qtbot.waitSignal(dialog.runner.failed, timeout=WAIT):
        qtbot.mouseClick(dialog.check_button, LEFT)
    assert "encrypted: type its password" in dialog.password_note.text()
    assert dialog.password_note.isVisible() and dialog.password.hasFocus()

    qtbot.keyClicks(dialog.password, "kidal")
    with qtbot.waitSignal(dialog.runner.failed, timeout=WAIT):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "password is wrong" in dialog.password_note.text()
    assert dialog.password.text() == "" and not dialog.import_button.isEnabled()

    qtbot.keyClicks(dialog.password, "tessalit")
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not dialog.password_note.isVisible()
    assert "1 incident would be added" in dialog.report.toPlainText()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, LEFT)
    assert here.incidents.count() == 1
    assert "No conflicts" in dialog.message.text()
    assert not dialog.conflicts_button.isVisible()


def test_receive_says_plainly_why_a_file_is_refused(here: Desk, operations: Operations,
                                                   qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "holiday-photos.sdb"
    bad.write_bytes(b"\x89PNG not a bundle at all")
    before = here.check().counts
    dialog = ReceiveDialog(here, operations)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.path, str(bad))
    with qtbot.waitSignal(dialog.runner.failed, timeout=WAIT):
        qtbot.mouseClick(dialog.check_button, LEFT)
    assert dialog.report.toPlainText() == "holiday-photos.sdb is not a Sahel Desk bundle."
    assert dialog.message.text() == "Nothing was changed."
    assert not dialog.import_button.isEnabled()
    assert here.check().counts == before


# --- sending ----------------------------------------------------------------------------------


def test_send_writes_an_encrypted_bundle_the_other_desk_brings_in(
        here: Desk, there: Desk, operations: Operations, qtbot, tmp_path: Path) -> None:
    record = there.incidents.create(complete_values(there))
    dialog = SendDialog(there, operations, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.peer.currentText() == "anyone"
    assert dialog.since_last.isChecked()
    peer = dialog.peer.lineEdit()
    peer.selectAll()
    qtbot.keyClicks(peer, "boubacar")
    target = tmp_path / default_name("amina", "boubacar")
    assert dialog.path.text() == str(target)  # the name follows the peer

    qtbot.keyClicks(dialog.password, "tessalit")
    qtbot.keyClicks(dialog.confirm, "tesalit")
    qtbot.mouseClick(dialog.send_button, LEFT)
    assert "two passwords differ" in dialog.message.text()
    assert not target.exists()
    qtbot.keyClicks(dialog.confirm, "tessalit")
    with qtbot.waitSignal(dialog.sent, timeout=WAIT):
        qtbot.mouseClick(dialog.send_button, LEFT)
    message = dialog.message.text()
    assert message.startswith(f"Wrote {target} for boubacar: 1 incident, ")
    assert "encrypted with the password" in message
    assert "the changes since the last bundle for boubacar" in message
    assert [p.name for p in there.exchange.peers() if p.sent_at] == ["boubacar"]

    report = here.exchange.import_bundle(target, password="tessalit")
    assert report.added == (record.human_id,)
    assert here.incidents.get(record.id).fatalities == 7

    # Sending again to the same file: asked to press again, then "Everything" is sent.
    dialog.password.clear()
    dialog.confirm.clear()
    qtbot.mouseClick(dialog.everything, LEFT, pos=QPoint(6, dialog.everything.height() // 2))
    assert dialog.everything.isChecked()
    qtbot.mouseClick(dialog.send_button, LEFT)
    assert "already exists: press Send again" in dialog.message.text()
    with qtbot.waitSignal(dialog.sent, timeout=WAIT):
        qtbot.mouseClick(dialog.send_button, LEFT)
    assert "everything this desk holds" in dialog.message.text()
    assert "not encrypted" in dialog.message.text()
    again = here.exchange.import_bundle(target)
    assert (again.added, again.unchanged) == ((), 1)


def test_send_from_the_main_window_offers_known_peers(window: MainWindow, here: Desk,
                                                      there: Desk, qtbot,
                                                      tmp_path: Path) -> None:
    exchanged(there, here, tmp_path)  # boubacar's desk now knows amina's
    menu_action(window, "Send c&hanges…").trigger()
    dialog = window.findChild(SendDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.peer.count() == 2, timeout=WAIT)
    sender = dialog.peer.itemText(1)
    assert sender.startswith("amina@")
    dialog.peer.setCurrentIndex(1)
    assert "nothing sent yet; last received" in dialog.peer_note.text()
    assert Path(dialog.path.text()).name == default_name("boubacar", sender)
    target = tmp_path / "back-to-amina.sdb"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(target))
    with qtbot.waitSignal(dialog.sent, timeout=WAIT):
        qtbot.mouseClick(dialog.send_button, LEFT)
    assert "1 incident" in dialog.message.text()
    assert there.exchange.import_bundle(target).unchanged == 1
    assert window.folders.folder("bundles") == tmp_path  # the next bundle starts there


# --- the conflicts window ----------------------------------------------------------------------


def test_conflicts_show_names_and_labels_and_are_settled_from_the_keyboard(
        here: Desk, there: Desk, operations: Operations, qtbot, qtmodeltester,
        tmp_path: Path) -> None:
    incident = exchanged(there, here, tmp_path)
    rfi = there.incidents.get(incident).sources[0].id

    def changes(fatalities: int, actor2: str) -> dict:
        return {"fatalities": fatalities, "actor2": actor2, "sources": [
            {"id": rfi, "publication": "RFI", "killed": fatalities,
             "source_scale": "International"}]}

    there.incidents.update(incident, changes(9, ISGS))
    here.incidents.update(incident, changes(8, MINUSMA))
    bundle = tmp_path / "second.sdb"
    there.exchange.export_bundle(bundle, peer="boubacar")
    assert len(here.exchange.import_bundle(bundle).conflicts) == 3

    conflicts = open_conflicts(here, operations, qtbot)
    qtmodeltester.check(conflicts.model)
    rows = cells(conflicts.model)
    assert [r[1] for r in rows] == ["Fatalities (best)", "Actor 2", "Source 1 (RFI): killed"]
    isgs = there.incidents.get(incident).actor2.name  # the name ISGS is an alias of
    assert (rows[1][2], rows[1][3]) == (MINUSMA, isgs)
    assert conflicts.count.text() == "<b>3</b> open conflicts, oldest first"
    assert conflicts.view.currentIndex().row() == 0

    # Down to the actor: names side by side, the base by name too; Ctrl+1 keeps ours.
    qtbot.keyClick(conflicts.view, Qt.Key.Key_Down)
    panel = conflicts.panel
    assert panel.title.text().endswith("Actor 2")
    assert panel.theirs.value.text() == isgs
    assert panel.base.text() == f"Before both edits: {FAMA}"
    with qtbot.waitSignal(conflicts.resolved, timeout=WAIT):
        qtbot.keyClick(conflicts.view, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: conflicts.model.rowCount() == 2, timeout=WAIT)
    assert conflicts.view.currentIndex().row() == 1  # the next conflict took the row
    assert panel.item.label == "Source 1 (RFI): killed"

    # Up to the toll: a value that is not a number is refused plainly; 10 is taken.
    qtbot.keyClick(conflicts.view, Qt.Key.Key_Up)
    assert panel.item.label == "Fatalities (best)"
    assert panel.editor.toPlainText() == "8"
    panel.editor.selectAll()
    qtbot.keyClicks(panel.editor, "ten")
    qtbot.mouseClick(panel.use_button, LEFT)
    qtbot.waitUntil(lambda: conflicts.banner.text() != "", timeout=WAIT)
    # the field named as the window names it, not as the data does
    assert conflicts.banner.text() == ("Invalid incident: Fatalities (best): 'ten' is not a "
                                       "whole number")
    assert conflicts.banner.kind() == "error"
    assert len(here.exchange.conflicts()) == 2
    panel.editor.selectAll()
    qtbot.keyClicks(panel.editor, "10")
    qtbot.keyClicks(panel.reason, "both figures were early")
    with qtbot.waitSignal(conflicts.resolved, timeout=WAIT):
        qtbot.mouseClick(panel.use_button, LEFT)
    qtbot.waitUntil(lambda: conflicts.model.rowCount() == 1, timeout=WAIT)
    assert "set another value (10)" in conflicts.banner.text()

    # The last one: Ctrl+2 takes theirs, and the list says it is done.
    with qtbot.waitSignal(conflicts.resolved, timeout=WAIT):
        qtbot.keyClick(conflicts.view, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: conflicts.count.text() == EMPTY, timeout=WAIT)
    qtmodeltester.check(conflicts.model)

    record = here.incidents.get(incident)
    assert record.fatalities == 10
    assert record.actor2.name == MINUSMA
    assert record.sources[0].killed == 9
    assert here.exchange.conflicts() == []
    toll = [h for h in here.history.for_incident(incident) if h.field == "fatalities"][-1]
    assert (toll.old_value, toll.new_value, toll.reason) == (8, 10, "both figures were early")


def test_a_researcher_sees_the_conflicts_but_may_not_settle_them(
        here: Desk, there: Desk, operations: Operations, qtbot, tmp_path: Path) -> None:
    incident, bundle = conflicting(there, here, tmp_path)
    here.exchange.import_bundle(bundle)
    here.switch_user("moussa")
    conflicts = open_conflicts(here, operations, qtbot)
    assert conflicts.model.rowCount() == 1
    panel = conflicts.panel
    assert "moussa is a researcher" in panel.allowed_note.text()
    assert not any(button.isEnabled() for button in panel.buttons())
    qtbot.keyClick(conflicts.view, Qt.Key.Key_2, CTRL)
    operations.wait()
    qtbot.wait(50)
    assert here.incidents.get(incident).fatalities == 8
    assert len(here.exchange.conflicts()) == 1


def test_an_empty_list_says_there_is_nothing_to_resolve(
        window: MainWindow, qtbot, qtmodeltester) -> None:
    menu_action(window, "&Conflicts…").trigger()
    conflicts = window.conflicts_window
    assert conflicts is not None
    qtbot.waitUntil(lambda: conflicts.count.text() == EMPTY, timeout=WAIT)
    assert conflicts.empty.isVisible() and EMPTY in conflicts.empty.text()
    qtmodeltester.check(conflicts.model)


def test_receive_shows_an_unknown_key_and_offers_an_administrator_to_trust_it(
        here: Desk, operations: Operations, qtbot, tmp_path: Path, template_dir: Path
        ) -> None:
    folder = tmp_path / "moussa-laptop"
    folder.mkdir()
    shutil.copy2(template_dir / DATABASE_FILE, folder / DATABASE_FILE)
    bundle = tmp_path / "from-moussa.sdb"
    with Desk.open(folder, user="moussa") as laptop:
        laptop.incidents.create(complete_values(laptop, status="approved"))
        laptop.exchange.export_bundle(bundle, peer="boubacar")
        key = laptop.exchange.own_fingerprint()
    dialog = ReceiveDialog(here, operations)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.keyClicks(dialog.path, str(bundle))
    # boubacar reviews but does not administer: he is told, not offered
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT):
        qtbot.mouseClick(dialog.check_button, LEFT)
    note = dialog.trust_note.text()
    assert key in note and "user moussa" in note and "only an administrator" in note
    assert dialog.trust_row.isVisible() and not dialog.trust_researcher.isVisible()
    assert not dialog.import_button.isEnabled() and here.incidents.count() == 0

    here.switch_user("hawa")
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT):
        qtbot.mouseClick(dialog.check_button, LEFT)
    assert dialog.trust_researcher.isVisible() and dialog.trust_reviewer.isVisible()
    if SHOTS:
        dialog.grab().save(str(SHOTS / "receive-untrusted.png"))
    # trusted as a researcher's desk, the bundle is checked again by itself
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT):
        qtbot.mouseClick(dialog.trust_researcher, LEFT)
    qtbot.waitUntil(lambda: "would be added" in dialog.report.toPlainText(), timeout=WAIT)
    report = dialog.report.toPlainText()
    assert "trusted as a researcher's desk" in report
    assert "comes in as submitted" in report and "wait for a reviewer" in report
    assert not dialog.trust_row.isVisible() and dialog.import_button.isEnabled()
    assert [(d.fingerprint, d.trust) for d in here.exchange.desks()
            if d.user == "moussa"] == [(key, "researcher")]
    if SHOTS:
        dialog.grab().save(str(SHOTS / "receive-trusted.png"))


def test_the_desks_window_lists_keys_and_lets_an_administrator_trust_and_revoke(
        here: Desk, there: Desk, qtbot, qtmodeltester, tmp_path: Path) -> None:
    here.switch_user("hawa")
    window = build_window(here)
    qtbot.addWidget(window)
    window.show()
    menu_action(window, "&Desks…").trigger()
    desks = window.desks_window
    assert desks is not None
    desks.resize(1366, 768)
    qtbot.waitUntil(lambda: desks.model.rowCount() == 1, timeout=WAIT)
    qtmodeltester.check(desks.model, force_py=True)
    assert here.exchange.own_fingerprint() in desks.own.text()
    [row] = cells(desks.model)
    assert row[:4] == [row[0], "amina", there.exchange.own_fingerprint(), "reviewer's desk"]
    assert desks.trust_researcher.isVisible()
    click_row(qtbot, desks.view, 0)
    assert not desks.trust_reviewer.isEnabled() and desks.revoke_button.isEnabled()
    with qtbot.waitSignal(desks.loaded, timeout=WAIT):
        qtbot.mouseClick(desks.revoke_button, LEFT)
    assert cells(desks.model)[0][3] == "revoked"
    assert [d.trust for d in here.exchange.desks()] == ["revoked"]
    if SHOTS:
        desks.grab().save(str(SHOTS / "desks.png"))
    # someone who is not an administrator sees the keys, and no buttons
    here.switch_user("boubacar")
    with qtbot.waitSignal(desks.loaded, timeout=WAIT):
        desks.reload()
    assert not desks.trust_researcher.isVisible() and not desks.revoke_button.isVisible()
    window.operations.wait()

"""The main window as a researcher uses it: list, filters, tabs, shortcuts,
remembered layout, restored drafts, and errors that do not kill the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPlainTextEdit, QWidget

from sahel_desk.errors import DiskFullError
from sahel_desk.gui.app import build_window
from sahel_desk.gui.errors import CrashDialog
from sahel_desk.gui.form import IncidentForm
from sahel_desk.gui.main_window import MainWindow
from sahel_desk.services.demo import generate
from sahel_desk.services.desk import Desk


@pytest.fixture
def window(desk: Desk, qtbot) -> MainWindow:
    generate(desk, 120, seed=9)
    built = build_window(desk)
    qtbot.addWidget(built)
    built.show()
    qtbot.waitUntil(lambda: built.model.total == 120, timeout=10000)
    yield built
    built.operations.wait()


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def fake_question(_parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake_question))
    return asked


def test_status_bar_names_database_user_and_count(window: MainWindow, desk: Desk) -> None:
    assert str(desk.db.target.sqlite_path) in window.db_label.text()
    assert window.user_label.text() == "User: amina"
    assert window.count_label.text() == "120 incidents"


def test_typing_a_search_filters_the_list_in_the_database(window: MainWindow, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filters.text.hasFocus()
    with qtbot.waitSignal(window.model.totalChanged, timeout=10000):
        qtbot.keyClicks(window.filters.text, "zzz-no-such-word")
    assert window.count_label.text() == "0 incidents"
    window.filters.text.clear()
    qtbot.waitUntil(lambda: window.model.total == 120, timeout=10000)


def test_enter_on_a_row_opens_the_incident_in_a_tab(window: MainWindow, qtbot) -> None:
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(2, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.count() == 1, timeout=5000)
    form = window.tabs.currentWidget()
    assert isinstance(form, IncidentForm)
    assert form.incident_id == window.model.incident_id(2)
    qtbot.waitUntil(lambda: form.title() == window.model.index(2, 0).data(), timeout=5000)
    # Opening the same incident again shows the same tab.
    window.open_incident(form.incident_id)
    assert window.tabs.count() == 1
    # Next incident (Ctrl+PgDown) opens the row below.
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=5000)
    assert window.tabs.currentWidget().incident_id == window.model.incident_id(3)


def test_new_incident_and_save_with_shortcuts(window: MainWindow, desk: Desk, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.current_form()
    assert form is not None and form.incident_id is None
    date_field = form.findChild(QWidget, "event_date")
    focused = QApplication.focusWidget()
    assert focused is date_field or date_field.isAncestorOf(focused), (
        "Ctrl+N leaves the cursor in the new incident's date")
    qtbot.keyClicks(focused, "2017-05-07")
    target = form.findChild(QPlainTextEdit, "notes")
    target.setFocus()
    qtbot.keyClicks(target, "Heard of an attack near Boni; details to come.")
    with qtbot.waitSignal(form.saved, timeout=10000) as saved:
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    record = saved.args[0]
    saved_record = desk.incidents.get(record.id)
    assert saved_record.notes.startswith("Heard of an attack near Boni")
    assert str(saved_record.event_date) == "2017-05-07"
    qtbot.waitUntil(lambda: window.model.total == 121, timeout=10000)
    assert "Saved " + record.human_id in window.saved_label.text()


def test_column_layout_sort_and_geometry_are_remembered(desk: Desk, qtbot) -> None:
    first = build_window(desk)
    qtbot.addWidget(first)
    first.show()
    first.table.horizontalHeader().moveSection(5, 1)
    first.table.setColumnWidth(3, 333)
    first.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)
    first.resize(900, 520)  # within the offscreen screen, or restoring clamps it
    size = first.size()
    first.close()
    second = build_window(desk)
    qtbot.addWidget(second)
    header = second.table.horizontalHeader()
    assert header.visualIndex(5) == 1
    assert second.table.columnWidth(3) == 333
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        7, Qt.SortOrder.AscendingOrder)
    # The offscreen screen is 800 px wide, so only the height survives unclamped.
    assert second.size().height() == size.height() == 520
    second.operations.wait()


def test_unsaved_forms_are_offered_back_at_the_next_start(
        desk: Desk, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    first = build_window(desk)
    qtbot.addWidget(first)
    form = first.new_incident()
    form.findChild(QPlainTextEdit, "notes").setPlainText("Embuscade près de Dioura, à vérifier.")
    qtbot.waitUntil(form.is_dirty, timeout=5000)
    first.close()  # as at a crash: the draft stays on disk
    assert len(first.drafts.pending()) == 1
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    second = build_window(desk)
    qtbot.addWidget(second)
    assert second.offer_drafts() == 1
    assert "1 unsaved form" in asked[0]
    restored = second.current_form()
    qtbot.waitUntil(lambda: "Dioura" in (restored.values().get("notes") or ""), timeout=5000)
    second.operations.wait()


def test_a_user_error_is_said_plainly_and_a_bug_opens_the_crash_dialog(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a, **k: warned.append(text)))
    shown: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    window.reporter(DiskFullError("The disk holding the database is full; nothing was saved."))
    assert warned == ["The disk holding the database is full; nothing was saved."]
    try:
        raise KeyError("boom")
    except KeyError as exc:
        window.reporter(exc)
    assert len(shown) == 1
    texts = " ".join(label.text() for label in shown[0].findChildren(QLabel))
    assert str(window.reporter.log_file) in texts
    assert "KeyError: 'boom'" in shown[0].details.toPlainText()
    assert window.isVisible()


def test_self_test_command_exits_zero() -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, str(root / "main.py"), "--self-test"],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout


def test_file_dialogs_start_in_the_folder_last_used(window: MainWindow, desk: Desk, qtbot,
                                                     tmp_path: Path) -> None:
    reports = tmp_path / "monthly reports"
    reports.mkdir()
    first = window.export()
    assert Path(first.path.text()).parent == Path.home()
    first.path.setText(str(reports / "june.xlsx"))
    with qtbot.waitSignal(first.runner.finished, timeout=30000):
        first.export_button.click()
    assert (reports / "june.xlsx").exists()
    first.close()
    assert Path(window.export().path.text()) == reports / "sahel-desk-export.xlsx"
    # other kinds of file keep their own folder; a later window (a restart) remembers
    assert window.folders.folder("bundles") == Path.home()
    window.settings.sync()
    again = build_window(desk)
    qtbot.addWidget(again)
    assert again.folders.folder("export") == reports
    (reports / "june.xlsx").unlink()
    reports.rmdir()
    assert again.folders.folder("export") == Path.home()  # a folder since removed


def test_acled_import_dialog_starts_where_the_last_acled_file_was(
        window: MainWindow, qtbot, tmp_path: Path) -> None:
    from tests.interop.test_acled_import import made_up_events, write_layout

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    path = write_layout(downloads / "acled.csv", "current", made_up_events())
    dialog = window.import_acled()
    assert dialog.folder == Path.home()
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.runner.finished, timeout=30000):
        dialog.check_button.click()
    dialog.close()
    assert window.import_acled().folder == downloads

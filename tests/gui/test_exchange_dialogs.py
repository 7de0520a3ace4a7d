"""Export and ACLED import dialogs: run off the GUI thread, report, cancel cleanly."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from sahel_desk.gui.dialogs.export_dialog import ExportDialog
from sahel_desk.gui.dialogs.import_dialog import AcledImportDialog
from sahel_desk.gui.operations import Operations
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values
from tests.interop.test_acled_import import made_up_events, write_layout


@pytest.fixture
def coded(desk: Desk) -> Desk:
    desk.incidents.create(complete_values(desk, status="approved"))
    desk.incidents.create(complete_values(desk, status="draft", notes="Not yet checked."))
    return desk


def test_export_dialog_writes_approved_incidents(coded: Desk, operations: Operations, qtbot,
                                                 tmp_path: Path) -> None:
    dialog = ExportDialog(coded, operations)
    qtbot.addWidget(dialog)
    target = tmp_path / "may-2017.xlsx"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.runner.finished, timeout=30000):
        dialog.export_button.click()
    assert "Exported 1 incident to" in dialog.message.text()
    sheet = openpyxl.load_workbook(target, read_only=True)["Incidents"]
    assert sheet.max_row == 2


def test_export_dialog_csv_with_every_state(coded: Desk, operations: Operations, qtbot,
                                            tmp_path: Path) -> None:
    dialog = ExportDialog(coded, operations)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(1)
    target = tmp_path / "all.csv"
    dialog.path.setText(str(target))
    for row in range(dialog.statuses.count()):
        dialog.statuses.item(row).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.runner.finished, timeout=30000):
        dialog.export_button.click()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3


def test_export_dialog_says_why_nothing_was_written(coded: Desk, operations: Operations,
                                                   qtbot, tmp_path: Path) -> None:
    dialog = ExportDialog(coded, operations)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "no-such-folder" / "out.xlsx"))
    with qtbot.waitSignal(dialog.runner.failed, timeout=30000):
        dialog.export_button.click()
    assert dialog.message.text()
    assert not (tmp_path / "no-such-folder").exists()


def test_import_dialog_checks_then_imports(desk: Desk, operations: Operations, qtbot,
                                          tmp_path: Path) -> None:
    path = write_layout(tmp_path / "acled.csv", "current", made_up_events())
    before = desk.incidents.count()
    dialog = AcledImportDialog(desk, operations)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.runner.finished, timeout=30000):
        dialog.check_button.click()
    assert "would be added" in dialog.report.toPlainText()
    assert desk.incidents.count() == before
    with qtbot.waitSignal(dialog.runner.finished, timeout=30000):
        dialog.import_button.click()
    assert "were added" in dialog.report.toPlainText()
    assert desk.incidents.count() > before and dialog.imported


def test_import_dialog_reports_a_bad_file_and_changes_nothing(desk: Desk, operations,
                                                             qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "notes.csv"
    bad.write_text("hello,world\n1,2\n", encoding="utf-8")
    before = desk.check().counts
    dialog = AcledImportDialog(desk, operations)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(bad))
    with qtbot.waitSignal(dialog.runner.failed, timeout=30000):
        dialog.import_button.click()
    assert "notes.csv" in dialog.report.toPlainText()
    assert dialog.message.text() == "Nothing was changed."
    assert desk.check().counts == before

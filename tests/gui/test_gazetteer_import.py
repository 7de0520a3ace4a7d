"""File > Import GeoNames: real rows cut from the Mali dump at test time, imported through
the dialog as a researcher does it, then looked up in the desk."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sahel_desk.gui.app import build_window
from sahel_desk.gui.gazetteer import GeoNamesImportDialog
from sahel_desk.gui.operations import Operations
from sahel_desk.reference.geonames import is_wanted, read_geonames
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values

GAO_REGION = 2457161
GAO_TOWN = 2457163


def _rows(shared_dir: Path, keep) -> list[str]:
    """Rows of the real Mali dump, as they stand in the file."""
    dump = shared_dir / "data" / "geonames" / "ML.txt"
    return [line for line in dump.read_text("utf-8").splitlines()
            if keep(line.split("\t"))]


def _gao_cercle(shared_dir: Path) -> list[str]:
    """Gao region's row, and every row of Gao Cercle (admin1 09, admin2 7670553)."""
    return _rows(shared_dir, lambda c: c[0] == str(GAO_REGION) or c[10:12] == ["09", "7670553"])


def _dialog(desk: Desk, operations: Operations, qtbot) -> GeoNamesImportDialog:
    dialog = GeoNamesImportDialog(desk, operations)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(dialog: GeoNamesImportDialog, qtbot, *paths: Path) -> None:
    for path in paths:
        qtbot.keyClicks(dialog.path, str(path))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)


def test_a_geonames_zip_is_imported_through_the_dialog(desk: Desk, operations: Operations,
                                                       qtbot, shared_dir: Path,
                                                       tmp_path: Path) -> None:
    rows = _gao_cercle(shared_dir)
    archive = tmp_path / "ML.zip"  # as download.geonames.org serves it
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("ML.txt", "\n".join(rows) + "\n")
        out.writestr("readme.txt", "Readme for GeoNames Gazetteer extract files\n")
    records = list(read_geonames(archive))
    wanted = {r.geonameid: r for r in records if is_wanted(r)}
    present = {gid for gid in wanted if _has(desk, gid)}
    assert GAO_REGION in present and len(wanted) - len(present) >= 8

    dialog = _dialog(desk, operations, qtbot)
    _choose(dialog, qtbot, archive)
    assert dialog.chosen() == [archive]
    with qtbot.waitSignal(dialog.imported, timeout=60000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = done.args[0]
    assert (report.added, report.updated) == (len(wanted) - len(present), len(present))
    for gid, record in wanted.items():
        place = desk.places.get(str(gid))
        assert (place.name, place.latitude, place.longitude) == (
            record.name, record.latitude, record.longitude)
        assert place.admin1 == "Gao"
        if record.feature_code != "ADM1":
            assert place.admin2 == "Gao Cercle"
    assert desk.gazetteer.search("Tidjalalene")[0].place.geonames_id == 12237931
    shown = dialog.report_text.toPlainText()
    assert shown.splitlines()[:3] == [f"Read {len(records)} rows from ML.zip.",
                                      f"{report.added} places added.", "1 place updated."]
    assert "Nothing was skipped." in shown
    assert dialog.message.text() == "Import finished."
    assert dialog.import_button.isEnabled() and not dialog.progress_row.isVisible()


def _has(desk: Desk, gid: int) -> bool:
    from sahel_desk.errors import NotFoundError

    try:
        desk.places.get(str(gid))
    except NotFoundError:
        return False
    return True


def test_a_damaged_file_is_named_with_its_line_and_nothing_changes(
        desk: Desk, operations: Operations, qtbot, shared_dir: Path, tmp_path: Path) -> None:
    good = tmp_path / "ML.txt"
    good.write_text("\n".join(_gao_cercle(shared_dir)) + "\n", encoding="utf-8")
    rows = _rows(shared_dir, lambda c: c[10] == "10")[:30]  # Kidal region
    cut = tmp_path / "ML-kidal.txt"  # a download that stopped half-way through a row
    cut.write_text("\n".join(rows[:-1]) + "\n" + rows[-1][:45], encoding="utf-8")
    before = desk.check().counts

    dialog = _dialog(desk, operations, qtbot)
    _choose(dialog, qtbot, good, cut)
    assert not dialog.running  # Enter in the path field only adds the file
    qtbot.keyClick(dialog.files, Qt.Key.Key_Return)  # elsewhere it imports
    qtbot.waitUntil(lambda: dialog.message.text() != "" and not dialog.running,
                    timeout=60000)
    shown = dialog.report_text.toPlainText()
    assert shown.startswith(f"{cut}, line 30: the last row is cut short")
    assert "download it again" in shown
    assert dialog.message.text() == "Nothing was changed."
    assert desk.check().counts == before
    assert not _has(desk, 12237931)


def test_import_obeys_the_access_policy_of_the_command_line(
        desk: Desk, operations: Operations, qtbot, shared_dir: Path, tmp_path: Path) -> None:
    """A researcher may not change a place approved incidents use (the dump's Gao differs
    from the starter's): the dialog says so, and nothing is written."""
    desk.profiles.create("hawa", "administrator")
    desk.switch_user("hawa")
    desk.profiles.create("amina", "researcher")
    desk.incidents.create(complete_values(desk, status="approved"))  # at Gao
    desk.switch_user("amina")
    dump = tmp_path / "gao.txt"
    dump.write_text("\n".join(_rows(shared_dir, lambda c: c[0] == str(GAO_TOWN))) + "\n",
                    encoding="utf-8")
    gao = desk.places.get(str(GAO_TOWN))

    dialog = _dialog(desk, operations, qtbot)
    _choose(dialog, qtbot, dump)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() != "" and not dialog.running,
                    timeout=60000)
    assert dialog.report_text.toPlainText() == (
        "amina is a researcher and may not import GeoNames changes to 1 place approved "
        "incidents use (Gao); reviewers and administrators may.")
    assert dialog.message.text() == "Nothing was changed."
    assert desk.places.get(str(GAO_TOWN)) == gao


def test_cancel_stops_the_import_and_changes_nothing(desk: Desk, operations: Operations,
                                                    qtbot, shared_dir: Path) -> None:
    before = desk.check().counts
    dialog = _dialog(desk, operations, qtbot)
    _choose(dialog, qtbot, shared_dir / "data" / "geonames" / "ML.txt")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.progress_row.isVisible() and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert dialog.report_text.toPlainText() == "Import cancelled."
    assert dialog.message.text() == "Nothing was changed."
    assert desk.check().counts == before


def test_no_file_chosen_is_said_and_nothing_runs(desk: Desk, operations: Operations,
                                                 qtbot) -> None:
    dialog = _dialog(desk, operations, qtbot)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Choose at least one GeoNames file first."
    assert not dialog.running and not operations.busy


def test_the_main_window_offers_the_import_and_credits_geonames(
        desk: Desk, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = build_window(desk)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    (action,) = [a for a in file_menu.actions() if a.text() == "Im&port GeoNames…"]
    letters = [a.text().split("&")[1][0].lower() for a in file_menu.actions()
               if "&" in a.text()]
    assert letters.count("p") == 1
    action.trigger()
    (dialog,) = window.findChildren(GeoNamesImportDialog)
    assert dialog.isVisible()
    dialog.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about",
                        staticmethod(lambda _parent, _title, text: shown.append(text)))
    help_menu = window.menuBar().actions()[-1].menu()
    (about,) = [a for a in help_menu.actions() if "About" in a.text()]
    about.trigger()
    assert "GeoNames" in shown[0] and "Creative Commons Attribution 4.0" in shown[0]
    window.operations.wait()

"""The likely duplicates brought in, as a coder meets them: after an ACLED import, a
bundle brought in and a draft accepted from a report, the window lists the pair (score,
both human ids, the reasons) and "Compare side by side" asks for exactly those two
incidents; the windows still fit a 1366x768 laptop in English, French and Arabic."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel

from sahel_desk.gui.app import build_window
from sahel_desk.gui.dialogs.brought_in import COMPARE, FIRST, REASONS, SCORE, SECOND, BroughtInPanel
from sahel_desk.gui.dialogs.import_dialog import AcledImportDialog
from sahel_desk.gui.exchange import ReceiveDialog
from sahel_desk.gui.i18n.language import install
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.reports import ReaderWindow
from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.desk import Desk
from sahel_desk.services.drafts import DraftStore
from tests.core.helpers import complete_values
from tests.duplicates.test_brought_in import REPORT, acled_file, old_pair
from tests.duplicates.test_find import second_coder
from tests.exchange.conftest import introduce
from tests.gui.test_windows_fit_a_laptop import LAPTOP, SMALL, check, problems

WAIT = 20000
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(params=("en", "fr", "ar"))
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    install(request.param, qapp)
    yield request.param
    install("en", qapp)
    QCoreApplication.processEvents()


def shown_pair(panel: BroughtInPanel, qtmodeltester, first: str, second: str) -> None:
    """The panel lists one pair, these two human ids, with a score and reasons."""
    assert panel.isVisible()
    qtmodeltester.check(panel.model)
    model = panel.model
    assert model.rowCount() == 1
    assert "1 likely duplicate brought in" in panel.title.text()
    texts = {model.index(0, c).data() for c in (FIRST, SECOND)}
    assert {text.split()[0].strip("\u2068\u2069") for text in texts} == {first, second}
    assert 0.2 <= float(model.index(0, SCORE).data()) <= 1
    assert model.index(0, REASONS).data() == model.pairs[0].summary  # English: as found
    assert panel.button(0).text() == "Compare side by side"


def compare_emits(qtbot, dialog, panel: BroughtInPanel, ids: set[str]) -> None:
    """Clicking the row's button emits ``pair_requested`` with the two incident ids."""
    with qtbot.waitSignal(dialog.pair_requested, timeout=WAIT) as signal:
        qtbot.mouseClick(panel.button(0), LEFT)
    assert set(signal.args) == ids and len(signal.args) == 2
    pair = panel.model.pairs[0]
    assert signal.args == [pair.a.id, pair.b.id]
    rect = panel.view.visualRect(panel.model.index(0, REASONS))
    with qtbot.waitSignal(dialog.pair_requested, timeout=WAIT) as again:
        # (Qt takes a double click on the row the first click pressed)
        qtbot.mouseClick(panel.view.viewport(), LEFT, pos=rect.center())
        qtbot.mouseDClick(panel.view.viewport(), LEFT, pos=rect.center())
    assert again.args == signal.args


# --- ACLED import -----------------------------------------------------------------------


def imported(desk: Desk, operations: Operations, qtbot, tmp_path: Path) -> AcledImportDialog:
    """The import dialog after a check (nothing listed) and the import."""
    path = acled_file(desk, tmp_path / "acled.csv")
    dialog = AcledImportDialog(desk, operations, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path, str(path))
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT):
        qtbot.mouseClick(dialog.check_button, LEFT)
    assert dialog.duplicates.isHidden()  # a check writes nothing: nothing brought in
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, LEFT)
    return dialog


def test_the_acled_import_lists_the_pair_and_compares_it(desk: Desk, operations: Operations,
                                                          qtbot, qtmodeltester,
                                                          tmp_path: Path) -> None:
    coded = desk.incidents.create(complete_values(desk))
    old_pair(desk)
    dialog = imported(desk, operations, qtbot, tmp_path)
    acled = desk.incidents.get("MLI99042")
    shown_pair(dialog.duplicates, qtmodeltester, coded.human_id, acled.human_id)
    compare_emits(qtbot, dialog, dialog.duplicates, {coded.id, acled.id})
    # A new check hides the last import's list.
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT):
        qtbot.mouseClick(dialog.check_button, LEFT)
    assert dialog.duplicates.isHidden()


def test_the_acled_import_dialog_with_its_duplicates_fits_a_laptop(
        desk: Desk, operations: Operations, language: str, qtbot, tmp_path: Path) -> None:
    desk.incidents.create(complete_values(desk))
    dialog = imported(desk, operations, qtbot, tmp_path)
    assert dialog.duplicates.isVisible()
    assert dialog.duplicates.button(0).text() != "" and COMPARE == 4
    check(dialog)


# --- a bundle -----------------------------------------------------------------------------


@pytest.fixture
def there(tmp_path: Path, template_dir: Path, desk: Desk) -> Iterator[Desk]:
    """hawa's desk, which amina's (``desk``) trusts and which trusts it."""
    folder = tmp_path / "hawa-desk"
    folder.mkdir()
    shutil.copy2(template_dir / DATABASE_FILE, folder / DATABASE_FILE)
    with Desk.open(folder, user="hawa") as opened:
        introduce(desk, opened, "reviewer")
        yield opened


def test_a_bundle_brought_in_lists_the_pair_and_compares_it(
        desk: Desk, there: Desk, operations: Operations, qtbot, qtmodeltester,
        tmp_path: Path) -> None:
    local = desk.incidents.create(second_coder(desk))
    sent = there.incidents.create(complete_values(there))
    bundle = tmp_path / "from-hawa.sdb"
    there.exchange.export_bundle(bundle, peer="amina")
    dialog = ReceiveDialog(desk, operations, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path, str(bundle))
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT):
        qtbot.mouseClick(dialog.check_button, LEFT)
    assert dialog.duplicates.isHidden()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, LEFT)
    here = desk.incidents.get(sent.id).human_id  # renumbered: local took its number
    shown_pair(dialog.duplicates, qtmodeltester, local.human_id, here)
    compare_emits(qtbot, dialog, dialog.duplicates, {local.id, sent.id})
    check(dialog)


# --- a report ---------------------------------------------------------------------------


def test_a_draft_accepted_from_a_report_lists_the_pair_and_compares_it(
        desk: Desk, data_dir: Path, operations: Operations, qtbot, qtmodeltester,
        tmp_path: Path) -> None:
    coded = desk.incidents.create(complete_values(desk))
    old_pair(desk)
    path = tmp_path / "mali_2017_05.md"
    path.write_text(REPORT, encoding="utf-8")
    reader = ReaderWindow(desk, operations, DraftStore(data_dir / "drafts", "amina"),
                          folder=tmp_path)
    qtbot.addWidget(reader)
    reader.show()
    reader.open_file(path)
    qtbot.waitUntil(lambda: reader.model.rowCount() == 2 and reader.ready(0), timeout=WAIT)
    assert reader.duplicates.isHidden()
    with qtbot.waitSignal(reader.saved, timeout=WAIT) as saved:
        qtbot.mouseClick(reader.accept_button, LEFT)
    qtbot.waitUntil(reader.duplicates.isVisible, timeout=WAIT)
    draft = saved.args[0]
    shown_pair(reader.duplicates, qtmodeltester, coded.human_id, draft.human_id)
    compare_emits(qtbot, reader, reader.duplicates, {coded.id, draft.id})
    # Fits with the list above the form. (Not check(): after an accept two forms are in
    # the stack, the hidden one's History tab counted by the shortcut check.)
    assert problems(reader, LAPTOP) == [] and problems(reader, SMALL) == []
    operations.wait()


def test_compare_after_an_import_from_the_main_window_opens_the_pair(
        desk: Desk, qtbot, tmp_path: Path) -> None:
    """File > Import ACLED from the main window: the pair the file brought in opens side by
    side in the pair window, the two records the list named."""
    coded = desk.incidents.create(complete_values(desk))
    main = build_window(desk)
    qtbot.addWidget(main)
    main.show()
    dialog = main.import_acled()
    assert isinstance(dialog, AcledImportDialog)
    qtbot.keyClicks(dialog.path, str(acled_file(desk, tmp_path / "acled.csv")))
    with qtbot.waitSignal(dialog.runner.finished, timeout=WAIT):
        qtbot.mouseClick(dialog.import_button, LEFT)
    acled = desk.incidents.get("MLI99042")
    qtbot.mouseClick(dialog.duplicates.button(0), LEFT)
    assert set(main.pair_windows) == {frozenset((coded.id, acled.id))}
    [shown] = main.pair_windows.values()
    qtbot.waitUntil(lambda: shown.data is not None, timeout=WAIT)
    assert shown.isVisible()
    assert {shown.data.keep.human_id, shown.data.other.human_id} == {coded.human_id,
                                                                    acled.human_id}
    shown.close()
    dialog.close()
    main.operations.wait()


# --- as a French-speaking coder at the keyboard --------------------------------------------------


def test_after_an_import_the_reasons_read_in_full_and_tab_leaves_the_list(
        desk: Desk, operations: Operations, qtbot, qapp, tmp_path: Path) -> None:
    """In the dialog the reasons column is a few letters wide ("dates …"): the selected
    pair's reasons read in full below it; the score is written the French way; and Tab
    goes from the list to its Compare button and on out of the list (it used to go round
    the list's cells for ever)."""
    desk.incidents.create(complete_values(desk))
    install("fr", qapp)
    try:
        dialog = imported(desk, operations, qtbot, tmp_path)
        panel = dialog.duplicates
        pair = panel.model.pairs[0]
        score = panel.model.index(0, SCORE).data()
        assert score == f"{pair.score:.2f}".replace(".", ",")
        reasons = panel.model.index(0, REASONS).data()
        labels = [label.text().replace("\u2068", "").replace("\u2069", "")
                  for label in dialog.findChildren(QLabel) if label.isVisible()]
        assert f"{pair.a.human_id} et {pair.b.human_id} : {reasons}" in labels
        panel.view.setFocus()
        seen = []
        for _ in range(panel.model.columnCount() + 1):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            seen.append(QApplication.focusWidget())
        assert seen[0] is panel.button(0)
        assert not any(w is panel.view for w in seen), seen
    finally:
        install("en", qapp)


def test_the_compare_button_is_in_view_after_an_import_in_every_language(
        desk: Desk, operations: Operations, language: str, qtbot, tmp_path: Path) -> None:
    """The import dialog is as narrow as its fields; in Arabic the list's Compare button
    sat past its edge, behind a scroll bar."""
    desk.incidents.create(complete_values(desk))
    dialog = imported(desk, operations, qtbot, tmp_path)
    panel = dialog.duplicates
    QCoreApplication.processEvents()
    button = panel.button(0)
    shown = button.geometry()
    assert panel.view.viewport().rect().contains(shown), (shown, panel.view.viewport().rect())
    assert not panel.view.horizontalScrollBar().isVisible()
    check(dialog)

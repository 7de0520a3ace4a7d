"""Help for a new researcher: the welcome at the first start and its ways to begin,
Help > Getting started, Keyboard shortcuts and the Codebook page."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.gui.app import build_window
from sahel_desk.gui.help.shortcuts import ShortcutsModel, menu_shortcuts
from sahel_desk.gui.main_window import MainWindow
from sahel_desk.services.desk import Desk
from tests.conftest import SHARED

CODEBOOK = SHARED / "CODEBOOK.md"


@pytest.fixture
def window(desk: Desk, qtbot) -> Iterator[MainWindow]:
    built = build_window(desk)
    qtbot.addWidget(built)
    built.show()
    yield built
    built.operations.wait()
    for widget in QApplication.topLevelWidgets():
        if widget is not built and widget.isVisible():
            widget.close()


def _help_entries(window: MainWindow) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_help_menu_offers_getting_started_shortcuts_and_the_codebook(
        window: MainWindow) -> None:
    assert _help_entries(window)[:3] == ["&Getting started", "&Keyboard shortcuts",
                                         "&Codebook"]


def test_the_welcome_shows_once_and_its_buttons_begin(window: MainWindow, qtbot) -> None:
    first = window.help.welcome_if_first_start()
    assert first is not None and first.isVisible()
    assert [b.text() for b in first.start_buttons][-1] == "Code a &first incident"
    qtbot.mouseClick(first.start_buttons[-1], Qt.MouseButton.LeftButton)
    assert not first.isVisible()
    form = window.current_form()
    assert form is not None and form.incident_id is None
    assert window.help.welcome_if_first_start() is None  # not at the next start


def test_ticking_show_at_every_start_keeps_the_welcome(desk: Desk, qtbot) -> None:
    first = build_window(desk)
    qtbot.addWidget(first)
    dialog = first.help.welcome_if_first_start()
    assert dialog is not None and not dialog.show_again.isChecked()
    dialog.show_again.click()
    first.close()
    second = build_window(desk)
    qtbot.addWidget(second)
    again = second.help.welcome_if_first_start()
    assert again is not None and again.show_again.isChecked()
    for built in (first, second):
        built.operations.wait()


def test_f1_opens_getting_started(window: MainWindow, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help.welcome is not None and window.help.welcome.isVisible()


def test_the_shortcuts_list_reads_the_menus(window: MainWindow, qtmodeltester) -> None:
    dialog = window.help.show_shortcuts()
    qtmodeltester.check(dialog.model)
    rows = {(dialog.model.index(r, 1).data(), dialog.model.index(r, 2).data())
            for r in range(dialog.model.rowCount())}
    for pair in [("New incident", "Ctrl+N"), ("Save", "Ctrl+S"),
                 ("Export to Excel or CSV", "Ctrl+E"), ("Review queue", "Ctrl+Shift+R"),
                 ("Getting started", "F1")]:
        assert pair in rows
    # A key added to a menu later shows without anyone editing the list.
    action = window.menuBar().actions()[0].menu().addAction("Probe")
    action.setShortcut("Ctrl+Alt+P")
    assert ("Probe", "Ctrl+Alt+P") in {(s.action, s.keys)
                                       for s in menu_shortcuts(window.menuBar())}


def test_an_empty_shortcuts_model_is_still_a_model(qtmodeltester) -> None:
    qtmodeltester.check(ShortcutsModel([]))


def test_the_codebook_page_shows_every_type_of_the_taxonomy(window: MainWindow) -> None:
    page = window.help.show_codebook().browser.toPlainText()
    for name in (*tx.EVENT_TYPES, *(s.name for s in tx.SUB_EVENT_TYPES),
                 *(t.label for t in tx.ACTOR_TYPES), *tx.TIME_PRECISION.values(),
                 *tx.GEO_PRECISION.values(), *tx.ATTACK_TYPES, *tx.WEAPON_TYPES):
        assert name in page


@pytest.mark.skipif(not CODEBOOK.is_file(), reason=f"the codebook reference {CODEBOOK} is absent")
def test_the_codebook_page_agrees_with_the_reference_codebook(window: MainWindow) -> None:
    """Every sub-event type of the reference's table (section 2) is on the page."""
    text = CODEBOOK.read_text(encoding="utf-8")
    section = text.split("## 2.", 1)[1].split("## 3.", 1)[0]
    rows = [line.split("|") for line in section.splitlines()
            if line.startswith("|") and not re.match(r"^\|\s*-", line)][1:]
    named = {name.strip() for row in rows for name in row[3].split(";")}
    assert len(named) >= 20
    page = window.help.show_codebook().browser.toPlainText()
    assert sorted(n for n in named if n not in page) == []

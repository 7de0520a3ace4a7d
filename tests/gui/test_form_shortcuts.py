"""Alt shortcuts of the incident form and its dialogs, in each language the GUI speaks.

Within one window no two widgets may take the same Alt letter (Qt then cycles between
them instead of going where the label says), and none may take a letter of the main
window's menus (File, Edit, Go, View, Review, Help: F, E, G, V, R, H in English, and
whatever the translated menus take), which Alt+letter would otherwise open.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)

from sahel_desk.gui.app import build_window
from sahel_desk.gui.claims import ClaimEditor
from sahel_desk.gui.form import IncidentForm
from sahel_desk.gui.i18n.build import ensure
from sahel_desk.gui.i18n.language import install
from sahel_desk.gui.main_window import MainWindow
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.pickers import NewActorDialog, NewPlaceDialog
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values
from tests.gui.windows import activate

WAIT = 10000
#: The main menus' letters in the source language; translated menus add their own.
MENU_LETTERS = frozenset("FEGVRH")


@pytest.fixture(params=["en", "fr", "ar"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    """The GUI speaking each language whose translation can be built here."""
    code = request.param
    if code != "en" and ensure(code) is None:
        pytest.skip(f"no {code} translation could be built (pyside6-lrelease missing?)")
    install(code, qapp)
    yield code
    install("en", qapp)


def key(text: str) -> str | None:
    """The Alt shortcut a text with an ``&`` mnemonic takes, as Qt reads it ("Alt+D")."""
    found = QKeySequence.mnemonic(text)
    return None if found.isEmpty() else found.toString().upper()


def shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(shortcut, text) for every Alt shortcut the visible widgets of ``window`` take:
    labels with a buddy, buttons, group boxes and tab bars (menus are counted apart)."""
    found: list[tuple[str, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, QMenuBar):
            continue
        texts: list[str] = []
        buddied = isinstance(widget, QLabel) and widget.buddy() is not None
        if buddied or isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        found += [(shortcut, text) for text in texts if (shortcut := key(text))]
    return found


def menu_letters(window: MainWindow) -> set[str]:
    bar = window.menuBar()
    return {shortcut for action in bar.actions() if (shortcut := key(action.text()))}


def reserved(window: MainWindow) -> set[str]:
    return {f"ALT+{letter}" for letter in MENU_LETTERS} | menu_letters(window)


def assert_clean(found: list[tuple[str, str]], taken: set[str], where: str) -> None:
    counts = Counter(shortcut for shortcut, _ in found)
    clashes = sorted((s, t) for s, t in found if counts[s] > 1)
    assert not clashes, f"{where}: shortcuts taken twice: {clashes}"
    menus = sorted((s, t) for s, t in found if s in taken)
    assert not menus, f"{where}: shortcuts the main menus take: {menus}"


@pytest.fixture
def main_window(desk: Desk, qtbot, language: str) -> Iterator[MainWindow]:
    built = build_window(desk)
    qtbot.addWidget(built)
    built.resize(1366, 768)
    built.show()
    qtbot.waitExposed(built)
    yield built
    built.operations.wait()


def test_the_form_in_the_main_window_takes_each_letter_once(
        main_window: MainWindow, desk: Desk, language: str, qtbot) -> None:
    """A stored incident with a claim: the claim's editor is on screen with the form."""
    stored = desk.incidents.create(complete_values(desk, status="draft")).id
    form = main_window.open_incident(stored)
    qtbot.waitUntil(lambda: not form.is_busy(), timeout=WAIT)
    assert form.claims.editors(), "the incident should show a claim"
    form.what.gtd.set_expanded(True)
    if language != "en":
        assert form.when.title() != "When", f"the form is not in {language}"
    found = shortcuts(main_window)
    if language == "en":  # the form's main fields keep their letters
        assert {"ALT+D", "ALT+P", "ALT+T", "ALT+1", "ALT+2", "ALT+N"} <= {s for s, _ in found}
    assert_clean(found, reserved(main_window), f"main window ({language})")
    press_each_label(main_window, qtbot)


def press_each_label(window: QWidget, qtbot) -> None:
    """Alt and each label's letter, as the coder presses them: the cursor goes to the
    field the label names (a label whose field takes no focus did nothing)."""
    activate(qtbot, window, WAIT)
    labels = [label for label in window.findChildren(QLabel)
              if label.isVisibleTo(window) and label.buddy() is not None and key(label.text())]
    for label in labels:
        buddy = label.buddy()
        letter = key(label.text()).removeprefix("ALT+")
        QTest.keyClick(QApplication.focusWidget() or window, letter.lower(),
                       Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is buddy, (
            f"Alt+{letter} ({label.text()!r}) left the cursor in "
            f"{QApplication.focusWidget()!r}, not in {buddy!r}")


def test_a_new_form_in_its_own_window_takes_each_letter_once(
        main_window: MainWindow, language: str, qtbot) -> None:
    main_window.dialog_action.setChecked(True)
    form = main_window.new_incident()
    dialog = form.window()
    assert isinstance(dialog, QDialog)
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(form.claims.add_button, Qt.MouseButton.LeftButton)
    assert_clean(shortcuts(dialog), reserved(main_window), f"form window ({language})")


@pytest.mark.parametrize("make", ["place", "actor", "claim"])
def test_each_dialog_takes_each_letter_once(main_window: MainWindow, desk: Desk,
                                            operations: Operations, language: str,
                                            make: str, qtbot) -> None:
    if make == "place":
        shown: QWidget = NewPlaceDialog(desk.places, operations, name="Almoustarat")
    elif make == "actor":
        shown = NewActorDialog(desk.actors, operations, name="Katiba Serma")
    else:
        shown = ClaimEditor(desk.claim_reader, operations)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    found = shortcuts(shown)
    press_each_label(shown, qtbot)
    if make == "place" and language == "en":
        assert {"ALT+L", "ALT+O"} <= {s for s, _ in found}  # latitude, longitude
    assert_clean(found, reserved(main_window), f"{make} ({language})")


def test_the_checker_sees_a_clash(desk: Desk, operations: Operations, qtbot,
                                  data_dir: Path) -> None:
    """The check must be able to fail: the letters the form took before, and a second
    label on Alt+L, are found."""
    from sahel_desk.services.drafts import DraftStore

    form = IncidentForm(desk, operations, DraftStore(data_dir / "drafts", "amina"))
    qtbot.addWidget(form)
    form.show()
    extra = QLabel("&Latitude", form)
    extra.setBuddy(form.notes.notes)
    extra.show()
    for label in form.findChildren(QLabel):
        if label.text() == "Ti&me precision":
            label.setText("&Geo precision")
    found = shortcuts(form)
    with pytest.raises(AssertionError, match=re.escape("ALT+L")):
        assert_clean(found, set(), "form")
    with pytest.raises(AssertionError, match="main menus"):
        assert_clean([s for s in found if s[0] != "ALT+L"], {"ALT+G"}, "form")

"""The incident form on a 1280x720 laptop, in each language: the fields scroll, Save
and Submit stay in view, and nothing makes the form wider than its pane."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget

from sahel_desk.gui.app import build_window
from sahel_desk.gui.form import IncidentForm
from sahel_desk.gui.i18n.build import ensure
from sahel_desk.gui.i18n.language import install
from sahel_desk.gui.main_window import MainWindow
from sahel_desk.services.desk import Desk

#: 1280x720 less a task bar and a title bar
SMALL = QSize(1280, 650)
#: what the form's own layout may ask for at most (the list beside it takes the rest)
MOST = 1000


@pytest.fixture(params=["en", "fr", "ar"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    code = request.param
    if code != "en" and ensure(code) is None:
        pytest.skip(f"no {code} translation could be built (pyside6-lrelease missing?)")
    install(code, qapp)
    yield code
    install("en", qapp)


@pytest.fixture
def window(desk: Desk, qtbot, language: str) -> Iterator[MainWindow]:
    built = build_window(desk)
    qtbot.addWidget(built)
    built.resize(SMALL)
    built.show()
    qtbot.waitExposed(built)
    yield built
    built.operations.wait()


def inside(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and top.rect().contains(
        QRect(widget.mapTo(top, QPoint(0, 0)), widget.size()))


def check_form(form: IncidentForm, top: QWidget, qtbot) -> None:
    form.claims.add_claim()  # the widest part, when a claim is coded
    form.what.gtd.set_expanded(True)
    qtbot.wait(50)
    area = form.scroll_area
    assert area.verticalScrollBar().maximum() > 0, "the form should scroll at this height"
    assert not area.horizontalScrollBar().isVisible(), (
        f"the fields need {form.content.minimumSizeHint().width()} px, the form pane "
        f"has {area.viewport().width()}")
    for button in (form.save_button, form.submit_button, form.revert_button):
        assert inside(button, top), f"{button.text()} is out of view"
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled to the notes, the buttons are still there
    qtbot.wait(20)
    assert inside(form.save_button, top) and inside(form.submit_button, top)
    assert form.minimumSizeHint().width() <= MOST
    assert form.content.minimumSizeHint().width() <= MOST


def test_the_form_in_the_main_window_at_1280x720(window: MainWindow, qtbot) -> None:
    form = window.new_incident()
    check_form(form, window, qtbot)


def test_the_form_in_its_own_window_at_1280x720(window: MainWindow, qtbot) -> None:
    window.dialog_action.setChecked(True)
    form = window.new_incident()
    dialog = form.window()
    dialog.resize(760, SMALL.height())  # the width the main window gives it
    qtbot.waitExposed(dialog)
    check_form(form, dialog, qtbot)


def test_dates_read_left_to_right_in_arabic(window: MainWindow, desk: Desk, language: str,
                                            qtbot) -> None:
    """The window mirrors in Arabic; a date in it is written as the language's locale
    writes it, day first, and reads back as the same day (a date edit laid out right to
    left showed 07-05-2017), and no Arabic text is set in italics, which most fonts lack
    for Arabic (their letters came out as empty boxes)."""
    from datetime import date

    from sahel_desk.gui.dates.formats import short_text

    form = window.new_incident()
    editor = form.claims.add_claim({"original_text": "بيان", "claim_date": "2017-05-07",
                                    "killed": 7})
    qtbot.waitUntil(lambda: form.toll.claimed_killed.isVisible(), timeout=10000)
    day = date(2017, 5, 7)
    assert editor.claim_date_edit.text() == short_text(day)
    assert editor.claim_date_edit.value() == day
    window.filters.date_from.set_date_value(day)
    assert window.filters.date_from.text() == short_text(day)
    assert window.filters.date_from.date_value() == day
    assert not form.toll.claimed_killed.font().italic()
    if language == "ar":
        assert form.isRightToLeft()

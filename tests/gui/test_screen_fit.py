"""Every window works on the laptops researchers have: at 1366x768 (less the task
bar and title bar) each window's minimum size fits and every button it shows lies
inside it; at 1280x720 the form scrolls while Save and Submit stay in view; a
geometry remembered on a bigger monitor is clamped to the screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

from sahel_desk.gui.app import build_window
from sahel_desk.gui.form import IncidentForm
from sahel_desk.gui.main_window import MainWindow
from sahel_desk.services.demo import generate
from sahel_desk.services.desk import Desk

#: 1366x768 less a 40 px task bar and a 30 px title bar
LAPTOP = QSize(1366, 698)
#: 1280x720, the same way
SMALL = QSize(1280, 650)


@pytest.fixture
def window(desk: Desk, qtbot) -> Iterator[MainWindow]:
    generate(desk, 30, seed=4)
    built = build_window(desk)
    qtbot.addWidget(built)
    built.show()
    qtbot.waitUntil(lambda: built.model.total == 30, timeout=10000)
    yield built
    built.operations.wait()
    for widget in QApplication.topLevelWidgets():
        if widget is not built and widget.isVisible():
            widget.close()


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` is inside a scroll area of ``window`` (reached by scrolling)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _outside(window: QWidget) -> list[str]:
    """The visible buttons and scroll areas of ``window`` not wholly inside it; what a
    scroll area holds is reached by scrolling, so the area itself must be inside."""
    inside = window.rect()
    found = []
    for button in window.findChildren(QAbstractButton) + window.findChildren(
            QAbstractScrollArea):
        if not button.isVisibleTo(window) or button.width() == 0 or _scrolled(button, window):
            continue
        where = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        if not inside.contains(where):
            text = button.text() if isinstance(button, QAbstractButton) else ""
            found.append(f"{text or button.toolTip() or type(button).__name__} "
                         f"at {where.getRect()}")
    return found


def _check_fits(window: QWidget, room: QSize, qtbot) -> None:
    window.show()
    qtbot.wait(20)
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry()), (
        f"{type(window).__name__} opens at {window.frameGeometry().getRect()}, "
        f"off the {area.width()}x{area.height()} screen")
    hint = window.minimumSizeHint()
    assert hint.width() <= room.width() and hint.height() <= room.height(), (
        f"{type(window).__name__} needs at least {hint.width()}x{hint.height()}")
    window.resize(room)
    window.show()
    qtbot.wait(50)
    assert window.width() <= room.width() and window.height() <= room.height()
    assert _outside(window) == []


def _form_actions_in_view(form: IncidentForm, top: QWidget) -> None:
    for button in (form.action_bar.save_button, form.action_bar.submit_button):
        assert button.isVisibleTo(top)
        where = QRect(button.mapTo(top, QPoint(0, 0)), button.size())
        assert top.rect().contains(where), f"{button.text()} at {where.getRect()}"


@pytest.mark.parametrize("room", [LAPTOP, SMALL], ids=["1366x768", "1280x720"])
def test_the_main_window_with_a_form_fits(window: MainWindow, room: QSize, qtbot) -> None:
    form = window.new_incident()
    _check_fits(window, room, qtbot)
    _form_actions_in_view(form, window)


def test_the_form_in_its_own_window_fits(window: MainWindow, qtbot) -> None:
    window.dialog_action.setChecked(True)
    form = window.new_incident()
    dialog = form.window()
    assert dialog is not window
    _check_fits(dialog, SMALL, qtbot)
    _form_actions_in_view(form, dialog)


OPENERS: dict[str, Callable[[MainWindow], QWidget]] = {
    "review": lambda w: w.open_review(),
    "conflicts": lambda w: w.open_conflicts(),
    "desks": lambda w: w.open_desks(),
    "report reader": lambda w: w.code_from_report(),
    "export": lambda w: w.export(),
    "import": lambda w: w.import_acled(),
    "send": lambda w: w.send_changes(),
    "receive": lambda w: w.receive_changes(),
    "profile": lambda w: w.ask_profile(),
}


@pytest.mark.parametrize("name", OPENERS)
def test_each_window_fits_a_laptop_screen(window: MainWindow, name: str, qtbot) -> None:
    opened = OPENERS[name](window)
    assert isinstance(opened, QWidget)
    _check_fits(opened, LAPTOP, qtbot)


def test_a_geometry_remembered_on_a_big_monitor_is_clamped(desk: Desk, qtbot) -> None:
    first = build_window(desk)
    qtbot.addWidget(first)
    first.setGeometry(1500, 900, 2400, 1500)  # on a monitor that is gone
    first.save_layout()
    first.close()
    second = build_window(desk)
    qtbot.addWidget(second)
    second.show()
    area = second.screen().availableGeometry()
    assert area.contains(second.frameGeometry()), (
        f"{second.frameGeometry().getRect()} outside {area.getRect()}")
    second.operations.wait()

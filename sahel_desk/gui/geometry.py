"""Window sizes that fit the screen the window is on: the most common screen in the
field is a 1366x768 laptop, so a window asks for the size it would like and gets at
most what the screen has, and a size remembered on a bigger monitor is clamped."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: the share of the screen's free area a window takes at most when it first opens,
#: leaving the window frame and a glimpse of what is behind
SCREEN_SHARE = 0.94


def available_area(window: QWidget) -> QRect:
    """The screen area windows may use (without task bars) where ``window`` is or will be."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Resize ``window`` to ``preferred``, or less if the screen is smaller."""
    area = available_area(window)
    room = QSize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
    window.resize(preferred.boundedTo(room))


def clamp_to_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so that all of it, frame included, is on its screen."""
    area = available_area(window)
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    most = QSize(area.width() - extra.width(), area.height() - extra.height())
    if window.width() > most.width() or window.height() > most.height():
        window.resize(window.size().boundedTo(most))
        frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def restore_or_fit(window: QWidget, saved: QByteArray | None, preferred: QSize) -> None:
    """The geometry remembered for ``window``, clamped to today's screen (the laptop
    may have left the office monitor), or ``preferred`` fitted when none is."""
    if saved is None or saved.isEmpty() or not window.restoreGeometry(saved):
        fit_to_screen(window, preferred)
    clamp_to_screen(window)  # again once shown, when the frame is known

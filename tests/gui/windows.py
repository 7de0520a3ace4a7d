"""Making a window the active one, as a click on its title bar would, before keys are sent
to it: shortcuts and focus follow the active window only."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def activate(qtbot, window: QWidget, timeout: int = 10000) -> None:
    """Ask again on every poll: a popup closing, or a window shown a moment before, can take
    the activation back after the first request, and the platform does not ask twice."""

    def active() -> bool:
        if QApplication.activeWindow() is window:
            return True
        window.raise_()
        window.activateWindow()
        return False

    qtbot.waitUntil(active, timeout=timeout)

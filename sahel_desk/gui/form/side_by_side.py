"""Two groups side by side in a wide window, one above the other in a narrow one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

WIDE = 1000


class SideBySide(QWidget):
    """Lays ``widgets`` out in a row (with ``stretches``) when at least ``wide`` pixels wide."""

    def __init__(self, widgets: Sequence[QWidget], stretches: Sequence[int], *,
                 wide: int = WIDE, parent: QWidget | None = None):
        super().__init__(parent)
        self._wide = wide
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in zip(widgets, stretches, strict=True):
            self._layout.addWidget(widget, stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= self._wide
                     else QBoxLayout.Direction.TopToBottom)
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        super().resizeEvent(event)

"""The first start's welcome, also Help > Getting started: what the desk is for and
the three ways to begin, each one click away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.gui.geometry import fit_to_screen

#: a way to begin: the button's text and what it does
Start = tuple[str, Callable[[], object]]


class WelcomeDialog(QDialog):
    """Not modal: the window behind stays usable, and a start button closes it."""

    def __init__(self, starts: list[Start], show_at_start: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started with Sahel Desk"))
        title = QLabel(self.tr("<h2>Welcome to Sahel Desk</h2>"))
        purpose = QLabel(self.tr(
            "Sahel Desk keeps a dataset of conflict incidents in Mali and the Sahel, coded "
            "to the ACLED codebook: attacks, ambushes, IEDs, abductions, clashes, arrests. "
            "Each incident keeps its sources and any claim, and a reviewer approves it "
            "before it is published or exported."))
        steps = QLabel(self.tr(
            "<ol><li><b>Places.</b> The desk knows the places of Mali, Burkina Faso and "
            "Niger. Import a GeoNames file for other countries or newer names.</li>"
            "<li><b>Existing data.</b> Bring in an ACLED export to start from what is "
            "already coded.</li>"
            "<li><b>Code.</b> Start a new incident (Ctrl+N), or read a report and accept "
            "the incidents it finds. Save as you go; submit for review when done.</li>"
            "<li><b>Review and share.</b> A reviewer approves or returns each incident; "
            "File &gt; Send changes carries your work to the team.</li></ol>"))
        for label in (purpose, steps):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addWidget(steps)
        layout.addStretch(1)
        self.start_buttons: list[QPushButton] = []
        for text, action in starts:
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, act=action: self._begin(act))
            layout.addWidget(button)
            self.start_buttons.append(button)
        self.show_again = QCheckBox(self.tr("&Show this at every start"))
        self.show_again.setChecked(show_at_start)
        layout.addWidget(self.show_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(600, 560))

    def _begin(self, action: Callable[[], object]) -> None:
        self.close()
        action()

"""The buttons under the form, and why Submit is not offered yet."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from sahel_desk.gui.form.live_check import CheckResult
from sahel_desk.gui.form.problems import sort_problems


class ActionBar(QWidget):
    """Revert (or clear), Save and Submit; the form connects the buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.revert_button = QPushButton("Revert to saved")
        self.revert_button.setToolTip("Throw away the changes since the last save")
        self.submit_note = QLabel()
        self.submit_note.setObjectName("hint")
        self.submit_note.setWordWrap(True)
        self.save_button = QPushButton("Save")
        self.save_button.setToolTip("Save with the status chosen under Notes and status "
                                    "(a draft may be incomplete)")
        self.submit_button = QPushButton("Submit for review")
        self.submit_button.setToolTip("Save as submitted: the record must be complete")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.revert_button)
        layout.addWidget(self.submit_note, 1)
        layout.addWidget(self.save_button)
        layout.addWidget(self.submit_button)

    def update_state(self, *, busy: bool, dirty: bool, stored: bool,
                     result: CheckResult) -> None:
        self.save_button.setEnabled(not busy)
        self.revert_button.setEnabled(not busy and dirty)
        self.revert_button.setText("Revert to saved" if stored else "Clear form")
        self.submit_button.setEnabled(not busy and result.submittable)
        if result.submittable or busy:
            self.submit_note.clear()
            self.submit_note.setToolTip("")
            return
        missing = sort_problems(result.submit_problems).summary
        self.submit_note.setText(
            f"To submit, {len(missing)} more field{'s' if len(missing) != 1 else ''} "
            "must be filled in or fixed.")
        self.submit_note.setToolTip("\n".join(text for _, text in missing))

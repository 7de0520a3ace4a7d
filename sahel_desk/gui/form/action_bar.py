"""The buttons under the form, and why Submit is not offered yet."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from sahel_desk.gui.form.live_check import CheckResult
from sahel_desk.gui.form.problems import sort_problems


class ActionBar(QWidget):
    """Revert (or clear), Save and Submit; the form connects the buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.revert_button = QPushButton(self.tr("Revert to saved"))
        self.revert_button.setToolTip(self.tr("Throw away the changes since the last save"))
        self.submit_note = QLabel()
        self.submit_note.setObjectName("hint")
        self.submit_note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save with the status chosen under Notes and "
                                            "status (a draft may be incomplete)"))
        self.submit_button = QPushButton(self.tr("Submit for review"))
        self.submit_button.setToolTip(self.tr("Save as submitted: the record must be complete"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.revert_button)
        layout.addWidget(self.submit_note, 1)
        layout.addWidget(self.save_button)
        layout.addWidget(self.submit_button)

    def update_state(self, *, busy: bool, dirty: bool, stored: bool,
                     result: CheckResult, submitted: bool = False) -> None:
        """``submitted``: what is stored is already submitted (or further along the review)
        and nothing changed since, so there is nothing to submit."""
        self.save_button.setEnabled(not busy)
        self.revert_button.setEnabled(not busy and dirty)
        self.revert_button.setText(self.tr("Revert to saved") if stored
                                   else self.tr("Clear form"))
        self.submit_button.setEnabled(not busy and result.submittable and not submitted)
        if busy or (result.submittable and not submitted):
            self.submit_note.clear()
            self.submit_note.setToolTip("")
            return
        if submitted:
            self.submit_note.setText(self.tr("Submitted for review. Change something to "
                                             "submit again."))
            self.submit_note.setToolTip("")
            return
        missing = sort_problems(result.submit_problems).summary
        count = len(missing)
        self.submit_note.setText(
            self.tr("To submit, 1 more field must be filled in or fixed.") if count == 1
            else self.tr("To submit, %n more fields must be filled in or fixed.", "", count))
        self.submit_note.setToolTip("\n".join(text for _, text in missing))

"""Above the form: the fields the reader left empty, each with its reason, and how it
read the others it says something about (a place taken for a village it did not
find); a field's name is a link that puts the cursor in it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from sahel_desk.gui.i18n.labels import message
from sahel_desk.gui.reports.report_view import field_label
from sahel_desk.reports.model import ProposedDraft

#: the form's field a reader's field is filled into (the reader names ACLED's columns)
FORM_FIELD = {"claimed_by": "claims", "fatalities_claimed": "claims"}


class UnsureNote(QLabel):
    """Hidden when the reader was sure of every field. ``fieldChosen(name)`` names the
    form's field of a clicked link."""

    fieldChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unsureNote")
        self.setWordWrap(True)
        self.setStyleSheet("#unsureNote { background: #fff4d6; border: 1px solid #e0c36a; "
                           "border-radius: 3px; padding: 5px 8px; }")
        self.linkActivated.connect(self.fieldChosen)
        self.hide()

    def show_draft(self, draft: ProposedDraft | None) -> None:
        lines = self._lines(draft) if draft is not None else []
        self.setText("<br>".join(lines))
        self.setVisible(bool(lines))

    def _lines(self, draft: ProposedDraft) -> list[str]:
        """One line per reason, naming every field it applies to (a place not found
        leaves the location, the admin units and the coordinates empty alike)."""
        empty: dict[str, list[str]] = {}
        read_as: dict[str, list[str]] = {}
        for evidence in draft.evidence:
            if not evidence.note:
                continue
            into = empty if evidence.value is None else read_as
            into.setdefault(evidence.note, []).append(evidence.field)
        lines = []
        for title, found in ((self.tr("Left empty, unsure"), empty),
                             (self.tr("Read as"), read_as)):
            for reason, fields in found.items():
                links = ", ".join(
                    f'<a href="{FORM_FIELD.get(name, name)}">{escape(field_label(name))}</a>'
                    for name in fields)
                lines.append(self.tr("<b>{title}</b>: {fields}: {reason}").format(
                    title=title, fields=links, reason=escape(message(reason))))
        return lines

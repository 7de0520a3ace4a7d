"""One record of the pair at a glance: its id, state, date, place, type and ACLED id,
whether it is kept or merged away, and a button that opens it in the form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from sahel_desk.gui.duplicates import values as v
from sahel_desk.gui.i18n.bidi import isolate
from sahel_desk.gui.i18n.labels import codebook_label, status_label
from sahel_desk.gui.review.bidi import paragraph
from sahel_desk.store.records import IncidentRecord
from sahel_desk.store.review_records import Rejection


class SideCard(QFrame):
    """``open_requested(incident_id)`` when its Open button is pressed."""

    open_requested = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.incident_id: str | None = None
        self.role = QLabel()
        self.role.setObjectName("sideRole")
        self.title = QLabel()
        self.title.setObjectName("sideTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setObjectName("sideDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openButton")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.role, 0, 0)
        grid.addWidget(self.open_button, 0, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 1, 0)
        grid.addWidget(self.details, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def _open(self) -> None:
        if self.incident_id:
            self.open_requested.emit(self.incident_id)

    def show_record(self, role: str, record: IncidentRecord,
                    rejection: Rejection | None = None) -> None:
        self.incident_id = record.id
        self.role.setText(role)
        self.open_button.setEnabled(True)
        self.open_button.setToolTip(self.tr("Open {incident} in the form").format(
            incident=isolate(record.human_id)))
        state = status_label(record.status)
        if rejection is not None and rejection.reason_code == "duplicate":
            state = self.tr("{state}: duplicate of {incident}").format(
                state=state, incident=isolate(rejection.duplicate_of_human_id or "?"))
        self.title.setText(paragraph(self.tr("<b>{incident}</b> · {state}").format(
            incident=isolate(record.human_id), state=state)))
        date = v.choice_text("date", {"event_date": record.event_date,
                                      "event_date_end": record.event_date_end,
                                      "time_precision": record.time_precision})
        place = v.choice_text("place", {"location": record.location, "admin1": record.admin1,
                                        "admin2": record.admin2,
                                        "geo_precision": record.geo_precision})
        kind = codebook_label(record.sub_event_type or record.event_type) or v.NOTHING
        lines = [self.tr("{date} · {place}").format(date=date, place=place), kind]
        if record.acled_event_id:
            lines.append(self.tr("ACLED event {id}").format(id=isolate(record.acled_event_id)))
        self.details.setText("\n".join(lines))

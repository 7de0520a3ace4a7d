"""When: the day (or span) of the event and how precisely it is known."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.gui.dates import DateField
from sahel_desk.gui.form.group import FormGroup, add_pairs
from sahel_desk.gui.form.inputs import ChoiceCombo, short_labels
from sahel_desk.gui.form.loading import Refs


class WhenGroup(FormGroup):
    """Date, time precision and an end date for events spanning several days."""

    dateChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.setTitle(self.tr("When"))
        self.event_date = DateField(says_problems=False)  # its box says them
        self.event_date.setObjectName("event_date")
        self.time_precision = ChoiceCombo(short_labels(tx.TIME_PRECISION))
        self.time_precision.set_tooltips(tx.TIME_PRECISION)
        self.time_precision.setObjectName("time_precision")
        self.event_date_end = DateField(says_problems=False)
        self.event_date_end.setObjectName("event_date_end")
        self.event_date_end.setPlaceholderText(self.tr("only for a range"))
        self.event_date_end.setToolTip(
            self.tr("Last day of an event spanning several days; leave empty for a single day"))
        grid = QGridLayout(self)
        add_pairs(grid, [
            (self.tr("&Date"), self.box("event_date", self.event_date.stacked())),
            (self.tr("Ti&me precision"), self.box("time_precision", self.time_precision)),
            (self.tr("End date"), self.box("event_date_end", self.event_date_end.stacked())),
        ], stretch=False)
        grid.setRowStretch(3, 1)  # beside a taller Where, keep the lines together at the top
        for edit in (self.event_date, self.event_date_end):
            edit.textChanged.connect(self.changed)
        self.time_precision.currentIndexChanged.connect(self.changed)
        self.event_date.textChanged.connect(self._date_edited)
        self.dateChanged.connect(self.event_date_end.set_reference)  # "9 mai" takes its year

    def _date_edited(self) -> None:
        value = self.event_date.value()
        self.dateChanged.emit(value if isinstance(value, date) else None)

    def values(self) -> dict[str, Any]:
        return {
            "event_date": self.event_date.value(),
            "time_precision": self.time_precision.value(),
            "event_date_end": self.event_date_end.value(),
        }

    def set_values(self, values: Mapping[str, Any], refs: Refs) -> None:
        self.event_date.set_value(values.get("event_date"))
        self.time_precision.set_value(values.get("time_precision"))
        self.event_date_end.set_value(values.get("event_date_end"))

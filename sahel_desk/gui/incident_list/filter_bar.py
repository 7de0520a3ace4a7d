"""The filters above the incident list; every change becomes one IncidentFilter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from sahel_desk.codebook.taxonomy import EVENT_TYPES, STATUSES
from sahel_desk.gui.dates import DateField
from sahel_desk.gui.i18n.labels import codebook_label, status_label
from sahel_desk.gui.pickers.place_picker import country_name
from sahel_desk.reference.countries import ADMIN1_NAMES
from sahel_desk.store.records import IncidentFilter

#: (code, English name) of the countries the list filters on; "" is all of them. The
#: names are shown translated (pickers.place_picker.country_name).
COUNTRIES = (("", "All countries"), ("ML", "Mali"), ("BF", "Burkina Faso"), ("NE", "Niger"))


def _date_edit(tooltip: str) -> DateField:
    edit = DateField()
    edit.setPlaceholderText(QCoreApplication.translate("FilterBar", "Any"))
    edit.setToolTip(tooltip)
    return edit


def _value(edit: DateField) -> date | None:
    return edit.date_value()


class FilterBar(QWidget):
    filterChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            self.tr("Search notes, sources and claims (any script)  Ctrl+F"))
        self.text.setClearButtonEnabled(True)
        self.date_from = _date_edit(self.tr("Incidents on or after this date"))
        self.date_to = _date_edit(self.tr("Incidents on or before this date"))
        self.country = QComboBox()
        for code, _english in COUNTRIES:
            self.country.addItem(country_name(code) if code else self.tr("All countries"), code)
        self.region = QComboBox()
        self.region.setMinimumContentsLength(12)
        self.actor = QLineEdit()
        self.actor.setPlaceholderText(self.tr("Actor (includes its groups)"))
        self.actor.setClearButtonEnabled(True)
        self.event_type = QComboBox()
        self.event_type.addItem(self.tr("All event types"), "")
        for name in EVENT_TYPES:
            self.event_type.addItem(codebook_label(name), name)
        self.status = QComboBox()
        self.status.addItem(self.tr("All states"), "")
        for state in STATUSES:
            self.status.addItem(status_label(state), state)
        self._fill_regions()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 3)
        layout.addWidget(QLabel(self.tr("From")))
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.date_to)
        layout.addWidget(self.country)
        layout.addWidget(self.region)
        layout.addWidget(self.actor, 2)
        layout.addWidget(self.event_type)
        layout.addWidget(self.status)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._emit)
        self.text.textChanged.connect(self._debounce.start)
        self.actor.editingFinished.connect(self._emit)
        for combo in (self.region, self.event_type, self.status):
            combo.currentIndexChanged.connect(self._emit)
        self.country.currentIndexChanged.connect(self._country_changed)
        self.date_from.dateChanged.connect(lambda _day: self._debounce.start())
        self.date_to.dateChanged.connect(lambda _day: self._debounce.start())
        self._last: IncidentFilter | None = None

    def _fill_regions(self) -> None:
        code = self.country.currentData()
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem(self.tr("All regions"), "")
        for (cc, _), name in sorted(ADMIN1_NAMES.items(), key=lambda item: item[1]):
            if not code or cc == code:
                self.region.addItem(name, name)
        self.region.blockSignals(False)

    def _country_changed(self) -> None:
        self._fill_regions()
        self._emit()

    def current(self) -> IncidentFilter:
        state = self.status.currentData()
        return IncidentFilter(
            date_from=_value(self.date_from), date_to=_value(self.date_to),
            country=self.country.currentData() or None, admin1=self.region.currentData() or None,
            actor=self.actor.text().strip() or None,
            event_type=self.event_type.currentData() or None,
            statuses=(state,) if state else (), text=self.text.text().strip() or None,
        )

    def _emit(self) -> None:
        current = self.current()
        if current != self._last:
            self._last = current
            self.filterChanged.emit(current)

    def focus_search(self) -> None:
        self.text.setFocus()
        self.text.selectAll()

"""Where: the place from the gazetteer, the location as coded, how precisely it is
known, and "near".

Picking a place fills the location from it; the coder may then adjust it (a point
outside the town). The location is the incident's own: when its place changes in
the gazetteer later, the group says so and offers the new values, which a save
records like any edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.gui.form.group import FormGroup, add_pairs
from sahel_desk.gui.form.inputs import ChoiceCombo, DerivedLabel, HintLabel, short_labels
from sahel_desk.gui.form.loading import Refs
from sahel_desk.gui.form.suggestion_hint import SuggestionHint
from sahel_desk.gui.i18n.bidi import numbers_left_to_right
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.pickers import PlacePicker
from sahel_desk.gui.pickers.place_picker import place_details
from sahel_desk.store.location import FROM_PLACE
from sahel_desk.store.records import PlaceRecord

if TYPE_CHECKING:
    from sahel_desk.services.gazetteer import GazetteerService
    from sahel_desk.services.places import PlaceService


def _shown(value: Any) -> str:
    """A value as typed back: a float in its shortest exact form, never in exponents."""
    if value is None:
        return ""
    if isinstance(value, float):
        text = repr(value)
        return f"{value:.12f}".rstrip("0").rstrip(".") if "e" in text else text
    return str(value)


def _coordinate(text: str) -> float | str | None:
    """A number when the text is one (a decimal comma read as a point), else the text,
    for the checker to name what is wrong with it."""
    text = text.strip()
    if not text:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return text


class WhereGroup(FormGroup):
    #: the coder chose to keep the location as coded although its place changed
    keepCodedLocation = Signal()

    def __init__(self, gazetteer: GazetteerService, places: PlaceService,
                 operations: Operations, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.setTitle(self.tr("Where"))
        self.place = PlacePicker(gazetteer, places, operations)
        self.place.setObjectName("place_id")
        self.place.setMinimumWidth(320)
        self.place_details = DerivedLabel()
        self.place_details.setToolTip(self.tr("Where the chosen place is, from the gazetteer"))
        self.geo_precision = ChoiceCombo(short_labels(tx.GEO_PRECISION))
        self.geo_precision.set_tooltips(tx.GEO_PRECISION)
        self.geo_precision.setObjectName("geo_precision")
        self.near = QCheckBox(self.tr("Near this place (the event was outside it)"))
        self.near.setObjectName("near")
        self.suggestion = SuggestionHint(self.tr("The claim mentions the place “{name}”."),
                                         [(self.tr("Search for it"), self.place)])
        self.coded: dict[str, QLineEdit] = {}
        admin = {"admin1": self.tr("Region"), "admin2": self.tr("Cercle / province / department"),
                 "admin3": self.tr("Commune")}
        tips = {
            "location": self.tr("The location as coded: filled from the place, yours to adjust"),
            "country_code": self.tr("Two-letter country code (ML, BF, NE)"),
            **admin,
            "latitude": self.tr("Latitude, decimal degrees (14.3494)"),
            "longitude": self.tr("Longitude, decimal degrees (-3.6102)"),
        }
        for name in FROM_PLACE:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setToolTip(tips[name])
            edit.setPlaceholderText(admin.get(name, ""))
            edit.textEdited.connect(self.changed)
            self.coded[name] = edit
        numbers_left_to_right(self.coded["latitude"], self.coded["longitude"])
        self.coded["country_code"].setMaxLength(2)
        self.coded["country_code"].setMaximumWidth(48)
        self.place_notice = HintLabel()
        self.place_notice.setObjectName("placeChanged")
        self.take_place = QPushButton(self.tr("Take the gazetteer's values"))
        self.take_place.setObjectName("takePlace")
        self.keep_coded = QPushButton(self.tr("Keep as coded"))
        self.keep_coded.setObjectName("keepCoded")
        self.take_place.clicked.connect(self._take_place_values)
        self.keep_coded.clicked.connect(self._keep_coded)
        notice = QHBoxLayout()
        notice.setContentsMargins(0, 0, 0, 0)
        notice.addWidget(self.place_notice, 1)
        notice.addWidget(self.take_place)
        notice.addWidget(self.keep_coded)
        self.notice = QWidget()
        self.notice.setLayout(notice)
        self.notice.hide()
        grid = QGridLayout()
        add_pairs(grid, [
            (self.tr("&Place"), self.box("place_id", self.place, stretch_last=True)),
            ("", self.place_details),
            (self.tr("L&ocation"), self.box("location", self.coded["location"],
                                            self.coded["country_code"], also=("country_code",))),
            (self.tr("Admin units"), self.box("admin1", self.coded["admin1"],
                                              self.coded["admin2"], self.coded["admin3"],
                                              also=("admin2", "admin3"))),
            (self.tr("&Coordinates"), self.box("latitude", self.coded["latitude"],
                                               self.coded["longitude"], also=("longitude",))),
            (self.tr("Geo prec&ision"), self.box("geo_precision", self.geo_precision)),
            ("", self.box("near", self.near)),
        ])
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.notice)
        layout.addWidget(self.suggestion)
        self.place.placeChosen.connect(self._place_chosen)
        self.geo_precision.currentIndexChanged.connect(self.changed)
        self.near.toggled.connect(self._near_toggled)

    def _place_chosen(self) -> None:
        self._show_details()
        chosen = self.place.place()
        if chosen is not None:
            self.suggestion.hide()
            self._fill_from(chosen)
        self.notice.hide()
        self.changed.emit()

    def _fill_from(self, place: PlaceRecord) -> None:
        for name, attribute in FROM_PLACE.items():
            self.coded[name].setText(_shown(getattr(place, attribute)))

    def _take_place_values(self) -> None:
        chosen = self.place.place()
        if chosen is not None:
            self._fill_from(chosen)
        self.notice.hide()
        self.changed.emit()

    def _keep_coded(self) -> None:
        self.notice.hide()
        self.keepCodedLocation.emit()

    def show_place_change(self, changed: bool) -> None:
        """Say that the linked place moved or was renamed since the location was coded."""
        chosen = self.place.place()
        if not changed or chosen is None:
            self.notice.hide()
            return
        now = ", ".join(_shown(getattr(chosen, a)) for a in ("name", "admin1", "latitude",
                                                            "longitude") if getattr(chosen, a))
        self.place_notice.show_text(
            self.tr("Its place changed in the gazetteer (now {place}).").format(place=now))
        self.notice.show()

    def _near_toggled(self, near: bool) -> None:
        # "Near a town" is precision 2 in the codebook; a precision already chosen stays.
        if near and self.geo_precision.value() is None:
            self.geo_precision.set_value(2)
        self.changed.emit()

    def _show_details(self) -> None:
        chosen = self.place.place()
        self.place_details.show_value(place_details(chosen) if chosen else None)
        self.place_details.setVisible(chosen is not None)

    def values(self) -> dict[str, Any]:
        chosen = self.place.place()
        return {
            "place_id": chosen.id if chosen else None,
            **{name: edit.text().strip() or None for name, edit in self.coded.items()},
            "latitude": _coordinate(self.coded["latitude"].text()),
            "longitude": _coordinate(self.coded["longitude"].text()),
            "geo_precision": self.geo_precision.value(),
            "near": self.near.isChecked(),
        }

    def set_values(self, values: Mapping[str, Any], refs: Refs) -> None:
        self.place.set_place(refs.place(values.get("place_id")))
        self._show_details()
        for name, edit in self.coded.items():
            edit.setText(_shown(values.get(name)))
        self.notice.hide()
        self.geo_precision.set_value(values.get("geo_precision"))
        self.near.blockSignals(True)
        self.near.setChecked(bool(values.get("near")))
        self.near.blockSignals(False)
        self.suggestion.hide()

"""Where: the place from the gazetteer, how precisely it is known, and "near"."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QGridLayout, QVBoxLayout, QWidget

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.gui.form.group import FormGroup, add_pairs
from sahel_desk.gui.form.inputs import ChoiceCombo, DerivedLabel, short_labels
from sahel_desk.gui.form.loading import Refs
from sahel_desk.gui.form.suggestion_hint import SuggestionHint
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.pickers import PlacePicker
from sahel_desk.gui.pickers.place_picker import place_details

if TYPE_CHECKING:
    from sahel_desk.services.gazetteer import GazetteerService
    from sahel_desk.services.places import PlaceService


class WhereGroup(FormGroup):
    def __init__(self, gazetteer: GazetteerService, places: PlaceService,
                 operations: Operations, parent: QWidget | None = None):
        super().__init__("Where", parent)
        self.place = PlacePicker(gazetteer, places, operations)
        self.place.setObjectName("place_id")
        self.place.setMinimumWidth(320)
        self.place_details = DerivedLabel()
        self.place_details.setToolTip("Where the chosen place is, from the gazetteer")
        self.geo_precision = ChoiceCombo(short_labels(tx.GEO_PRECISION))
        self.geo_precision.set_tooltips(tx.GEO_PRECISION)
        self.geo_precision.setObjectName("geo_precision")
        self.near = QCheckBox("Near this place (the event was outside it)")
        self.near.setObjectName("near")
        self.suggestion = SuggestionHint("the place", [("Search for it", self.place)])
        grid = QGridLayout()
        add_pairs(grid, [
            ("&Place", self.box("place_id", self.place, stretch_last=True)),
            ("", self.place_details),
            ("&Geo precision", self.box("geo_precision", self.geo_precision)),
            ("", self.box("near", self.near)),
        ])
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.suggestion)
        self.place.placeChosen.connect(self._place_chosen)
        self.geo_precision.currentIndexChanged.connect(self.changed)
        self.near.toggled.connect(self._near_toggled)

    def _place_chosen(self) -> None:
        self._show_details()
        if self.place.place() is not None:
            self.suggestion.hide()
        self.changed.emit()

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
            "geo_precision": self.geo_precision.value(),
            "near": self.near.isChecked(),
        }

    def set_values(self, values: Mapping[str, Any], refs: Refs) -> None:
        self.place.set_place(refs.place(values.get("place_id")))
        self._show_details()
        self.geo_precision.set_value(values.get("geo_precision"))
        self.near.blockSignals(True)
        self.near.setChecked(bool(values.get("near")))
        self.near.blockSignals(False)
        self.suggestion.hide()

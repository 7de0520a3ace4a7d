"""Choosing a place from the gazetteer by any spelling, and adding one it lacks.

Sources spell places many ways (Tombouctou, Timbuktu, تمبكتو); each hit shows
where it is (admin path, coordinates) and what it is (town, region, well) so
a region is not mistaken for its capital.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.codebook.validation import check_coordinates
from sahel_desk.errors import FieldError, UserError
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.pickers.form_errors import FieldErrors, attempt
from sahel_desk.gui.pickers.typeahead import TypeAheadField, isolated
from sahel_desk.reference.countries import country
from sahel_desk.reference.starter import STARTER_COUNTRIES
from sahel_desk.services.gazetteer import GazetteerService, PlaceHit
from sahel_desk.services.places import PlaceService
from sahel_desk.store.records import PlaceRecord

SEARCH_LIMIT = 10
FILTER_COUNTRIES = ("ML", "BF", "NE")

FEATURE_KINDS = {
    "PPL": "town", "PPLA": "regional capital", "PPLA2": "district capital",
    "PPLA3": "local capital", "PPLA4": "local capital", "PPLC": "capital",
    "PPLL": "locality", "PPLF": "farm village", "PPLX": "part of a town",
    "PPLQ": "abandoned place", "PPLW": "destroyed place", "PPLS": "places",
    "PCLI": "country", "ADM1": "region", "ADM2": "district", "ADM3": "commune",
    "ADM4": "subdivision",
    "WLL": "well", "WLLS": "wells", "WLLQ": "abandoned well", "WTRH": "waterhole",
    "SPNG": "spring", "OAS": "oasis", "WAD": "wadi", "WADB": "wadi bend", "WADS": "wadis",
    "STM": "stream", "LK": "lake", "LKI": "seasonal lake", "PND": "pond", "MRSH": "marsh",
    "SWMP": "swamp", "RSV": "reservoir", "LCTY": "locality", "AREA": "area", "RGN": "area",
    "SALT": "salt area", "RES": "reserve", "RESF": "forest reserve", "RESW": "wildlife reserve",
    "PRK": "park", "RD": "road",
    "CMP": "camp", "CMPRF": "refugee camp", "CMPMN": "mining camp", "AIRP": "airport",
    "AIRF": "airfield", "AIRQ": "abandoned airfield", "AIRB": "air base", "MILB": "military base",
    "INSM": "military installation", "FT": "fort", "PP": "police post", "CSTM": "customs post",
    "PRN": "prison", "BDG": "bridge", "DAM": "dam", "MKT": "market", "MN": "mine",
    "MNAU": "gold mine", "MSQE": "mosque", "TMB": "tomb", "HSP": "hospital", "SCH": "school",
    "UNIV": "university", "RUIN": "ruin",
}
FEATURE_CLASSES = {
    "P": "populated place", "A": "administrative area", "H": "water feature", "L": "area",
    "R": "road", "S": "site", "T": "terrain feature", "V": "vegetation",
}


def feature_kind(place: PlaceRecord) -> str:
    """What a place is, in words: "town", "region", "well" …; custom places say so."""
    kind = FEATURE_KINDS.get(place.feature_code or "") or FEATURE_CLASSES.get(
        place.feature_class or "", "place")
    return f"{kind}, added by hand" if place.origin == "custom" else kind


def admin_path(place: PlaceRecord) -> str:
    """"admin2 > admin1, country code", leaving out parts that are unknown or repeated."""
    units: list[str] = []
    for unit in (place.admin2, place.admin1):
        if unit and unit not in units:
            units.append(unit)
    return ", ".join(part for part in (" > ".join(units), place.country_code) if part)


def coordinates(place: PlaceRecord) -> str:
    return f"{place.latitude:.4f}, {place.longitude:.4f}"


def place_details(place: PlaceRecord, matched: str | None = None) -> str:
    """Where and what the place is, and the spelling that matched when it is not the name."""
    parts = [admin_path(place), coordinates(place), feature_kind(place)]
    if matched and matched.casefold() != place.name.casefold():
        parts.append(f"matched “{isolated(matched)}”")
    return " · ".join(p for p in parts if p)


def _country_name(code: str) -> str:
    found = country(code)
    return found.name if found else code


class PlacePicker(TypeAheadField[PlaceHit, PlaceRecord]):
    """Type-ahead over every spelling in the gazetteer, optionally within one country.

    ``placeChosen`` is emitted when the user chooses a place (or clears the
    field, with None); :meth:`set_place` sets one quietly.
    """

    placeChosen = Signal(object)

    def __init__(self, gazetteer: GazetteerService, places: PlaceService,
                 operations: Operations, parent: QWidget | None = None):
        super().__init__(operations, parent)
        self._gazetteer = gazetteer
        self._places = places
        self._edit.setPlaceholderText("Type a place name in any spelling…")
        self._country = QComboBox(self)
        self._country.setObjectName("country")
        self._country.setToolTip("Only search places in this country")
        self._country.addItem("All", None)
        for code in FILTER_COUNTRIES:
            self._country.addItem(code, code)
            self._country.setItemData(self._country.count() - 1, _country_name(code),
                                      Qt.ItemDataRole.ToolTipRole)
        self._country.currentIndexChanged.connect(self._refresh)
        self._layout.addWidget(self._country)

    def country(self) -> str | None:
        """The country the search is limited to, or None for all."""
        code = self._country.currentData()
        return str(code) if code else None

    def set_country(self, code: str | None) -> None:
        index = self._country.findData(code.upper() if code else None)
        self._country.setCurrentIndex(max(index, 0))

    def set_place(self, place: PlaceRecord | None) -> None:
        self.set_item(place)

    def place(self) -> PlaceRecord | None:
        return self._item

    def _search_work(self, query: str) -> Callable[[], list[PlaceHit]]:
        gazetteer, code = self._gazetteer, self.country()
        return lambda: gazetteer.search(query, country=code, limit=SEARCH_LIMIT)

    def _describe(self, hit: PlaceHit) -> tuple[str, str]:
        return hit.place.name, place_details(hit.place, hit.matched_name)

    def _item_of(self, hit: PlaceHit) -> PlaceRecord:
        return hit.place

    def _label(self, item: PlaceRecord) -> str:
        return item.name

    def _tooltip(self, item: PlaceRecord) -> str:
        return f"{item.name}\n{place_details(item)}"

    def _create_row(self, text: str) -> tuple[str, str]:
        return f"Add place “{isolated(text)}”…", "Not in the gazetteer: add it with its coordinates"

    def _create_requested(self, text: str) -> None:
        dialog = NewPlaceDialog(self._places, self._operations, name=text,
                                country_code=self.country(), parent=self)
        dialog.placeCreated.connect(self._choose)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _announce(self, item: PlaceRecord | None) -> None:
        self.placeChosen.emit(item)


def _number(text: str) -> float | str:
    """A decimal number as typed, a decimal comma allowed; the text itself if it is not one."""
    cleaned = text.strip().replace("\u2212", "-")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return text.strip()


class NewPlaceDialog(QDialog):
    """Add a place missing from the gazetteer; bad coordinates are shown beside the field."""

    placeCreated = Signal(object)

    def __init__(self, places: PlaceService, operations: Operations, name: str = "",
                 country_code: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("New place")
        self._places = places
        self._operations = operations
        self._created: PlaceRecord | None = None
        self._errors = FieldErrors(self)

        self._name = QLineEdit(name, self)
        self._name.setObjectName("name")
        self._names = QTextEdit(self)
        self._names.setAcceptRichText(False)  # a QTextEdit aligns each Arabic line right
        self._names.setObjectName("alternate_names")
        self._names.setPlaceholderText("Other spellings, one per line (French, Arabic…)")
        self._names.setTabChangesFocus(True)
        lines = self._names.fontMetrics().lineSpacing()
        self._names.setMinimumHeight(lines * 4)
        self._names.setMaximumHeight(lines * 8)
        self._latitude = QLineEdit(self)
        self._latitude.setObjectName("latitude")
        self._latitude.setPlaceholderText("Decimal degrees, north positive, e.g. 14.4843")
        self._longitude = QLineEdit(self)
        self._longitude.setObjectName("longitude")
        self._longitude.setPlaceholderText("Decimal degrees, west negative, e.g. -4.1830")
        self._country = QComboBox(self)
        self._country.setObjectName("country_code")
        self._country.addItem("Work it out from the coordinates", None)
        for code in STARTER_COUNTRIES:
            self._country.addItem(f"{code} – {_country_name(code)}", code)
        self._country.setCurrentIndex(max(self._country.findData(country_code), 0))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Name", self._errors.beside(self._name, "Name", "name"))
        form.addRow("Other &spellings",
                    self._errors.beside(self._names, "Other spellings", "alternate_names"))
        form.addRow("&Latitude", self._errors.beside(self._latitude, "Latitude", "latitude"))
        form.addRow("L&ongitude",
                    self._errors.beside(self._longitude, "Longitude", "longitude"))
        form.addRow("&Country", self._errors.beside(self._country, "Country", "country_code"))

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add place")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._errors.general)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(480)
        (self._latitude if name.strip() else self._name).setFocus()

    def created_place(self) -> PlaceRecord | None:
        return self._created

    def values(self) -> dict[str, Any]:
        """What :meth:`PlaceService.add_custom` is given (coordinates as typed when not
        numbers, so the message can quote them)."""
        return {
            "name": self._name.text().strip(),
            "latitude": _number(self._latitude.text()),
            "longitude": _number(self._longitude.text()),
            "country_code": self._country.currentData(),
            "alternate_names": [line.strip() for line in self._names.toPlainText().splitlines()
                                if line.strip()],
        }

    def accept(self) -> None:
        """Check name and coordinates here, then add the place through the service."""
        values = self.values()
        problems = [] if values["name"] else [FieldError("name", "is required")]
        for field in ("latitude", "longitude"):
            if values[field] == "":
                problems.append(FieldError(field, "is required"))
        if not problems:
            problems = check_coordinates(values["latitude"], values["longitude"])
        if problems:
            self._errors.show(problems)
            return
        self._errors.clear()
        self._buttons.setEnabled(False)
        self._operations.run(lambda: attempt(self._places.add_custom, **values),
                             on_done=self._saved)

    def _saved(self, result: PlaceRecord | UserError) -> None:
        if not shiboken6.isValid(self):
            return
        self._buttons.setEnabled(True)
        if isinstance(result, UserError):
            self._errors.show_error(result)
            return
        self._created = result
        self.placeCreated.emit(result)
        self.done(QDialog.DialogCode.Accepted)

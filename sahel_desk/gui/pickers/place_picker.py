"""Choosing a place from the gazetteer by any spelling, and adding one it lacks.

Sources spell places many ways (Tombouctou, Timbuktu, تمبكتو); each hit shows
where it is (admin path, coordinates) and what it is (town, region, well) so
a region is not mistaken for its capital.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from sahel_desk.gui.i18n.bidi import numbers_left_to_right
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.pickers.form_errors import FieldErrors, add_row, attempt
from sahel_desk.gui.pickers.typeahead import TypeAheadField, isolated
from sahel_desk.reference.countries import country
from sahel_desk.reference.starter import STARTER_COUNTRIES
from sahel_desk.services.gazetteer import GazetteerService, PlaceHit
from sahel_desk.services.places import PlaceService
from sahel_desk.store.records import PlaceRecord

SEARCH_LIMIT = 10
FILTER_COUNTRIES = ("ML", "BF", "NE")

FEATURE_KINDS = {
    "PPL": QT_TRANSLATE_NOOP("PlaceKinds", "town"),
    "PPLA": QT_TRANSLATE_NOOP("PlaceKinds", "regional capital"),
    "PPLA2": QT_TRANSLATE_NOOP("PlaceKinds", "district capital"),
    "PPLA3": QT_TRANSLATE_NOOP("PlaceKinds", "local capital"),
    "PPLA4": QT_TRANSLATE_NOOP("PlaceKinds", "local capital"),
    "PPLC": QT_TRANSLATE_NOOP("PlaceKinds", "capital"),
    "PPLL": QT_TRANSLATE_NOOP("PlaceKinds", "locality"),
    "PPLF": QT_TRANSLATE_NOOP("PlaceKinds", "farm village"),
    "PPLX": QT_TRANSLATE_NOOP("PlaceKinds", "part of a town"),
    "PPLQ": QT_TRANSLATE_NOOP("PlaceKinds", "abandoned place"),
    "PPLW": QT_TRANSLATE_NOOP("PlaceKinds", "destroyed place"),
    "PPLS": QT_TRANSLATE_NOOP("PlaceKinds", "places"),
    "PCLI": QT_TRANSLATE_NOOP("PlaceKinds", "country"),
    "ADM1": QT_TRANSLATE_NOOP("PlaceKinds", "region"),
    "ADM2": QT_TRANSLATE_NOOP("PlaceKinds", "district"),
    "ADM3": QT_TRANSLATE_NOOP("PlaceKinds", "commune"),
    "ADM4": QT_TRANSLATE_NOOP("PlaceKinds", "subdivision"),
    "WLL": QT_TRANSLATE_NOOP("PlaceKinds", "well"),
    "WLLS": QT_TRANSLATE_NOOP("PlaceKinds", "wells"),
    "WLLQ": QT_TRANSLATE_NOOP("PlaceKinds", "abandoned well"),
    "WTRH": QT_TRANSLATE_NOOP("PlaceKinds", "waterhole"),
    "SPNG": QT_TRANSLATE_NOOP("PlaceKinds", "spring"),
    "OAS": QT_TRANSLATE_NOOP("PlaceKinds", "oasis"),
    "WAD": QT_TRANSLATE_NOOP("PlaceKinds", "wadi"),
    "WADB": QT_TRANSLATE_NOOP("PlaceKinds", "wadi bend"),
    "WADS": QT_TRANSLATE_NOOP("PlaceKinds", "wadis"),
    "STM": QT_TRANSLATE_NOOP("PlaceKinds", "stream"),
    "LK": QT_TRANSLATE_NOOP("PlaceKinds", "lake"),
    "LKI": QT_TRANSLATE_NOOP("PlaceKinds", "seasonal lake"),
    "PND": QT_TRANSLATE_NOOP("PlaceKinds", "pond"),
    "MRSH": QT_TRANSLATE_NOOP("PlaceKinds", "marsh"),
    "SWMP": QT_TRANSLATE_NOOP("PlaceKinds", "swamp"),
    "RSV": QT_TRANSLATE_NOOP("PlaceKinds", "reservoir"),
    "LCTY": QT_TRANSLATE_NOOP("PlaceKinds", "locality"),
    "AREA": QT_TRANSLATE_NOOP("PlaceKinds", "area"),
    "RGN": QT_TRANSLATE_NOOP("PlaceKinds", "area"),
    "SALT": QT_TRANSLATE_NOOP("PlaceKinds", "salt area"),
    "RES": QT_TRANSLATE_NOOP("PlaceKinds", "reserve"),
    "RESF": QT_TRANSLATE_NOOP("PlaceKinds", "forest reserve"),
    "RESW": QT_TRANSLATE_NOOP("PlaceKinds", "wildlife reserve"),
    "PRK": QT_TRANSLATE_NOOP("PlaceKinds", "park"),
    "RD": QT_TRANSLATE_NOOP("PlaceKinds", "road"),
    "CMP": QT_TRANSLATE_NOOP("PlaceKinds", "camp"),
    "CMPRF": QT_TRANSLATE_NOOP("PlaceKinds", "refugee camp"),
    "CMPMN": QT_TRANSLATE_NOOP("PlaceKinds", "mining camp"),
    "AIRP": QT_TRANSLATE_NOOP("PlaceKinds", "airport"),
    "AIRF": QT_TRANSLATE_NOOP("PlaceKinds", "airfield"),
    "AIRQ": QT_TRANSLATE_NOOP("PlaceKinds", "abandoned airfield"),
    "AIRB": QT_TRANSLATE_NOOP("PlaceKinds", "air base"),
    "MILB": QT_TRANSLATE_NOOP("PlaceKinds", "military base"),
    "INSM": QT_TRANSLATE_NOOP("PlaceKinds", "military installation"),
    "FT": QT_TRANSLATE_NOOP("PlaceKinds", "fort"),
    "PP": QT_TRANSLATE_NOOP("PlaceKinds", "police post"),
    "CSTM": QT_TRANSLATE_NOOP("PlaceKinds", "customs post"),
    "PRN": QT_TRANSLATE_NOOP("PlaceKinds", "prison"),
    "BDG": QT_TRANSLATE_NOOP("PlaceKinds", "bridge"),
    "DAM": QT_TRANSLATE_NOOP("PlaceKinds", "dam"),
    "MKT": QT_TRANSLATE_NOOP("PlaceKinds", "market"),
    "MN": QT_TRANSLATE_NOOP("PlaceKinds", "mine"),
    "MNAU": QT_TRANSLATE_NOOP("PlaceKinds", "gold mine"),
    "MSQE": QT_TRANSLATE_NOOP("PlaceKinds", "mosque"),
    "TMB": QT_TRANSLATE_NOOP("PlaceKinds", "tomb"),
    "HSP": QT_TRANSLATE_NOOP("PlaceKinds", "hospital"),
    "SCH": QT_TRANSLATE_NOOP("PlaceKinds", "school"),
    "UNIV": QT_TRANSLATE_NOOP("PlaceKinds", "university"),
    "RUIN": QT_TRANSLATE_NOOP("PlaceKinds", "ruin"),
}
FEATURE_CLASSES = {
    "P": QT_TRANSLATE_NOOP("PlaceKinds", "populated place"),
    "A": QT_TRANSLATE_NOOP("PlaceKinds", "administrative area"),
    "H": QT_TRANSLATE_NOOP("PlaceKinds", "water feature"),
    "L": QT_TRANSLATE_NOOP("PlaceKinds", "area"),
    "R": QT_TRANSLATE_NOOP("PlaceKinds", "road"),
    "S": QT_TRANSLATE_NOOP("PlaceKinds", "site"),
    "T": QT_TRANSLATE_NOOP("PlaceKinds", "terrain feature"),
    "V": QT_TRANSLATE_NOOP("PlaceKinds", "vegetation"),
}


#: Country names of the starter gazetteer and the search filter, shown translated.
COUNTRY_NAMES = {
    "ML": QT_TRANSLATE_NOOP("Countries", "Mali"),
    "BF": QT_TRANSLATE_NOOP("Countries", "Burkina Faso"),
    "NE": QT_TRANSLATE_NOOP("Countries", "Niger"),
    "SN": QT_TRANSLATE_NOOP("Countries", "Senegal"),
    "MR": QT_TRANSLATE_NOOP("Countries", "Mauritania"),
    "DZ": QT_TRANSLATE_NOOP("Countries", "Algeria"),
    "GN": QT_TRANSLATE_NOOP("Countries", "Guinea"),
    "CI": QT_TRANSLATE_NOOP("Countries", "Ivory Coast"),
}


def feature_kind(place: PlaceRecord) -> str:
    """What a place is, in words: "town", "region", "well" …; custom places say so."""
    english = FEATURE_KINDS.get(place.feature_code or "") or FEATURE_CLASSES.get(
        place.feature_class or "", QT_TRANSLATE_NOOP("PlaceKinds", "place"))
    kind = QCoreApplication.translate("PlaceKinds", english)
    if place.origin == "custom":
        return QCoreApplication.translate("PlaceKinds", "{kind}, added by hand").format(
            kind=kind)
    return kind


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
        parts.append(QCoreApplication.translate("PlacePicker", "matched “{name}”").format(
            name=isolated(matched)))
    return " · ".join(p for p in parts if p)


def country_name(code: str) -> str:
    """A country's name in the user's language (English from GeoNames when not listed)."""
    if code in COUNTRY_NAMES:
        return QCoreApplication.translate("Countries", COUNTRY_NAMES[code])
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
        self._edit.setPlaceholderText(self.tr("Type a place name in any spelling…"))
        self._country = QComboBox(self)
        self._country.setObjectName("country")
        self._country.setToolTip(self.tr("Only search places in this country"))
        self._country.addItem(self.tr("All"), None)
        for code in FILTER_COUNTRIES:
            self._country.addItem(code, code)
            self._country.setItemData(self._country.count() - 1, country_name(code),
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
        return (self.tr("Add place “{name}”…").format(name=isolated(text)),
                self.tr("Not in the gazetteer: add it with its coordinates"))

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
        self.setWindowTitle(self.tr("New place"))
        self._places = places
        self._operations = operations
        self._created: PlaceRecord | None = None
        self._checked = False  # a try to add was refused: fields are checked as typed
        self._errors = FieldErrors(self)

        self._name = QLineEdit(name, self)
        self._name.setObjectName("name")
        self._names = QTextEdit(self)
        self._names.setAcceptRichText(False)  # a QTextEdit aligns each Arabic line right
        self._names.setObjectName("alternate_names")
        self._names.setPlaceholderText(self.tr("Other spellings, one per line (French, Arabic…)"))
        self._names.setTabChangesFocus(True)
        lines = self._names.fontMetrics().lineSpacing()
        self._names.setMinimumHeight(lines * 4)
        self._names.setMaximumHeight(lines * 8)
        self._latitude = QLineEdit(self)
        self._latitude.setObjectName("latitude")
        self._latitude.setPlaceholderText(
            self.tr("Decimal degrees, north positive, e.g. 14.4843"))
        self._longitude = QLineEdit(self)
        self._longitude.setObjectName("longitude")
        self._longitude.setPlaceholderText(
            self.tr("Decimal degrees, west negative, e.g. -4.1830"))
        numbers_left_to_right(self._latitude, self._longitude)
        self._country = QComboBox(self)
        self._country.setObjectName("country_code")
        self._country.addItem(self.tr("Work it out from the coordinates"), None)
        for code in STARTER_COUNTRIES:
            self._country.addItem(f"{code} – {country_name(code)}", code)
        self._country.setCurrentIndex(max(self._country.findData(country_code), 0))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        errors = self._errors
        add_row(form, self.tr("&Name"), errors.beside(self._name, self.tr("Name"), "name"),
                self._name)
        add_row(form, self.tr("Other &spellings"),
                errors.beside(self._names, self.tr("Other spellings"), "alternate_names"),
                self._names)
        add_row(form, self.tr("&Latitude"),
                errors.beside(self._latitude, self.tr("Latitude"), "latitude"), self._latitude)
        add_row(form, self.tr("L&ongitude"),
                errors.beside(self._longitude, self.tr("Longitude"), "longitude"),
                self._longitude)
        add_row(form, self.tr("&Country"),
                errors.beside(self._country, self.tr("Country"), "country_code"), self._country)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add place"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._errors.general)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(480)
        for edit in (self._name, self._latitude, self._longitude):
            edit.textEdited.connect(self._recheck)
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

    def _problems(self, values: dict[str, Any]) -> list[FieldError]:
        """What is wrong with the name and each coordinate, field by field."""
        problems = [] if values["name"] else [FieldError("name", "is required")]
        for field in ("latitude", "longitude"):
            if values[field] == "":
                problems.append(FieldError(field, "is required"))
        typed = [e.field for e in problems]
        problems += [e for e in check_coordinates(values["latitude"], values["longitude"])
                     if e.field not in typed]
        return problems

    def _recheck(self) -> None:
        """Once a try to add was refused, the fields are checked again as they are
        corrected: a message goes as soon as its value is right, and follows the value
        until then."""
        if not self._checked:
            return
        problems = self._problems(self.values())
        for field in ("name", "latitude", "longitude"):
            still = [e for e in problems if e.field == field]
            if still:
                self._errors.show_field(field, still)
            else:
                self._errors.forget(field)

    def accept(self) -> None:
        """Check name and coordinates here, then add the place through the service."""
        values = self.values()
        problems = self._problems(values)
        if problems:
            self._checked = True
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

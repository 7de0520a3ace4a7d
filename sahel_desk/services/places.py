"""Places (the gazetteer): read, find, add custom places and edit places."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from sahel_desk.codebook.validation import check_coordinates
from sahel_desk.errors import FieldError, NotFoundError, ValidationError
from sahel_desk.model import Incident, Place, PlaceName, utcnow
from sahel_desk.reference.countries import country
from sahel_desk.storage.fit import INT_MAX
from sahel_desk.store import policy
from sahel_desk.store.history import HistoryWriter
from sahel_desk.store.location import PLACE_LOCATION_COLUMNS
from sahel_desk.store.names import set_names
from sahel_desk.store.reading import place_record
from sahel_desk.store.records import PlaceRecord
from sahel_desk.text.message import Text
from sahel_desk.text.normalize import fold, strip_accents
from sahel_desk.text.numbers import read_whole_number

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk

#: what ``PlaceService.update`` may change
EDITABLE = ("name", "latitude", "longitude", "country_code", "admin1", "admin2", "admin3",
            "alternate_names", "feature_code")


class PlaceService:
    def __init__(self, desk: Desk):
        self.desk = desk

    def get(self, ref: str) -> PlaceRecord:
        with self.desk.db.read() as session:
            return place_record(self._load(session, ref))

    def count(self) -> int:
        with self.desk.db.read() as session:
            return int(session.scalar(select(func.count(Place.id))) or 0)

    def find(self, text: str, *, country_code: str | None = None, limit: int = 20
             ) -> list[PlaceRecord]:
        """Places with a spelling that starts with ``text`` (folded), biggest first."""
        key = fold(text)
        with self.desk.db.read() as session:
            ids = select(PlaceName.place_id).where(
                PlaceName.folded.startswith(key, autoescape=True))
            stmt = (select(Place).options(selectinload(Place.names)).where(Place.id.in_(ids))
                    .order_by(Place.population.desc(), Place.name).limit(limit))
            if country_code:
                stmt = stmt.where(Place.country_code == country_code.upper())
            return [place_record(p) for p in session.scalars(stmt)]

    def add_custom(
        self, *, name: str, latitude: Any, longitude: Any, country_code: str | None = None,
        alternate_names: Iterable[str] = (), admin1: str | None = None,
        admin2: str | None = None, admin3: str | None = None, feature_code: str = "PPL",
    ) -> PlaceRecord:
        """A place missing from GeoNames (Boulkessi), added by the current user.

        Country and admin units left out are taken from the nearest known places.
        """
        errors = check_coordinates(latitude, longitude)
        if not (name or "").strip():
            errors.append(FieldError("name", Text("is required")))
        if country_code and country(country_code) is None:
            errors.append(FieldError("country_code", Text("'{country_code}' is not a country "
                                                          "code",
                                                          country_code=country_code)))
        if errors:
            raise ValidationError(errors, what="place")
        lat, lon = float(latitude), float(longitude)
        if not (country_code and admin1):
            found = self.desk.gazetteer.admin_units_near(lat, lon, country_code)
            country_code = country_code or found["country_code"]
            admin1 = admin1 or found["admin1"]
            admin2 = admin2 or found["admin2"]
        if not country_code:
            raise ValidationError([FieldError("country_code", Text("is needed: no known place is "
                                                                   "near enough to tell the "
                                                                   "country"))], what="place")
        alternates = [n for n in alternate_names if n and n.strip()]
        with self.desk.db.write() as session:
            policy.require(session, self.desk.user, policy.Action.ADD_PLACE,
                           Text("add the place {place}", place=name.strip()))
            place = Place(
                name=name.strip(), ascii_name=strip_accents(name.strip()),
                country_code=country_code.upper(), admin1=admin1, admin2=admin2, admin3=admin3,
                latitude=lat, longitude=lon, feature_class="P", feature_code=feature_code,
                origin="custom", added_by=self.desk.user,
            )
            set_names(place, alternates)
            session.add(place)
            session.flush()
            HistoryWriter(session, self.desk.user).record(
                "place", place.id, "*", None,
                {"name": place.name, "latitude": lat, "longitude": lon,
                 "country_code": place.country_code, "admin1": admin1, "admin2": admin2,
                 "alternate_names": alternates})
            record = place_record(place)
        self.desk.gazetteer.invalidate()
        return record

    def update(self, ref: str, **changes: Any) -> PlaceRecord:
        """Correct a place (any of :data:`EDITABLE`); a GeoNames re-import leaves it alone
        from then on. A place approved incidents use is published data: a publisher's edit
        (their exports show its name and admin units)."""
        with self.desk.db.write() as session:
            place = self._load(session, ref)
            clean = _checked_changes(place, changes)
            if _used_by_approved(session, place.id):
                policy.require(session, self.desk.user, policy.Action.EDIT_PUBLISHED_PLACE,
                               Text("edit {place}, which approved incidents use",
                                    place=place.name))
            else:
                policy.require(session, self.desk.user, policy.Action.EDIT_PLACE,
                               Text("edit {place}", place=place.name))
            history = HistoryWriter(session, self.desk.user)
            for key, value in clean.items():
                old: Any = ([n.name for n in place.names] if key == "alternate_names"
                            else getattr(place, key))
                if old != value:
                    history.record("place", place.id, key, old, value)
            if history.count == 0:
                return place_record(place)
            if any(getattr(place, key) != value for key, value in clean.items()
                   if key in PLACE_LOCATION_COLUMNS):
                place.location_version += 1
            for key, value in clean.items():
                if key != "alternate_names":
                    setattr(place, key, value)
            if "name" in clean:
                place.ascii_name = strip_accents(place.name)
            if "alternate_names" in clean or "name" in clean:
                kept = clean.get("alternate_names", [n.name for n in place.names])
                set_names(place, kept)
            place.edited = True
            place.updated_at = utcnow()
            session.flush()
            record = place_record(place)
        self.desk.gazetteer.invalidate()
        return record

    @staticmethod
    def _load(session: Session, ref: str) -> Place:
        stmt = select(Place).options(selectinload(Place.names))
        geonames_id = read_whole_number(ref, signed=False, most=INT_MAX)
        if geonames_id is not None:
            stmt = stmt.where(or_(Place.id == ref, Place.geonames_id == geonames_id))
        else:
            stmt = stmt.where(Place.id == ref)
        place = session.scalars(stmt).first()
        if place is None:
            raise NotFoundError(Text("There is no place '{ref}'.", ref=ref))
        return place


def _used_by_approved(session: Session, place_id: str) -> bool:
    return session.scalar(select(Incident.id).where(
        Incident.place_id == place_id, Incident.status == "approved").limit(1)) is not None


def _checked_changes(place: Place, changes: dict[str, Any]) -> dict[str, Any]:
    """The changes as the columns hold them, or a ValidationError naming every bad one."""
    errors: list[FieldError] = []
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in EDITABLE:
            errors.append(FieldError(key, Text("is not a field of a place (use {names})",
                                               names=', '.join(EDITABLE))))
        elif key == "name":
            if not str(value or "").strip():
                errors.append(FieldError("name", Text("cannot be empty")))
            else:
                clean[key] = str(value).strip()
        elif key == "country_code":
            code = str(value or "").strip().upper()
            if country(code) is None:
                errors.append(FieldError(key, Text("'{value}' is not a country code", value=value)))
            else:
                clean[key] = code
        elif key == "alternate_names":
            clean[key] = [str(n).strip() for n in (value or ()) if str(n).strip()]
        elif key in ("latitude", "longitude"):
            continue
        else:
            clean[key] = str(value).strip() or None if value is not None else None
    if "latitude" in changes or "longitude" in changes:
        lat = changes.get("latitude", place.latitude)
        lon = changes.get("longitude", place.longitude)
        problems = check_coordinates(lat, lon)
        errors += problems
        if not problems:
            if "latitude" in changes:
                clean["latitude"] = float(lat)
            if "longitude" in changes:
                clean["longitude"] = float(lon)
    if errors:
        raise ValidationError(errors, what="place")
    return clean

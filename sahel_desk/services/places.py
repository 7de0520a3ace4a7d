"""Places (the gazetteer): read, find and add custom places."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from sahel_desk.codebook.validation import check_coordinates
from sahel_desk.errors import FieldError, NotFoundError, ValidationError
from sahel_desk.model import Place, PlaceName
from sahel_desk.reference.countries import country
from sahel_desk.storage.fit import INT_MAX
from sahel_desk.store.history import HistoryWriter
from sahel_desk.store.names import set_names
from sahel_desk.store.reading import place_record
from sahel_desk.store.records import PlaceRecord
from sahel_desk.text.normalize import fold, strip_accents
from sahel_desk.text.numbers import read_whole_number

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk


class PlaceService:
    def __init__(self, desk: Desk):
        self.desk = desk

    def get(self, ref: str) -> PlaceRecord:
        with self.desk.db.read() as session:
            stmt = select(Place).options(selectinload(Place.names))
            geonames_id = read_whole_number(ref, signed=False, most=INT_MAX)
            if geonames_id is not None:
                stmt = stmt.where(or_(Place.id == ref, Place.geonames_id == geonames_id))
            else:
                stmt = stmt.where(Place.id == ref)
            place = session.scalars(stmt).first()
            if place is None:
                raise NotFoundError(f"There is no place '{ref}'.")
            return place_record(place)

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
            errors.append(FieldError("name", "is required"))
        if country_code and country(country_code) is None:
            errors.append(FieldError("country_code", f"'{country_code}' is not a country code"))
        if errors:
            raise ValidationError(errors, what="place")
        lat, lon = float(latitude), float(longitude)
        if not (country_code and admin1):
            found = self.desk.gazetteer.admin_units_near(lat, lon, country_code)
            country_code = country_code or found["country_code"]
            admin1 = admin1 or found["admin1"]
            admin2 = admin2 or found["admin2"]
        if not country_code:
            raise ValidationError([FieldError("country_code", "is needed: no known place is "
                                              "near enough to tell the country")], what="place")
        alternates = [n for n in alternate_names if n and n.strip()]
        with self.desk.db.write() as session:
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

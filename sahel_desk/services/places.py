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
from sahel_desk.services.history_writer import HistoryWriter
from sahel_desk.services.incidents import place_record
from sahel_desk.services.records import PlaceRecord
from sahel_desk.text.normalize import fold

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk


def set_names(place: Place, names: Iterable[str]) -> None:
    """Every spelling, the main name included, searchable by its folded key."""
    seen: dict[str, str] = {}
    for name in [place.name, place.ascii_name, *names]:
        text = (name or "").strip()
        if text and text not in seen:
            seen[text] = fold(text)
    place.names[:] = [PlaceName(name=n, folded=f) for n, f in seen.items()]


class PlaceService:
    def __init__(self, desk: Desk):
        self.desk = desk

    def get(self, ref: str) -> PlaceRecord:
        with self.desk.db.read() as session:
            stmt = select(Place).options(selectinload(Place.names))
            if ref.isdigit():
                stmt = stmt.where(or_(Place.id == ref, Place.geonames_id == int(ref)))
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
            ids = select(PlaceName.place_id).where(PlaceName.folded.like(f"{key}%"))
            stmt = (select(Place).options(selectinload(Place.names)).where(Place.id.in_(ids))
                    .order_by(Place.population.desc(), Place.name).limit(limit))
            if country_code:
                stmt = stmt.where(Place.country_code == country_code.upper())
            return [place_record(p) for p in session.scalars(stmt)]

    def add_custom(
        self, *, name: str, latitude: Any, longitude: Any, country_code: str,
        alternate_names: Iterable[str] = (), admin1: str | None = None,
        admin2: str | None = None, admin3: str | None = None, feature_code: str = "PPL",
    ) -> PlaceRecord:
        """A place missing from GeoNames, added by the current user."""
        errors = check_coordinates(latitude, longitude)
        if not (name or "").strip():
            errors.append(FieldError("name", "is required"))
        if country(country_code or "") is None:
            errors.append(FieldError("country_code", f"'{country_code}' is not a country code"))
        if errors:
            raise ValidationError(errors, what="place")
        with self.desk.db.write() as session:
            place = Place(
                name=name.strip(), ascii_name=fold(name), country_code=country_code.upper(),
                admin1=admin1, admin2=admin2, admin3=admin3, latitude=float(latitude),
                longitude=float(longitude), feature_class="P", feature_code=feature_code,
                origin="custom", added_by=self.desk.user,
            )
            set_names(place, alternate_names)
            session.add(place)
            session.flush()
            HistoryWriter(session, self.desk.user).record(
                "place", place.id, "*", None,
                {"name": place.name, "latitude": place.latitude, "longitude": place.longitude,
                 "country_code": place.country_code, "alternate_names": list(alternate_names)})
            return place_record(place)

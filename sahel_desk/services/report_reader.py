"""Reading reports with the desk's own gazetteer, registry and claim reader, and
saving what was read as draft incidents.

The reader only proposes (sahel_desk/reports/); saving goes through the one
incident store, so every draft passes the codebook's rules and the access
policy like a form's save. A report's drafts are saved all together or not at
all, and each carries the report as its source with the entry's key in the
citation, so that reading the same report again creates nothing twice.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from sahel_desk.model import Source
from sahel_desk.services.duplicates import DuplicatePair
from sahel_desk.store.reading import to_record
from sahel_desk.store.records import IncidentRecord
from sahel_desk.text.message import Text

if TYPE_CHECKING:
    from sahel_desk.claims.reading import ClaimReading
    from sahel_desk.reports.lookups import Lookups, PlaceCandidate
    from sahel_desk.reports.model import ProposedDraft, ReportReading
    from sahel_desk.services.desk import Desk

#: Countries a Sahel report's places are looked for in, in this order.
REPORT_COUNTRIES = ("ML", "BF", "NE")
#: A close spelling is taken for a name this long and this close; shorter ones must
#: match a known spelling.
MIN_FUZZY_SCORE = 90.0
MIN_FUZZY_LETTERS = 6
_KEY = re.compile(r"\[entry ([0-9a-f]{16})\]")


@dataclass(frozen=True)
class CreatedDrafts:
    """What saving a report's drafts did."""

    created: tuple[IncidentRecord, ...]
    #: lines of entries already saved from this report, skipped
    skipped_lines: tuple[int, ...]
    tag: str
    #: the likely duplicates the drafts brought in: pairs with a draft just saved, as
    #: ``duplicates find`` gives them
    duplicates: tuple[DuplicatePair, ...] = ()


class ReportReader:
    def __init__(self, desk: Desk):
        self.desk = desk

    # --- reading ------------------------------------------------------------------

    def read_file(self, path: str | Path, *, report_date: dt.date | None = None,
                  language: str | None = None,
                  progress: Callable[[int, int], None] | None = None) -> ReportReading:
        """Read a report file (plain text or Markdown, any common encoding);
        ``progress(done, total)`` hears of each entry read and may raise to stop."""
        from sahel_desk.errors import InputError
        from sahel_desk.reports.source_text import MAX_REPORT_BYTES, decode_report

        source = Path(path)
        try:
            if source.is_dir():
                raise InputError(Text("this is a folder, not a report file"), source=str(path))
            with source.open("rb") as fh:
                data = fh.read(MAX_REPORT_BYTES + 1)
        except FileNotFoundError:
            raise InputError(Text("no such file"), source=str(path)) from None
        except OSError as exc:
            raise InputError(Text("cannot be read ({reason})", reason=exc.strerror),
                             source=str(path)) from None
        text = decode_report(data, source=source.name)
        return self.read_text(text, name=source.name, report_date=report_date,
                              language=language, progress=progress)

    def read_text(self, text: str, *, name: str, report_date: dt.date | None = None,
                  language: str | None = None,
                  progress: Callable[[int, int], None] | None = None) -> ReportReading:
        from sahel_desk.reports.reader import read_report

        return read_report(text, name=name, lookups=self.lookups(), report_date_given=report_date,
                           language=language, progress=progress)

    def lookups(self) -> Lookups:
        from sahel_desk.reports.lookups import Lookups

        types: dict[str, int | None] = {}
        actor_cache: dict[tuple[str, dt.date | None], str | None] = {}

        def actor(name: str, day: dt.date | None) -> str | None:
            key = (name, day)
            if key not in actor_cache:
                hits = self.desk.actors.search(name, on=day, limit=1)
                found = hits[0] if hits and hits[0].kind == "exact" else None
                actor_cache[key] = found.actor.name if found else None
                if found:
                    types[found.actor.name] = found.actor.actor_type
            return actor_cache[key]

        def actor_type(name: str) -> int | None:
            return types.get(name)

        def claim(text: str, first_line: int) -> ClaimReading:
            return self.desk.claim_reader.parse(text, first_line=first_line)

        return Lookups(place=self._places, actor=actor, claim=claim, actor_type=actor_type)

    def _places(self, name: str, admin1: str | None) -> list[PlaceCandidate]:
        from sahel_desk.reports.lookups import PlaceCandidate
        from sahel_desk.text.normalize import compact

        out: list[PlaceCandidate] = []
        long_enough = len(compact(name)) >= MIN_FUZZY_LETTERS
        for country in REPORT_COUNTRIES:
            for hit in self.desk.gazetteer.search(name, country=country, admin1=admin1,
                                                  limit=10):
                close = hit.kind == "fuzzy" and long_enough and hit.score >= MIN_FUZZY_SCORE
                if hit.kind != "exact" and not close:
                    continue
                p = hit.place
                out.append(PlaceCandidate(
                    place_id=p.id, name=p.name, country_code=p.country_code, admin1=p.admin1,
                    admin2=p.admin2, latitude=p.latitude, longitude=p.longitude,
                    feature_code=p.feature_code or "", kind=hit.kind, score=hit.score,
                    primary=compact(name) in (compact(p.name), compact(p.ascii_name or ""))))
            if any(c.kind == "exact" for c in out):
                break
        # The name's own place before one having it as an alternate spelling, and a
        # town before the district named after it.
        out.sort(key=lambda c: (c.kind != "exact", not c.primary,
                                not c.feature_code.startswith("PP")))
        return out

    # --- saving ---------------------------------------------------------------------

    def create(self, reading: ReportReading) -> CreatedDrafts:
        """Save every draft not saved from this report before, in one transaction: all
        of them or, when one breaks a rule, none (the ValidationError names it)."""
        from sahel_desk.errors import FieldError, ValidationError

        tag = report_tag(reading.name)
        with self.desk.db.write() as session:
            done = self._saved_keys(session, reading.name)
            created: list[str] = []
            skipped: list[int] = []
            errors: list[FieldError] = []
            for draft in reading.drafts:
                if draft.key in done:
                    skipped.append(draft.line)
                    continue
                try:
                    inc = self.desk.store.create(session, draft_values(draft, reading, tag),
                                                 user=self.desk.user,
                                                 reason=f"read from {reading.name}")
                except ValidationError as exc:
                    errors.extend(FieldError(f"line {draft.line}: {e.field}", e.message)
                                  for e in exc.errors)
                    continue
                created.append(inc.id)
                done.add(draft.key)
            if errors:
                raise ValidationError(errors, what="drafts (nothing was saved)")
            records = tuple(to_record(self.desk.store.load(session, i)) for i in created)
        found = self.desk.duplicates.brought_in(created)
        return CreatedDrafts(records, tuple(skipped), tag, found.pairs)

    def saved_keys(self, report_name: str) -> frozenset[str]:
        """The keys of the entries already saved from this report (by anyone), so that a
        reader can show them as done and a second save skips them."""
        with self.desk.db.read() as session:
            return frozenset(self._saved_keys(session, report_name))

    @staticmethod
    def _saved_keys(session: Any, report_name: str) -> set[str]:
        citations = session.scalars(select(Source.citation).where(
            Source.publication == report_name[:300], Source.citation.is_not(None)))
        return {m.group(1) for c in citations for m in _KEY.finditer(c or "")}


def report_tag(name: str) -> str:
    """The tag of drafts read from a report: its file name without the extension."""
    stem = Path(name).stem or name
    return re.sub(r"\s+", "_", stem.strip())[:100] or "report"


def draft_values(draft: ProposedDraft, reading: ReportReading, tag: str) -> dict[str, Any]:
    """The Desk API's values for a proposed draft (status draft)."""
    v = draft.values
    values: dict[str, Any] = {
        "status": "draft",
        "event_date": v.get("event_date"),
        "event_date_end": v.get("event_date_end"),
        "time_precision": v.get("time_precision"),
        "event_type": v.get("event_type"),
        "sub_event_type": v.get("sub_event_type"),
        "place_id": draft.place.place_id if draft.place else None,
        "geo_precision": v.get("geo_precision"),
        "near": draft.near,
        "actor1": v.get("actor1"),
        "actor2": v.get("actor2"),
        "fatalities": v.get("fatalities"),
        "injured": v.get("injured"),
        "kidnapped": v.get("kidnapped"),
        "arrested": v.get("arrested"),
        "notes": v.get("notes") or "",
        "tags": [tag],
        "sources": [{
            "publication": reading.name[:300],
            "published": reading.report_date,
            "language": reading.language,
            "citation": f"{reading.name}, line {draft.line} [entry {draft.key}]",
            "killed": v.get("fatalities"),
            "injured": v.get("injured"),
        }],
        "claims": [],
    }
    for claim in draft.claims:
        values["claims"].append({
            "claimant": claim.claimant, "channel": claim.channel,
            "original_text": claim.text, "language": claim.language,
            "date_written": claim.date_written, "claim_date": claim.claim_date,
            "killed": claim.killed, "wounded": claim.wounded,
            "vehicles_seized": claim.vehicles_seized,
        })
    return values

"""What reading a report yields: proposed drafts, each value with its evidence.

A value comes with the span of the report's text it was read from and a
confidence between 0 and 1. A value the reader is unsure of is left empty and
its evidence says why, so that the coder sees what to look at.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: The fields a draft proposes, in the order a coder reviews them (ACLED's names).
DRAFT_FIELDS = (
    "event_date", "event_date_end", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "location", "admin1", "admin2",
    "latitude", "longitude", "geo_precision", "fatalities", "injured", "kidnapped",
    "arrested", "claimed_by", "fatalities_claimed",
)


@dataclass(frozen=True)
class Evidence:
    """Why a field holds its value: ``text`` is the report's ``[start:end]``.

    ``value`` None with a ``note`` is a field left empty on purpose (the note
    says why); ``start`` and ``end`` are None when nothing in the text stood
    for the value (a rule gave it, e.g. no death reported means 0).
    """

    field: str
    value: Any
    start: int | None
    end: int | None
    text: str
    confidence: float
    note: str = ""


@dataclass(frozen=True)
class ClaimFound:
    """A claim attached to an entry: an Arabic statement read by the claim
    reader, or a sentence of the report saying who claimed it."""

    claimant: str | None
    start: int
    end: int
    text: str
    language: str
    channel: str | None = None
    date_written: str | None = None
    claim_date: dt.date | None = None
    killed: int | None = None
    wounded: int | None = None
    vehicles_seized: int | None = None
    line: int = 0
    #: places the statement names, as the gazetteer spells them
    places: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceFound:
    """The gazetteer place an entry is coded to."""

    place_id: str
    name: str
    country_code: str
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float


@dataclass(frozen=True)
class ProposedDraft:
    """One entry of the report read into the values of a draft incident."""

    line: int
    end_line: int
    start: int
    end: int
    text: str
    #: a stable key of the entry (its words, folded), so a second run knows it
    key: str
    values: Mapping[str, Any]
    evidence: tuple[Evidence, ...]
    place: PlaceFound | None = None
    near: bool = False
    claims: tuple[ClaimFound, ...] = ()

    def value(self, name: str) -> Any:
        return self.values.get(name)

    def evidence_for(self, name: str) -> Evidence | None:
        return next((e for e in self.evidence if e.field == name), None)

    @property
    def unsure(self) -> dict[str, str]:
        """Fields left empty, with the reason."""
        return {e.field: e.note for e in self.evidence if e.value is None and e.note}

    @property
    def title(self) -> str:
        """A short label for lists: date, place, event type."""
        parts = [str(self.values.get("event_date") or "?"),
                 str(self.values.get("location") or self.values.get("admin1") or "?"),
                 str(self.values.get("sub_event_type") or self.values.get("event_type") or "?")]
        return " · ".join(parts)


@dataclass(frozen=True)
class ReportReading:
    """A whole report read: what it is, and its drafts in text order."""

    name: str
    text: str
    kind: str  # "list" (dated entries) or "article" (events told in prose)
    language: str
    report_date: dt.date | None
    report_date_source: str
    drafts: tuple[ProposedDraft, ...]
    claims: tuple[ClaimFound, ...] = ()
    skipped: tuple[str, ...] = field(default=())

    def as_json(self) -> dict[str, Any]:
        """The shape `sahel-desk report read --json` prints."""
        return {
            "report": {
                "name": self.name, "kind": self.kind, "language": self.language,
                "date": self.report_date.isoformat() if self.report_date else None,
                "date_from": self.report_date_source,
                "lines": self.text.count("\n") + 1, "entries": len(self.drafts),
                "claims": len(self.claims), "skipped": list(self.skipped),
            },
            "drafts": [draft_json(d, self.name) for d in self.drafts],
        }


def draft_json(draft: ProposedDraft, report_name: str) -> dict[str, Any]:
    out: dict[str, Any] = {"line": draft.line, "end_line": draft.end_line}
    for name in DRAFT_FIELDS:
        value = draft.values.get(name)
        out[name] = value.isoformat() if isinstance(value, dt.date) else value
    out["place_id"] = draft.place.place_id if draft.place else None
    out["country"] = draft.place.country_code if draft.place else None
    out["source"] = report_name
    out["notes"] = draft.values.get("notes", "")
    out["key"] = draft.key
    out["claims"] = [{
        "claimant": c.claimant, "language": c.language, "line": c.line, "text": c.text,
        "channel": c.channel, "date_written": c.date_written,
        "claim_date": c.claim_date.isoformat() if c.claim_date else None,
        "killed": c.killed, "wounded": c.wounded, "vehicles_seized": c.vehicles_seized,
    } for c in draft.claims]
    out["evidence"] = {
        e.field: {"text": e.text, "start": e.start, "end": e.end,
                  "confidence": round(e.confidence, 2), "value": _plain(e.value),
                  **({"note": e.note} if e.note else {})}
        for e in draft.evidence
    }
    out["unsure"] = draft.unsure
    return out


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value

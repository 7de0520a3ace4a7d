"""Duplicates through the Desk API: incidents that may be one event coded twice.

    report = desk.duplicates.find(min_score=0.5)
    for pair in report.pairs:
        print(pair.a.human_id, pair.b.human_id, f"{pair.score:.2f}", pair.summary)
    desk.duplicates.check({"event_date": "2017-05-07", "latitude": 15.3, ...})
    desk.duplicates.dismiss("MLI-2017-0042", "MLI-2017-0057", reason="two ambushes")

Candidates come from the database's block (store/duplicates.py), the score and
its reasons from duplicates/scoring.py, and each incident is paired with its
best match only (duplicates/pairing.py). Pairs a person dismissed, and
rejected records, are never proposed. Each call is one unit of work.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sahel_desk.codebook.validation import clean_incident_values
from sahel_desk.duplicates.blocking import block_distance, in_block
from sahel_desk.duplicates.facts import ActorFacts, IncidentFacts, url_key
from sahel_desk.duplicates.merging import Choice
from sahel_desk.duplicates.pairing import best_matches
from sahel_desk.duplicates.scoring import (
    DEFAULT_MIN_SCORE,
    Reason,
    Scorer,
    log_odds_of,
    match,
    probability,
)
from sahel_desk.duplicates.words import content_words
from sahel_desk.errors import FieldError, InputError
from sahel_desk.model import Actor, Incident
from sahel_desk.store import dismissals
from sahel_desk.store.duplicates import (
    ActorTable,
    Candidates,
    actor_table,
    candidate_pairs,
    candidates_near,
    dismissed,
    pair_key,
    pairs_around,
    read_facts,
)
from sahel_desk.store.location import PlaceLocations
from sahel_desk.store.records import IncidentRecord
from sahel_desk.store.state import ROLE_FIELDS, RefResolver
from sahel_desk.text.normalize import fold

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk

#: states whose records are never proposed: a rejected record is out already
CLOSED_STATUSES = frozenset({"rejected"})

#: ``progress(done, total)``, told as ``find`` goes; raising in it stops the search
Progress = Callable[[int, int], None]
#: find's steps on one scale of PROGRESS_SCALE: the block's pairs, the facts, the scores
#: (their shares as measured on a 100,000-incident desk)
PROGRESS_SCALE = 1000
_STEPS = {"block": (0, 450), "facts": (450, 800), "score": (800, 1000)}
#: pairs scored between two progress reports
_SCORE_BATCH = 20_000


def _step(progress: Progress | None, name: str) -> Progress | None:
    """A step's own ``progress(done, total)``, told as its share of find's scale."""
    if progress is None:
        return None
    start, end = _STEPS[name]

    def told(done: int, total: int) -> None:
        progress(start + (end - start) * done // max(total, 1), PROGRESS_SCALE)
    return told


@dataclass(frozen=True)
class PairSide:
    """One incident of a pair, as a list shows it."""

    id: str | None
    human_id: str | None
    #: ACLED's event id, when the incident came from ACLED
    event_id_cnty: str | None
    status: str | None
    event_date: date | None
    location: str | None
    admin1: str | None
    event_type: str | None
    sub_event_type: str | None
    fatalities: int | None


@dataclass(frozen=True)
class DuplicatePair:
    """Two incidents that may be one event: the score (0..1) and the reasons."""

    a: PairSide
    b: PairSide
    score: float
    reasons: tuple[Reason, ...]

    @property
    def summary(self) -> str:
        """The reasons in words: "same day, 3 km apart, same actors (...), ..."."""
        return ", ".join(r.text for r in self.reasons)

    def as_dict(self) -> dict[str, Any]:
        """The pair as the command line's JSON gives it."""
        from sahel_desk.store.records import to_plain

        return {"a": to_plain(self.a), "b": to_plain(self.b), "score": round(self.score, 3),
                "reasons": [r.as_dict() for r in self.reasons]}


@dataclass(frozen=True)
class DuplicateReport:
    """What ``find`` found: the pairs, best first, and how much was compared."""

    pairs: tuple[DuplicatePair, ...]
    #: incidents whose pairs were compared
    incidents: int
    #: pairs in the block (compared)
    compared: int
    min_score: float


@dataclass(frozen=True)
class MergeProposal:
    """Two records side by side: each field's values and the one the merge takes."""

    keep: PairSide
    other: PairSide
    choices: tuple[Choice, ...]
    #: what the kept record would change
    changes: dict[str, Any]


@dataclass(frozen=True)
class MergeResult:
    kept: IncidentRecord
    #: the merged-away record, now rejected as a duplicate of the kept one
    rejected: IncidentRecord
    #: the history's change id the merge was recorded under (both records)
    change_id: str
    choices: tuple[Choice, ...]


def side_of(facts: IncidentFacts) -> PairSide:
    return PairSide(facts.id, facts.human_id, facts.acled_event_id, facts.status,
                    facts.event_date, facts.location, facts.admin1, facts.event_type,
                    facts.sub_event_type, facts.fatalities)


def _pair(a: IncidentFacts, b: IncidentFacts) -> DuplicatePair:
    found = match(a, b)
    return DuplicatePair(side_of(a), side_of(b), found.score, found.reasons)


def _stored_pair(a: IncidentFacts, b: IncidentFacts) -> DuplicatePair:
    """Two stored incidents, the one numbered first as ``a``."""
    if (b.human_id or "", b.id or "") < (a.human_id or "", a.id or ""):
        a, b = b, a
    found = match(a, b)
    return DuplicatePair(side_of(a), side_of(b), found.score, found.reasons)


def _threshold(min_score: float) -> float:
    if not 0.0 <= min_score <= 1.0:
        raise InputError(f"The minimum score must be between 0 and 1 (got {min_score}).")
    return min_score


#: the block around one incident costs about as much as this many incidents of the
#: whole desk's self-join: a batch larger than the desk over this is paired by the join
#: (an import into a new desk), a smaller one incident by incident (a report's drafts)
NEAR_COST = 12


def _pairs_with(session: Session, ids: list[str]) -> Candidates:
    """The block's pairs with one of ``ids``, the cheaper way for the batch's size."""
    total = session.scalar(select(func.count(Incident.id))) or 0
    if len(ids) * NEAR_COST < total:
        return pairs_around(session, ids)
    wanted = set(ids)
    found = Candidates()
    found.add_rows((x, y) for x, y in candidate_pairs(session) if x in wanted or y in wanted)
    return found


def _best_pairs(pairs: Candidates, facts: Mapping[str, IncidentFacts],
                closed: set[tuple[str, str]], min_score: float,
                told: Progress | None = None) -> DuplicateReport:
    """The block's pairs scored, those at ``min_score`` or more, each incident with its
    best match only. Rejected records and unknown ids are left out; so are dismissed
    pairs."""
    scored: list[tuple[float, str, str, None]] = []
    compared = 0
    score = Scorer().log_odds
    least = log_odds_of(min_score)
    open_facts = {k: v for k, v in facts.items() if v.status not in CLOSED_STATUSES}
    for seen, (x, y) in enumerate(pairs):
        if told is not None and seen % _SCORE_BATCH == 0:
            told(seen, len(pairs))
        a = open_facts.get(x)
        b = open_facts.get(y)
        if a is None or b is None:
            continue
        km = block_distance(a, b)
        if km is None or (closed and (x, y) in closed):
            continue
        compared += 1
        odds = score(a, b, km)
        if odds >= least:
            scored.append((probability(odds), x, y, None))
    chosen = [_stored_pair(facts[x], facts[y]) for _, x, y, _ in best_matches(scored)]
    return DuplicateReport(tuple(chosen), len(pairs.ids), compared, min_score)


class DuplicateService:
    def __init__(self, desk: Desk):
        self.desk = desk
        self._actors: tuple[tuple[Any, ...], ActorTable] | None = None

    # --- finding ------------------------------------------------------------------

    def find(self, *, since: date | datetime | None = None,
             min_score: float = DEFAULT_MIN_SCORE,
             progress: Progress | None = None) -> DuplicateReport:
        """Pairs of incidents that may be one event, best first, each incident in one pair
        at most. ``since``: only pairs with an incident added or changed since then
        (a date means from its start), compared with the whole desk. ``progress(done,
        total)`` is told as the search goes (a whole desk takes a while); an exception it
        raises stops the search (a window's Cancel)."""
        _threshold(min_score)
        with self.desk.db.read() as session:
            actors = actor_table(session)
            if since is None:
                pairs = candidate_pairs(session, _step(progress, "block"))
                closed = dismissed(session)
            else:
                changed = self._changed_since(session, since)
                pairs = pairs_around(session, changed, _step(progress, "block"))
                closed = dismissed(session, changed)
            facts = read_facts(session, pairs.ids, actors=actors,
                               progress=_step(progress, "facts"))
        report = _best_pairs(pairs, facts, closed, min_score, _step(progress, "score"))
        if progress is not None:
            progress(PROGRESS_SCALE, PROGRESS_SCALE)
        return report

    def brought_in(self, ids: Iterable[str], *,
                   min_score: float = DEFAULT_MIN_SCORE) -> DuplicateReport:
        """The likely duplicates a batch (an import, a bundle, a report's drafts) brought
        in: the pairs ``find`` would give for the incidents of ``ids`` as if added or
        changed since just before it, each with one of them (the same scoring,
        threshold, dismissals and best match only)."""
        _threshold(min_score)
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return DuplicateReport((), 0, 0, min_score)
        with self.desk.db.read() as session:
            pairs = _pairs_with(session, wanted)
            if not len(pairs):
                return DuplicateReport((), 0, 0, min_score)
            closed = dismissed(session, wanted)
            facts = read_facts(session, pairs.ids)
        return _best_pairs(pairs, facts, closed, min_score)

    @staticmethod
    def _changed_since(session: Session, since: date | datetime) -> list[str]:
        moment = since if isinstance(since, datetime) else datetime.combine(since, time())
        return list(session.scalars(select(Incident.id).where(
            or_(Incident.updated_at >= moment, Incident.created_at >= moment))))

    def check(self, values: Mapping[str, Any] | None = None, *, incident: str | None = None,
              min_score: float = DEFAULT_MIN_SCORE, limit: int = 5
              ) -> tuple[DuplicatePair, ...]:
        """The incidents a record being coded may duplicate, best first: ``values`` as a
        form holds them (a date and a place are enough; ids or names for actors, a place
        id without coordinates takes the place's), and/or a stored ``incident`` (its
        working values, which ``values`` then change). Each pair's ``a`` is the record
        checked."""
        _threshold(min_score)
        with self.desk.db.read() as session:
            actors = self._actor_table(session)
            probe = self._probe(session, actors, values or {}, incident)
            ids = candidates_near(session, probe)
            facts = read_facts(session, ids, actors=actors)
            closed = dismissed(session, [probe.id]) if probe.id else set()
        score = Scorer().log_odds
        least = log_odds_of(min_score)
        found = []
        for other in facts.values():
            if (other.status in CLOSED_STATUSES or not in_block(probe, other)
                    or (probe.id and pair_key(probe.id, other.id or "") in closed)):
                continue
            if score(probe, other) >= least:
                found.append(_pair(probe, other))
        found.sort(key=lambda p: (-p.score, p.b.human_id or ""))
        return tuple(found[:limit])

    def _actor_table(self, session: Session) -> ActorTable:
        """The actor table, read again only when an actor was added or changed (the form
        checks at every change of date or place)."""
        stamp = tuple(session.execute(
            select(func.count(Actor.id), func.max(Actor.updated_at))).one())
        if self._actors is None or self._actors[0] != stamp:
            self._actors = (stamp, actor_table(session))
        return self._actors[1]

    def compare(self, first: str, second: str) -> DuplicatePair:
        """How likely two given incidents are one event, with the reasons (whether or not
        they are in one block)."""
        with self.desk.db.read() as session:
            x = self.desk.store.load(session, first).id
            y = self.desk.store.load(session, second).id
            facts = read_facts(session, [x, y])
        return _pair(facts[x], facts[y])

    def _probe(self, session: Session, actors: ActorTable, values: Mapping[str, Any],
               incident: str | None) -> IncidentFacts:
        state: dict[str, Any] = {}
        own_id = None
        if incident is not None:
            inc = self.desk.store.load(session, incident)
            own_id = inc.id
            state = self.desk.store.working_state(session, inc)
        cleaned = clean_incident_values(values)
        state.update(cleaned.values)
        errors: list[FieldError] = []
        resolver = RefResolver(session)
        for role in ("actor1", "actor2"):
            state[role] = resolver.actor(state.get(role), role, errors)
        for role in ("assoc_actor_1", "assoc_actor_2"):
            state[role] = [found for i, ref in enumerate(state.get(role) or [])
                           if (found := resolver.actor(ref, f"{role}[{i}]", errors))]
        place = state.get("place_id")
        if place:
            state["place_id"] = resolver.place(place, errors)
            PlaceLocations(session).fill(state)
        return _facts_of_state(state, actors, own_id, human_id=self._human_id(session, own_id))

    @staticmethod
    def _human_id(session: Session, incident_id: str | None) -> str | None:
        if incident_id is None:
            return None
        return session.scalar(select(Incident.human_id).where(Incident.id == incident_id))

    # --- merging -------------------------------------------------------------------

    def merge_proposal(self, keep: str, other: str, *,
                       prefer: Mapping[str, str] | None = None) -> MergeProposal:
        """Two records side by side, field by field, with the value each would take
        (duplicates/merging.py) and why; ``prefer`` turns choices ("fatalities": "other")."""
        with self.desk.db.read() as session:
            kept = self.desk.store.load(session, keep)
            merged = self.desk.store.load(session, other)
            return self._proposal(session, kept, merged, prefer)

    def merge(self, keep: str, other: str, *, prefer: Mapping[str, str] | None = None,
              reason: str | None = None) -> MergeResult:
        """Merge ``other`` into ``keep`` as one recorded change: ``keep`` takes the merged
        values, keeping every source and claim of both; ``other`` is rejected as its
        duplicate (reopening it brings it back). Merging approved records is a
        reviewer's act."""
        from sahel_desk.store.merging import merge
        from sahel_desk.store.reading import to_record

        with self.desk.db.write() as session:
            kept = self.desk.store.load(session, keep, for_update=True)
            merged = self.desk.store.load(session, other, for_update=True)
            proposal = self._proposal(session, kept, merged, prefer)
            kept_id, merged_id = kept.id, merged.id
            change = merge(self.desk.store, session, kept, merged, proposal.changes,
                           user=self.desk.user, reason=reason)
            return MergeResult(to_record(self.desk.store.load(session, kept_id)),
                               to_record(self.desk.store.load(session, merged_id)), change,
                               proposal.choices)

    def _proposal(self, session: Session, kept: Incident, merged: Incident,
                  prefer: Mapping[str, str] | None) -> MergeProposal:
        from sahel_desk.duplicates.merging import merge_states
        from sahel_desk.store.state import CLAIM_COLUMNS, SOURCE_COLUMNS, state_of

        try:
            changes, choices = merge_states(
                state_of(kept), state_of(merged), keep_approved=kept.status == "approved",
                other_approved=merged.status == "approved",
                other_label=f"From {merged.human_id}", prefer=prefer,
                child_columns={"sources": SOURCE_COLUMNS,
                               "claims": ("claimant", *CLAIM_COLUMNS)})
        except ValueError as exc:
            raise InputError(str(exc)) from None
        facts = read_facts(session, [kept.id, merged.id])
        names = {a.id: a.name for a in session.scalars(select(Actor))}
        shown = tuple(dataclasses.replace(c, kept_text=_text(c.kept, names),
                                          other_text=_text(c.other, names)) for c in choices)
        return MergeProposal(side_of(facts[kept.id]), side_of(facts[merged.id]), shown,
                             changes)

    # --- dismissing -----------------------------------------------------------------

    def dismiss(self, first: str, second: str, *, reason: str | None = None
                ) -> dismissals.DismissalRecord:
        """Mark two incidents (ids, human ids or ACLED event ids) as not the same event:
        the pair is never proposed again, here or on desks its bundles reach."""
        with self.desk.db.write() as session:
            a = self.desk.store.load(session, first)
            b = self.desk.store.load(session, second)
            return dismissals.dismiss(session, a, b, user=self.desk.user, reason=reason)

    def dismissed_pairs(self) -> list[dismissals.DismissalRecord]:
        """Every pair marked as not the same event, oldest first."""
        with self.desk.db.read() as session:
            return [dismissals.DismissalRecord(
                d.incident_a, d.incident_b, d.dismissed_by, d.dismissed_at, d.reason, False)
                for d in dismissals.since(session, None)]


def _text(value: Any, names: Mapping[str, str]) -> str:
    """A field's (or group's) value as a reader sees it: actors by name, no place id."""
    if isinstance(value, dict):
        parts = [_text(v, names) for k, v in value.items() if k not in ("place_id", "near")]
        return ", ".join(p for p in parts if p) or "-"
    if value is None or value == "":
        return ""
    return names.get(value, str(value)) if isinstance(value, str) else str(value)


def _facts_of_state(state: Mapping[str, Any], actors: ActorTable, incident_id: str | None,
                    *, human_id: str | None = None) -> IncidentFacts:
    """A form's (or a stored record's working) values as facts to compare."""
    links: list[ActorFacts] = []
    for role in ROLE_FIELDS:
        refs = state.get(role)
        for ref in ([refs] if isinstance(refs, str) else refs or []):
            found = actors.of(ref, role in ("actor1", "actor2"))
            if found is not None:
                links.append(found)
    sources = state.get("sources") or []
    claims = state.get("claims") or []
    texts = [state.get("notes") or ""]
    texts += [c.get(k) or "" for c in claims for k in ("original_text", "translation")]
    return IncidentFacts(
        id=incident_id, human_id=human_id, acled_event_id=state.get("acled_event_id"),
        status=state.get("status"), event_date=state.get("event_date"),
        event_date_end=state.get("event_date_end"), time_precision=state.get("time_precision"),
        country_code=state.get("country_code"), location=state.get("location"),
        admin1=state.get("admin1"), admin2=state.get("admin2"),
        latitude=state.get("latitude"), longitude=state.get("longitude"),
        geo_precision=state.get("geo_precision"), event_type=state.get("event_type"),
        sub_event_type=state.get("sub_event_type"), actors=tuple(links),
        fatalities=state.get("fatalities"), injured=state.get("injured"),
        kidnapped=state.get("kidnapped"), arrested=state.get("arrested"),
        publications=frozenset(fold(s.get("publication") or "") for s in sources
                               if fold(s.get("publication") or "")),
        publication_names=tuple(str(s["publication"]).strip() for s in sources
                                if fold(s.get("publication") or "")),
        urls=frozenset(url_key(s["url"]) for s in sources if (s.get("url") or "").strip()),
        words=content_words(texts))

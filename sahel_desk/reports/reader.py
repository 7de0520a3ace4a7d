"""Reading a whole report: entries or events, then every field of each.

A monthly list is read entry by entry (a line starting with a date opens an
entry; its paragraph is its text). Text with no such line is read as prose:
each sentence telling a date opens an event, the sentences after it in the
same paragraph belong to it, and each place attacked in it is an event of
its own ("struck twice, in X and in Y"). Arabic statements are read by the
claim reader and attached to the entries they repeat (same date, and a place
or the claimant in common); they are never events of their own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sahel_desk.errors import InputError
from sahel_desk.reports import vocabulary as vocab
from sahel_desk.reports.actors import ActorMention, claim_statements, find_actors, is_agent
from sahel_desk.reports.counts import CountFound, counts_in
from sahel_desk.reports.dates import DateFound, dates_in, entry_heading, report_date
from sahel_desk.reports.lookups import Lookups
from sahel_desk.reports.model import (
    ClaimFound,
    Evidence,
    PlaceFound,
    ProposedDraft,
    ReportReading,
)
from sahel_desk.reports.places import Mention, PlaceChoice, PlaceFinder, choose_place
from sahel_desk.text.message import Text, joined
from sahel_desk.text.normalize import fold, is_arabic

UNIDENTIFIED = "unknown gunmen"


@dataclass
class _Segment:
    start: int
    end: int
    line: int
    end_line: int
    date: DateFound
    #: the place mention this event is about, when prose told several at once
    target: Mention | None = None
    #: how many events share this segment's words (their counts are shared)
    siblings: int = 1
    pieces: list[tuple[int, int]] = field(default_factory=list)


def read_report(text: str, *, name: str, lookups: Lookups, report_date_given: dt.date | None = None,
                language: str | None = None,
                progress: Callable[[int, int], None] | None = None) -> ReportReading:
    """Read a report's text into proposed drafts; raises InputError when it holds no
    dated entry and no dated event, saying what was found. ``progress(done, total)``
    hears of each entry read (it may raise to stop the reading)."""
    lines = text.split("\n")
    starts = _line_starts(lines)
    anchor: dt.date | None
    if report_date_given is not None:
        anchor, anchor_from = report_date_given, "given"
    else:
        anchor, anchor_from = report_date(lines)
    lang = language or guess_language(text)
    arabic_lines = {i for i, line in enumerate(lines) if _claim_line(line)}
    segments = _list_entries(lines, starts, anchor, arabic_lines)
    if not _is_list(segments, text):
        segments = []
    kind = "list"
    finder = PlaceFinder(lookups, text)
    if not segments:
        kind = "article"
        segments = _article_events(text, lines, starts, anchor, arabic_lines, finder, lookups)
    claims = _claims(lines, starts, arabic_lines, lookups)
    if not segments:
        raise InputError(_nothing_found(lines, anchor, claims), source=name)
    drafts = []
    for done, segment in enumerate(segments):
        if progress is not None:
            progress(done, len(segments))
        drafts.append(_draft(text, segment, finder, lookups, kind))
    if progress is not None:
        progress(len(segments), len(segments))
    drafts = [_with_claims(d, claims) for d in drafts]
    return ReportReading(name=name, text=text, kind=kind, language=lang, report_date=anchor,
                         report_date_source=anchor_from, drafts=tuple(drafts),
                         claims=tuple(claims))


def _is_list(entries: list[_Segment], text: str) -> bool:
    """A list has an entry whose date stands apart ("05 MAR 17:", "[05 MAR 17](#)") or
    several entries; one sentence of prose starting "On Jan. 2," is not a list."""
    strong = [e for e in entries if not e.date.text.rstrip().endswith(",")]
    return bool(strong) or len(entries) >= 2


def guess_language(text: str) -> str:
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", text[:20000].lower())
    fr = sum(w in ("le", "la", "les", "des", "du", "et", "dans", "ont", "été", "une", "à", "sur",
                   "par", "aux") for w in words)
    en = sum(w in ("the", "and", "of", "in", "was", "were", "on", "by", "with", "at", "from")
             for w in words)
    return "fr" if fr > en else "en"


def _line_starts(lines: list[str]) -> list[int]:
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return starts


def _claim_line(line: str) -> bool:
    """A line of an Arabic statement (its text, its hashtags, its Hijri date)."""
    return is_arabic(line) and len(re.findall(r"[A-Za-z]", line)) < len(line) // 4


def _nothing_found(lines: list[str], anchor: dt.date | None, claims: list[ClaimFound]) -> str:
    filled = sum(1 for line in lines if line.strip())
    what = f"read {filled:,} non-blank line{'s' if filled != 1 else ''}"
    if claims:
        what += f" and {len(claims)} Arabic claim statement{'s' if len(claims) != 1 else ''}"
    hint = "" if anchor else (" (relative dates such as 'two days later' need the report's "
                              "date: give it with --date)")
    return (f"no dated entry found: {what}, but no line starts with a date (such as "
            f"'05 MAR 17:' or '5 mars 2017 :') and no sentence tells an event's date{hint}")


# --- splitting ----------------------------------------------------------------------

def _list_entries(lines: list[str], starts: list[int], anchor: dt.date | None,
                  arabic: set[int]) -> list[_Segment]:
    out: list[_Segment] = []
    i = 0
    while i < len(lines):
        if i in arabic or lines[i].lstrip().startswith("#"):
            i += 1
            continue
        found = entry_heading(lines[i], anchor)
        if found is None:
            i += 1
            continue
        last = i
        while last + 1 < len(lines) and lines[last + 1].strip() and last + 1 not in arabic \
                and entry_heading(lines[last + 1], anchor) is None:
            last += 1
        start = starts[i] + found.end
        end = starts[last] + len(lines[last])
        heading = DateFound(starts[i] + found.start, starts[i] + found.end, found.text,
                            found.date, found.end_date, found.precision, found.confidence,
                            found.note)
        out.append(_Segment(start, end, i + 1, last + 1, heading, pieces=[(start, end)]))
        i = last + 1
    return out


_ABBREVIATIONS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "col",
    "gen", "lt", "mr", "dr", "st", "mt", "no", "vs", "janv", "fevr", "févr", "avr", "juil",
})
_STOP = re.compile(r"[.!?]+(?=\s|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a stop after an abbreviation ("Jan.", "Col.") or
    a single capital ("U.N.") does not end one."""
    out: list[tuple[int, int]] = []
    begin = 0
    for m in _STOP.finditer(text):
        word = re.search(r"([\w]+)$", text[begin:m.start()])
        if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1) \
                and m.group(0) == ".":
            continue
        out.append((begin, m.end()))
        begin = m.end()
    if text[begin:].strip():
        out.append((begin, len(text)))
    return out


def _article_events(text: str, lines: list[str], starts: list[int], anchor: dt.date | None,
                    arabic: set[int], finder: PlaceFinder, lookups: Lookups
                    ) -> list[_Segment]:
    masked = re.sub(r"\([^()\n]*\)", lambda m: " " * len(m.group(0)), text)
    episodes: list[_Segment] = []
    previous: DateFound | None = None
    for number, line in enumerate(lines):
        if not line.strip() or number in arabic:
            continue
        base = starts[number]
        current: _Segment | None = None
        for first, last in sentences(masked[base:base + len(line)]):
            s, e = base + first, base + last
            if not masked[s:e].strip():
                continue
            found = dates_in(masked[s:e], anchor, previous)
            found = [d for d in found if d.date is not None]
            if found:
                for k, d in enumerate(found):
                    piece_start = s if k == 0 else s + d.start
                    piece_end = s + found[k + 1].start if k + 1 < len(found) else e
                    shifted = DateFound(s + d.start, s + d.end, d.text, d.date, d.end_date,
                                        d.precision, d.confidence, d.note, d.relative)
                    current = _Segment(piece_start, piece_end, number + 1, number + 1, shifted,
                                       pieces=[(piece_start, piece_end)])
                    episodes.append(current)
                    previous = shifted
            elif current is not None:
                current.pieces.append((s, e))
                current.end = e
    out: list[_Segment] = []
    for episode in episodes:
        out.extend(_events_of(text, episode, finder, lookups))
    return out


def _events_of(text: str, episode: _Segment, finder: PlaceFinder, lookups: Lookups
               ) -> list[_Segment]:
    """One event per place attacked in an episode; none for a vague summary."""
    targets: list[Mention] = []
    regions: list[Mention] = []
    for s, e in episode.pieces:
        piece = text[s:e]
        if not vocab.INCIDENT.search(piece):
            continue
        actors = find_actors(piece, s, episode.date.date, lookups)
        for m in finder.mentions(piece, s, [(a.start, a.end) for a in actors if not a.generic]):
            if m.kind in ("site", "between", "near"):
                if _is_reference(m, targets):
                    continue
                targets.append(m)
            elif m.kind == "region":
                regions.append(m)
    # a region named right after a place only says where that place lies
    regions = [r for r in regions if not any(0 <= r.start - t.end < 60 for t in targets)]
    targets = _distinct(targets)
    if episode.date.precision < 3:
        covered = {fold(t.best.admin1 or "") for t in targets if t.best}
        targets = targets + [r for r in _distinct(regions)
                             if r.best and fold(r.best.admin1 or "") not in covered]
    if not targets:
        return [episode] if episode.date.precision < 3 and _has_incident(text, episode) else []
    return [_Segment(episode.start, episode.end, episode.line, episode.end_line, episode.date,
                     target=t, siblings=len(targets), pieces=episode.pieces) for t in targets]


def _has_incident(text: str, episode: _Segment) -> bool:
    return any(vocab.INCIDENT.search(text[s:e]) for s, e in episode.pieces)


def _is_reference(m: Mention, targets: list[Mention]) -> bool:
    """"X, outside Gao": Gao only says where X lies."""
    return m.kind == "near" and bool(targets) and m.start - targets[-1].end < 80


def _distinct(mentions: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        key = m.best.place_id if m.best else fold(m.name)
        if key in seen:
            continue
        seen.add(key)
        out.append(m)
    return out


# --- claims -------------------------------------------------------------------------

def _claims(lines: list[str], starts: list[int], arabic: set[int], lookups: Lookups
            ) -> list[ClaimFound]:
    if lookups.claim is None:
        return []
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if i not in arabic:
            i += 1
            continue
        first = last = i
        j = i + 1
        while j < len(lines) and (j in arabic or not lines[j].strip()):
            if j in arabic:
                last = j
            j += 1
        blocks.append((first, last))
        i = j
    out = []
    for first, last in blocks:
        block = "\n".join(lines[first:last + 1])
        try:
            reading = lookups.claim(block, first + 1)
        except InputError:
            continue
        killed = reading.count("killed")
        wounded = reading.count("wounded")
        vehicles = reading.count("vehicles_seized")
        places = tuple(s.value for s in reading.of_kind("place") if isinstance(s.value, str))
        out.append(ClaimFound(
            claimant=reading.claimant, start=starts[first],
            end=starts[last] + len(lines[last]), text=block, language="ar",
            channel=reading.channel, date_written=reading.hijri_written,
            claim_date=reading.gregorian_date, killed=killed, wounded=wounded,
            vehicles_seized=vehicles, line=first + 1, places=places))
    return out


def _with_claims(draft: ProposedDraft, claims: list[ClaimFound]) -> ProposedDraft:
    """Attach the Arabic statements repeating this entry: same date (within its span),
    and a place in common (or, naming no place, the same claimant)."""
    day = draft.values.get("event_date")
    if not isinstance(day, dt.date):
        return draft
    last = draft.values.get("event_date_end") or day
    names = {fold(str(draft.values.get(k) or "")) for k in ("location", "admin1")} - {""}
    attached = [c for c in claims
                if c.claim_date is not None and day <= c.claim_date <= last
                and (names & {fold(p) for p in c.places}
                     or (not c.places and c.claimant
                         and c.claimant == draft.values.get("claimed_by")))]
    if not attached:
        return draft
    values = dict(draft.values)
    evidence = list(draft.evidence)
    claim = attached[0]
    if not values.get("claimed_by") and claim.claimant:
        values["claimed_by"] = claim.claimant
        evidence = _replace(evidence, Evidence("claimed_by", claim.claimant, claim.start,
                                               claim.end, claim.text, 0.85, Text(
                                                   "the Arabic statement of the same day and "
                                                   "place")))
    if values.get("fatalities_claimed") is None and claim.killed is not None:
        values["fatalities_claimed"] = claim.killed
        note = Text("claimed in the Arabic statement; kept apart from the coded toll")
        if len(claims) and sum(1 for _ in attached):
            note = Text("claimed in the Arabic statement; kept apart from the coded toll (the "
                        "statement may cover several entries)")
        evidence = _replace(evidence, Evidence("fatalities_claimed", claim.killed, claim.start,
                                               claim.end, claim.text, 0.8, note))
    return ProposedDraft(draft.line, draft.end_line, draft.start, draft.end, draft.text,
                         draft.key, values, tuple(evidence), draft.place, draft.near,
                         draft.claims + tuple(attached))


def _replace(evidence: list[Evidence], new: Evidence) -> list[Evidence]:
    return [e for e in evidence if e.field != new.field] + [new]


# --- one draft ------------------------------------------------------------------------

def _draft(text: str, seg: _Segment, finder: PlaceFinder, lookups: Lookups, kind: str
           ) -> ProposedDraft:
    values: dict[str, Any] = {}
    evidence: list[Evidence] = []

    def put(name: str, value: Any, start: int | None, end: int | None, confidence: float,
            note: str = "") -> None:
        values[name] = value
        span = text[start:end] if start is not None and end is not None else ""
        evidence.append(Evidence(name, value, start, end, span, confidence, note))

    d = seg.date
    put("event_date", d.date, d.start, d.end, d.confidence if d.date else 0.0, d.note)
    values["event_date_end"] = d.end_date
    if d.end_date:
        evidence.append(Evidence("event_date_end", d.end_date, d.start, d.end, d.text,
                                 d.confidence, Text("the end of the span")))
    put("time_precision", d.precision if d.date else None, d.start, d.end,
        d.confidence if d.date else 0.0, "" if d.date else Text("no date"))

    pieces = seg.pieces or [(seg.start, seg.end)]
    day = d.date
    actors: list[ActorMention] = []
    for s, e in pieces:
        actors.extend(find_actors(text[s:e], s, day, lookups))
    claims: list[Any] = []
    for s, e in pieces:
        claims.extend(claim_statements(text[s:e], s, actors))

    # place
    place: PlaceFound | None = None
    near = False
    if seg.target is not None:
        regions = _regions_near(text, seg, finder, lookups)
        choice, why = choose_place(finder, [seg.target, *regions], text)
    else:
        mentions: list[Mention] = []
        for s, e in pieces:
            busy = [(a.start, a.end) for a in actors if not a.generic]
            mentions.extend(finder.mentions(text[s:e], s, busy))
        choice, why = choose_place(finder, mentions, text)
    _put_place(put, choice, why)
    if choice is not None:
        c = choice.candidate
        place = PlaceFound(c.place_id, c.name, c.country_code, c.admin1, c.admin2, c.latitude,
                           c.longitude)
        near = choice.near

    # claims written in the entry's own words; "the group claimed" names the group
    # named last before it in the same paragraph
    claims = [_named_claim(text, c, seg, day, lookups) for c in claims]
    claimant = next((c for c in claims if not c.denied and c.claimant), None)
    denied = next((c for c in claims if c.denied), None)
    if claimant is not None:
        put("claimed_by", claimant.claimant, claimant.start, claimant.end, 0.85)
    elif denied is not None:
        put("claimed_by", None, denied.start, denied.end, 0.8,
            Text("the report says no one claimed it"))
    else:
        values["claimed_by"] = None

    # actors and event type
    _put_actors_and_type(put, text, pieces, actors, claimant.claimant if claimant else None,
                         lookups, day)

    # counts
    counts: list[CountFound] = []
    for s, e in pieces:
        if seg.target is not None and seg.siblings > 1:
            counts.extend(_own_counts(text, s, e, seg))
        else:
            counts.extend(counts_in(text[s:e], s))
    _put_counts(put, counts, seg)

    notes = " ".join(" ".join(text[s:e].split()) for s, e in pieces).strip()
    values["notes"] = notes
    own = [ClaimFound(c.claimant, c.start, c.end, c.text, "en") for c in claims
           if not c.denied and c.claimant]
    key = hashlib.sha1(fold(notes + (seg.target.name if seg.target else "")).encode()
                       ).hexdigest()[:16]
    return ProposedDraft(seg.line, seg.end_line, seg.start, seg.end, text[seg.start:seg.end],
                         key, values, tuple(evidence), place, near, tuple(own))


def _named_claim(text: str, claim: Any, seg: _Segment, day: dt.date | None,
                 lookups: Lookups) -> Any:
    if claim.claimant or claim.denied:
        return claim
    paragraph_start = text.rfind("\n", 0, claim.start) + 1
    earlier = [a for a in find_actors(text[paragraph_start:claim.start], paragraph_start, day,
                                      lookups) if a.side == "group" and not a.generic]
    if not earlier:
        return claim
    return dataclasses.replace(claim, claimant=earlier[-1].name)


def _regions_near(text: str, seg: _Segment, finder: PlaceFinder, lookups: Lookups
                  ) -> list[Mention]:
    """Regions named in the sentence of an event's place (to tell same-named villages
    apart)."""
    target = seg.target
    assert target is not None
    for s, e in seg.pieces:
        if s <= target.start < e:
            return [m for m in finder.mentions(text[s:e], s) if m.kind == "region"]
    return []


def _own_counts(text: str, s: int, e: int, seg: _Segment) -> list[CountFound]:
    """Counts of a sentence naming this event's place only (not another's)."""
    target = seg.target
    assert target is not None
    sentence = text[s:e]
    if not (s <= target.start < e) and fold(target.name) not in fold(sentence):
        return []
    return counts_in(sentence, s) if _mentions_one_place(sentence) else []


def _mentions_one_place(sentence: str) -> bool:
    return len(re.findall(r"\b(?:and|et)\b", sentence)) < 2 or "twin" not in sentence


def _put_place(put: Any, choice: PlaceChoice | None, why: str) -> None:
    if choice is None:
        for name in ("location", "admin1", "latitude", "longitude", "geo_precision"):
            put(name, None, None, None, 0.0, why)
        return
    c = choice.candidate
    for name, value in (("location", c.name), ("admin1", c.admin1), ("admin2", c.admin2),
                        ("latitude", c.latitude), ("longitude", c.longitude)):
        put(name, value, choice.start, choice.end, choice.confidence,
            choice.note if name == "location" else "")
    put("geo_precision", choice.geo_precision, choice.start, choice.end, choice.confidence,
        choice.note or {1: Text("the named place"), 2: Text("near the named place"),
                        3: Text("only the region")}[choice.geo_precision])


def _put_actors_and_type(put: Any, text: str, pieces: list[tuple[int, int]],
                         actors: list[ActorMention], claimant: str | None, lookups: Lookups,
                         day: dt.date | None) -> None:
    words = " ".join(text[s:e] for s, e in pieces)
    groups = [a for a in actors if a.side == "group"]
    # a group named only beside the event ("MSA holds the area") did not do it
    named = [a for a in groups if not a.generic and _in_incident_sentence(text, a)]
    forces = [a for a in actors if a.side == "force"]
    acting = [a for a in forces if a.acting]
    civilians = [a for a in actors if a.side == "civilian"]
    actor1: tuple[str, int | None, int | None, float, str] | None = None
    actor2: ActorMention | None = None
    state_acts = bool(acting) and not claimant and not named
    if state_acts:
        first = acting[0]
        actor1 = (first.name, first.start, first.end, 0.7, Text("the force doing the act"))
        others = [a for a in groups + civilians if a.start != first.start]
        actor2 = others[0] if others else None
    else:
        agents = [a for a in groups if any(is_agent(text[s:e], a, s) for s, e in pieces
                                           if s <= a.start < e)]
        if agents and not claimant:
            a = agents[0]
            actor1 = (a.name, a.start, a.end, 0.75, Text("named as the attacker ('by ...')"))
        elif claimant:
            m = next((a for a in named if a.name == claimant), None)
            actor1 = (claimant, m.start if m else None, m.end if m else None, 0.8,
                      Text("the group that claimed it"))
        elif named:
            actor1 = (named[0].name, named[0].start, named[0].end, 0.8, "")
        elif groups:
            actor1 = (groups[0].name, groups[0].start, groups[0].end, 0.75,
                      Text("unnamed armed men: the country's unidentified armed group"))
        elif (forces or civilians) and vocab.INCIDENT.search(words):
            name = lookups.actor(UNIDENTIFIED, day)
            if name:
                actor1 = (name, None, None, 0.5, Text("no attacker named: the country's "
                                                      "unidentified armed group"))
        victims = [a for a in forces + civilians]
        victims.sort(key=lambda a: a.start)
        actor2 = victims[0] if victims else None
    if actor1 is not None:
        put("actor1", actor1[0], actor1[1], actor1[2], actor1[3], actor1[4])
    else:
        put("actor1", None, None, None, 0.0, Text("no actor named"))
    if actor2 is not None:
        put("actor2", actor2.name, actor2.start, actor2.end, 0.7)
    else:
        put("actor2", None, None, None, 0.0, "")
    put("assoc_actor_1", [], None, None, 1.0)
    put("assoc_actor_2", [], None, None, 1.0)
    armed_target = (bool(forces) and not state_acts) or (state_acts and bool(groups))
    _put_type(put, text, pieces, armed_target, state_acts, bool(civilians), claimant or named)


def _in_incident_sentence(text: str, actor: ActorMention) -> bool:
    start = max(text.rfind(".", 0, actor.start), text.rfind(";", 0, actor.start),
                text.rfind("\n", 0, actor.start)) + 1
    stops = [i for i in (text.find(".", actor.end), text.find(";", actor.end),
                         text.find("\n", actor.end)) if i >= 0]
    end = min(stops) if stops else len(text)
    sentence = text[start:end]
    return bool(vocab.INCIDENT.search(sentence) or vocab.CLAIM.search(sentence))


def _put_type(put: Any, text: str, pieces: list[tuple[int, int]], armed_target: bool,
              state_acts: bool, civilians: bool, attributed: Any) -> None:
    words = " ".join(text[s:e] for s, e in pieces)

    def at(pattern: re.Pattern[str]) -> tuple[int, int] | None:
        for s, e in pieces:
            m = pattern.search(text[s:e])
            if m:
                return s + m.start(), s + m.end()
        return None

    remote = [(p, sub) for p, sub in (
        (vocab.AIR, "Air/drone strike"), (vocab.SUICIDE_BOMB, "Suicide bomb"),
        (vocab.SHELLING, "Shelling/artillery/missile attack"),
        (vocab.EXPLOSIVE, "Remote explosive/landmine/IED"), (vocab.GRENADE, "Grenade"))
        if p.search(words)]
    strong = at(vocab.STRONG_DIRECT)
    attack = at(vocab.ATTACK)
    choice: tuple[str, str, tuple[int, int] | None, float, str] | None = None
    defused = at(vocab.DEFUSED)
    arrest = at(vocab.ARREST)
    if defused and not re.search(r"\b(?:killed|dead|wounded|tués?)\b", words, re.I):
        choice = ("Strategic developments", "Disrupted weapons use", defused, 0.75,
                  Text("weapons or explosives found, defused or destroyed"))
    elif state_acts and arrest and not strong:
        choice = ("Strategic developments", "Arrests", arrest, 0.75, Text("an arrest by forces"))
    elif armed_target and (strong or (attack and not remote)):
        choice = ("Battles", "Armed clash", strong or attack, 0.8,
                  Text("an armed attack on armed forces or a group"))
    elif remote:
        pattern, sub = remote[0]
        choice = ("Explosions/Remote violence", sub, at(pattern), 0.8, "")
    elif vocab.PROTEST.search(words):
        span = at(vocab.PROTEST)
        if vocab.RIOT.search(words):
            choice = ("Riots", "Violent demonstration", span, 0.6, "")
        elif vocab.PROTEST_FORCE.search(words) and re.search(r"\bkilled|tués?\b", words):
            choice = ("Protests", "Excessive force against protesters", span, 0.6, "")
        elif vocab.PROTEST_FORCE.search(words):
            choice = ("Protests", "Protest with intervention", span, 0.6, "")
        else:
            choice = ("Protests", "Peaceful protest", span, 0.6, "")
    elif vocab.RIOT.search(words):
        choice = ("Riots", "Mob violence", at(vocab.RIOT), 0.6, "")
    elif vocab.SEXUAL.search(words):
        choice = ("Violence against civilians", "Sexual violence", at(vocab.SEXUAL), 0.7, "")
    elif vocab.LOOTING.search(words) and vocab.NO_HARM.search(words):
        choice = ("Strategic developments", "Looting/property destruction", at(vocab.LOOTING),
                  0.7, Text("property taken or destroyed, no one hurt"))
    elif attack and (civilians or not armed_target) and not vocab.NO_HARM.search(words):
        choice = ("Violence against civilians", "Attack", attack, 0.7,
                  Text("armed violence against civilians"))
    elif vocab.ABDUCTION.search(words) or (arrest and not state_acts and attributed):
        choice = ("Violence against civilians", "Abduction/forced disappearance",
                  at(vocab.ABDUCTION) or arrest, 0.7, "")
    elif arrest and state_acts:
        choice = ("Strategic developments", "Arrests", arrest, 0.7, "")
    elif vocab.LOOTING.search(words):
        choice = ("Strategic developments", "Looting/property destruction", at(vocab.LOOTING),
                  0.6, "")
    if choice is None:
        put("event_type", None, None, None, 0.0,
            Text("no tactic the codebook defines was recognised"))
        put("sub_event_type", None, None, None, 0.0, Text("no tactic recognised"))
        return
    event_type, sub, span, confidence, note = choice
    if event_type == "Battles" and vocab.TERRITORY.search(words):
        note = joined([note, Text("territory taken: code a territory change only if it "
                                  "lasted over a day")]) if note else Text(
            "; territory taken: code a territory change only if it lasted over a day")
    start, end = span if span else (None, None)
    put("event_type", event_type, start, end, confidence, note)
    put("sub_event_type", sub, start, end, confidence, note)


def _put_counts(put: Any, counts: list[CountFound], seg: _Segment) -> None:
    for name in ("fatalities", "injured", "kidnapped", "arrested"):
        coded = [c for c in counts if c.field == name and not c.claimed]
        positive = [c for c in coded if c.value]
        chosen = positive or coded
        if chosen:
            total = sum(c.value or 0 for c in chosen)
            first = chosen[0]
            said = list(dict.fromkeys(c.note for c in chosen if c.note))
            if len(chosen) > 1:
                said.append(Text("figures of the entry added"))
            notes = joined(said)
            put(name, total, first.start, chosen[-1].end, min(c.confidence for c in chosen),
                notes)
        elif name == "fatalities":
            if seg.siblings > 1:
                put(name, None, None, None, 0.0,
                    Text("the text gives one toll for {count} events told together",
                         count=seg.siblings))
            else:
                put(name, 0, None, None, 0.6, Text("no death reported: 0, as the codebook says"))
        else:
            put(name, None, None, None, 1.0)
    claimed = [c for c in counts if c.field == "fatalities" and c.claimed]
    if claimed:
        put("fatalities_claimed", claimed[0].value, claimed[0].start, claimed[0].end, 0.8,
            Text("a claimed number, kept apart from the coded toll"))
    else:
        put("fatalities_claimed", None, None, None, 1.0)

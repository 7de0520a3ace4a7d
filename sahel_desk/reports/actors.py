"""Who did it and to whom: actors named in an entry, decided by the registry.

Named groups are looked up by name or alias; generic words ("gunmen",
"soldiers", "peacekeepers", "civilians") stand for the registry's actors the
codebook gives them (the country's Unidentified Armed Group, its military
forces, MINUSMA, its civilians). The registry gives the variant valid on the
event's date. The side is decided by the actor type: armed groups attack,
forces and civilians are attacked, unless a force is the one acting
("soldiers arrested", "the army repelled").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sahel_desk.reports import vocabulary as vocab
from sahel_desk.reports.lookups import Lookups

_CHUNK = re.compile(r"(?<![\w'’])[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){0,5}")
#: actor types: 1 state forces, 8 external forces, 7 civilians; 2-4 armed groups
FORCES = (1, 8)
ARMED_GROUPS = (2, 3, 4)


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    name: str
    #: "force", "group", "civilian" or "crowd"
    side: str
    generic: bool
    acting: bool = False


def find_actors(text: str, offset: int, day: dt.date | None, lookups: Lookups
                ) -> list[ActorMention]:
    """Actor mentions in text order (offsets shifted by ``offset``)."""
    found: list[ActorMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    for m in _CHUNK.finditer(text):
        words = m.group(0).rstrip(".").split()
        for size in range(len(words), 0, -1):
            hit = None
            for first in range(0, len(words) - size + 1):
                phrase = " ".join(words[first:first + size])
                if len(phrase) < 2:
                    continue
                name = lookups.actor(phrase, day)
                if name is None:
                    continue
                s = m.start() + m.group(0).find(phrase)
                e = s + len(phrase)
                if free(s, e):
                    hit = (s, e, name)
                    break
            if hit is not None:
                s, e, name = hit
                taken.append((s, e))
                found.append(_mention(s + offset, e + offset, name, lookups, text, e,
                                      generic=False))
                break
    for pattern, query, side in vocab.ACTOR_CUES:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            name = lookups.actor(query, day)
            if name is None:
                continue
            taken.append((m.start(), m.end()))
            kind = {"armed": "force", "perpetrator": "group", "civilian": "civilian"}[side]
            acting = kind == "force" and _acts(text, m.end())
            found.append(ActorMention(m.start() + offset, m.end() + offset, name, kind, True,
                                      acting))
    found.sort(key=lambda a: a.start)
    return found


def _mention(start: int, end: int, name: str, lookups: Lookups, text: str, local_end: int, *,
             generic: bool) -> ActorMention:
    kind = lookups.actor_type(name) if lookups.actor_type else None
    if kind in FORCES:
        side = "force"
    elif kind == 7:
        side = "civilian"
    elif kind in (5, 6):
        side = "crowd"
    else:
        side = "group"
    return ActorMention(start, end, name, side, generic,
                        side == "force" and _acts(text, local_end))


def _acts(text: str, end: int) -> bool:
    """A force followed closely by an active verb is the one acting."""
    after = text[end:end + 40]
    m = vocab.STATE_ACTS.search(after)
    if m is None:
        return False
    between = after[:m.start()].split()
    return all(w.lower() in _ADVERBS for w in between)


_ADVERBS = frozenset({"also", "reportedly", "later", "then", "successfully", "allegedly", "have",
                      "has", "had", "on", "ont", "a", "also,", "reportedly,", "troops",
                      "soldiers", "units", "forces", "patrol", "patrols"})


_AGENT = re.compile(r"\b(?:attack\w*|assault\w*|raids?|ambush\w*|carried\s+out|perpetrated|"
                    r"committed|killed|kidnapped|abducted|claimed|targeted|attaqu\w*|tués?|"
                    r"enlevés?|perpétrée?s?|menée?s?)\s+(?:\w+\s+){0,3}?(?:by|par)\s+"
                    r"(?:the\s+|les?\s+|des\s+|la\s+)?(?:\w+\s+)?$", re.I)


def is_agent(text: str, mention: ActorMention, offset: int) -> bool:
    """"attacks by suspected jihadists": the group after "by" did it."""
    local = mention.start - offset
    return bool(_AGENT.search(text[max(0, local - 60):local]))


@dataclass(frozen=True)
class ClaimStatement:
    claimant: str | None
    start: int
    end: int
    text: str
    denied: bool


def claim_statements(text: str, offset: int, actors: list[ActorMention]
                     ) -> list[ClaimStatement]:
    """Sentences saying who claimed the event (or that no one did)."""
    out: list[ClaimStatement] = []
    for sentence in re.finditer(r"[^.;!?\n]+[.;!?]?", text):
        body = sentence.group(0)
        if vocab.NO_CLAIM.search(body):
            out.append(ClaimStatement(None, offset + sentence.start(), offset + sentence.end(),
                                      body.strip(), True))
            continue
        m = vocab.CLAIM.search(body)
        if m is None or vocab.NOT_A_CLAIM.search(body):
            continue
        lo, hi = offset + sentence.start(), offset + sentence.end()
        groups = [a for a in actors if lo <= a.start < hi and a.side == "group"
                  and not a.generic]
        if not groups:
            out.append(ClaimStatement(None, lo, hi, body.strip(), False))
            continue
        verb_at = lo + m.start()
        claimant = min(groups, key=lambda a: abs(a.start - verb_at))
        out.append(ClaimStatement(claimant.name, lo, hi, body.strip(), False))
    return out

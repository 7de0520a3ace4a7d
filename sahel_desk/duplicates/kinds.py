"""How near two event types are, from the codebook's hierarchy alone.

The codebook orders every sub-event type under an event type, and every event
type under one or two disorder types (political violence, demonstrations,
strategic developments). Two codings of one event differ, when they do, within
that tree: a clash that killed villagers is an Armed clash to one coder and an
Attack to another (both political violence), an IED an Attack to a coder who
does not know of the device. So the nearness of two types is how deep their
nearest common branch lies:

- ``same``: the same sub-event type;
- ``sibling``: two sub-event types of one event type (Attack, Abduction);
- ``cousin``: two event types of one disorder type (Armed clash, Attack,
  Remote explosive/landmine/IED);
- ``other``: nothing in common below the root (a protest and an attack, looting
  and a clash).
"""

from __future__ import annotations

from functools import cache

from sahel_desk.codebook.taxonomy import SUB_EVENT_TYPES, SUB_EVENTS_BY_NAME

NEARNESS = ("same", "sibling", "cousin", "other")


@cache
def _disorders_of_event_type(event_type: str) -> frozenset[str]:
    return frozenset(part.strip() for s in SUB_EVENT_TYPES if s.event_type == event_type
                     for part in s.disorder_type.split(";"))


def _disorders(event_type: str, sub_event_type: str | None) -> frozenset[str]:
    sub = SUB_EVENTS_BY_NAME.get(sub_event_type or "")
    if sub is not None:
        return frozenset(part.strip() for part in sub.disorder_type.split(";"))
    return _disorders_of_event_type(event_type)


@cache
def nearness(event_a: str | None, sub_a: str | None, event_b: str | None,
             sub_b: str | None) -> str | None:
    """One of :data:`NEARNESS`, or None when either side has no event type."""
    if not event_a or not event_b:
        return None
    if event_a == event_b:
        if sub_a and sub_b and sub_a != sub_b:
            return "sibling"
        return "same"
    if _disorders(event_a, sub_a) & _disorders(event_b, sub_b):
        return "cousin"
    return "other"

"""The searchable names of actors and places, kept with their folded keys."""

from __future__ import annotations

from collections.abc import Iterable

from sahel_desk.model import Actor, ActorAlias, Place, PlaceName
from sahel_desk.text.normalize import fold, is_arabic


def unique_aliases(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        text = str(value).strip()
        if text and text not in out:
            out.append(text)
    return out


def set_aliases(actor: Actor, aliases: Iterable[str]) -> None:
    """Replace aliases; the actor's own name is always searchable as an alias too."""
    wanted = unique_aliases([actor.name, *aliases]) if actor.name else unique_aliases(aliases)
    actor.aliases[:] = [
        ActorAlias(alias=a, folded=fold(a), language="ar" if is_arabic(a) else None)
        for a in wanted
    ]


def set_names(place: Place, names: Iterable[str]) -> None:
    """Every spelling, the main name included, searchable by its folded key."""
    seen: dict[str, str] = {}
    for name in [place.name, place.ascii_name, *names]:
        text = (name or "").strip()
        if text and text not in seen:
            seen[text] = fold(text)
    place.names[:] = [PlaceName(name=n, folded=f) for n, f in seen.items()]

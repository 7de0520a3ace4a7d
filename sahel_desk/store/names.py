"""The searchable names of actors and places, kept with their folded keys."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sahel_desk.model import Actor, ActorAlias, Place, PlaceName
from sahel_desk.text.normalize import fold, is_arabic


def unique_aliases(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        text = str(value).strip()
        if text and text not in out:
            out.append(text)
    return out


def alias_values(name: str | None, aliases: Iterable[str]) -> list[dict[str, Any]]:
    """An actor's alias rows (alias, folded key, language): the actor's own name is
    always searchable as an alias too."""
    wanted = unique_aliases([name, *aliases]) if name else unique_aliases(aliases)
    return [{"alias": a, "folded": fold(a), "language": "ar" if is_arabic(a) else None}
            for a in wanted]


def name_values(names: Iterable[str | None]) -> list[dict[str, Any]]:
    """A place's name rows (name, folded key): every spelling once, in order."""
    seen: dict[str, str] = {}
    for name in names:
        text = (name or "").strip()
        if text and text not in seen:
            seen[text] = fold(text)
    return [{"name": n, "folded": f} for n, f in seen.items()]


def set_aliases(actor: Actor, aliases: Iterable[str]) -> None:
    """Replace aliases; the actor's own name is always searchable as an alias too."""
    actor.aliases[:] = [ActorAlias(**row) for row in alias_values(actor.name, aliases)]


def set_names(place: Place, names: Iterable[str]) -> None:
    """Every spelling, the main name included, searchable by its folded key."""
    place.names[:] = [PlaceName(**row)
                      for row in name_values([place.name, place.ascii_name, *names])]

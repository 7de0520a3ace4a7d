"""Reading claim statements with the desk's own gazetteer and actor registry.

The parser only suggests; nothing here writes. Places named in Arabic are
looked up through the gazetteer's Arabic names, actors through the registry.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sahel_desk.claims.reading import ClaimReading
    from sahel_desk.services.desk import Desk


class ClaimReader:
    def __init__(self, desk: Desk):
        self.desk = desk

    def _place_lookup(self, text: str) -> list[tuple[str, float]]:
        hits = self.desk.gazetteer.search(text, limit=3)
        return [(hit.place.name, hit.score) for hit in hits]

    def _actor_lookup(self, text: str) -> str | None:
        hits = self.desk.actors.search(text, limit=1)
        if hits and hits[0].kind in ("exact", "prefix"):
            return hits[0].actor.name
        return None

    def parse(self, text: str, *, first_line: int = 1) -> ClaimReading:
        from sahel_desk.claims.parser import parse_claim

        return parse_claim(text, first_line=first_line, place_lookup=self._place_lookup,
                           actor_lookup=self._actor_lookup)

    def parse_many(self, text: str) -> list[ClaimReading]:
        """Several claims separated by lines of '---'."""
        from sahel_desk.claims.parser import split_claims

        return [self.parse(block, first_line=line) for line, block in split_claims(text)]

    def parse_file(self, path: str | Path) -> list[ClaimReading]:
        from sahel_desk.claims.parser import parse_claims_file

        return parse_claims_file(path, place_lookup=self._place_lookup,
                                 actor_lookup=self._actor_lookup)

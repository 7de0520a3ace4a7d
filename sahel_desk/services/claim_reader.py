"""Reading claim statements with the desk's own gazetteer and actor registry.

The parser only suggests; nothing here writes. Places named in Arabic are
looked up through the gazetteer (Sahel countries first), actors through the
registry, and an actor with dated variants is given the variant valid on the
claim's date.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from sahel_desk.text.normalize import compact

if TYPE_CHECKING:
    from sahel_desk.claims.reading import ClaimReading
    from sahel_desk.services.desk import Desk

#: Countries whose places a Sahel claim names, searched in this order.
CLAIM_COUNTRIES = ("ML", "BF", "NE")
#: A hashtag names a whole place: a partial (prefix) match is no evidence, and a
#: fuzzy one must be close and long enough not to be a coincidence.
MIN_FUZZY_SCORE = 85.0
MIN_FUZZY_LETTERS = 5
#: An Arabic name read against Latin spellings by its consonants and vowels.
MIN_TRANSLITERATED_SCORE = 85.0


class ClaimReader:
    def __init__(self, desk: Desk):
        self.desk = desk

    def _place_lookup(self, text: str) -> list[tuple[str, float]]:
        """Candidates in the Sahel countries, best evidence first (Mali wins ties)."""
        fuzzy_ok = len(compact(text)) >= MIN_FUZZY_LETTERS
        ranked: list[tuple[int, float, int, str]] = []
        for country_rank, country in enumerate(CLAIM_COUNTRIES):
            for hit in self.desk.gazetteer.search(text, country=country, limit=3):
                if hit.kind == "exact":
                    tier = 0
                elif hit.kind == "transliterated" and hit.score >= MIN_TRANSLITERATED_SCORE:
                    tier = 1
                elif hit.kind == "fuzzy" and fuzzy_ok and hit.score >= MIN_FUZZY_SCORE:
                    tier = 2
                else:
                    continue
                ranked.append((tier, -hit.score, country_rank, hit.place.name))
        ranked.sort()
        return [(name, -neg_score) for _, neg_score, _, name in ranked[:3]]

    def _actor_lookup(self, text: str) -> str | None:
        hits = self.desk.actors.search(text, limit=1)
        if hits and hits[0].kind in ("exact", "prefix"):
            return hits[0].actor.name
        return None

    def parse(self, text: str, *, first_line: int = 1) -> ClaimReading:
        from sahel_desk.claims.parser import parse_claim

        reading = parse_claim(text, first_line=first_line, place_lookup=self._place_lookup,
                              actor_lookup=self._actor_lookup)
        return self._dated(reading)

    def parse_many(self, text: str) -> list[ClaimReading]:
        """Several claims separated by lines of '---'."""
        from sahel_desk.claims.parser import split_claims

        return [self.parse(block, first_line=line) for line, block in split_claims(text)]

    def parse_file(self, path: str | Path) -> list[ClaimReading]:
        from sahel_desk.claims.parser import parse_claims_file

        readings = parse_claims_file(path, place_lookup=self._place_lookup,
                                     actor_lookup=self._actor_lookup)
        return [self._dated(r) for r in readings]

    def _dated(self, reading: ClaimReading) -> ClaimReading:
        """Actors as their variant valid on the claim's date (FAMa in 2017: 2013-2020)."""
        day = reading.gregorian_date
        if day is None:
            return reading
        names: dict[str, str] = {}

        def on_day(name: str | None) -> str | None:
            if not name:
                return name
            if name not in names:
                hits = self.desk.actors.search(name, on=day, limit=1)
                names[name] = hits[0].actor.name if hits and hits[0].kind == "exact" else name
            return names[name]

        suggestions = tuple(
            dataclasses.replace(s, value=on_day(s.value))
            if s.kind in ("actor", "claimant") and isinstance(s.value, str) else s
            for s in reading.suggestions
        )
        return dataclasses.replace(reading, suggestions=suggestions,
                                   claimant=on_day(reading.claimant))

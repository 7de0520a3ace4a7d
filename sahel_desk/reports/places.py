"""Where an entry happened: names found in its words, decided by the gazetteer.

A name counts as a place when the words before it say so ("at", "in the town
of", "between", "près de") or it is called a region. Geo precision follows the
codebook: 1 for the named place, 2 for "near / outside / N km from / between X
and Y" (coded to the named place), 3 when only a region is known. A village the
gazetteer lacks falls back to the named reference town or to the region, and
the evidence says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sahel_desk.reference.place_index import haversine_km
from sahel_desk.reports import vocabulary as vocab
from sahel_desk.reports.lookups import Lookups, PlaceCandidate
from sahel_desk.text.message import Text
from sahel_desk.text.normalize import fold

_NAME = re.compile(
    r"(?<![\w'’])(?:[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*)"
    r"(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*)){0,2}")
_WORD_BEFORE = re.compile(r"([\w'’-]+)\W*$")


@dataclass(frozen=True)
class Mention:
    """A name written as a place: ``kind`` is site, near, between (a pair's first
    half, ``partner`` the second), region or missing (no gazetteer place)."""

    start: int
    end: int
    name: str
    kind: str
    candidates: tuple[PlaceCandidate, ...] = ()
    region: str | None = None
    partner: Mention | None = None
    region_hint: str | None = None

    @property
    def best(self) -> PlaceCandidate | None:
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True)
class PlaceChoice:
    candidate: PlaceCandidate
    geo_precision: int
    near: bool
    start: int
    end: int
    text: str
    confidence: float
    note: str = ""


class PlaceFinder:
    """Finds place mentions in one document, remembering its regions and capital."""

    def __init__(self, lookups: Lookups, text: str):
        self.lookups = lookups
        self._cache: dict[tuple[str, str | None], list[PlaceCandidate]] = {}
        self.region_names = self._regions_named(text)
        self.capital: PlaceCandidate | None = None

    def lookup(self, name: str, admin1: str | None = None) -> list[PlaceCandidate]:
        key = (fold(name), fold(admin1) if admin1 else None)
        if key not in self._cache:
            self._cache[key] = self.lookups.place(name, admin1)
        return self._cache[key]

    def _regions_named(self, text: str) -> set[str]:
        """Names the document itself calls regions ("Segou Region", "regions of Mopti
        and Segou"): elsewhere in it the bare name means the region too."""
        names: set[str] = set()
        for m in re.finditer(r"([A-ZÀ-Þ][\w'’-]+)(?:\s+and\s+([A-ZÀ-Þ][\w'’-]+))?\s+[Rr]egions?\b",
                             text):
            names.update(fold(g) for g in m.groups() if g)
        for m in re.finditer(r"\b(?:regions?|région)s?\s+(?:of|de)\s+([A-ZÀ-Þ][\w'’-]+)"
                             r"(?:(?:,\s*|\s+and\s+|\s+et\s+)([A-ZÀ-Þ][\w'’-]+))?", text):
            names.update(fold(g) for g in m.groups() if g)
        return names

    def mentions(self, text: str, offset: int, actor_words: Iterable[tuple[int, int]] = ()
                 ) -> list[Mention]:
        """Place mentions in ``text`` (a piece of the document starting at ``offset``)."""
        busy = list(actor_words)
        found: list[Mention] = []
        for m in _NAME.finditer(text):
            start, end = offset + m.start(), offset + m.end()
            if any(s < end and start < e for s, e in busy):
                continue
            found.extend(self._mentions_in_chunk(text, m, offset))
        for m in vocab.CAPITAL.finditer(text):
            if self.capital is not None:
                found.append(Mention(offset + m.start(), offset + m.end(), self.capital.name,
                                     "site", (self.capital,)))
        found.sort(key=lambda x: x.start)
        return _pair_between(found, text, offset)

    def _mentions_in_chunk(self, text: str, m: re.Match[str], offset: int) -> list[Mention]:
        words = m.group(0).split()
        region_word = len(words) > 1 and re.fullmatch(r"(?i)regions?|province|cercle", words[-1])
        if region_word:
            words = words[:-1]
        name = " ".join(words)
        before = text[max(0, m.start() - 60):m.start()]
        after = text[m.end():m.end() + 20]
        if region_word or vocab.REGION_AFTER.match(after) or vocab.REGION_BEFORE.search(before):
            region = self._region(name)
            if region is not None:
                return [Mention(offset + m.start(), offset + m.end(), name, "region", (region,))]
        if not _placed(before):
            return []
        if fold(name) in vocab.COUNTRIES or fold(name) in vocab.NOT_PLACES:
            return []
        if vocab.BORDER.match(after):
            return []
        if self.lookups.actor(name, None) is not None:
            return []
        if fold(name) in self.region_names and not vocab.TOWN_BEFORE.search(before):
            region = self._region(name)
            if region is not None:
                return [Mention(offset + m.start(), offset + m.end(), name, "region", (region,))]
        kind = "near" if vocab.NEAR_BEFORE.search(before) else "site"
        hits = [c for c in self.lookup(name) if not c.is_country and not c.is_region]
        if not hits and len(words) > 1:
            # "Koulikoro Region" was handled; "Kidal Tessalit" style runs: the first word
            first = words[0]
            hits = [c for c in self.lookup(first) if not c.is_country and not c.is_region]
            if hits:
                name = first
        if not hits:
            return [Mention(offset + m.start(), offset + m.end(), name, "missing")]
        if hits[0].feature_code == "PPLC" and self.capital is None:
            self.capital = hits[0]
        return [Mention(offset + m.start(), offset + m.start() + len(name), name, kind,
                        tuple(hits))]

    def _region(self, name: str) -> PlaceCandidate | None:
        for c in self.lookup(name):
            if c.is_region:
                return c
        for c in self.lookup(f"{name} Region"):
            if c.is_region:
                return c
        return None

    def in_region(self, mention: Mention, region: str | None) -> tuple[PlaceCandidate, ...]:
        """The mention's candidates within ``region`` (all when none lie there)."""
        if region is None:
            return mention.candidates
        inside = tuple(c for c in mention.candidates if fold(c.admin1 or "") == fold(region))
        if inside:
            return inside
        inside = tuple(c for c in self.lookup(mention.name, region) if not c.is_region)
        return inside or ()


def _placed(before: str) -> bool:
    """True when the words before a name make it a place: a place word, perhaps
    after articles, place nouns and adjectives ("in the southern locale of")."""
    words = re.findall(r"[\w'’-]+|,", before)
    for word in reversed(words[-7:]):
        if word == ",":
            return False
        if vocab.PLACE_BEFORE.search(" " + word):
            return True
        if not vocab.PLACE_FILLER.match(word):
            return False
    return False


def _pair_between(found: list[Mention], text: str, offset: int) -> list[Mention]:
    """"between X and Y": one mention of kind between, Y its partner."""
    out: list[Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(found):
        if i in skip:
            continue
        before = text[max(0, m.start - offset - 30):m.start - offset].lower()
        if re.search(r"\b(?:between|entre)\s+(?:the\s+)?(?:villages?\s+of\s+|localités\s+de\s+)?$",
                     before) and i + 1 < len(found):
            partner = found[i + 1]
            gap = text[m.end - offset:partner.start - offset].lower()
            if re.fullmatch(r"\s*(?:and|et)\s+(?:the\s+)?", gap):
                out.append(Mention(m.start, partner.end, m.name, "between", m.candidates,
                                   partner=partner))
                skip.add(i + 1)
                continue
        out.append(m)
    return out


def choose_place(finder: PlaceFinder, mentions: list[Mention], text: str
                 ) -> tuple[PlaceChoice | None, str]:
    """The place an entry is coded to, or None with the reason."""
    regions = [m for m in mentions if m.kind == "region"]
    region_name = regions[0].best.admin1 if regions and regions[0].best else None
    anchors = [c for m in mentions if m.kind in ("site", "near", "between")
               for half in (m, m.partner) if half is not None for c in half.candidates[:1]]
    targets = [m for m in mentions if m.kind in ("site", "between")]
    nears = [m for m in mentions if m.kind == "near"]
    for m in targets:
        choice = _pick_target(finder, m, _region_after(m, regions) or region_name, anchors, text)
        if choice is not None:
            return choice, ""
    for m in nears:
        choice = _pick(finder, m, _region_after(m, regions) or region_name, anchors, 2, True,
                       Text("near the named place"), text)
        if choice is not None:
            return choice, ""
    missing = [m for m in mentions if m.kind == "missing"]
    region = regions[0] if regions else None
    if region is not None and region.best is not None:
        note = Text("only the region is known")
        if missing:
            note = Text("{place} is not in the gazetteer; coded to the region {region}",
                        place=missing[0].name, region=region.name)
        return PlaceChoice(region.best, 3, False, region.start, region.end,
                           text_of(text, region), 0.6, note), ""
    if missing:
        return None, Text("{place} is not in the gazetteer and no town or region is named "
                          "beside it: add the place, then pick it", place=missing[0].name)
    return None, Text("no place named in the gazetteer")


def text_of(text: str, m: Mention) -> str:
    return text[m.start:m.end]


def _region_after(m: Mention, regions: list[Mention]) -> str | None:
    """The region named right after a place ("Didieni, Koulikoro Region")."""
    following = [r for r in regions if r.start >= m.end and r.start - m.end < 60]
    if following and following[0].best is not None:
        return following[0].best.admin1
    return None


def _pick_target(finder: PlaceFinder, m: Mention, region: str | None,
                 anchors: list[PlaceCandidate], text: str) -> PlaceChoice | None:
    if m.kind == "between":
        for half in (m, m.partner):
            if half is None or half.kind == "missing":
                continue
            if finder.in_region(half, region):
                return _pick(finder, half, region, anchors, 2, True,
                             "between two places: coded to one of them", text, span=m)
        for half in (m, m.partner):
            if half is not None and half.candidates:
                return _pick(finder, half, None, anchors, 2, True,
                             "between two places: coded to one of them", text, span=m)
        return None
    return _pick(finder, m, region, anchors, 1, False, "", text)


def _pick(finder: PlaceFinder, m: Mention, region: str | None, anchors: list[PlaceCandidate],
          precision: int, near: bool, note: str, text: str, span: Mention | None = None
          ) -> PlaceChoice | None:
    candidates = finder.in_region(m, region)
    confidence = 0.9
    if not candidates:
        candidates = m.candidates
        if region and candidates:
            note = _join(note, f"{m.name} is not in {region} in the gazetteer; "
                               f"{candidates[0].name} is in {candidates[0].admin1}")
            confidence = 0.6
    if not candidates:
        return None
    others = [a for a in anchors if a not in candidates]
    best = _nearest(_first_tier(candidates), others)
    if best.kind != "exact":
        confidence = min(confidence, 0.6)
        note = _join(note, f"'{m.name}' read as {best.name} (a close spelling)")
    same_name = [c for c in candidates if fold(c.name) == fold(best.name)]
    if len(same_name) > 1:
        confidence = min(confidence, 0.7)
        how = ("the nearest to the other places named" if others
               else "the one the gazetteer ranks first (a town before a village)")
        note = _join(note, f"{len(same_name)} places called {best.name}"
                           f"{' in ' + region if region else ''}: {how}")
    where = span or m
    return PlaceChoice(best, precision, near, where.start, where.end, text[where.start:where.end],
                       confidence, note)


def _first_tier(candidates: tuple[PlaceCandidate, ...]) -> tuple[PlaceCandidate, ...]:
    """The best-matching candidates: the name's own towns, else its own places, else
    places with it as an alternate spelling, else close spellings."""
    for test in (lambda c: c.kind == "exact" and c.primary and c.feature_code.startswith("PP"),
                 lambda c: c.kind == "exact" and c.primary,
                 lambda c: c.kind == "exact"):
        tier = tuple(c for c in candidates if test(c))
        if tier:
            return tier
    return candidates


def _nearest(candidates: tuple[PlaceCandidate, ...], anchors: list[PlaceCandidate]
             ) -> PlaceCandidate:
    if not anchors or len(candidates) == 1:
        return candidates[0]
    return min(candidates, key=lambda c: min(
        haversine_km(c.latitude, c.longitude, a.latitude, a.longitude) for a in anchors))


def _join(a: str, b: str) -> str:
    return f"{a}; {b}" if a else b

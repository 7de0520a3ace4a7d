"""In-memory type-ahead search over names with many spellings (places, actors).

Three tiers, tried in order, so a keystroke costs milliseconds:

* exact: the query's :func:`~sahel_desk.text.normalize.compact` key equals a name's;
* prefix: the key starts a name at one of its word boundaries ("zaou" and
  "tinzaou" both reach "Ti-n-Zaouâtene"), found by bisection in a sorted list;
* fuzzy: for queries of three or more characters, and only when the first two
  tiers leave room, rapidfuzz's Indel ratio with a cutoff on the compact keys
  that can reach it: a length window and a shared-bigram count (numpy, over an
  inverted index) rule out most names before any is scored.

Within a tier hits are ordered by entry weight (bigger first), then score, then
shorter name. Each entry appears once, with its best-matching name.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

import numpy as np
from rapidfuzz import fuzz, process

from sahel_desk.text.normalize import fold

__all__ = ["FUZZY_CUTOFF", "IndexEntry", "NameHit", "NameIndex"]

# "transliterated" hits come from the Arabic-to-Latin skeleton lookup of PlaceIndex.
HitKind = Literal["exact", "prefix", "fuzzy", "transliterated"]
#: what an entry is known by (a place id, an actor family): hits give back the same type
K = TypeVar("K", bound=Hashable)

FUZZY_CUTOFF = 80
"""Lowest Indel ratio (whole number, 0-100) between compact keys that still counts as a variant."""

_MIN_FUZZY_LENGTH = 3
# Prefix ranges up to this size are sorted on the spot; larger ones (the first
# keystrokes) are served by walking all suffixes in precomputed rank order,
# which reaches `limit` hits after roughly limit * total / range steps.
_SORT_RANGE_LIMIT = 3000
_AFTER_ALL = "\U0010ffff"


@dataclass(frozen=True, slots=True)
class IndexEntry(Generic[K]):
    """Something findable by name: its key, every spelling of it, and a tie-breaking weight."""

    key: K
    names: Sequence[str]
    weight: float = 0.0


@dataclass(frozen=True, slots=True)
class NameHit(Generic[K]):
    """One search result: the entry key, the spelling that matched, and how it matched."""

    key: K
    matched_name: str
    score: float
    kind: HitKind


class NameIndex(Generic[K]):
    """Type-ahead index over the names of many entries; build once, search per keystroke."""

    def __init__(self, entries: Iterable[IndexEntry[K]]) -> None:
        self._keys: list[K] = []
        self._weights: list[float] = []
        # One "occurrence" per distinct compact spelling of an entry.
        self._occ_entry: list[int] = []
        self._occ_name: list[str] = []
        self._occ_compact: list[str] = []
        # (suffix from a word start of the folded name, occurrence) pairs.
        suffixes: list[tuple[str, int]] = []
        for entry in entries:
            self._add_entry(entry, suffixes)
        self._build_exact()
        self._build_prefix(suffixes)
        self._build_fuzzy()

    def __len__(self) -> int:
        return len(self._keys)

    # -- building --------------------------------------------------------

    def _add_entry(self, entry: IndexEntry[K], suffixes: list[tuple[str, int]]) -> None:
        index = len(self._keys)
        self._keys.append(entry.key)
        self._weights.append(float(entry.weight))
        seen: set[str] = set()
        for name in entry.names:
            if not name:
                continue
            words = fold(name).split()
            key = "".join(words)
            if not key or key in seen:
                continue
            seen.add(key)
            occ = len(self._occ_name)
            self._occ_entry.append(index)
            self._occ_name.append(name)
            self._occ_compact.append(key)
            suffixes.append((key, occ))
            for start in range(1, len(words)):
                suffixes.append(("".join(words[start:]), occ))

    def _occ_rank(self, occ: int) -> tuple[float, int]:
        return (-self._weights[self._occ_entry[occ]], len(self._occ_name[occ]))

    def _build_exact(self) -> None:
        exact: dict[str, list[int]] = {}
        for occ, key in enumerate(self._occ_compact):
            exact.setdefault(key, []).append(occ)
        for occs in exact.values():
            if len(occs) > 1:
                occs.sort(key=self._occ_rank)
        self._exact = exact

    def _build_prefix(self, suffixes: list[tuple[str, int]]) -> None:
        rows = sorted(set(suffixes))
        self._sfx = [text for text, _ in rows]
        self._sfx_occ = [occ for _, occ in rows]
        weights, entry_of, names = self._weights, self._occ_entry, self._occ_name
        ranked = sorted(
            (-weights[entry_of[occ]], len(text), len(names[occ]), position)
            for position, (text, occ) in enumerate(rows)
        )
        by_rank = [item[3] for item in ranked]
        rank = [0] * len(rows)
        for place, position in enumerate(by_rank):
            rank[position] = place
        self._by_rank = by_rank
        self._rank = rank

    def _build_fuzzy(self) -> None:
        strings = sorted(set(self._occ_compact), key=lambda s: (len(s), s))
        self._fz_strings = strings
        self._fz_lengths = np.fromiter((len(s) for s in strings), dtype=np.int32)
        longest = len(strings[-1]) if strings else 0
        # _fz_start[n] = index of the first string of length >= n.
        starts = [0] * (longest + 2)
        position = 0
        for length in range(longest + 2):
            while position < len(strings) and len(strings[position]) < length:
                position += 1
            starts[length] = position
        self._fz_start = starts
        postings: dict[str, list[int]] = {}
        for number, text in enumerate(strings):
            for gram in _bigrams(text):
                postings.setdefault(gram, []).append(number)
        self._fz_postings = {g: np.array(ids, dtype=np.int32) for g, ids in postings.items()}

    # -- searching -------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 10,
        accept: Callable[[K], bool] | None = None,
    ) -> list[NameHit[K]]:
        """Return up to ``limit`` hits, exact before prefix before fuzzy, one per key.

        ``accept`` filters keys (e.g. by country) before they count toward the limit.
        """
        key = fold(query).replace(" ", "")
        if not key or limit <= 0:
            return []
        found: dict[int, NameHit[K]] = {}
        rejected: set[int] = set()

        def take(occ: int, score: float, kind: HitKind) -> bool:
            """Record a hit unless its entry is known; return True when the list is full."""
            entry = self._occ_entry[occ]
            if entry in found or entry in rejected:
                return False
            entry_key = self._keys[entry]
            if accept is not None and not accept(entry_key):
                rejected.add(entry)
                return False
            found[entry] = NameHit(entry_key, self._occ_name[occ], score, kind)
            return len(found) >= limit

        for occ in self._exact.get(key, ()):
            if take(occ, 100.0, "exact"):
                return list(found.values())
        for position in self._prefix_positions(key):
            score = round(100.0 * len(key) / len(self._sfx[position]), 1)
            if take(self._sfx_occ[position], score, "prefix"):
                return list(found.values())
        if len(key) >= _MIN_FUZZY_LENGTH:
            for occ, score in self._fuzzy(key):
                if take(occ, score, "fuzzy"):
                    break
        return list(found.values())

    def _prefix_positions(self, key: str) -> Iterator[int]:
        """Yield suffix positions starting with ``key``, best-ranked first."""
        lo = bisect_left(self._sfx, key)
        hi = bisect_left(self._sfx, key + _AFTER_ALL, lo)
        if hi - lo <= _SORT_RANGE_LIMIT:
            yield from sorted(range(lo, hi), key=self._rank.__getitem__)
        else:
            for position in self._by_rank:
                if lo <= position < hi:
                    yield position

    def _fuzzy(self, key: str) -> list[tuple[int, float]]:
        """Occurrences whose compact key is within the cutoff, in tier order."""
        scored: list[tuple[int, float]] = []
        for text, score, _ in process.extract(
            key,
            self._fuzzy_candidates(key),
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=FUZZY_CUTOFF,
            limit=None,
        ):
            for occ in self._exact[text]:
                scored.append((occ, round(score, 1)))
        scored.sort(key=lambda item: self._tier_rank(*item))
        return scored

    def _fuzzy_candidates(self, key: str) -> list[str]:
        """Compact keys that can reach the cutoff, found without scoring them all.

        An Indel ratio of at least c between lengths n and m allows at most
        d = (100 - c)(n + m) / 100 insertions and deletions; each destroys at
        most two of the query's bigrams, so a candidate must share at least
        (distinct bigrams of the query) - 2d of them. Lengths outside
        c n / (200 - c) .. n (200 - c) / c cannot pass at all.
        """
        n, cutoff = len(key), int(FUZZY_CUTOFF)
        starts = self._fz_start
        shortest = -(-cutoff * n // (200 - cutoff))
        longest = n * (200 - cutoff) // cutoff
        lo = starts[min(shortest, len(starts) - 1)]
        hi = starts[min(longest + 1, len(starts) - 1)]
        grams = _bigrams(key)
        lists = [self._fz_postings[g] for g in grams if g in self._fz_postings]
        if lo >= hi or not lists:
            return []
        shared = np.bincount(np.concatenate(lists), minlength=hi)[lo:hi]
        allowed_edits = (100 - cutoff) * (n + self._fz_lengths[lo:hi]) // 100
        chosen = np.flatnonzero(shared >= len(grams) - 2 * allowed_edits) + lo
        strings = self._fz_strings
        return [strings[i] for i in chosen.tolist()]

    def _tier_rank(self, occ: int, score: float) -> tuple[float, float, int]:
        return (-self._weights[self._occ_entry[occ]], -score, len(self._occ_name[occ]))


def _bigrams(text: str) -> set[str]:
    """Distinct character pairs of ``text`` with start and end markers, so short keys have some."""
    padded = f"\x02{text}\x03"
    return {padded[i : i + 2] for i in range(len(padded) - 1)}

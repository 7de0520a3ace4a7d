"""Consonant skeletons, so that an Arabic spelling of a place can meet its French one.

Claim statements name places in Arabic hashtags (#ماركاكونغو, #كاسيلا) while
the gazetteer knows small places only by French or English spellings
(Markakoungo, Kasséla). Arabic leaves short vowels unwritten and French spells
one sound several ways, so both sides are reduced to the consonants they
share: :func:`arabic_skeleton` and :func:`latin_skeleton` both give "mrkkng"
for ماركاكونغو and Marka-Coungo.

Consonant classes (one output letter each):

=====  ======================  ==============================================
class  Arabic                  Latin
=====  ======================  ==============================================
b      ب پ                     b, p
t      ت ط ث ٹ                 t, th
s      س ص ز ظ                 s, z, c before e/i/y, the s of x
c      ش چ                     ch, sh, sch
g      غ ج گ ڭ ڨ               g, gh, j, dj
k      ك ق                     k, q, c elsewhere, ck, the k of x
h      ح خ ه                   h, kh
d      د ض ذ ڈ                 d, dh
f      ف ڤ ڥ                   f, ph, v
r l m  ر ڑ, ل, م               r, l, m
n      ن                       n (m before b, so تنبكتو and Tombouctou meet)
w y    و ي starting a word     w, y starting a word, and ou before a vowel
=====  ======================  ==============================================

Dropped: vowels (ا, and و ي ى ے after a word's first letter; a e i o u, and
w y after it), ع and ء, a word-final ه (mostly ta marbuta) or h after a vowel,
and the article at the start of a word (ال, or al/el before a consonant or as
a separate first word). A letter written twice in a row counts once
(Kassela -> "ksl"), while consonants with a vowel between them both stay
(Markacoungo keeps both k).

Why these merges: Arabic has no /g/, so it is written غ or ج (#غاو and جاو
for Gao), and French writes ج as "dj" or "j"; Arabic spells French z with س
(أغاديس, Agadez), p with ب (موبتي, Mopti) and Tamasheq t with ث. ق stays with
ك, as Malian names use it for k, but :class:`SkeletonIndex` also tries it as
g, the Hassaniya reading (وادي الناقة, Oued Naga).

:class:`SkeletonIndex` matches equal skeletons or, from five consonants on,
skeletons one edit apart (المسترات "mstrt", Almoustarast "mstrst"). It then
checks the vowels Arabic does write, on a reading that keeps a (ا / a),
i (ي / e i y) and u (و / o u ou w): the two readings must have an Indel ratio
of at least :data:`MIN_VOWEL_SCORE`, since a name whose written vowels clash
is another name (بولكيسي is not Bélékosso), and of at least
:data:`SHORT_VOWEL_CUTOFF` when the skeleton has one or two consonants, too
common to trust alone ("g" is Gao and a hundred wells).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Hashable, Iterable

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from sahel_desk.reference.name_index import IndexEntry, NameHit
from sahel_desk.text.normalize import compact, fold, is_arabic

__all__ = [
    "MIN_QUERY_LETTERS",
    "MIN_VOWEL_SCORE",
    "SHORT_SKELETON",
    "SHORT_VOWEL_CUTOFF",
    "SkeletonIndex",
    "arabic_skeleton",
    "latin_skeleton",
]

MIN_QUERY_LETTERS = 3
"""Arabic letters a query needs before it is looked up by skeleton."""

SHORT_SKELETON = 2
"""Skeletons of at most this many consonants are short: matched only with the vowel check."""

SHORT_VOWEL_CUTOFF = 85.0
"""Lowest Indel ratio (0-100) of the vowelled readings for a short-skeleton match."""

MIN_VOWEL_SCORE = 70.0
"""Lowest Indel ratio of the vowelled readings for any match: the vowels must not all clash."""

# Skeletons this long (query and gazetteer name both) may match one edit apart.
_NEAR_SKELETON = 5

_VOWELS = "aiu"


class _DropOthers(dict[int, int | str | None]):
    """A translation table that deletes every character it does not list."""

    def __missing__(self, code: int) -> None:
        return None


_ARABIC_LETTERS: dict[str, str] = {
    "ب": "b", "پ": "b",
    "ت": "t", "ط": "t", "ث": "t", "ٹ": "t",
    "س": "s", "ص": "s", "ز": "s", "ظ": "s",
    "ش": "c", "چ": "c",
    "غ": "g", "ج": "g", "گ": "g", "ڭ": "g", "ڨ": "g",
    "ك": "k", "ق": "k",
    "ح": "h", "خ": "h", "ه": "h",
    "د": "d", "ض": "d", "ذ": "d", "ڈ": "d",
    "ف": "f", "ڤ": "f", "ڥ": "f",
    "ر": "r", "ڑ": "r", "ل": "l", "م": "m", "ن": "n",
    "ا": "a", "و": "u", "ۆ": "u", "ي": "i", "ے": "i",
}  # fmt: skip
_ARABIC_CODES = str.maketrans(_ARABIC_LETTERS)
_ARABIC_TABLE = _DropOthers(_ARABIC_CODES)

_LATIN_DIGRAPHS = (
    ("sch", "C"), ("ch", "C"), ("sh", "C"),
    ("dj", "G"), ("gh", "G"), ("kh", "H"),
    ("ph", "F"), ("th", "T"), ("dh", "D"), ("ck", "K"), ("x", "KS"),
)  # fmt: skip
_SOFT_C = re.compile("c(?=[eiy])")
_FINAL_H = re.compile("(?<=[aeiou])h$")
_LATIN_TABLE = _DropOthers(
    str.maketrans(
        "abcdefghijklmnopqrstuvwyzCGHFTDKSWY",
        "abkdifghigklmnubkrstufuisCGHFTDKSWY".lower(),
    )
)
_LATIN_NAME = re.compile("[a-z0-9 ]*[a-z][a-z0-9 ]*")
_ANY_VOWEL = re.compile("[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")
_STRIP_VOWELS = str.maketrans("", "", _VOWELS)


def arabic_skeleton(text: str) -> str:
    """The consonant skeleton of an Arabic-script name; "" when it has no consonant."""
    return _arabic_reading(text).translate(_STRIP_VOWELS)


def latin_skeleton(text: str) -> str:
    """The consonant skeleton of a Latin-script name, comparable with :func:`arabic_skeleton`."""
    return _latin_reading(text).translate(_STRIP_VOWELS)


def _arabic_reading(text: str) -> str:
    """Consonant classes plus the written vowels a, i, u of an Arabic name."""
    return "".join(_finish(_arabic_word(word)) for word in fold(text).split())


def _latin_reading(text: str) -> str:
    """Consonant classes plus vowels folded to a, i, u, comparable with the Arabic reading."""
    return _folded_latin_reading(fold(text))


def _folded_latin_reading(folded: str) -> str:
    words = folded.split()
    if len(words) > 1 and words[0] in ("al", "el"):
        words = words[1:]
    return "".join(_finish(_latin_word(word)) for word in words)


def _name_reading(name: str) -> str | None:
    """The Latin reading of a gazetteer name, or None if it is not a Latin spelling.

    All-capital names of up to four letters are codes (GAQ, BKO), and names
    without a vowel letter-by-letter romanisations (tmbktw): neither adds a
    skeleton the real spellings lack, and both make poor labels for a hit.
    """
    if not name or (name.isupper() and len(name) <= 4):
        return None
    folded = fold(name)
    if _LATIN_NAME.fullmatch(folded) is None or _ANY_VOWEL.search(folded) is None:
        return None
    return _folded_latin_reading(folded)


def _arabic_word(word: str) -> str:
    if word.startswith("ال") and len(word) > 3 and word[2] != "ا":
        word = word[2:]
    head = ""
    if word[0] == "و":
        head, word = "w", word[1:]
    elif word[0] == "ي":
        head, word = "y", word[1:]
    if len(word) > 1 and word.endswith("ه"):
        word = word[:-1]
    return head + word.translate(_ARABIC_TABLE)


def _latin_word(word: str) -> str:
    if len(word) > 4 and word[:2] in ("al", "el") and word[2] not in "aeiou":
        word = word[2:]
    head = ""
    if word[:2] == "ou" and word[2:3] in ("a", "e", "i", "o", "u"):
        head, word = "W", word[2:]
    elif word[0] in "wy":
        head, word = word[0].upper(), word[1:]
    if "c" in word:
        word = _SOFT_C.sub("S", word)
    if word.endswith("h"):
        word = _FINAL_H.sub("", word)
    for digraph, letter in _LATIN_DIGRAPHS:
        if digraph in word:
            word = word.replace(digraph, letter)
    return (head + word).translate(_LATIN_TABLE)


def _finish(reading: str) -> str:
    """Count a letter written twice once, and write n before b as m."""
    return _DOUBLED.sub(_first_letter, reading).replace("nb", "mb")


def _first_letter(match: re.Match[str]) -> str:
    return match.group(1)


class SkeletonIndex:
    """Finds entries whose Latin names share the consonant skeleton of an Arabic query.

    Matching rules are in the module docstring. Entries lighter than
    ``short_min_weight`` are never found by a skeleton of one or two
    consonants, so that a short name reaches towns and not every well.
    """

    def __init__(self, entries: Iterable[IndexEntry], short_min_weight: float = 0.0) -> None:
        self._keys: list[Hashable] = []
        self._weights: list[float] = []
        # One "spelling" per distinct Latin reading of an entry: its entry, name and reading.
        self._sp_entry: list[int] = []
        self._sp_name: list[str] = []
        self._sp_reading: list[str] = []
        self._by_skeleton: dict[str, list[int]] = {}
        known: dict[str, tuple[str, str] | None] = {}  # name -> (reading, skeleton)
        for entry in entries:
            index = len(self._keys)
            self._keys.append(entry.key)
            self._weights.append(float(entry.weight))
            short_ok = entry.weight >= short_min_weight
            seen: set[str] = set()
            for name in entry.names:
                if name in known:
                    found = known[name]
                else:
                    reading = _name_reading(name)
                    found = known[name] = (
                        None if reading is None else (reading, reading.translate(_STRIP_VOWELS))
                    )
                if found is None or found[0] in seen:
                    continue
                reading, skeleton = found
                if not skeleton or (len(skeleton) <= SHORT_SKELETON and not short_ok):
                    continue
                seen.add(reading)
                self._by_skeleton.setdefault(skeleton, []).append(len(self._sp_name))
                self._sp_entry.append(index)
                self._sp_name.append(name)
                self._sp_reading.append(reading)
        # One-deletion variants of the longer skeletons, for matches one edit away.
        self._deletions: dict[str, list[str]] = {}
        for skeleton in self._by_skeleton:
            if len(skeleton) >= _NEAR_SKELETON:
                for variant in _deletions(skeleton):
                    self._deletions.setdefault(variant, []).append(skeleton)

    def __len__(self) -> int:
        return len(self._keys)

    def search(
        self,
        query: str,
        limit: int = 10,
        accept: Callable[[Hashable], bool] | None = None,
        exclude: Collection[Hashable] = (),
    ) -> list[NameHit]:
        """Hits of kind "transliterated": nearest skeleton first, then weight, then vowels.

        ``accept`` filters keys as in :meth:`NameIndex.search`; keys in
        ``exclude`` (already found another way) are skipped.
        """
        letters = compact(query)
        if limit <= 0 or sum(map(is_arabic, letters)) < MIN_QUERY_LETTERS:
            return []
        readings = {_arabic_reading(query)}
        if "ق" in letters:
            readings.add(_arabic_reading(query.replace("ق", "غ")))
        best: dict[int, tuple[int, float, float, int, str]] = {}
        for reading in readings:
            skeleton = reading.translate(_STRIP_VOWELS)
            for distance, other in self._skeletons_near(skeleton):
                short = len(other) <= SHORT_SKELETON
                cutoff = SHORT_VOWEL_CUTOFF if short else MIN_VOWEL_SCORE
                for number in self._by_skeleton[other]:
                    score = round(fuzz.ratio(reading, self._sp_reading[number]), 1)
                    if score < cutoff:
                        continue
                    entry, name = self._sp_entry[number], self._sp_name[number]
                    rank = (distance, -self._weights[entry], -score, len(name), name)
                    if entry not in best or rank < best[entry]:
                        best[entry] = rank
        hits: list[NameHit] = []
        for entry, rank in sorted(best.items(), key=lambda item: item[1]):
            key = self._keys[entry]
            if key in exclude or (accept is not None and not accept(key)):
                continue
            hits.append(NameHit(key, rank[4], -rank[2], "transliterated"))
            if len(hits) >= limit:
                break
        return hits

    def _skeletons_near(self, skeleton: str) -> list[tuple[int, str]]:
        """Indexed skeletons equal to ``skeleton`` (distance 0) or, if long, one edit away."""
        found = [(0, skeleton)] if skeleton in self._by_skeleton else []
        if len(skeleton) < _NEAR_SKELETON:
            return found
        near: set[str] = set(self._deletions.get(skeleton, ()))
        for variant in _deletions(skeleton):
            if variant in self._by_skeleton:
                near.add(variant)
            near.update(self._deletions.get(variant, ()))
        near.discard(skeleton)
        found += sorted((1, other) for other in near if Levenshtein.distance(skeleton, other) <= 1)
        return found


def _deletions(text: str) -> set[str]:
    return {text[:i] + text[i + 1 :] for i in range(len(text))}

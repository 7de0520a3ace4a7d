"""Names in a claim: its channel, the claiming group, other actors and places.

Known names come from :mod:`sahel_desk.claims.vocabulary`; the app's actor
registry and gazetteer, passed as lookups, refine them. Places are hashtags
that are not names or keywords, and words after "في", "قرب", "ولاية"...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from sahel_desk.claims import vocabulary
from sahel_desk.claims.numbers import read_number
from sahel_desk.claims.reading import Suggestion
from sahel_desk.claims.tokens import Token, Tokens, bare_variants, prefix_offset, variants
from sahel_desk.text.message import Text, joined
from sahel_desk.text.normalize import fold, is_arabic

PlaceLookup = Callable[[str], list[tuple[str, float]]]
ActorLookup = Callable[[str], str | None]


@dataclass(frozen=True)
class _Phrase:
    words: tuple[str, ...]
    kind: str  # "channel", "claimant" or "actor"
    name: str
    note: str = ""


@dataclass(frozen=True)
class NameMatch:
    """A known name found at tokens ``first``..``last`` (inclusive), chars ``start:end``."""

    kind: str
    name: str
    note: str
    first: int
    last: int
    start: int
    end: int
    in_hashtag: bool
    query: str  # the name to look up: as written, or folded when a prefix was joined


@cache
def _phrases() -> tuple[_Phrase, ...]:
    phrases: list[_Phrase] = []
    tables = (
        ("channel", vocabulary.CHANNELS),
        ("claimant", vocabulary.CLAIMANTS),
        ("actor", vocabulary.ACTORS),
    )
    for kind, table in tables:
        for name, forms in table.items():
            phrases.extend(_Phrase(tuple(fold(f).split()), kind, name) for f in forms)
    for form, (name, note) in vocabulary.ACTOR_NOTES.items():
        phrases.append(_Phrase(tuple(fold(form).split()), "actor", name, note))
    # Longest first, so "قوات الجيش المالي" wins over "الجيش المالي".
    return tuple(sorted(phrases, key=lambda p: -len(p.words)))


def _match_phrase(words: tuple[Token, ...], i: int, phrase: _Phrase) -> int | None:
    """Letters of joined prefix before ``phrase`` at token ``i``, or None if no match.

    "للجيش" reads as "ل" + "الجيش": the prefix is then reported as 0 letters.
    """
    size = len(phrase.words)
    if i + size > len(words):
        return None
    if any(words[i + k].folded != phrase.words[k] for k in range(1, size)):
        return None
    head = words[i].folded
    for v in variants(head):
        if v == phrase.words[0]:
            return len(head) - len(v)
    return None


def find_names(tokens: Tokens) -> list[NameMatch]:
    """Every known channel, group and actor name, longest match first, no overlaps."""
    words = tokens.words
    found: list[NameMatch] = []
    i = 0
    while i < len(words):
        for phrase in _phrases():
            prefix = _match_phrase(words, i, phrase)
            if prefix is None:
                continue
            last = i + len(phrase.words) - 1
            tag = words[i].hashtag
            in_tag = tag is not None and tokens.hashtags[tag].first == i
            if tag is not None and in_tag:
                start = tokens.hashtags[tag].start
            else:
                start = prefix_offset(words[i], prefix)
            end = words[last].end
            exact = words[i].folded == phrase.words[0]
            query = _as_phrase(tokens.text[start:end]) if exact else " ".join(phrase.words)
            found.append(
                NameMatch(phrase.kind, phrase.name, phrase.note, i, last, start, end, in_tag, query)
            )
            i = last + 1
            break
        else:
            i += 1
    return found


def name_suggestions(
    tokens: Tokens, names: list[NameMatch], actor_lookup: ActorLookup | None
) -> list[Suggestion]:
    """Channel, claimant and actor suggestions for the names found.

    The claimant is the first group named in a hashtag, else the first named;
    other groups are suggested as actors. With no group named, the channel's
    owner (az-Zallaqa -> JNIM) is suggested with a note.
    """
    text = tokens.text
    groups = [m for m in names if m.kind == "claimant"]
    claimant = next((m for m in groups if m.in_hashtag), groups[0] if groups else None)
    out: list[Suggestion] = []
    for m in names:
        source = text[m.start : m.end]
        if m.kind == "channel":
            out.append(Suggestion("channel", m.name, m.start, m.end, source, m.note))
            continue
        kind = "claimant" if m is claimant else "actor"
        value = _actor_value(m.query, m.name, actor_lookup)
        out.append(Suggestion(kind, value, m.start, m.end, source, m.note))
    if claimant is None:
        for s in [s for s in out if s.kind == "channel"]:
            owner = vocabulary.CHANNEL_OWNERS.get(s.value)
            if owner:
                value = _actor_value(owner, owner, actor_lookup)
                note = Text("not named in the text: {channel} is its media wing",
                            channel=s.value)
                out.append(Suggestion("claimant", value, s.start, s.end, s.source_text, note))
                break
    return out


def _as_phrase(source: str) -> str:
    return source.lstrip("#").replace("_", " ")


def _actor_value(raw: str, builtin: str, actor_lookup: ActorLookup | None) -> str:
    """The registry's name when the lookup knows the words or the built-in name."""
    if actor_lookup is not None:
        for query in (raw, builtin):
            found = actor_lookup(query)
            if found:
                return found
    return builtin


@cache
def _place_triggers() -> frozenset[str]:
    return vocabulary.folded(vocabulary.PLACE_TRIGGERS)


@cache
def _place_skips() -> frozenset[str]:
    return _place_triggers() | vocabulary.folded(vocabulary.PLACE_FILLERS)


def _is(word: str, table: frozenset[str]) -> bool:
    return any(v in table for v in variants(word))


def _can_be_place(token: Token) -> bool:
    if not is_arabic(token.text) or read_number([token.folded], 0) is not None:
        return False
    return not any(v in vocabulary.not_place_words() for v in bare_variants(token.folded))


def _adjacent(text: str, a: Token, b: Token) -> bool:
    """True when only spaces (no punctuation, no line break) separate two tokens."""
    gap = text[a.end : b.start]
    return gap.strip(" \t") == "" and bool(gap)


def find_places(
    tokens: Tokens, taken: set[int], place_lookup: PlaceLookup | None
) -> list[Suggestion]:
    """Candidate places: free hashtags, and words after a place trigger.

    ``taken`` holds token indices already read as names. Hashtags are kept even
    when the lookup finds nothing; trigger words only when it finds something.
    """
    text, words = tokens.text, tokens.words
    out: list[Suggestion] = []
    for tag in tokens.hashtags:
        span = range(tag.first, tag.last + 1)
        if any(i in taken for i in span):
            continue
        inner = [i for i in span if not _is(words[i].folded, _place_skips())]
        if not inner or not _can_be_place(words[inner[0]]):
            continue
        raw = _as_phrase(text[words[inner[0]].start : tag.end])
        resolved = _resolve(raw, place_lookup, keep=True)
        if resolved:
            value, note, candidates = resolved
            out.append(
                Suggestion(
                    "place", value, tag.start, tag.end, text[tag.start : tag.end], note, candidates
                )
            )

    seen: set[int] = set()
    for i, token in enumerate(words):
        if token.hashtag is not None or i in taken or not _is(token.folded, _place_triggers()):
            continue
        j = i + 1
        while (
            j < len(words)
            and words[j].hashtag is None
            and j not in taken
            and _adjacent(text, words[j - 1], words[j])
            and _is(words[j].folded, _place_skips())
        ):
            j += 1
        if (
            j >= len(words)
            or j in seen
            or j in taken
            or words[j].hashtag is not None
            or not _adjacent(text, words[j - 1], words[j])
            or not _can_be_place(words[j])
        ):
            continue
        seen.add(j)
        found = _place_after_trigger(tokens, j, taken, place_lookup, token.text)
        if found:
            out.append(found)
    return sorted(out, key=lambda s: s.start)


def _place_after_trigger(
    tokens: Tokens, j: int, taken: set[int], place_lookup: PlaceLookup | None, trigger: str
) -> Suggestion | None:
    """The place named at token ``j``, two words tried before one when a lookup is given."""
    text, words = tokens.text, tokens.words
    ends = [j]
    if (
        place_lookup is not None
        and j + 1 < len(words)
        and j + 1 not in taken
        and words[j + 1].hashtag is None
        and _adjacent(text, words[j], words[j + 1])
        and _can_be_place(words[j + 1])
    ):
        ends.insert(0, j + 1)
    for last in ends:
        start, end = words[j].start, words[last].end
        resolved = _resolve(text[start:end], place_lookup, keep=False)
        if resolved:
            value, note, candidates = resolved
            note = joined([n for n in (Text("word after '{word}'", word=trigger), note) if n])
            return Suggestion("place", value, start, end, text[start:end], note, candidates)
    return None


def _resolve(
    raw: str, place_lookup: PlaceLookup | None, *, keep: bool
) -> tuple[str, str, tuple[tuple[str, float], ...]] | None:
    """(value, note, candidates) for a candidate place; None to drop it."""
    if place_lookup is None:
        return raw, "", ()
    found = sorted(place_lookup(raw), key=lambda c: -c[1])
    if found:
        return found[0][0], "", tuple(found)
    return (raw, Text("not found in the gazetteer"), ()) if keep else None

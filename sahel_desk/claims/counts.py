"""The numbers a claim asserts: killed, wounded, captured, vehicles and weapons seized.

A count follows its trigger ("مقتل سبعة من الجنود", "غنيمة ثلاث سيارات") or
comes before a casualty noun ("سبعة قتلى"). Seizures list several items
joined by "و"; each item's noun decides whether it counts vehicles or
weapons. Claims of losses without a number are suggested with value None.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from sahel_desk.claims import vocabulary
from sahel_desk.claims.numbers import NumberRead, is_singular, noun_class, read_number
from sahel_desk.claims.reading import Suggestion
from sahel_desk.claims.tokens import Tokens, prefix_offset, variants
from sahel_desk.text.message import Text, joined
from sahel_desk.text.normalize import fold

_AND = "و"
_NOUN_REACH = 3  # words between a count and its noun ("كمية كبيرة من الأسلحة")
_ADJECTIVE_REACH = 3  # words read past after an item before the next "و"
_FILLER_REACH = 5
_NUMBER_REACH = 4  # words a count spans before a noun it precedes
_NUMBER_WORDS = 8  # at most, "ثلاث مئة و خمسة و عشرون" being six
_VAGUE_NOTE = Text("vague: claimed without a number")


@dataclass(frozen=True)
class _Item:
    """A counted item at tokens ``first``..``end - 1``."""

    value: int | None
    vague: bool
    first: int
    end: int
    noun: str | None  # noun class


def _kinds(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {fold(w): kind for kind, words in table.items() for w in words}


@cache
def _people_triggers() -> dict[str, str]:
    return _kinds(vocabulary.PEOPLE_TRIGGERS)


@cache
def _people_after() -> dict[str, str]:
    return _kinds(vocabulary.PEOPLE_AFTER)


@cache
def _seized_triggers() -> frozenset[str]:
    return vocabulary.folded(vocabulary.SEIZED_TRIGGERS)


@cache
def _fillers() -> frozenset[str]:
    return vocabulary.folded(vocabulary.COUNT_FILLERS)


def _lookup(word: str, table: dict[str, str] | frozenset[str]) -> tuple[str, int] | None:
    """(entry, letters of joined prefix) when a variant of ``word`` is in ``table``."""
    for v in variants(word):
        if v in table:
            return (table[v] if isinstance(table, dict) else v), len(word) - len(v)
    return None


def _is_trigger(word: str) -> bool:
    return bool(_lookup(word, _people_triggers()) or _lookup(word, _seized_triggers()))


def _casualty_noun(word: str) -> tuple[str, bool] | None:
    """(kind, is dual) for "قتلى", "جرحى", "قتيلين"...; None for other words."""
    table = _people_after()
    for v in variants(word):
        if v in table:
            return table[v], False
        if v.endswith(("ين", "ان")) and v[:-2] in table:
            return table[v[:-2]], True
    return None


class _Reader:
    """Walks the tokens of one claim, remembering which were already read."""

    def __init__(self, tokens: Tokens, skip: Iterable[int]):
        self.tokens = tokens
        self.words = tokens.words
        self.folded = [t.folded for t in tokens.words]
        self.used: set[int] = set(skip)
        self.out: list[Suggestion] = []

    def joined(self, a: int, b: int) -> bool:
        """True when tokens a and b (a < b) are in one clause: no stop or line break between."""
        gap = self.tokens.text[self.words[a].end : self.words[b].start]
        return not any(c in gap for c in ".!?؟\n;؛:")

    def number_at(self, j: int) -> tuple[NumberRead, int] | None:
        """A count at ``j`` (a joined "و" or preposition allowed) and its prefix length."""
        if j >= len(self.words) or j in self.used:
            return None
        head = self.folded[j]
        for v in variants(head):
            read = read_number([v, *self.folded[j + 1 : j + _NUMBER_WORDS]], 0)
            if read is not None:
                return read, len(head) - len(v)
        return None

    def item(self, j: int, *, need_noun: bool) -> _Item | None:
        """Read "count [من] noun", a dual noun, or a bare noun starting at ``j``."""
        n = len(self.words)
        first = j
        while j < n and j - first < _FILLER_REACH and self.folded[j] in _fillers():
            j += 1
        if j >= n or (j > first and not self.joined(first, j)):
            return None
        found = self.number_at(j)
        if found is None:
            cls = noun_class(self.folded[j])
            if cls is None:
                return None
            value = 1 if is_singular(self.folded[j]) else None
            return _Item(value, False, j, j + 1, cls)
        read, _prefix = found
        end = j + read.length
        cls = noun_class(self.folded[j]) if read.length == 1 else None
        if cls is None:
            for k in range(end, min(end + _NOUN_REACH, n)):
                if not self.joined(j, k) or _is_trigger(self.folded[k]):
                    break
                if self.folded[k].startswith(_AND) and k > end and not noun_class(self.folded[k]):
                    break
                cls = noun_class(self.folded[k])
                if cls:
                    end = k + 1
                    break
        if need_noun and cls is None:
            return None
        return _Item(read.value, read.vague, j, end, cls)

    def span(self, first: int, end: int, prefix: int = 0) -> tuple[int, int, str]:
        start = prefix_offset(self.words[first], prefix)
        stop = self.words[end - 1].end
        return start, stop, self.tokens.text[start:stop]

    def add(self, kind: str, item: _Item, first: int, prefix: int, note: str = "") -> None:
        start, end, source = self.span(first, item.end, prefix)
        if item.value is None:
            why = _VAGUE_NOTE if item.vague else Text("named without a number")
            note = joined([n for n in (why, note) if n])
        self.out.append(Suggestion(kind, item.value, start, end, source, note))
        self.used.update(range(first, item.end))

    def people(self, i: int, kind: str, prefix: int) -> None:
        """Read a count after a people trigger; "مقتل وإصابة عشرة" gives one count to both."""
        kinds = [kind]
        j = i + 1
        while j < len(self.words) and self.folded[j].startswith(_AND):
            also = _lookup(self.folded[j], _people_triggers())
            if also is None or also[0] in kinds:
                break
            kinds.append(also[0])
            j += 1
        item = self.item(j, need_noun=False)
        if item is None:
            return
        together = " and ".join(kinds)
        for k in kinds:
            note = Text("one count for {kinds}", kinds=together) if len(kinds) > 1 else ""
            self.add(k, item, i, prefix, note)

    def seized(self, i: int, prefix: int) -> None:
        """Read each seized item ("غنيمة ثلاث سيارات وكمية من الأسلحة"), one suggestion each."""
        n = len(self.words)
        j = i + 1
        first, first_prefix = i, prefix
        while j < n:
            item = self.item(j, need_noun=True)
            if item is None:
                return
            kind = vocabulary.SEIZED_KINDS.get(item.noun or "")
            if kind:
                self.add(kind, item, first, first_prefix)
            else:
                self.used.update(range(item.first, item.end))
            following = self._next_item(item.end)
            if following is None:
                return
            j = first = following[0]
            first_prefix = following[1]

    def _next_item(self, k: int) -> tuple[int, int] | None:
        """The next "و"-joined item after one ending at ``k``: (index, letters of "و")."""
        n = len(self.words)
        for j in range(k, min(k + _ADJECTIVE_REACH + 1, n)):
            if not self.joined(k - 1, j) or _is_trigger(self.folded[j]):
                return None
            word = self.folded[j]
            if word == _AND:
                return (j + 1, 0) if j + 1 < n and self.joined(j, j + 1) else None
            if word.startswith(_AND):
                return j, 1
        return None

    def before(self, i: int, kind: str, dual: bool) -> None:
        """Read a count before a casualty noun ("سبعة قتلى") or in a dual one ("قتيلين")."""
        word = self.words[i]
        if dual:
            joined = self.folded[i].startswith(_AND) and _casualty_noun(self.folded[i][1:])
            start = prefix_offset(word, 1 if joined else 0)
            source = self.tokens.text[start : word.end]
            self.out.append(Suggestion(kind, 2, start, word.end, source, "dual noun"))
            self.used.add(i)
            return
        for j in range(max(0, i - _NUMBER_REACH), i):
            if any(k in self.used for k in range(j, i)) or not self.joined(j, i):
                continue
            found = self.number_at(j)
            if found and found[0].length == i - j:
                read, prefix = found
                self.add(kind, _Item(read.value, read.vague, j, i + 1, "person"), j, prefix)
                return

    def vague_losses(self, i: int) -> None:
        """Note deaths claimed without a number ("خسائر بشرية")."""
        if i + 1 >= len(self.words):
            return
        pair = (self.folded[i], self.folded[i + 1])
        for first, second in vocabulary.VAGUE_KILLED:
            if fold(first) in variants(pair[0]) and pair[1] == fold(second):
                note = Text("human losses claimed")
                self.add("killed", _Item(None, True, i, i + 2, "person"), i, 0, note)
                return

    def run(self) -> list[Suggestion]:
        for i, word in enumerate(self.folded):
            if i in self.used:
                continue
            if people := _lookup(word, _people_triggers()):
                self.people(i, *people)
            elif seized := _lookup(word, _seized_triggers()):
                self.seized(i, seized[1])
            elif after := _casualty_noun(word):
                self.before(i, *after)
            else:
                self.vague_losses(i)
        return sorted(self.out, key=lambda s: (s.start, s.kind))


def find_counts(tokens: Tokens, skip: Iterable[int] = ()) -> list[Suggestion]:
    """Count suggestions for a claim; ``skip`` holds token indices not to read (the date)."""
    return _Reader(tokens, skip).run()

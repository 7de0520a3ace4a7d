"""Words of a claim with their character offsets, so every finding can be highlighted.

Matching works on folded words, but suggestions must point back into the
text as written: each token keeps its start and end in the original string.
Hashtags are split at underscores into ordinary tokens that remember the
hashtag they belong to, so "#مؤسسة_الزلاقة" and "مؤسسة الزلاقة" match alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sahel_desk.text.normalize import fold

# Letters and digits, plus the Arabic and Latin combining marks and tatweel that
# may sit inside a word; underscores and punctuation end a token.
_TOKEN_RE = re.compile(
    "(?:[^\\W_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+"
)
_HASHTAG_RE = re.compile(r"#[^\s#]+")

# Letters written joined to the next word: conjunctions, then prepositions.
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
_ARTICLE = "ال"


@dataclass(frozen=True)
class Token:
    """One word: as written, folded, where it is, and its hashtag if it is in one."""

    text: str
    folded: str
    start: int
    end: int
    hashtag: int | None = None  # index into Tokens.hashtags


@dataclass(frozen=True)
class Hashtag:
    """A hashtag's span (from '#') and the range of its tokens."""

    start: int
    end: int
    first: int
    last: int  # inclusive token index

    def body(self, text: str) -> str:
        """The hashtag as a phrase: without '#', underscores read as spaces."""
        return text[self.start + 1 : self.end].replace("_", " ").strip()


@dataclass(frozen=True)
class Tokens:
    """The tokens of a text and the hashtags grouping some of them."""

    text: str
    words: tuple[Token, ...]
    hashtags: tuple[Hashtag, ...]

    def folded(self) -> list[str]:
        return [t.folded for t in self.words]


def tokenize(text: str) -> Tokens:
    """Split ``text`` into tokens with offsets; hashtags record their tokens."""
    words: list[Token] = []
    for match in _TOKEN_RE.finditer(text):
        key = fold(match.group()).replace(" ", "")
        if key:
            words.append(Token(match.group(), key, match.start(), match.end()))

    hashtags: list[Hashtag] = []
    for match in _HASHTAG_RE.finditer(text):
        inside = [
            i for i, t in enumerate(words) if match.start() < t.start and t.end <= match.end()
        ]
        if not inside:
            continue
        index = len(hashtags)
        hashtags.append(Hashtag(match.start(), words[inside[-1]].end, inside[0], inside[-1]))
        for i in inside:
            t = words[i]
            words[i] = Token(t.text, t.folded, t.start, t.end, index)
    return Tokens(text, tuple(words), tuple(hashtags))


def variants(word: str) -> tuple[str, ...]:
    """A folded word and its readings without a joined conjunction or preposition.

    "وغنيمه" -> also "غنيمه"; "للجيش" -> also "الجيش"; "بولايه" -> also "ولايه".
    """
    out = [word]
    if word.startswith(_CONJUNCTIONS) and (len(word) > 2 or word[1:].isdigit()):
        out.append(word[1:])
    for w in list(out):
        if len(w) > 3 and w.startswith("لل"):
            out.append(_ARTICLE + w[2:])
        elif len(w) > 2 and w.startswith(_PREPOSITIONS):
            out.append(w[1:])
    return tuple(dict.fromkeys(out))


def bare_variants(word: str) -> tuple[str, ...]:
    """:func:`variants` plus each without the article, for matching nouns."""
    out = list(variants(word))
    out.extend(w[2:] for w in list(out) if len(w) > 3 and w.startswith(_ARTICLE))
    return tuple(dict.fromkeys(out))


def prefix_offset(token: Token, folded_prefix_len: int) -> int:
    """Start offset of ``token`` after skipping that many letters of a joined prefix.

    Marks (harakat, tatweel) do not count as letters, so the offset lands in the
    written text where the folded remainder begins.
    """
    if folded_prefix_len <= 0:
        return token.start
    seen = 0
    for i, char in enumerate(token.text):
        if fold(char):
            seen += 1
            if seen == folded_prefix_len:
                j = i + 1
                while j < len(token.text) and not fold(token.text[j]):
                    j += 1
                return token.start + j
    return token.start

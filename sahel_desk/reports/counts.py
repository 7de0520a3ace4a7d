"""How many were killed, wounded, kidnapped and arrested, as the codebook counts.

The lowest figure given is kept ("at least 13" is 13, "more than 40" is 40,
"10 to 15" is 10); victims listed together are added ("1 peacekeeper and 15
militants killed" is 16); vague words take the codebook's numbers ("dozens"
12, "hundreds" 100, "several" or "a few" 3, "many" 10); a denial ("no
casualties") is 0. Numbers inside a claim ("JNIM said it killed 17") are
claimed numbers, kept apart and never coded as the toll.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sahel_desk.text.message import Text, joined

_UNITS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six ": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100,
}
#: the codebook's numbers for vague words (note says which rule)
_VAGUE = {
    "dozens": 12, "dizaines": 12, "hundreds": 100, "centaines": 100, "several": 3,
    "a few": 3, "few": 3, "some": 3, "plusieurs": 3, "quelques": 3, "many": 10,
    "numerous": 10, "nombreux": 10, "nombreuses": 10, "a dozen": 12, "une douzaine": 12,
    "une dizaine": 10, "une vingtaine": 20, "une trentaine": 30, "une centaine": 100,
}
_NUMBER = (r"(?:\d{1,5}|" + "|".join(sorted((re.escape(k.strip()) for k in _UNITS), key=len,
                                             reverse=True)) + r")")
_VAGUE_ALT = "|".join(sorted((re.escape(k) for k in _VAGUE), key=len, reverse=True))
_QUALIFIER = (r"(?:at\s+least|more\s+than|over|some|about|around|nearly|almost|up\s+to|"
              r"au\s+moins|plus\s+de|près\s+de|environ|une?\s+)?")
_AMOUNT = rf"(?:{_QUALIFIER}\s*(?:{_NUMBER})(?:\s*(?:to|-|–|à|or|ou)\s*\d{{1,5}})?|{_VAGUE_ALT})"
_NOUN = r"(?:[\w'’-]+\s+){0,6}?"

_VERBS = {
    "fatalities": (r"killed|dead|died|lost\s+their\s+lives?|lost\s+his\s+life|"
                   r"were\s+slain|slain|tu[ée]s?|morts?|ont\s+péri|trouvé\s+la\s+mort|"
                   r"assassinated|executed|exécutés?"),
    "injured": r"wounded|injured|hurt|bless[ée]s?",
    "kidnapped": r"kidnapped|abducted|taken\s+hostage|enlev[ée]s?|kidnapp[ée]s?|pris\s+en\s+otage",
    "arrested": r"arrested|detained|apprehended|arrêt[ée]s?|interpell[ée]s?|captured",
}
_ACTIVE = {
    "fatalities": r"killed|killing|assassinated|executed|tuant|tué|ont\s+tué|left",
    "injured": r"wounded|injured|injuring|blessant",
    "kidnapped": r"kidnapped|abducted|took|enlevé|ont\s+enlevé",
    "arrested": r"arrested|detained|apprehended|captured|arrêté|interpellé",
}
_NONE = re.compile(
    r"\bno\s+(?:casualties|deaths?|fatalities|victims?|one\s+(?:was\s+)?(?:killed|hurt|injured))"
    r"|\bno\s+[\w-]+\s+(?:were\s+|was\s+)?(?:killed|hurt|injured)"
    r"|\bwithout\s+(?:casualties|causing\s+casualties)"
    r"|\b(?:aucune|sans\s+faire\s+de|pas\s+de)\s+victimes?", re.I)
_CLAIM_CONTEXT = re.compile(
    r"\b(?:claim(?:ed|s|ing)?\s+(?:to\s+have|that|it\s+had|it|they|(?:at\s+least\s+)?\d)|"
    r"said\s+(?:it|they)|purport\w*|according\s+to\s+(?:the\s+)?(?:jihadists?|group|statement|"
    r"militants|claim|communiqu\w*)|selon\s+(?:le|les|la)\s+(?:communiqué|jihadistes?|groupe|"
    r"revendication)|affirm\w*\s+avoir|revendique\s+avoir|dit\s+avoir)", re.I)


@dataclass(frozen=True)
class CountFound:
    field: str
    value: int | None
    start: int
    end: int
    text: str
    confidence: float
    claimed: bool = False
    note: str = ""


def amount(text: str) -> tuple[int, float, str] | None:
    """(lowest number, confidence, note) of an amount phrase, or None."""
    lowered = " ".join(text.lower().split())
    for word, number in _VAGUE.items():
        if re.search(rf"\b{re.escape(word)}\b", lowered):
            return number, 0.5, Text("'{word}' counts as {number} (the codebook's rule)",
                                     word=word, number=number)
    m = re.search(rf"\b{_NUMBER}\b", lowered)
    if m is None:
        return None
    token = m.group(0)
    value = int(token) if token.isdigit() else _UNITS.get(token, _UNITS.get(token + " "))
    if value is None:
        return None
    note = ""
    confidence = 0.9
    if re.search(r"at\s+least|more\s+than|over|au\s+moins|plus\s+de", lowered):
        note = Text("the lowest figure given")
    elif re.search(r"up\s+to|nearly|almost|about|around|près\s+de|environ|some", lowered):
        confidence, note = 0.6, Text("an approximate figure")
    return value, confidence, note


def counts_in(text: str, offset: int = 0) -> list[CountFound]:
    """Every count found in ``text`` (offsets shifted by ``offset``)."""
    found: list[CountFound] = []
    for field in _VERBS:
        found.extend(_field_counts(field, text, offset))
    for m in _NONE.finditer(text):
        found.append(CountFound("fatalities", 0, offset + m.start(), offset + m.end(),
                                m.group(0), 0.8, note=Text("none reported")))
    return found


def _field_counts(field: str, text: str, offset: int) -> list[CountFound]:
    out: list[CountFound] = []
    passive = re.compile(
        rf"(?P<what>{_AMOUNT}\s+{_NOUN}(?:(?:and|et|,)\s+{_AMOUNT}\s+{_NOUN})*?)"
        rf"(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|ont\s+été\s+|a\s+été\s+|been\s+)?"
        rf"(?:reportedly\s+|reported\s+)?(?:{_VERBS[field]})\b", re.I)
    active = re.compile(
        rf"\b(?:{_ACTIVE[field]})\s+(?P<what>{_AMOUNT}\s+{_NOUN}(?:(?:and|et|,)\s+{_AMOUNT})?)",
        re.I)
    singular = re.compile(
        rf"\b(?:a|an|one|un|une)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>[\w-]+)\s+(?:was\s+)?"
        rf"(?:{_VERBS[field]})\b|^\s*(?P<bare>[A-Z][\w-]*(?:\s+[\w-]+){{0,2}}?)\s+(?:{_VERBS[field]})\b",
        re.I)
    taken: list[tuple[int, int]] = []
    for pattern in (passive, active):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            what = m.group("what")
            if field == "fatalities" and pattern is active and m.group(0).lower().startswith(
                    "left") and not re.search(r"\b(dead|killed|morts)\b",
                                             text[m.end():m.end() + 12], re.I):
                continue
            total = _total(what)
            if total is None:
                continue
            value, confidence, note = total
            claimed = _is_claimed(text, m.start())
            taken.append((m.start(), m.end()))
            out.append(CountFound(field, value, offset + m.start(), offset + m.end(), m.group(0),
                                  confidence, claimed, note))
    if not out:
        for m in singular.finditer(text):
            noun = (m.group("noun") or m.group("bare") or "").lower()
            if noun.endswith("s") and not noun.endswith("ss") and m.group("bare"):
                continue  # "Soldiers killed": a number not given
            if re.match(r"\d", noun):
                continue
            claimed = _is_claimed(text, m.start())
            out.append(CountFound(field, 1, offset + m.start(), offset + m.end(), m.group(0),
                                  0.75, claimed, Text("one, in the singular")))
            break
    return out


def _total(what: str) -> tuple[int, float, str] | None:
    parts = re.split(r"\s+(?:and|et)\s+|,\s*", what)
    total, confidence, notes = 0, 1.0, []
    seen = False
    for part in parts:
        got = amount(part)
        if got is None:
            continue
        seen = True
        total += got[0]
        confidence = min(confidence, got[1])
        if got[2]:
            notes.append(got[2])
    if not seen:
        return None
    said = list(dict.fromkeys(notes))
    if len([p for p in parts if amount(p)]) > 1:
        said.append(Text("victims listed together are added"))
    note = joined(said)
    return total, confidence, note


def _is_claimed(text: str, position: int) -> bool:
    """A count inside the clause of a claim ("JNIM said it killed ...")."""
    start = max(text.rfind(".", 0, position), text.rfind(";", 0, position)) + 1
    return _CLAIM_CONTEXT.search(text[start:position + 1]) is not None

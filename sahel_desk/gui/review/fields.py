"""Field names and values as the review diff, the timeline and the conflicts show them,
in the user's language.

The services word them in English ("Source 2 (RFI): killed", "1: Day known",
"RFI, 2017-05-08 (killed 7)"), which the command line and scripts read. The GUI
words them again from the field's path and the value, with whole translatable
sentences; names, ids, dates and numbers go in as they are, isolated for
right-to-left reading.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.gui.i18n.labels import codebook_label, field_label
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP
from sahel_desk.gui.review.bidi import isolate, isolated
from sahel_desk.gui.review.text import (
    Said,
    counted,
    shown,
    status_word,
    yes_no,
)
from sahel_desk.services.readable import CHILD_LABELS, CHILD_NOUNS, REJECTION_LABELS, label_of

CONTEXT = "ReviewFields"
translate = QCoreApplication.translate

#: one sentence per (child, has a number, has a name, names a field); {what} is the field
_CHILD_TITLES: dict[tuple[str, bool, bool, bool], str] = {
    ("sources", True, True, True): QT_TRANSLATE_NOOP(
        "ReviewFields", "Source {number} ({name}): {what}"),
    ("sources", True, False, True): QT_TRANSLATE_NOOP("ReviewFields", "Source {number}: {what}"),
    ("sources", False, True, True): QT_TRANSLATE_NOOP("ReviewFields", "Source ({name}): {what}"),
    ("sources", False, False, True): QT_TRANSLATE_NOOP("ReviewFields", "Source: {what}"),
    ("sources", True, True, False): QT_TRANSLATE_NOOP("ReviewFields", "Source {number} ({name})"),
    ("sources", True, False, False): QT_TRANSLATE_NOOP("ReviewFields", "Source {number}"),
    ("sources", False, True, False): QT_TRANSLATE_NOOP("ReviewFields", "Source ({name})"),
    ("sources", False, False, False): QT_TRANSLATE_NOOP("ReviewFields", "Source"),
    ("claims", True, True, True): QT_TRANSLATE_NOOP(
        "ReviewFields", "Claim {number} ({name}): {what}"),
    ("claims", True, False, True): QT_TRANSLATE_NOOP("ReviewFields", "Claim {number}: {what}"),
    ("claims", False, True, True): QT_TRANSLATE_NOOP("ReviewFields", "Claim ({name}): {what}"),
    ("claims", False, False, True): QT_TRANSLATE_NOOP("ReviewFields", "Claim: {what}"),
    ("claims", True, True, False): QT_TRANSLATE_NOOP("ReviewFields", "Claim {number} ({name})"),
    ("claims", True, False, False): QT_TRANSLATE_NOOP("ReviewFields", "Claim {number}"),
    ("claims", False, True, False): QT_TRANSLATE_NOOP("ReviewFields", "Claim ({name})"),
    ("claims", False, False, False): QT_TRANSLATE_NOOP("ReviewFields", "Claim"),
}
_ADDED: dict[tuple[str, bool], str] = {
    ("sources", True): QT_TRANSLATE_NOOP("ReviewFields", "Source {number} added"),
    ("sources", False): QT_TRANSLATE_NOOP("ReviewFields", "Source added"),
    ("claims", True): QT_TRANSLATE_NOOP("ReviewFields", "Claim {number} added"),
    ("claims", False): QT_TRANSLATE_NOOP("ReviewFields", "Claim added"),
}
_REMOVED: dict[tuple[str, bool], str] = {
    ("sources", True): QT_TRANSLATE_NOOP("ReviewFields", "Source {number} removed"),
    ("sources", False): QT_TRANSLATE_NOOP("ReviewFields", "Source removed"),
    ("claims", True): QT_TRANSLATE_NOOP("ReviewFields", "Claim {number} removed"),
    ("claims", False): QT_TRANSLATE_NOOP("ReviewFields", "Claim removed"),
}
_ORDER = {"sources": QT_TRANSLATE_NOOP("ReviewFields", "Order of the sources"),
          "claims": QT_TRANSLATE_NOOP("ReviewFields", "Order of the claims")}

#: the numbers a source or a claim reports, as services.readable words them
COUNT_WORDS = ("killed", "injured", "kidnapped", "arrested", "wounded", "vehicles seized",
               "weapons seized")

#: fields whose values are the codebook's English words
CODED_FIELDS = frozenset({"event_type", "sub_event_type", "attack_type", "target_type",
                          "weapon_type", "property_damage", "source_scale", "reliability"})
_PRECISION = {"time_precision": tx.TIME_PRECISION, "geo_precision": tx.GEO_PRECISION}
_YES_NO = {"yes": True, "no": False}

_CHILD_PATH = re.compile(r"^(?P<child>sources|claims)(?:\[(?P<row>\d+)\])?(?:\.(?P<key>\w+))?$")
_COUNTS_TAIL = re.compile(
    r"^(?P<head>.*) \((?P<counts>(?:[a-z ]+ -?[\d,]+)(?:, [a-z ]+ -?[\d,]+)*)\)$", re.S)
_COUNT = re.compile(r"^(?P<word>[a-z ]+) (?P<number>-?[\d,]+)$")


def _tr(english: str) -> str:
    """One of the sentences marked above, in the user's language."""
    return translate("ReviewFields", english)


def child_word(key: str, child: str) -> str:
    """A source's or claim's field (``killed``) as the user reads it."""
    return field_label(CHILD_LABELS.get(child, {}).get(key, key.replace("_", " ")))


def top_label(field: str) -> str:
    """A record's field (``fatalities``) by its label, in the user's language."""
    return field_label(label_of(field))


def child_title(child: str, *, number: int | None = None, name: str | None = None,
                key: str | None = None) -> str:
    """"Source 2 (Studio Tamani): killed" and its shorter forms, as one sentence."""
    if child not in CHILD_NOUNS:
        return field_label(label_of(child))
    sentence = _CHILD_TITLES[(child, number is not None, bool(name), key is not None)]
    return _tr(sentence).format(
        **isolated(number=number, name=name), what=child_word(key, child) if key else "")


def _name_in(english: str | None, prefix: str, suffix: str) -> str | None:
    """The name the service put between a known start and end of its label."""
    if english and english.startswith(prefix) and english.endswith(suffix):
        return english[len(prefix):len(english) - len(suffix)] or None
    return None


def diff_title(field: str, english: str | None = None) -> str:
    """A line of the review diff: ``fatalities``, ``sources[1].killed`` (the service's
    English ``label`` gives the source's name), ``sources[1]`` added or removed."""
    match = _CHILD_PATH.match(field)
    if match is None or match["row"] is None:
        return top_label(field)
    child, number, key = match["child"], int(match["row"]) + 1, match["key"]
    noun = CHILD_NOUNS[child]
    if key is None:
        if english == f"{noun} {number} added":
            return _tr(_ADDED[(child, True)]).format(**isolated(number=number))
        if english == f"{noun} {number} removed":
            return _tr(_REMOVED[(child, True)]).format(**isolated(number=number))
        return child_title(child, number=number)
    label = CHILD_LABELS[child].get(key, key)
    name = _name_in(english, f"{noun} {number} (", f"): {label}")
    return child_title(child, number=number, name=name, key=key)


def timeline_title(kind: str, field: str | None, english: str, on_revision: bool) -> str:
    """What a timeline line is about, from its kind and field (the English label gives
    the name of a source or claim as it was then)."""
    if kind == "created":
        return (translate("ReviewFields", "Revision started") if on_revision
                else translate("ReviewFields", "Created"))
    if kind == "deleted":
        return translate("ReviewFields", "Deleted")
    if kind in ("comment", "resolved"):
        return _comment_title(kind, field, english)
    if kind == "status" and field == "status" and on_revision:
        return translate("ReviewFields", "Revision status")
    if not field:
        return english
    if field.endswith(".order") and field.removesuffix(".order") in _ORDER:
        return _tr(_ORDER[field.removesuffix(".order")])
    match = _CHILD_PATH.match(field)
    if match is None or match["row"] is not None:
        return top_label(field)
    child, key = match["child"], match["key"]
    noun = CHILD_NOUNS[child]
    if key is None:
        if english == f"{noun} added":
            return _tr(_ADDED[(child, False)])
        if english == f"{noun} removed":
            return _tr(_REMOVED[(child, False)])
        return child_title(child)
    label = CHILD_LABELS[child].get(key, key)
    name = _name_in(english, f"{noun} (", f"): {label}")
    return child_title(child, name=name, key=key)


def _comment_title(kind: str, field: str | None, english: str) -> str:
    on = {"field": diff_title(field)} if field else None
    if kind == "resolved":
        return (translate("ReviewFields", "Comment resolved on {field}").format(**on)
                if on else translate("ReviewFields", "Comment resolved"))
    if english.startswith("Reply"):
        return (translate("ReviewFields", "Reply on {field}").format(**on) if on
                else translate("ReviewFields", "Reply"))
    return (translate("ReviewFields", "Comment on {field}").format(**on) if on
            else translate("ReviewFields", "Comment"))


# --- values ------------------------------------------------------------------------------


def value_text(field: str | None, value: Any) -> str:
    """A value of ``field`` (as services.readable words it, or raw) as a cell shows it:
    codebook words, yes/no, review states and counts in the user's language; names,
    dates and numbers as they are."""
    if value is None or value == "":
        return shown(value)
    if isinstance(value, Said):
        return value
    match = _CHILD_PATH.match(field or "")
    if match is not None:
        key = match["key"]
        if key is None:
            return child_lines(value)
        field = key
    if field in _PRECISION:
        return _precision(value, _PRECISION[field])
    if field in CODED_FIELDS and isinstance(value, str):
        return codebook_label(value)
    if field == "status":
        return str(status_word(value))
    if field == "rejection" and isinstance(value, str):
        return rejection_text(value)
    if isinstance(value, str) and value in _YES_NO and field in (
            "near", "suicide", "competing"):
        return yes_no(_YES_NO[value])
    return shown(value)


def _precision(value: Any, table: dict[int, str]) -> str:
    """``1`` or the service's "1: Day known" as "1: <the label in the user's language>"."""
    code = value if isinstance(value, int) else None
    if isinstance(value, str) and value.split(":")[0].strip().isdigit():
        code = int(value.split(":")[0])
    if code is None or code not in table:
        return shown(value)
    return translate("ReviewFields", "{code}: {label}").format(
        code=code, label=codebook_label(table[code]))


def counts_text(counts: list[tuple[str, int]]) -> str:
    """"killed 7, injured 2" as the user reads it ("7 tués, 2 blessés")."""
    parts = [counted(_count(word, number), number) for word, number in counts]
    return translate("ReviewFields", ", ", "between the items of a list").join(parts)


def _count(word: str, n: int) -> str:
    """"7 killed" (a literal per word, so that each has its plural forms)."""
    if word == "killed":
        return translate("ReviewFields", "%n killed", None, n)
    if word == "injured":
        return translate("ReviewFields", "%n injured", None, n)
    if word == "kidnapped":
        return translate("ReviewFields", "%n kidnapped", None, n)
    if word == "arrested":
        return translate("ReviewFields", "%n arrested", None, n)
    if word == "wounded":
        return translate("ReviewFields", "%n wounded", None, n)
    if word == "vehicles seized":
        return translate("ReviewFields", "%n vehicle(s) seized", None, n)
    if word == "weapons seized":
        return translate("ReviewFields", "%n weapon(s) seized", None, n)
    return f"{word} {n}"


def child_line(name: str, when: str | None, counts: list[tuple[str, int]]) -> str:
    """A source or claim in one line: what it is, when, and the numbers it gives."""
    values = isolated(name=name, when=when)
    if counts and when:
        return translate("ReviewFields", "{name}, {when} ({counts})").format(
            **values, counts=counts_text(counts))
    if counts:
        return translate("ReviewFields", "{name} ({counts})").format(
            **values, counts=counts_text(counts))
    if when:
        return translate("ReviewFields", "{name}, {when}").format(**values)
    return values["name"]


def claim_name(claimant: str | None, channel: str | None) -> str:
    """A claim by who made it and where: "JNIM via az-Zallaqa"."""
    return translate("ReviewFields", "{claimant} via {channel}").format(
        **isolated(claimant=claimant or "?", channel=channel or "?"))


def child_lines(value: Any) -> str:
    """The service's line(s) for a whole source or claim ("RFI, 2017-05-08 (killed 7)";
    several are joined by "; "), its numbers and "via" in the user's language."""
    if not isinstance(value, str):
        return shown(value)
    return "; ".join(_one_child_line(line) for line in value.split("; "))


def _one_child_line(line: str) -> str:
    counts: list[tuple[str, int]] = []
    head = line
    tail = _COUNTS_TAIL.match(line)
    if tail is not None:
        for part in tail["counts"].split(", "):
            found = _COUNT.match(part)
            if found is None or found["word"] not in COUNT_WORDS:
                counts = []
                break
            counts.append((found["word"], int(found["number"].replace(",", ""))))
        if counts:
            head = tail["head"]
    name, when = head, None
    if ", " in head:
        first, last = head.rsplit(", ", 1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", last):
            name, when = first, last
    claimant, via, channel = name.partition(" via ")
    if via:
        name = claim_name(claimant, channel)
    if not counts and when is None and not via:
        return line
    return child_line(name, when, counts)


def rejection_text(value: str) -> str:
    """The service's "duplicate of MLI-2017-0042: same attack" in the user's language."""
    for english in (*REJECTION_LABELS.values(), "rejected"):
        if value == english or value.startswith((f"{english}:", f"{english} of ")):
            break
    else:
        return value
    rest = value[len(english):]
    why = codebook_label(english) if english in REJECTION_LABELS.values() else (
        translate("ReviewFields", "rejected"))
    if rest.startswith(" of "):
        duplicate, _colon, reason = rest[4:].partition(": ")
        why = translate("ReviewFields", "duplicate of {id}").format(
            **isolated(id=duplicate))
        rest = f": {reason}" if _colon else ""
    if rest.startswith(": "):
        return translate("ReviewFields", "{why}: {reason}").format(
            why=why, reason=isolate(rest[2:]))
    return why

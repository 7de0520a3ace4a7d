"""Writes the lists that bring the domain's English words to Qt Linguist.

The codebook's values and the field names live in Qt-free modules (taxonomy,
services.readable), and the domain's messages are ``Text("...")`` calls all over
the Qt-free code; lupdate only sees string literals inside translate calls in the
GUI's sources. So generated modules of this area list them with
QT_TRANSLATE_NOOP, in the contexts sahel_desk.gui.i18n.labels translates with:

    python -m sahel_desk.gui.i18n.noop     # rewrites codebook_terms.py, domain_messages.py,
                                           # duplicate_reasons.py

`make translations` runs it first; a test fails when either is out of date.
Qt-free itself, so it can run before Qt is installed.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
TERMS_MODULE = HERE / "codebook_terms.py"
MESSAGES_MODULE = HERE / "domain_messages.py"
REASONS_MODULE = HERE / "duplicate_reasons.py"

# The contexts of sahel_desk.gui.i18n.labels (kept here too: that module imports Qt).
CODEBOOK_CONTEXT = "Codebook"
FIELD_CONTEXT = "Field"
MESSAGE_CONTEXT = "Message"
#: the context of the duplicates' reasons (gui/duplicates/reasons.py translates with it)
REASON_CONTEXT = "DuplicateReason"


def codebook_terms() -> list[str]:
    """Every codebook value the GUI may show, in the codebook's order, once each."""
    from sahel_desk.codebook import taxonomy as tx
    from sahel_desk.services import readable
    from sahel_desk.store.policy import ROLES

    terms: list[str] = [*tx.DISORDER_TYPES, *tx.EVENT_TYPES]
    terms += [s.name for s in tx.SUB_EVENT_TYPES]
    for kind in tx.ACTOR_TYPES:
        terms += [kind.label, kind.old_label]
    terms.append(tx.civilian_targeting([tx.CIVILIANS]) or "")
    terms += [*tx.TIME_PRECISION.values(), *tx.GEO_PRECISION.values()]
    terms += [*readable.STATUS_LABELS.values(), *readable.REJECTION_LABELS.values()]
    terms += [*tx.ATTACK_TYPES, *tx.TARGET_TYPES, *tx.WEAPON_TYPES, *tx.PROPERTY_DAMAGE]
    terms += [*tx.SOURCE_SCALES, *tx.SOURCE_RELIABILITY, *tx.CLAIM_CHANNELS, *ROLES]
    return list(dict.fromkeys(t for t in terms if t))


def field_names() -> list[str]:
    """Every field label and child (source, claim) label the GUI may show."""
    from sahel_desk.services import readable

    names = [*readable.FIELD_LABELS.values(), *readable.CHILD_NOUNS.values()]
    for labels in readable.CHILD_LABELS.values():
        names += labels.values()
    return list(dict.fromkeys(names))


def _domain_sources() -> list[Path]:
    """The Qt-free code: every module of the package outside the GUI (but the one that
    defines Text)."""
    defining = PACKAGE / "text" / "message.py"
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if "gui" not in p.relative_to(PACKAGE).parts and p != defining)


def text_templates(paths: Iterable[Path] | None = None) -> list[str]:
    """The literal first argument of every ``Text(...)`` call, in source order."""
    found: list[str] = []
    for path in paths if paths is not None else _domain_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        calls = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Call)),
                       key=lambda n: (n.lineno, n.col_offset))
        for node in calls:
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else None)
            if name != "Text" or not node.args:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                raise ValueError(f"{path}:{node.lineno}: Text() needs a string literal first "
                                 "(its translation is looked up by it)")
            found.append(first.value)
    return list(dict.fromkeys(found))


def listed_messages() -> list[str]:
    """Messages the domain makes from strings kept elsewhere: the policy's actions, which
    a refusal names (message.listed), and how message.joined links its parts."""
    from sahel_desk.store.policy import Action

    return [action.value for action in Action] + ["{first}; {rest}"]


def reason_phrases() -> list[str]:
    """The words of every level of duplicates/scoring.py's LEVELS ("same day", "{km} km
    apart"), once each, in the table's order."""
    from sahel_desk.duplicates.scoring import LEVELS

    return list(dict.fromkeys(level.phrase for level in LEVELS.values()))


def _module(doc: str, name: str, entries: Iterable[tuple[str, str]]) -> str:
    lines = [f'"""{doc}\n\nWritten by `python -m sahel_desk.gui.i18n.noop`: do not edit."""', "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", "", f"{name} = ("]
    lines += [f"    QT_TRANSLATE_NOOP({context!r}, {text!r})," for context, text in entries]
    lines += [")", ""]
    return "\n".join(lines)


def terms_module() -> str:
    entries = [(CODEBOOK_CONTEXT, t) for t in codebook_terms()]
    entries += [(FIELD_CONTEXT, f) for f in field_names()]
    return _module("The codebook's values and the field names, for Qt Linguist: the data "
                   "keeps them\nin English, labels.codebook_label and labels.field_label show "
                   "them translated.", "TERMS", entries)


def messages_module() -> str:
    return _module("The domain's message templates (its Text(\"...\") calls), for Qt "
                   "Linguist:\nlabels.message shows them translated.", "MESSAGES",
                   ((MESSAGE_CONTEXT, t) for t in
                    dict.fromkeys([*text_templates(), *listed_messages()])))


def reasons_module() -> str:
    return _module("Why two incidents may be one event: the phrases of duplicates/scoring.py's "
                   "LEVELS,\nfor Qt Linguist; gui/duplicates/reasons.py shows them "
                   "translated.", "REASONS",
                   ((REASON_CONTEXT, phrase) for phrase in reason_phrases()))


def write() -> list[Path]:
    written = []
    for path, content in ((TERMS_MODULE, terms_module()), (MESSAGES_MODULE, messages_module()),
                          (REASONS_MODULE, reasons_module())):
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
            written.append(path)
    return written


if __name__ == "__main__":
    for path in write():
        print(f"wrote {path.relative_to(PACKAGE.parent)}")
    sys.exit(0)

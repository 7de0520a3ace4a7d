"""Sorting field errors to the parts of the form that show them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from sahel_desk.errors import FieldError
from sahel_desk.gui.form.labels import child_label, describe, split_child, top_field
from sahel_desk.gui.i18n.labels import message as shown_message


def field_problem(field: str, problem: str) -> str:
    """"Injured: cannot be negative (-3)", in the user's language."""
    return QCoreApplication.translate("ProblemList", "{field}: {problem}").format(
        field=field, problem=problem)


@dataclass
class Problems:
    """Messages by where they are shown; ``summary`` lists them all, in form order."""

    fields: dict[str, list[str]] = field(default_factory=dict)
    sources: dict[tuple[int, str], str] = field(default_factory=dict)
    sources_general: list[str] = field(default_factory=list)
    claims: dict[int, list[str]] = field(default_factory=dict)
    summary: list[tuple[str, str]] = field(default_factory=list)
    """(field name, "Label: message") pairs."""

    def __bool__(self) -> bool:
        return bool(self.summary)

    def message(self, name: str) -> str | None:
        found = self.fields.get(name)
        return "; ".join(found) if found else None


def sort_problems(errors: Iterable[FieldError]) -> Problems:
    """Messages in the user's language, by the part of the form that shows them."""
    problems = Problems()
    seen: set[tuple[str, str]] = set()
    for error in errors:
        if (error.field, error.message) in seen:
            continue
        seen.add((error.field, error.message))
        said = shown_message(error.message)
        problems.summary.append((error.field, field_problem(describe(error.field), said)))
        child = split_child(error.field)
        if child is None:
            if error.field == "sources":
                problems.sources_general.append(said)
            problems.fields.setdefault(top_field(error.field), []).append(said)
            continue
        name, row, key = child
        if name == "sources":
            old = problems.sources.get((row, key or ""))
            problems.sources[(row, key or "")] = f"{old}; {said}" if old else said
        else:
            problems.claims.setdefault(row, []).append(
                field_problem(child_label(name, key), said) if key else said)
    return problems

"""Sorting field errors to the parts of the form that show them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sahel_desk.errors import FieldError
from sahel_desk.gui.form.labels import describe, split_child, top_field


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
    problems = Problems()
    seen: set[tuple[str, str]] = set()
    for error in errors:
        if (error.field, error.message) in seen:
            continue
        seen.add((error.field, error.message))
        problems.summary.append((error.field, f"{describe(error.field)}: {error.message}"))
        child = split_child(error.field)
        if child is None:
            if error.field == "sources":
                problems.sources_general.append(error.message)
            problems.fields.setdefault(top_field(error.field), []).append(error.message)
            continue
        name, row, key = child
        if name == "sources":
            old = problems.sources.get((row, key or ""))
            problems.sources[(row, key or "")] = f"{old}; {error.message}" if old \
                else error.message
        else:
            label = describe(error.field).split(", ", 1)[-1] if key else ""
            text = f"{label}: {error.message}" if label else error.message
            problems.claims.setdefault(row, []).append(text)
    return problems

"""Helpers for export tests: approved incidents and reading workbooks back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from sahel_desk.services.desk import Desk
from sahel_desk.store.records import IncidentRecord
from tests.core.helpers import complete_values

KATIBA_MACINA = "Katiba Macina"
JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.fixture
def add(desk: Desk) -> Callable[..., IncidentRecord]:
    """Create an approved incident (the Almoustarat attack unless overridden)."""

    def create(**overrides: Any) -> IncidentRecord:
        values = complete_values(desk, **{"status": "approved", **overrides})
        return desk.incidents.create(values)

    return create


def load(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def table(ws) -> list[dict[str, Any]]:
    """A sheet with a header row as a list of {header: value} rows."""
    rows = list(ws.iter_rows(values_only=True))
    header = rows[0]
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def cells_by_header(ws, row: int = 2) -> dict[str, Any]:
    """The cells of one row, by header."""
    header = [c.value for c in ws[1]]
    return {name: ws.cell(row=row, column=i + 1) for i, name in enumerate(header)}


def info(wb: openpyxl.Workbook) -> dict[str, Any]:
    """The Export info sheet's items."""
    return {row[0]: row[1] for row in wb["Export info"].iter_rows(min_row=2, values_only=True)
            if row[0]}


def summary_block(wb: openpyxl.Workbook, first_header: str) -> dict[str, tuple]:
    """A table of the Summary sheet, found by its first column's header: name -> rest."""
    rows = list(wb["Summary"].iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == first_header)
    block = {}
    for row in rows[start + 1:]:
        if row[0] is None:
            break
        block[row[0]] = row[1:4]
    return block

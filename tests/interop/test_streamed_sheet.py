"""Streamed record sheets read back exactly like sheets XlsxWriter writes cell by cell."""

from __future__ import annotations

import random
import shutil
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from sahel_desk.interop.streamed_sheet import excel_serial, xml_text
from sahel_desk.interop.workbook import Column, Workbook

COLUMNS = (
    Column("id", width=12), Column("count", "number", 8), Column("day", "date", 11),
    Column("moment", "datetime", 19), Column("flag", "bool", 6), Column("text", width=40),
)
ROWS = [
    ["a", 1, date(2017, 5, 7), datetime(2017, 5, 7, 13, 45, 30), True, "plain"],
    ["b", 2.5, date(1900, 1, 15), datetime(1900, 2, 28, 6), False, "=SUM(A1:A2)"],
    ["c", -3, date(1900, 3, 1), None, None, " spaced & <tagged> "],
    ["d", 12345678901234, None, None, True, "bell\x07 tab\t line\nend _x0041_ done"],
    ["e", 2.75, date(2024, 2, 29), None, None, "كمين قرب بولكيسي 🙂"],
    ["f", None, None, None, None, "@mention"],
    ["g", 7, None, None, None, ""],
    ["h", 1e20, None, None, None, "x" * 40_000],
]


def _write(path: Path, scratch: Path, *, streamed: bool) -> None:
    scratch.mkdir()
    book = Workbook(path, scratch, title="t", author="a")
    add = book.add_streamed_sheet if streamed else book.add_sheet
    sheet = add("Records", COLUMNS, freeze_columns=1, right_to_left=True)
    for index, row in enumerate(ROWS):
        sheet.append(row, key=f"K-{index}")
    sheet.finish()
    book.add_sheet("Other", COLUMNS[:2]).finish()
    book.close()


@pytest.fixture
def books(tmp_path):
    _write(tmp_path / "cells.xlsx", tmp_path / "s1", streamed=False)
    _write(tmp_path / "streamed.xlsx", tmp_path / "s2", streamed=True)
    return (openpyxl.load_workbook(tmp_path / "cells.xlsx"),
            openpyxl.load_workbook(tmp_path / "streamed.xlsx"))


def test_streamed_cells_match_cells_written_by_xlsxwriter(books):
    cells, streamed = books
    assert streamed.sheetnames == cells.sheetnames
    for name in cells.sheetnames:
        want, got = cells[name], streamed[name]
        assert got.max_row == want.max_row and got.max_column == want.max_column, name
        for want_row, got_row in zip(want.iter_rows(), got.iter_rows(), strict=True):
            for a, b in zip(want_row, got_row, strict=True):
                assert (b.value, b.data_type) == (a.value, a.data_type), b.coordinate
                assert b.number_format == a.number_format, b.coordinate
                assert b.quotePrefix == a.quotePrefix, b.coordinate
                assert b.font.b == a.font.b, b.coordinate


def test_streamed_sheet_keeps_the_layout(books):
    _cells, streamed = books
    ws = streamed["Records"]
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref == f"A1:F{len(ROWS) + 1}"
    assert ws.sheet_view.rightToLeft is True
    assert ws.column_dimensions["F"].width > 40
    assert ws["F3"].quotePrefix and ws["F3"].value == "=SUM(A1:A2)"
    assert ws["F9"].value.endswith("'Long text', LT-1, rows 2-3]")
    assert "".join(r[8] for r in streamed["Long text"].iter_rows(min_row=2, values_only=True)
                   ) == "x" * 40_000


def test_package_is_valid_zip_with_the_dimension_set(tmp_path):
    _write(tmp_path / "out.xlsx", tmp_path / "s", streamed=True)
    with zipfile.ZipFile(tmp_path / "out.xlsx") as package:
        assert package.testzip() is None
        xml = package.read("xl/worksheets/sheet1.xml").decode()
    assert f'<dimension ref="A1:F{len(ROWS) + 1}"/>' in xml
    assert xml.count("<sheetData>") == 1 and xml.endswith("</worksheet>")
    assert not list((tmp_path / "s").iterdir())  # scratch files removed


def test_xml_text_escapes_like_excel():
    assert xml_text("plain") == "plain"
    assert xml_text("a & <b>") == "a &amp; &lt;b&gt;"
    assert xml_text("bell\x07") == "bell_x0007_"
    assert xml_text("_x0041_") == "_x005F_x0041_"
    assert xml_text("lone \ud800 \uffff") == "lone  "


def test_excel_serial_follows_the_1900_date_system():
    assert excel_serial(date(1900, 1, 1)) == 1
    assert excel_serial(date(1900, 2, 28)) == 59
    assert excel_serial(date(1900, 3, 1)) == 61
    assert excel_serial(date(2017, 5, 7)) == 42862
    assert excel_serial(datetime(2017, 5, 7, 12)) == 42862.5


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice not installed")
def test_libreoffice_reads_a_streamed_sheet(tmp_path):
    _write(tmp_path / "out.xlsx", tmp_path / "s", streamed=True)
    done = subprocess.run(
        ["libreoffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
         "--convert-to", "csv", "--outdir", str(tmp_path), str(tmp_path / "out.xlsx")],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "out.csv").read_text(encoding="utf-8", errors="replace").splitlines()
    assert lines[0] == "id,count,day,moment,flag,text"
    assert lines[1].startswith("a,1,2017-05-07,2017-05-07 13:45:30,TRUE,plain")


PIECES = ["plain", "Ségou", "كمين قرب بولكيسي", "a & b", "<b>", "=1+1", "-5 killed", "@x",
          " lead", "trail ", "tab\there", "two\nlines", "_x0041_", "bell\x07", "", "\u200fمرحبا",
          "snake_xcase", "100%", "{braces}", "\ufffe"]
VALUES = {
    "text": [*PIECES, None, None, 17],
    "number": [None, 0, 7, -3, 2.5, 12345678901234, 1e20, True],
    "date": [None, date(2017, 5, 7), date(1900, 1, 15), datetime(2020, 1, 2, 3, 4, 5)],
    "datetime": [None, datetime(2017, 5, 7, 13, 45, 30), date(2019, 9, 9)],
    "bool": [None, True, False, 0, 1],
}


def test_rows_from_templates_equal_rows_built_cell_by_cell(tmp_path):
    """Plain rows are built from a cached template; any other row cell by cell. Both
    ways must give the same bytes, or a row's look would depend on its neighbours."""
    book = Workbook(tmp_path / "t.xlsx", tmp_path, title="t", author="a")
    sheet = book.add_streamed_sheet("Records", COLUMNS)
    pick = random.Random(7).choice
    fast = careful_only = 0
    for number in range(3000):
        row = [pick(VALUES[column.kind]) for column in COLUMNS]
        if number % 3 == 0:  # many rows of only the common, plain values
            row = [value if value in (None, "plain", "Ségou") or not isinstance(value, str)
                   else "plain" for value in row]
        built = sheet._plain_row(row, "12")
        careful = sheet._careful_row(row, 11, "12")
        if built is None:
            careful_only += 1
        else:
            fast += 1
            assert built == careful, row
    assert fast > 500 and careful_only > 500
    assert sheet._plain_row(["a", 1, None, None, None, "plain"], "2") is not None
    for text in ("a & b", "=1", " lead", "trail ", "two\nlines", "_x0041_", "\ufffe", ""):
        assert sheet._plain_row(["a", 1, None, None, None, text], "2") is None, text
    book.discard()

"""ACLED files made to break the reader: digits that are not digits, damaged workbooks,
values no column can hold. Each ends in a clear error naming the file, row and column
(exit 2 on the command line) and changes nothing; none is a crash (exit 70).

The workbooks are invented events written by the tests and then damaged part by part.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sahel_desk.cli.main import main
from sahel_desk.codebook import taxonomy as tx
from sahel_desk.errors import InputError
from sahel_desk.interop.acled_read import MONADIC_COLUMNS
from sahel_desk.services.acled_import import AcledImportError
from sahel_desk.services.desk import Desk
from tests.interop.test_acled_import import (
    current_rows,
    made_up_events,
    monadic_rows,
    write_csv,
    write_xlsx,
)

# --- digits ------------------------------------------------------------------------------


def _with_cells(tmp_path: Path, changes: list[dict[str, Any]]) -> Path:
    """The invented events, then one event per change (lines 6, 7, ...); the first notes
    are long, so that what follows is past the start the reader sniffs for binary data."""
    events = made_up_events()
    events[0]["notes"] += " Invented." * 1000
    rows = current_rows(events)
    for number, change in enumerate(changes, start=1):
        rows.append({**rows[2], "event_id_cnty": f"MLI9800{number}", **change})
    return write_csv(tmp_path / "digits.csv", tx.ACLED_COLUMNS, rows)


SUPERSCRIPTS = [
    ({"fatalities": "²"}, "fatalities: '²' is not a whole number"),
    ({"fatalities": "①"}, "fatalities: '①' is not a whole number"),
    ({"fatalities": "3²"}, "fatalities: '3²' is not a whole number"),
    ({"time_precision": "①"}, "time_precision: '①' is not a whole number"),
    ({"geo_precision": "²"}, "geo_precision: '²' is not a whole number"),
    ({"timestamp": "¹⁶⁰⁰⁰⁰⁰⁰⁰⁹"}, "acled_timestamp: '¹⁶⁰⁰⁰⁰⁰⁰⁰⁹' is not a whole number"),
    ({"inter1": "⑥"}, "inter1: '⑥' is not an actor type"),
]


def test_superscript_and_circled_digits_are_bad_rows(desk: Desk, tmp_path: Path) -> None:
    path = _with_cells(tmp_path, [change for change, _ in SUPERSCRIPTS])
    before = desk.check().counts
    dry = desk.acled.import_file(path, dry_run=True)
    with pytest.raises(AcledImportError) as caught:
        desk.acled.import_file(path)
    for report in (dry, caught.value.report):
        reasons = dict(report.bad_rows)
        assert sorted(reasons) == list(range(6, 6 + len(SUPERSCRIPTS)))
        for line, (_, words) in enumerate(SUPERSCRIPTS, start=6):
            assert words in reasons[line], (line, reasons[line])
    assert desk.check().counts == before


def test_eastern_arabic_and_persian_digits_are_read(desk: Desk, tmp_path: Path) -> None:
    path = _with_cells(tmp_path, [{"fatalities": "٧", "geo_precision": "۲", "inter1": "٦"}])
    report = desk.acled.import_file(path)
    assert report.bad_rows == ()
    record = desk.incidents.get("MLI98001")
    assert (record.fatalities, record.geo_precision, record.inter1) == (7, 2, 6)


def test_a_monadic_interaction_in_superscripts_is_a_bad_row(desk: Desk, tmp_path: Path
                                                            ) -> None:
    rows = monadic_rows(made_up_events())
    for row in rows:
        if row["event_id_cnty"] == "MLI90003":
            row["interaction"] = "⁶⁰"
    path = write_csv(tmp_path / "monadic.csv", MONADIC_COLUMNS, rows)
    report = desk.acled.import_file(path, dry_run=True)
    [(_, reason)] = report.bad_rows
    assert "interaction: '⁶⁰' is not an interaction code" in reason


def test_the_command_line_names_the_row_and_column_of_a_superscript(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(_with_cells(tmp_path, [{"fatalities": "²"}]))
    where = ["--data-dir", str(data_dir)]
    for extra in (["--dry-run"], []):
        assert main([*where, "import", "acled", path, *extra]) == 2
        assert "line 6: event MLI98001: fatalities: '²' is not a whole number" in (
            capsys.readouterr().err)
    with Desk.open(data_dir, user="amina") as desk:
        assert desk.check().counts["incident"] == 0


# --- damaged workbooks -------------------------------------------------------------------

_INLINE = re.compile(rb'<c r="([A-Z]+\d+)"([^>]*) t="inlineStr"><is><t>(.*?)</t></is></c>', re.S)
_SST = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
Change = Callable[[str, bytes], bytes | None]


def _with_shared_strings(tmp_path: Path) -> Path:
    """The invented workbook as Excel writes it: text in a shared-strings part."""
    plain = write_xlsx(tmp_path / "plain.xlsx", made_up_events())
    strings: list[bytes] = []

    def shared(match: re.Match[bytes]) -> bytes:
        strings.append(match[3])
        return b'<c r="%s"%s t="s"><v>%d</v></c>' % (match[1], match[2], len(strings) - 1)

    path = tmp_path / "shared.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = _INLINE.sub(shared, data)
            elif info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" '
                                    b'ContentType="application/vnd.openxmlformats-officedocument.'
                                    b'spreadsheetml.sharedStrings+xml" /></Types>')
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/'
                                    b'sharedStrings" Target="sharedStrings.xml" Id="rId9" />'
                                    b'</Relationships>')
            dst.writestr(info, data)
        dst.writestr("xl/sharedStrings.xml", _SST + b"".join(
            b"<si><t>%s</t></si>" % text for text in strings) + b"</sst>")
    return path


def _rewritten(source: Path, target: Path, change: Change) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED
                                                          ) as dst:
        for info in src.infolist():
            data = change(info.filename, src.read(info))
            if data is not None:
                dst.writestr(info, data)
    return target


def _part(name: str, change: Callable[[bytes], bytes | None]) -> Change:
    return lambda filename, data: change(data) if filename == name else data


def _bad_member(source: Path, target: Path, member: str) -> Path:
    """A zip whose member's compressed bytes are damaged (the directory still lists it)."""
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 8, start + min(60, info.compress_size - 2)):
        data[i] ^= 0x5A
    target.write_bytes(bytes(data))
    return target


SHEET = "xl/worksheets/sheet2.xml"
DAMAGES: dict[str, tuple[Change | str, str]] = {
    "styles are not XML": (_part("xl/styles.xml", lambda d: b"not xml at all"),
                           "its part xl/styles.xml is damaged"),
    "the sheet part is missing": (_part(SHEET, lambda d: None),
                                  f"its sheet part {SHEET} is missing"),
    "the sheet part is cut short": (_part(SHEET, lambda d: d[: len(d) // 2]),
                                    f"its part {SHEET} is damaged"),
    "the sheet part is garbage": (_part(SHEET, lambda d: b"\xff\xfe garbage"),
                                  f"its part {SHEET} is damaged"),
    "a number cell holds text": (_part(SHEET, lambda d: d.replace(b"<v>", b"<v>zz", 3)),
                                 f"its part {SHEET} is damaged (sheet 'Data')"),
    "a cell reference is out of range": (
        _part(SHEET, lambda d: d.replace(b'r="A3"', b'r="ZZZZZZZZ3"')), "(sheet 'Data')"),
    "the workbook part is cut": (_part("xl/workbook.xml", lambda d: d[:9]),
                                 "its part xl/workbook.xml is damaged"),
    "the content types are garbage": (_part("[Content_Types].xml", lambda d: b"\x00garbage"),
                                      "its part [Content_Types].xml is damaged"),
    "the shared strings are garbage": (_part("xl/sharedStrings.xml", lambda d: b"\x00\x01xyz"),
                                       "its part xl/sharedStrings.xml is damaged"),
    "the shared strings are too few": (
        _part("xl/sharedStrings.xml", lambda d: _SST + b"<si><t>x</t></si></sst>"),
        "is damaged (sheet 'Data'): IndexError"),
    "a bad zip member (sheet)": (SHEET, f"its part {SHEET} is damaged"),
    "a bad zip member (styles)": ("xl/styles.xml", "its part xl/styles.xml is damaged"),
}


def _damaged(tmp_path: Path, damage: str) -> Path:
    change, _ = DAMAGES[damage]
    source = _with_shared_strings(tmp_path)
    target = tmp_path / "damaged.xlsx"
    if isinstance(change, str):
        return _bad_member(source, target, change)
    return _rewritten(source, target, change)


def test_the_shared_strings_workbook_reads_before_it_is_damaged(desk: Desk,
                                                                tmp_path: Path) -> None:
    report = desk.acled.import_file(_with_shared_strings(tmp_path), dry_run=True)
    assert (report.added, report.bad_rows) == (4, ())


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_damaged_workbook_is_refused_naming_the_part(desk: Desk, tmp_path: Path,
                                                       damage: str) -> None:
    path = _damaged(tmp_path, damage)
    before = desk.check().counts
    for dry_run in (True, False):
        with pytest.raises(InputError) as caught:
            desk.acled.import_file(path, dry_run=dry_run)
        message = str(caught.value)
        assert message.startswith("damaged.xlsx")
        assert "is not a readable xlsx workbook" in message
        assert DAMAGES[damage][1] in message
    assert desk.check().counts == before


@pytest.mark.parametrize("damage", ["styles are not XML", "the sheet part is cut short",
                                    "the shared strings are garbage", "a bad zip member (sheet)"])
def test_the_command_line_refuses_a_damaged_workbook(data_dir: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str],
                                                     damage: str) -> None:
    path = str(_damaged(tmp_path, damage))
    for extra in (["--dry-run"], []):
        assert main(["--data-dir", str(data_dir), "import", "acled", path, *extra]) == 2
        err = capsys.readouterr().err
        assert "damaged.xlsx" in err and DAMAGES[damage][1] in err
    with Desk.open(data_dir, user="amina") as desk:
        assert desk.check().counts["incident"] == 0


# --- values no column can hold -----------------------------------------------------------

UNSTORABLE = [
    ({"actor1": "Katiba " + "x" * 40_000}, "actor1: is 40,007 characters long; at most 300 fit"),
    ({"actor2": "Militia\x00of Nowhere", "inter2": 3},
     "actor2: contains a NUL character (\\x00)"),
    ({"assoc_actor_1": f"Farmers; {'y' * 301}"},
     f"assoc_actor_1: '{'y' * 40}…' is 301 characters long; at most 300 fit"),
    ({"location": "z" * 201}, "location: is 201 characters long; at most 200 fit"),
    ({"admin1": "Segou\x00"}, "admin1: contains a NUL character"),
    ({"admin3": "P" * 250}, "admin3: is 250 characters long; at most 200 fit"),
    ({"source": "Radio\x00Fictive"}, "source: contains a NUL character"),
    ({"actor1": "ﷺ" * 20}, "actor1: is 360 characters long once folded for search"),
    ({"notes": "Invented\x00notes."}, "notes: contains a NUL character"),
    ({"fatalities": 2**31}, "fatalities: 2,147,483,648 is too large"),
    ({"timestamp": 2**31}, "acled_timestamp: 2,147,483,648 is too large"),
    ({"fatalities": "9" * 3000}, "fatalities: '9999"),
]


@pytest.mark.parametrize(("change", "words"), UNSTORABLE,
                         ids=[words.split(":")[0] + str(i) for i, (_, words)
                              in enumerate(UNSTORABLE)])
def test_a_value_no_column_can_hold_is_a_bad_row(desk: Desk, tmp_path: Path,
                                                 change: dict[str, Any], words: str) -> None:
    path = _with_cells(tmp_path, [change])
    before = desk.check().counts
    with pytest.raises(AcledImportError) as caught:
        desk.acled.import_file(path)
    [(line, reason)] = caught.value.report.bad_rows
    assert line == 6 and reason.startswith("event MLI98001: ")
    assert words in reason
    assert desk.check().counts == before
    report = desk.acled.import_file(path, skip_bad_rows=True)
    assert (report.added, report.skipped) == (4, 1)


def test_unstorable_values_in_a_workbook_are_bad_rows(desk: Desk, tmp_path: Path) -> None:
    events = made_up_events()
    events[0]["actor1"] = "A" * 301
    events[1]["fatalities"] = 2**40
    path = write_xlsx(tmp_path / "events.xlsx", events)
    report = desk.acled.import_file(path, dry_run=True)
    reasons = dict(report.bad_rows)
    assert "actor1: is 301 characters long; at most 300 fit" in reasons[2]
    assert "fatalities: 1,099,511,627,776 is too large" in reasons[3]
    assert report.added == 2

"""Turning a file's bytes into report text, or saying plainly why not.

A report arrives pasted or saved by whatever program a coder had: UTF-8 (with
or without a byte-order mark), UTF-16 from Windows tools, Latin-1 or cp1252
from older ones. A PDF, a word-processor file or any binary given as text is
refused, naming what it looks like, and so is a text too long to be a report.
"""

from __future__ import annotations

from sahel_desk.errors import InputError
from sahel_desk.text.message import Text

#: The longest text read as one report (a month of entries is a few hundred kB).
MAX_REPORT_BYTES = 2_000_000

_SIGNATURES = (
    (b"%PDF", Text("a PDF file")),
    (b"PK\x03\x04", Text("a zip archive (a .docx, .xlsx or .odt file is one)")),
    (b"\xd0\xcf\x11\xe0", Text("an old Word or Excel file")),
    (b"{\\rtf", Text("an RTF file")),
    (b"\x89PNG", Text("a PNG image")),
    (b"\xff\xd8\xff", Text("a JPEG image")),
    (b"GIF8", Text("a GIF image")),
    (b"SQLite format 3", Text("a SQLite database")),
)


def decode_report(data: bytes, *, source: str = "the report") -> str:
    """The text of a report file; raises InputError saying what was found instead."""
    if not data.strip():
        raise InputError(Text("the file is empty: there is no text to read"), source=source)
    if len(data) > MAX_REPORT_BYTES:
        raise InputError(
            Text("the file holds {count:,} bytes; a report is read up to {most:,} "
                 "bytes. Split it into monthly parts.",
                 count=len(data), most=MAX_REPORT_BYTES), source=source)
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise InputError(Text("this is {what}, not text; save it as plain text (.txt or "
                                  ".md) and read that",
                                  what=what), source=source)
    text = _decoded(data)
    if text is None:
        raise InputError(Text("the file is not text (it holds binary data); give a plain-text "
                              "or Markdown report"), source=source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(Text("the file holds only blank space: there is no text to read"),
                         source=source)
    return text


def _decoded(data: bytes) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _printable(_strict(data, "utf-16"))
    if _looks_utf16(data):
        return _printable(_strict(data, "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"))
    if b"\x00" in data:
        return None
    text = _strict(data, "utf-8")
    if text is None:
        # Not UTF-8: a Western single-byte text. cp1252 keeps curly quotes and the
        # euro sign where Latin-1 would give control characters.
        text = _strict(data, "cp1252") or data.decode("latin-1")
    return _printable(text)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a byte-order mark: every other byte of Latin text is NUL."""
    sample = data[:2000]
    if len(sample) < 4:
        return False
    even, odd = sample[0::2], sample[1::2]
    return odd.count(0) > 0.4 * len(odd) or even.count(0) > 0.4 * len(even)


def _printable(text: str | None) -> str | None:
    """None when control characters say the bytes were never text."""
    if text is None:
        return None
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return None if controls > max(3, len(text[:20000]) // 200) else text

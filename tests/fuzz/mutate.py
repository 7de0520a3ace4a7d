"""Seeded mutations: bytes, text, tables of cells, zip members and decoded JSON.

Every mutator takes a ``random.Random`` and returns the mutated value; the
``Mutator`` keeps a log of what it did, in words, so that a saved case says
how its input was made (the log is the first thing to read when shrinking a
crash to a minimal input).
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from typing import Any

#: Values that have broken parsers before: other digits, marks, huge and odd numbers.
ODD_VALUES: tuple[str, ...] = (
    "\x00", "a\x00b", "²", "³7", "①", "⑫", "٣", "١٢", "۴۵", "߃", "१२", "\u200f", "\u202e12",
    "\u200b", "\ufeff", "\u2066x\u2069", "99999999999999999999", "2147483648", "-2147483649",
    "9223372036854775808", "-1", "0", "1e309", "-1e309", "NaN", "inf", "1_000", "0x1F", " 7 ",
    "7.5", "", " ", "\t", "\r\n", "\n", '"', "'", ",", ";", "=1+1", "=cmd|' /C calc'!A0",
    "@SUM(A1)", "9" * 400, "x" * 100_000, "ع" * 5_000, "🙂", "\ud800", "null", "None",
    "0000-00-00", "2099-13-45", "31/02/2019", "-0", "+5", "٠٫٥",
)

#: Characters inserted into text at random places.
ODD_CHARS: tuple[str, ...] = (
    "\x00", "²", "①", "٣", "٤٥", "\u200f", "\u200e", "\u202e", "\u200b", "\ufeff", "\r", "\n",
    "\t", '"', ",", ";", "#", "---", "\n---\n", "𝟕", "Ⅻ", "½", "\u0651", "ـ", "%",
)


def odd_value(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return str(rng.choice((10**rng.randint(9, 40), -(10**rng.randint(9, 40)),
                               rng.randint(-10**6, 10**6))))
    return rng.choice(ODD_VALUES)


class Mutator:
    """One case's mutations, drawn from one seed."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.log: list[str] = []

    def note(self, what: str) -> None:
        self.log.append(what if len(what) < 200 else what[:200] + "...")

    # --- bytes ------------------------------------------------------------------------

    def bytes_(self, data: bytes, rounds: int | None = None) -> bytes:
        """Byte-level damage: flips, cuts, inserted junk, repeated or dropped chunks."""
        rng = self.rng
        buf = bytearray(data)
        for _ in range(rounds or rng.randint(1, 3)):
            kind = rng.choice(("flip", "flip", "truncate", "insert", "duplicate", "delete",
                               "zero"))
            at = rng.randrange(max(len(buf), 1))
            if kind == "flip" and buf:
                for _ in range(rng.randint(1, 8)):
                    i = rng.randrange(len(buf))
                    buf[i] ^= 1 << rng.randrange(8)
                self.note(f"bytes: bit flips near {at}")
            elif kind == "truncate":
                del buf[at:]
                self.note(f"bytes: cut at {at}")
            elif kind == "insert":
                junk = rng.choice((b"\x00", b"\xff\xfe", b"\xc3", b"\x80\x80", b"\r\n",
                                   odd_value(rng).encode("utf-8", "surrogatepass")))
                buf[at:at] = junk
                self.note(f"bytes: {junk[:20]!r} inserted at {at}")
            elif kind == "duplicate":
                n = rng.randint(1, 256)
                buf[at:at] = buf[at:at + n]
                self.note(f"bytes: {n} bytes at {at} repeated")
            elif kind == "delete":
                n = rng.randint(1, 64)
                del buf[at:at + n]
                self.note(f"bytes: {n} bytes at {at} removed")
            else:
                n = rng.randint(1, 512)
                buf[at:at + n] = bytes(len(buf[at:at + n]))
                self.note(f"bytes: {n} bytes at {at} zeroed")
        return bytes(buf)

    # --- text --------------------------------------------------------------------------

    def text(self, text: str, rounds: int | None = None) -> str:
        """Text-level damage: odd characters and values inserted, digits swapped for other
        scripts' digits, chunks repeated, cut or moved."""
        rng = self.rng
        for _ in range(rounds or rng.randint(1, 4)):
            kind = rng.choice(("char", "char", "value", "digits", "duplicate", "truncate",
                               "swap", "huge"))
            at = rng.randrange(max(len(text), 1))
            if kind == "char":
                piece = rng.choice(ODD_CHARS) * rng.choice((1, 1, 2, 50))
                text = text[:at] + piece + text[at:]
                self.note(f"text: {piece[:10]!r} inserted at {at}")
            elif kind == "value":
                piece = odd_value(rng)
                text = text[:at] + piece + text[at:]
                self.note(f"text: {piece[:30]!r} inserted at {at}")
            elif kind == "digits":
                table = rng.choice(("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "⁰¹²³⁴⁵⁶⁷⁸⁹", "⓪①②③④⑤⑥⑦⑧⑨",
                                    "０１２３４５６７８９", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"))
                text = "".join(table[int(c)] if c in "0123456789" and rng.random() < 0.5
                               else c for c in text)
                self.note(f"text: digits as {table[:3]}...")
            elif kind == "duplicate":
                n = rng.randint(1, 400)
                text = text[:at] + text[at:at + n] * rng.choice((2, 3, 200)) + text[at + n:]
                self.note(f"text: {n} characters at {at} repeated")
            elif kind == "truncate":
                text = text[:at]
                self.note(f"text: cut at {at}")
            elif kind == "swap" and len(text) > 2:
                i, j = sorted(rng.sample(range(len(text)), 2))
                text = text[:i] + text[j:] + text[i:j]
                self.note(f"text: {i}..{j} moved to the end")
            else:
                piece = rng.choice(("9" * 100_000, "غ" * 100_000, "مقتل " * 20_000,
                                    " " * 100_000, "1" + "0" * 5000))
                text = text[:at] + piece + text[at:]
                self.note(f"text: {piece[:8]!r}... x{len(piece)} inserted at {at}")
        return text

    # --- tables (CSV, GeoNames, sheets) -------------------------------------------------

    def table(self, rows: list[list[Any]], *, header: bool = True) -> list[list[Any]]:
        """Cell-level damage: odd values, swapped fields, duplicated, dropped or cut rows,
        renamed or missing columns."""
        rng = self.rng
        rows = [list(r) for r in rows]
        first = 1 if header else 0
        for _ in range(rng.randint(1, 4)):
            kind = rng.choice(("cell", "cell", "cell", "swap", "dup_row", "drop_row",
                               "short_row", "long_row", "header", "number", "same_id"))
            body = range(first, len(rows))
            if not body:
                rows.append([""])
                continue
            r = rng.choice(body)
            c = rng.randrange(len(rows[r])) if rows[r] else 0
            if kind == "cell" and rows[r]:
                rows[r][c] = odd_value(rng)
                self.note(f"table: row {r} column {c} := {str(rows[r][c])[:30]!r}")
            elif kind == "number" and rows[r]:
                rows[r][c] = rng.choice((2**31, 2**63, -(2**31) - 1, 10**20, 1e308, -0.0,
                                         0.5, 1e-300, True))
                self.note(f"table: row {r} column {c} := {rows[r][c]!r}")
            elif kind == "swap" and len(rows[r]) > 1:
                i, j = rng.sample(range(len(rows[r])), 2)
                rows[r][i], rows[r][j] = rows[r][j], rows[r][i]
                self.note(f"table: row {r} columns {i} and {j} swapped")
            elif kind == "dup_row":
                rows.insert(r, list(rows[r]))
                self.note(f"table: row {r} duplicated")
            elif kind == "drop_row" and len(rows) > first + 1:
                del rows[r]
                self.note(f"table: row {r} dropped")
            elif kind == "short_row":
                del rows[r][c:]
                self.note(f"table: row {r} cut after column {c}")
            elif kind == "long_row":
                rows[r].extend(odd_value(rng) for _ in range(rng.randint(1, 3)))
                self.note(f"table: row {r} has extra cells")
            elif kind == "header" and header and rows[0]:
                i = rng.randrange(len(rows[0]))
                choice = rng.choice(("rename", "duplicate", "drop"))
                if choice == "rename":
                    rows[0][i] = odd_value(rng)
                elif choice == "duplicate":
                    rows[0][i] = rows[0][rng.randrange(len(rows[0]))]
                else:
                    for row in rows:
                        del row[i:i + 1]
                self.note(f"table: header column {i} {choice}")
            elif kind == "same_id" and len(rows) > first + 1 and rows[r]:
                other = rng.choice(body)
                if rows[other]:
                    rows[r][0] = rows[other][0]
                    self.note(f"table: row {r} takes row {other}'s first cell")
        return rows

    # --- zip members (xlsx) -------------------------------------------------------------

    def zip_members(self, data: bytes) -> bytes:
        """Damage one or two members of a zip (an xlsx): its XML cut, made non-XML, byte
        flipped, a value replaced, or the member dropped or renamed."""
        rng = self.rng
        with zipfile.ZipFile(io.BytesIO(data)) as src:
            members = [(info.filename, src.read(info)) for info in src.infolist()]
        for _ in range(rng.randint(1, 2)):
            i = rng.randrange(len(members))
            name, body = members[i]
            kind = rng.choice(("cut", "not_xml", "flip", "value", "drop", "rename", "empty",
                               "value", "value"))
            if kind == "cut":
                body = body[:rng.randrange(max(len(body), 1))]
            elif kind == "not_xml":
                body = rng.choice((b"not xml at all", b"\x00" * 64, b"<?xml version='1.0'?><a>"))
            elif kind == "flip" and body:
                b = bytearray(body)
                for _ in range(rng.randint(1, 6)):
                    j = rng.randrange(len(b))
                    b[j] ^= 1 << rng.randrange(8)
                body = bytes(b)
            elif kind == "value":
                body = self._xml_value(body)
            elif kind == "drop":
                del members[i]
                self.note(f"zip: {name} dropped")
                continue
            elif kind == "rename":
                name = name + ".old"
            else:
                body = b""
            members[i] = (name, body)
            self.note(f"zip: {name} {kind}")
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for name, body in members:
                dst.writestr(name, body)
        return out.getvalue()

    def _xml_value(self, body: bytes) -> bytes:
        """Replace the text of one <v> or <t> element, or one attribute value."""
        rng = self.rng
        text = body.decode("utf-8", "replace")
        spots = [i for i in range(len(text)) if text.startswith(("<v>", "<t>", '="'), i)]
        if not spots:
            return body
        spot = rng.choice(spots)
        at = spot + (3 if text[spot] == "<" else 2)
        end = min((j for j in (text.find("<", at), text.find('"', at)) if j >= 0),
                  default=len(text))
        value = odd_value(rng)
        value = value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
        return (text[:at] + value + text[end:]).encode("utf-8", "surrogatepass")

    # --- decoded JSON (bundles) -------------------------------------------------------

    def json_tree(self, tree: Any, prefer: tuple[str, ...] = ()) -> Any:
        """Damage the decoded payload: wrong types, numbers out of range, bad timestamps,
        keys dropped, lists repeated, huge or NUL-holding strings. Spots under a top-level
        key in ``prefer`` are chosen most of the time (the records rather than the
        reference tables that travel beside them)."""
        rng = self.rng
        tree = json.loads(json.dumps(tree))
        for _ in range(rng.randint(1, 3)):
            spots = list(_walk(tree, ()))
            preferred = [s for s in spots if s[0] and s[0][0] in prefer]
            if preferred and rng.random() < 0.8:
                spots = preferred
            if not spots:
                break
            path, value = rng.choice(spots)
            new = self._json_value(value)
            if new is _DROP:
                _drop(tree, path)
                self.note(f"json: {_path_text(path)} dropped")
            else:
                tree = _set(tree, path, new)
                self.note(f"json: {_path_text(path)} := {json.dumps(new)[:60]}")
        return tree

    def _json_value(self, value: Any) -> Any:
        rng = self.rng
        if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and rng.random() < .6:
            return rng.choice(("2099-13-45T25:61:00", "not a date", "", "0000-00-00",
                               "2017-02-30", "1899-12-31", "2099-01-01", "20170507",
                               "2017-05-07T10:00:00+99:00", "9999-12-31T23:59:59.9999999"))
        if isinstance(value, bool) or value is None:
            return rng.choice((1, "yes", [], {}, -1, None, _DROP, "true"))
        if isinstance(value, int | float):
            return rng.choice((-1, 2**31, 2**63, -(2**63) - 1, 10**30, 1e308, 0.5, -0.0,
                               str(value), [value], None, True, _DROP, 9, 99999))
        if isinstance(value, list):
            choice = rng.random()
            if choice < .3 and value:
                return value + value
            if choice < .5:
                return []
            return rng.choice(({}, "list", None, 7, [None], [[]], _DROP))
        if isinstance(value, dict):
            return rng.choice(([], "object", None, 0, {}, {"x": 1}, _DROP))
        return rng.choice((odd_value(rng), 7, None, [], {}, {"a": 1}, "[1,2", _DROP,
                           "x" * 100_000, "a\x00b"))


class _Drop:
    pass


_DROP = _Drop()


def _walk(node: Any, path: tuple[Any, ...]):
    yield path, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _walk(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, (*path, i))


def _set(tree: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    node = tree
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return tree


def _drop(tree: Any, path: tuple[Any, ...]) -> None:
    if not path:
        return
    node = tree
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]


def _path_text(path: tuple[Any, ...]) -> str:
    return "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in path) or "(root)"

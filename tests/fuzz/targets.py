"""The fuzz targets: how each kind of input is made and sent through its real entry point.

A target makes one case from a seed (the input's bytes, the route: the Desk
API or the command line in-process, and the options), and runs it against a
desk. The outcome is "ok", "refused" (an error of the UserError tree, or exit
status 2 on the command line), or a crash: anything else.
"""

from __future__ import annotations

import contextlib
import io
import logging
import random
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sahel_desk.errors import UserError
from tests.fuzz import fixtures
from tests.fuzz.mutate import Mutator

STATES = ("approved", "approved", "submitted", "draft")


@dataclass
class Case:
    """One input and how it is sent in."""

    target: str
    seed: int
    file_name: str
    data: bytes
    route: str  # "api" or "cli"
    options: dict[str, Any] = field(default_factory=dict)
    base: str = ""  # the desk file the case starts from (a fixtures key)
    log: list[str] = field(default_factory=list)

    def describe(self) -> dict[str, Any]:
        return {"target": self.target, "seed": self.seed, "file": self.file_name,
                "route": self.route, "options": self.options, "base": self.base,
                "mutations": self.log}


@dataclass
class Outcome:
    status: str  # "ok", "refused" or "crash"
    detail: str = ""
    error_type: str = ""
    where: str = ""
    trace: str = ""


def crash_of(exc: BaseException) -> Outcome:
    """A crash named by its exception type and the innermost frame of the project's code."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/sahel_desk/" in f.filename.replace("\\", "/")]
    where = ""
    if frames:
        frame = (ours or frames)[-1]
        name = frame.filename.replace("\\", "/")
        name = name[name.rfind("/sahel_desk/") + 1:] if "/sahel_desk/" in name else name
        where = f"{name}:{frame.lineno} in {frame.name}"
    return Outcome("crash", f"{type(exc).__name__}: {str(exc)[:300]}", type(exc).__name__,
                   where, "".join(traceback.format_exception(exc))[-6000:])


class _Captured(logging.Handler):
    """Keeps the exception main() logs before it exits 70, to name the crash."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.exc: BaseException | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            self.exc = record.exc_info[1]


def run_cli(data_dir: Path, argv: list[str], ok_codes: tuple[int, ...] = (0,)) -> Outcome:
    """``sahel-desk --data-dir DIR ARGV`` in this process; 2 is a refusal, 70 a crash."""
    from sahel_desk.cli.main import main

    root = logging.getLogger()
    handlers = list(root.handlers)
    captured = _Captured()
    root.addHandler(captured)
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--data-dir", str(data_dir), "--user", "fuzz", *argv])
    except SystemExit as exc:  # argparse refusing the arguments the case was given
        code = exc.code if isinstance(exc.code, int) else 2
    except Exception as exc:
        return crash_of(exc)
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
    said = err.getvalue().strip()[-500:]
    if code == 2:
        return Outcome("refused", said)
    if code in ok_codes:
        return Outcome("ok", said)
    if captured.exc is not None:
        outcome = crash_of(captured.exc)
        outcome.detail = f"exit {code}: {outcome.detail}"
        return outcome
    return Outcome("crash", f"exit {code}: {said}", f"exit {code}", "sahel_desk/cli/main.py")


class Target:
    """One kind of input. Subclasses make cases and send them in through the API."""

    name = ""
    #: cases in the default run (``make test``), sized to a few seconds each
    default_count = 100
    #: the share of cases sent through the command line instead of the Desk API
    cli_share = 0.2
    #: whether a successful case may change the database (a real import)
    writes = True

    def __init__(self, built: dict[str, Path]):
        self.built = built

    def base(self, rng: random.Random) -> str:
        return "receiver-fresh"

    def make(self, seed: int) -> Case:
        m = Mutator(seed)
        route = "cli" if m.rng.random() < self.cli_share else "api"
        case = self.make_input(m, route)
        case.seed, case.route, case.log = seed, route, m.log
        case.base = case.base or self.base(m.rng)
        return case

    def make_input(self, m: Mutator, route: str) -> Case:
        raise NotImplementedError

    def run(self, case: Case, path: Path, env: Any) -> Outcome:
        """Send the case in; ``path`` holds its bytes."""
        if case.route == "cli":
            env.close_desk()
            return run_cli(env.data_dir, self.cli_args(case, path), self.cli_ok_codes)
        try:
            self.run_api(case, path, env)
        except UserError as exc:
            return Outcome("refused", f"{type(exc).__name__}: {str(exc)[:300]}")
        except Exception as exc:
            return crash_of(exc)
        return Outcome("ok")

    cli_ok_codes: tuple[int, ...] = (0,)

    def run_api(self, case: Case, path: Path, env: Any) -> None:
        raise NotImplementedError

    def cli_args(self, case: Case, path: Path) -> list[str]:
        raise NotImplementedError

    def read_only(self, case: Case) -> bool:
        """True when even a success must leave the database as it was (a dry run)."""
        return not self.writes or bool(case.options.get("dry_run"))


def _odd_path(m: Mutator, path: Path) -> Path:
    """Now and then the file named is missing or is a folder."""
    roll = m.rng.random()
    if roll < 0.02:
        m.note("path: a file that does not exist")
        return path.with_name("missing-" + path.name)
    if roll < 0.04:
        m.note("path: a folder")
        return path.parent
    return path


class AcledCsv(Target):
    name = "acled_csv"
    default_count = 250

    def make_input(self, m: Mutator, route: str) -> Case:
        layout = m.rng.choice(("current", "current", "dyadic", "monadic"))
        m.note(f"layout {layout}")
        table = fixtures.acled_table(layout)
        if m.rng.random() < 0.85:
            table = m.table(table)
        text = fixtures.csv_bytes(table).decode("utf-8", "surrogatepass")
        if m.rng.random() < 0.3:
            text = m.text(text, rounds=1)
        data = text.encode("utf-8", "surrogatepass")
        if m.rng.random() < 0.25:
            data = m.bytes_(data)
        if m.rng.random() < 0.1:
            data = m.rng.choice((b"\xef\xbb\xbf", "\ufeff".encode("utf-16"), b"")) + data
        return Case(self.name, 0, "acled.csv", data, route, self._options(m))

    def _options(self, m: Mutator) -> dict[str, Any]:
        return {"dry_run": m.rng.random() < 0.4, "skip_bad_rows": m.rng.random() < 0.5,
                "state": m.rng.choice(STATES), "odd_path": m.rng.random() < 0.04}

    def _path(self, case: Case, path: Path) -> Path:
        if not case.options.get("odd_path"):
            return path
        return path.parent if case.seed % 2 else path.with_name("missing-" + path.name)

    def run_api(self, case: Case, path: Path, env: Any) -> None:
        o = case.options
        env.desk().acled.import_file(self._path(case, path), dry_run=o["dry_run"],
                                     skip_bad_rows=o["skip_bad_rows"], state=o["state"])

    def cli_args(self, case: Case, path: Path) -> list[str]:
        o = case.options
        return ["import", "acled", str(self._path(case, path)), "--state", o["state"],
                *(["--dry-run"] if o["dry_run"] else []),
                *(["--skip-bad-rows"] if o["skip_bad_rows"] else [])]


class AcledXlsx(AcledCsv):
    name = "acled_xlsx"
    default_count = 150

    def make_input(self, m: Mutator, route: str) -> Case:
        table = fixtures.acled_table("current")
        kind = m.rng.random()
        data = _xlsx_or_clean(m.table(table) if kind < 0.5 else table, m)
        if kind >= 0.35:
            data = m.zip_members(data)
        if m.rng.random() < 0.15:
            data = m.bytes_(data, rounds=1)
        return Case(self.name, 0, "acled.xlsx", data, route, self._options(m))


def _xlsx_or_clean(table: list[list[Any]], m: Mutator) -> bytes:
    """The workbook of ``table``; a value openpyxl will not write (a NUL, a lone surrogate)
    is written without the characters it refuses."""
    try:
        return fixtures.xlsx_bytes(table)
    except Exception:
        import re

        bad = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
        m.note("xlsx: characters openpyxl refuses were left out")
        return fixtures.xlsx_bytes([[bad.sub("", v) if isinstance(v, str) else v for v in row]
                                    for row in table])


class GeoNames(Target):
    name = "geonames"
    default_count = 200

    def make_input(self, m: Mutator, route: str) -> Case:
        rows = [list(r) for r in fixtures.GEONAMES_ROWS]
        if m.rng.random() < 0.85:
            rows = m.table(rows, header=False)
        text = fixtures.geonames_bytes([[str(v) for v in r] for r in rows]).decode(
            "utf-8", "surrogatepass")
        if m.rng.random() < 0.3:
            text = m.text(text, rounds=1)
        data = text.encode("utf-8", "surrogatepass")
        if m.rng.random() < 0.25:
            data = m.bytes_(data)
        return Case(self.name, 0, "ML.txt", data, route,
                    {"odd_path": m.rng.random() < 0.04})

    def _path(self, case: Case, path: Path) -> Path:
        if not case.options.get("odd_path"):
            return path
        return path.parent if case.seed % 2 else path.with_name("missing-" + path.name)

    def run_api(self, case: Case, path: Path, env: Any) -> None:
        env.desk().gazetteer.import_geonames([self._path(case, path)])

    def cli_args(self, case: Case, path: Path) -> list[str]:
        return ["gazetteer", "import-geonames", str(self._path(case, path))]


class Claims(Target):
    name = "claims"
    default_count = 40
    writes = False

    def make_input(self, m: Mutator, route: str) -> Case:
        text = fixtures.claims_text()
        if m.rng.random() < 0.5:
            text = m.rng.choice(fixtures.CLAIMS)
        text = m.text(text)
        data = text.encode("utf-8", "surrogatepass")
        if m.rng.random() < 0.15:
            data = m.bytes_(data)
        how = m.rng.choice(("parse", "parse_many", "parse_file"))
        return Case(self.name, 0, "claims.txt", data, route, {"call": how})

    def run_api(self, case: Case, path: Path, env: Any) -> None:
        reader = env.desk().claim_reader
        call = case.options["call"]
        if call == "parse_file":
            readings = reader.parse_file(path)
        else:
            text = case.data.decode("utf-8", "replace")
            readings = [reader.parse(text)] if call == "parse" else reader.parse_many(text)
        for reading in readings:  # the claim editor highlights each span in the text
            for s in reading.suggestions:
                if reading.text[s.start:s.end] != s.source_text:
                    raise AssertionError(f"the {s.kind} suggestion's span {s.start}..{s.end} "
                                         f"is not its source text {s.source_text[:40]!r}")

    def cli_args(self, case: Case, path: Path) -> list[str]:
        return ["claims", "parse", str(path), "--json"]


class Report(Target):
    """A report read into drafts, and sometimes saved (all of them or none)."""

    name = "report"
    default_count = 40

    def make_input(self, m: Mutator, route: str) -> Case:
        text = m.text(fixtures.report_text())
        data = text.encode("utf-8", "surrogatepass")
        roll = m.rng.random()
        if roll < 0.15:
            data = m.bytes_(data)
        elif roll < 0.2:
            data = text.encode("utf-16")
        elif roll < 0.25:
            data = text.encode("latin-1", "replace")
        options = {"create": m.rng.random() < 0.4,
                   "date": m.rng.choice((None, "2019-05-31", "2019-02-30", "31/05/2019"))}
        return Case(self.name, 0, "report.md", data, route, options)

    def run_api(self, case: Case, path: Path, env: Any) -> None:
        from datetime import date

        day = case.options["date"]
        try:
            given = date.fromisoformat(day) if day else None
        except ValueError:
            given = None
        reports = env.desk().reports
        reading = reports.read_file(path, report_date=given)
        if case.options["create"]:
            reports.create(reading)

    def cli_args(self, case: Case, path: Path) -> list[str]:
        day = case.options["date"]
        return ["report", "read", str(path), "--json",
                *(["--date", day] if day else []),
                *(["--create"] if case.options["create"] else [])]

    def read_only(self, case: Case) -> bool:
        return not case.options["create"]


class Bundle(Target):
    name = "bundle"
    default_count = 100

    def base(self, rng: random.Random) -> str:
        return rng.choice(("receiver-fresh", "receiver-known"))

    def make_input(self, m: Mutator, route: str) -> Case:
        from sahel_desk.exchange.container import open_bundle, read_header

        which = m.rng.choice(("bundle", "delta"))
        base = "receiver-known" if which == "delta" else m.rng.choice(
            ("receiver-fresh", "receiver-known"))
        m.note(f"from {which}.sdb into {base}")
        data = self.built[which].read_bytes()
        if m.rng.random() < 0.75:
            header, _raw, _body = read_header(data)
            payload = open_bundle(data).payload
            if m.rng.random() < 0.15:
                header = m.json_tree(header)
                if not isinstance(header, dict):
                    header = {"desk_id": header}
            else:
                payload = m.json_tree(payload, prefer=("incidents", "comments"))
            data = fixtures.seal(payload, _header_fields(header), fixtures.TEST_KEY)
        if m.rng.random() < 0.3:
            data = m.bytes_(data, rounds=1)
        return Case(self.name, 0, "bundle.sdb", data, route,
                    {"dry_run": m.rng.random() < 0.35, "bytes": m.rng.random() < 0.5},
                    base=base)

    def run_api(self, case: Case, path: Path, env: Any) -> None:
        exchange = env.desk().exchange
        if case.options["bytes"]:
            exchange.import_bytes(case.data, dry_run=case.options["dry_run"])
        else:
            exchange.import_bundle(path, dry_run=case.options["dry_run"])

    def cli_args(self, case: Case, path: Path) -> list[str]:
        return ["bundle", "import", str(path), *(["--dry-run"] if case.options["dry_run"]
                                                 else [])]


def _header_fields(header: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in header.items()
            if k not in ("format", "public_key", "encrypted", "kdf", "cipher")}


class Database(Target):
    """A damaged desk file: opened, checked and listed, by the API and the commands."""

    name = "database"
    default_count = 200
    cli_share = 0.5
    cli_ok_codes = (0, 1)  # `db check` says 1 when it found problems

    def make_input(self, m: Mutator, route: str) -> Case:
        data = self.built["small"].read_bytes()
        page = 4096
        kind = m.rng.choice(("bytes", "page", "page", "header", "cut", "swap"))
        if kind == "bytes":
            data = m.bytes_(data)
        elif kind == "page":
            n = m.rng.randrange(1, max(len(data) // page, 2))
            junk = m.rng.choice((bytes(page), m.rng.randbytes(page), data[:page]))
            data = data[:n * page] + junk + data[(n + 1) * page:]
            m.note(f"database: page {n} overwritten")
        elif kind == "header":
            b = bytearray(data)
            for _ in range(m.rng.randint(1, 4)):
                b[m.rng.randrange(100)] = m.rng.randrange(256)
            data = bytes(b)
            m.note("database: header bytes changed")
        elif kind == "cut":
            at = m.rng.choice((m.rng.randrange(len(data)), (len(data) // page // 2) * page, 100))
            data = data[:at]
            m.note(f"database: cut at {at}")
        else:
            pages = len(data) // page
            i, j = sorted(m.rng.sample(range(1, pages), 2))
            b = bytearray(data)
            b[i * page:(i + 1) * page], b[j * page:(j + 1) * page] = (
                data[j * page:(j + 1) * page], data[i * page:(i + 1) * page])
            data = bytes(b)
            m.note(f"database: pages {i} and {j} swapped")
        command = m.rng.choice((["db", "check"], ["db", "check", "--json"],
                                ["incidents", "list", "--json"], ["db", "backup"],
                                ["export", "csv", "OUT"]))
        return Case(self.name, 0, "sahel-desk.sqlite", data, route,
                    {"command": command, "readonly": m.rng.random() < 0.5}, base="input")

    def run_api(self, case: Case, path: Path, env: Any) -> None:
        from sahel_desk.services.desk import Desk

        with Desk.open(env.data_dir, user="fuzz", readonly=case.options["readonly"]) as desk:
            desk.check()
            page = desk.incidents.query(limit=50)
            for row in page.rows:
                desk.incidents.get(row.id)
            desk.incidents.count()

    def cli_args(self, case: Case, path: Path) -> list[str]:
        return [str(path.parent / "out.csv") if a == "OUT" else a
                for a in case.options["command"]]

    def read_only(self, case: Case) -> bool:
        return bool(case.options.get("readonly")) and case.route == "api"


TARGETS: dict[str, type[Target]] = {t.name: t for t in (
    AcledCsv, AcledXlsx, GeoNames, Claims, Report, Bundle, Database)}

"""The fuzz worker: runs a batch of one target's cases and reports each on a pipe.

It runs in its own process so that the test (tests/fuzz/test_fuzz.py) can stop
it when a case hangs and name the case. Each case is written to ``current/``
in the work folder before it runs; a failing case is copied to the output
folder with its input, the desk file it started from and what went wrong, so
that it can be replayed on its own::

    python -m tests.fuzz.runner replay /tmp/sahel-desk-fuzz/acled_csv-1234
    python -m tests.fuzz.runner run acled_csv --seed 123 --first 17 --count 1

An outcome is a failure when it is a crash (an exception outside the
UserError tree, or exit status 70), or when the database changed although
the case was refused, or was a dry run or a read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

from sahel_desk.paths import DATABASE_FILE
from tests.desk_state import changed_tables, file_fingerprint, fingerprint
from tests.fuzz.targets import TARGETS, Case, Outcome, Target

DEFAULT_OUT = Path(tempfile.gettempdir()) / "sahel-desk-fuzz"


def case_seed(base_seed: int, target: str, index: int) -> int:
    """The seed of one case: the same run seed always gives the same cases."""
    digest = hashlib.sha256(f"{base_seed}:{target}:{index}".encode()).hexdigest()
    return int(digest[:12], 16)


class Env:
    """The desk a target's cases run against, put back as it was after any change."""

    def __init__(self, work: Path, built: dict[str, Path]):
        self.work = work
        self.built = built
        self.data_dir = work / "desk"
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.db = self.data_dir / DATABASE_FILE
        self._desk: Any = None
        self._base: str | None = None
        self._prints: dict[str, dict[str, Any]] = {}

    def desk(self) -> Any:
        from sahel_desk.services.desk import Desk

        if self._desk is None:
            self._desk = Desk.open(self.data_dir, user="fuzz")
        return self._desk

    def close_desk(self) -> None:
        if self._desk is not None:
            desk, self._desk = self._desk, None
            desk.close()

    def _clear(self) -> None:
        self.close_desk()
        for side in ("", "-wal", "-shm", "-journal"):
            self.db.with_name(self.db.name + side).unlink(missing_ok=True)

    def prepare(self, case: Case) -> dict[str, Any]:
        """Put the case's starting desk in place; returns its fingerprint."""
        if case.base == "input":  # the case's input is the desk file itself
            self._clear()
            self._base = None
            self.db.write_bytes(case.data)
            return file_fingerprint(self.db)
        if self._base != case.base:
            self._clear()
            shutil.copy2(self.built[case.base], self.db)
            self._base = case.base
            self._prints[case.base] = fingerprint(self.db)
        return self._prints[case.base]

    def after(self, case: Case) -> dict[str, Any]:
        if case.base == "input":
            self.close_desk()
            return file_fingerprint(self.db)
        return fingerprint(self.db)

    def changed(self) -> None:
        """The desk holds the case's changes: the next case starts from a fresh copy."""
        self._base = None

    def close(self) -> None:
        self.close_desk()


def build(work: Path, template: Path | None) -> dict[str, Path]:
    """The fixtures every target's cases start from."""
    from sahel_desk.services.desk import Desk
    from tests.fuzz import fixtures

    if template is None:
        template = work / "template"
        Desk.open(template, user="setup").close()
    return fixtures.build_desks(template, work / "fixtures")


def run_one(target: Target, case: Case, env: Env, current: Path) -> tuple[Outcome, list[str]]:
    """Run one case; returns its outcome and what about it is a failure (nothing: passed)."""
    path = current / case.file_name
    before = env.prepare(case)
    if case.base == "input":
        path = env.db
    outcome = target.run(case, path, env)
    after = env.after(case)
    problems: list[str] = []
    if outcome.status == "crash":
        problems.append(f"crash: {outcome.error_type} at {outcome.where}")
    if after != before:
        env.changed()
        if outcome.status == "refused" and _only_a_key_noted(before, after, outcome):
            pass  # a bundle from an unknown key: its key is noted as seen, nothing else
        elif outcome.status == "refused":
            problems.append(f"the database changed although the input was refused: "
                            f"{changed_tables(before, after)}")
        elif outcome.status == "ok" and target.read_only(case):
            problems.append(f"the database changed in a dry run or read: "
                            f"{changed_tables(before, after)}")
    return outcome, problems


def _only_a_key_noted(before: dict[str, Any], after: dict[str, Any],
                      outcome: Outcome) -> bool:
    """A bundle refused because its key is not trusted notes that key as seen (so that
    `desks list` shows it to an administrator): that row alone may change."""
    changed = {name for name in set(before) | set(after) if before.get(name) != after.get(name)}
    return changed == {"exchange_peer"} and "does not trust yet" in outcome.detail


def signature(target: str, outcome: Outcome, problems: list[str]) -> str:
    if outcome.status == "crash":
        return f"{target} | {outcome.error_type} | {outcome.where}"
    return f"{target} | {problems[0].split(':')[0]}"


def save(out: Path, case: Case, outcome: Outcome, problems: list[str], env: Env,
         current: Path) -> Path:
    """Keep a failing case where it can be replayed from."""
    folder = out / f"{case.target}-{case.seed}"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(current, folder)
    if case.base != "input":
        shutil.copy2(env.built[case.base], folder / "base.sqlite")
    record = {**case.describe(), "status": outcome.status, "problems": problems,
              "detail": outcome.detail, "where": outcome.where, "traceback": outcome.trace}
    (folder / "case.json").write_text(json.dumps(record, indent=1, ensure_ascii=False),
                                      encoding="utf-8")
    return folder


def write_current(current: Path, case: Case) -> None:
    if current.exists():
        shutil.rmtree(current)
    current.mkdir(parents=True)
    (current / case.file_name).write_bytes(case.data)
    (current / "case.json").write_text(json.dumps(case.describe(), indent=1,
                                                  ensure_ascii=False), encoding="utf-8")


def cmd_run(args: argparse.Namespace) -> int:
    work = Path(args.work)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    report = os.fdopen(args.report_fd, "w", buffering=1) if args.report_fd else sys.stdout

    def emit(**event: Any) -> None:
        report.write(json.dumps(event, ensure_ascii=False) + "\n")
        report.flush()

    built = build(work, Path(args.template) if args.template else None)
    target = TARGETS[args.target](built)
    env = Env(work / args.target, built)
    current = work / args.target / "current"
    kept: dict[str, int] = {}
    emit(event="ready")
    for index in range(args.first, args.first + args.count):
        seed = case_seed(args.seed, args.target, index)
        case = target.make(seed)
        write_current(current, case)
        emit(event="start", index=index, seed=seed)
        started = time.perf_counter()
        outcome, problems = run_one(target, case, env, current)
        seconds = time.perf_counter() - started
        event: dict[str, Any] = {"event": "end", "index": index, "seed": seed,
                                 "status": outcome.status, "seconds": round(seconds, 4)}
        if problems:
            sig = signature(args.target, outcome, problems)
            event.update(signature=sig, problems=problems, detail=outcome.detail,
                         mutations=case.log[:12])
            kept[sig] = kept.get(sig, 0) + 1
            if kept[sig] <= args.keep:
                event["saved"] = str(save(out, case, outcome, problems, env, current))
        emit(**event)
    env.close()
    emit(event="done")
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    """Run a saved case again, alone, from the desk file it started from."""
    folder = Path(args.folder)
    record = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    case = Case(record["target"], record["seed"], record["file"],
                (folder / record["file"]).read_bytes(), record["route"], record["options"],
                record["base"], record["mutations"])
    work = Path(tempfile.mkdtemp(prefix="sahel-fuzz-replay-"))
    built = {case.base: folder / "base.sqlite"} if case.base != "input" else {}
    target = TARGETS[case.target](built)
    env = Env(work, built)
    current = work / "current"
    write_current(current, case)
    outcome, problems = run_one(target, case, env, current)
    env.close()
    print(f"{case.target} seed {case.seed} via {case.route}: {outcome.status} "
          f"{outcome.detail}")
    for line in case.log:
        print(f"  made by: {line}")
    for problem in problems:
        print(f"  FAILURE: {problem}")
    if outcome.trace:
        print(outcome.trace)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz.runner")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run a batch of one target's cases")
    run.add_argument("target", choices=sorted(TARGETS))
    run.add_argument("--seed", type=int, default=int(os.environ.get("FUZZ_SEED", "1")))
    run.add_argument("--first", type=int, default=0, help="index of the first case")
    run.add_argument("--count", type=int, default=100)
    run.add_argument("--template", help="a seeded desk folder to copy (default: seed one)")
    run.add_argument("--work", default=None, help="scratch folder (default: a new one)")
    run.add_argument("--out", default=str(DEFAULT_OUT), help="where failing cases are kept")
    run.add_argument("--keep", type=int, default=3, help="cases kept per distinct failure")
    run.add_argument("--report-fd", type=int, default=0, help=argparse.SUPPRESS)
    run.set_defaults(handler=cmd_run)
    replay = sub.add_parser("replay", help="run a saved case again")
    replay.add_argument("folder")
    replay.set_defaults(handler=cmd_replay)
    args = parser.parse_args(argv)
    if getattr(args, "work", None) is None and args.command == "run":
        args.work = tempfile.mkdtemp(prefix="sahel-fuzz-")
    # The library's warnings about odd files (openpyxl's among them) are not failures here.
    warnings.simplefilter("ignore")
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())

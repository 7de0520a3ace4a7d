"""Bad input never crashes: seeded mutations of small real inputs, through the real entry points.

Each target (ACLED CSV and xlsx, GeoNames dumps, claims, bundles re-signed with
the test key, desk files) runs a batch of cases in a worker process
(tests/fuzz/runner.py). A case fails on an exception outside the UserError
tree (exit status 70 on the command line), on a database changed by a
refused input or a dry run (every table's fingerprint is taken before and
after), or on a hang: a case still running after ``FUZZ_HANG_SECONDS`` (30)
stops the worker, and the batch goes on after it.

    pytest tests/fuzz -k acled_csv                     # one target
    FUZZ_SEED=123 pytest tests/fuzz                    # other cases
    FUZZ_INPUTS=2000 pytest tests/fuzz -m fuzz         # `make fuzz`: cases per target

Failing cases are kept under $FUZZ_OUT (default: <tmp>/sahel-desk-fuzz), each
with the command that replays it.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.fuzz.runner import DEFAULT_OUT
from tests.fuzz.targets import TARGETS

ROOT = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("FUZZ_SEED", "1"))
INPUTS = os.environ.get("FUZZ_INPUTS")
HANG_SECONDS = float(os.environ.get("FUZZ_HANG_SECONDS", "30"))
OUT = Path(os.environ.get("FUZZ_OUT") or DEFAULT_OUT)
#: a worker stopped by a hang is started again after the case, this many times at most
RESTARTS = 5


def inputs_for(target: str) -> int:
    return int(INPUTS) if INPUTS else TARGETS[target].default_count


@dataclass
class Failure:
    signature: str
    count: int = 0
    first_seed: int = 0
    example: dict[str, Any] = field(default_factory=dict)


@dataclass
class Run:
    target: str
    cases: int = 0
    seconds: float = 0.0
    case_seconds: float = 0.0
    statuses: Counter[str] = field(default_factory=Counter)
    failures: dict[str, Failure] = field(default_factory=dict)

    def fail(self, signature: str, seed: int, example: dict[str, Any]) -> None:
        found = self.failures.setdefault(signature, Failure(signature, 0, seed, example))
        found.count += 1

    def summary(self) -> str:
        rate = self.cases / self.case_seconds if self.case_seconds else 0.0
        return (f"{self.target}: {self.cases} inputs in {self.seconds:.1f} s, "
                f"{self.case_seconds:.1f} s of them in the cases ({rate:.0f}/s); "
                f"{dict(self.statuses)}; seed {SEED}")

    def report(self) -> str:
        lines = [self.summary(), f"{len(self.failures)} distinct failure(s):"]
        for f in sorted(self.failures.values(), key=lambda f: -f.count):
            lines.append(f"- {f.signature}  ({f.count}x; first: case seed {f.first_seed})")
            ex = f.example
            for problem in ex.get("problems", [])[:2]:
                lines.append(f"    {problem}")
            if ex.get("detail"):
                lines.append(f"    {ex['detail'][:240]}")
            if ex.get("mutations"):
                lines.append(f"    made by: {'; '.join(ex['mutations'][:5])[:300]}")
            if ex.get("saved"):
                lines.append(f"    replay: python -m tests.fuzz.runner replay {ex['saved']}")
            if "index" in ex:
                lines.append(f"    or: FUZZ_SEED={SEED} python -m tests.fuzz.runner run "
                             f"{self.target} --first {ex['index']} --count 1")
        return "\n".join(lines)


def _worker(target: str, first: int, count: int, template: Path, work: Path
            ) -> tuple[subprocess.Popen[bytes], int]:
    read_end, write_end = os.pipe()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    log = (work / f"worker-{target}-{first}.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.fuzz.runner", "run", target, "--seed", str(SEED),
         "--first", str(first), "--count", str(count), "--template", str(template),
         "--work", str(work / f"w{first}"), "--out", str(OUT), "--report-fd", str(write_end)],
        cwd=ROOT, env=env, pass_fds=(write_end,), stdin=subprocess.DEVNULL, stdout=log,
        stderr=subprocess.STDOUT, start_new_session=True)
    os.close(write_end)
    log.close()
    return proc, read_end


def _events(proc: subprocess.Popen[bytes], fd: int, first_timeout: float):
    """The worker's events, or ("hang", seconds) when it said nothing for too long."""
    selector = selectors.DefaultSelector()
    selector.register(fd, selectors.EVENT_READ)
    buffer = b""
    timeout = first_timeout
    try:
        while True:
            started = time.monotonic()
            if not selector.select(timeout):
                yield {"event": "hang", "seconds": time.monotonic() - started}
                return
            chunk = os.read(fd, 65536)
            if not chunk:
                yield {"event": "exit", "code": proc.wait()}
                return
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                yield json.loads(line)
            timeout = HANG_SECONDS
    finally:
        selector.close()
        os.close(fd)


def fuzz(target: str, count: int, template: Path, work: Path) -> Run:
    """Run ``count`` cases of ``target``, starting a new worker after a hang."""
    run = Run(target)
    started = time.monotonic()
    next_index, restarts = 0, 0
    while next_index < count:
        first = next_index
        proc, fd = _worker(target, first, count - first, template, work)
        current: dict[str, Any] | None = None
        for event in _events(proc, fd, first_timeout=300):
            kind = event["event"]
            if kind == "start":
                current = event
            elif kind == "end":
                current = None
                next_index = event["index"] + 1
                run.cases += 1
                run.statuses[event["status"]] += 1
                run.case_seconds += event["seconds"]
                if "signature" in event:
                    run.fail(event["signature"], event["seed"], event)
            elif kind == "done":
                next_index = count
            elif kind == "exit" and current is None and next_index >= count:
                break
            elif kind in ("hang", "exit"):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                log = work / f"worker-{target}-{first}.log"
                if current is None:  # the worker itself failed, outside any case
                    pytest.fail(f"the {target} fuzz worker stopped ({event}) outside a "
                                f"case:\n{log.read_text(errors='replace')[-3000:]}")
                index, seed = current["index"], current["seed"]
                what = (f"hang: still running after {HANG_SECONDS:g} s" if kind == "hang"
                        else f"the worker died (exit {event['code']})")
                saved = OUT / f"{target}-{seed}-{kind}"
                if saved.exists():
                    shutil.rmtree(saved)
                shutil.copytree(work / f"w{first}" / target / "current", saved)
                base = json.loads((saved / "case.json").read_text(encoding="utf-8"))["base"]
                if base != "input":
                    shutil.copy2(work / f"w{first}" / "fixtures" / f"{base}.sqlite",
                                 saved / "base.sqlite")
                run.cases += 1
                run.statuses[kind] += 1
                run.fail(f"{target} | {what}", seed, {
                    "index": index, "problems": [what], "saved": str(saved)})
                next_index = index + 1
                restarts += 1
                if restarts > RESTARTS:
                    pytest.fail(run.report() + "\n(too many hangs: stopped)")
                break
        proc.wait()
    run.seconds = time.monotonic() - started
    return run


@pytest.mark.fuzz
@pytest.mark.timeout(0)  # the harness's own watchdog stops a hanging case
@pytest.mark.parametrize("target", list(TARGETS))
def test_bad_input_is_refused_or_accepted_never_a_crash(
        target: str, template_dir: Path, tmp_path: Path) -> None:
    run = fuzz(target, inputs_for(target), template_dir, tmp_path)
    print(run.summary())
    (tmp_path / "summary.txt").write_text(run.report(), encoding="utf-8")
    assert run.cases == inputs_for(target), run.report()
    if run.failures:
        pytest.fail(run.report(), pytrace=False)

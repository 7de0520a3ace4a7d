"""A throwaway PostgreSQL server for the test session (a pytest plugin).

The storage, service and export tests run on SQLite and on a real PostgreSQL
server, because the two disagree in ways no mock shows: typing, locking,
isolation, sorting. The server is made for the session: ``initdb`` into a
temporary folder, listening only on 127.0.0.1 on a free port with its socket
in that folder, durability switched off for speed (the data is thrown away),
stopped with ``pg_ctl stop -m immediate`` at the end.

initdb and postgres refuse to run as root, so as root (as in CI containers)
they run as the ``postgres`` system user that Debian's package creates.

Without server binaries, or when the server does not start, the PostgreSQL
tests skip and say why; with ``CI=true`` they fail instead, since CI must run
them. ``make test`` installs Debian's ``postgresql`` package when it is missing.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import itertools
import os
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

#: who runs the server when the tests run as root (Debian's package creates this user)
SERVER_ACCOUNT = "postgres"
#: the superuser the cluster is made with; trust authentication, loopback only
SUPERUSER = "postgres"
START_TIMEOUT_S = 60
SERVER_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    # Throwaway data: nothing needs to survive a crash, so skip what makes it survive.
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
    "shared_buffers": "64MB",
    "log_min_messages": "warning",
}
_SERVER_BINARIES = ("initdb", "pg_ctl", "postgres")
#: room the cluster may take in /dev/shm (a few dozen MB in practice)
MEMORY_NEEDED = 1 << 30


class PostgresUnavailableError(RuntimeError):
    """No PostgreSQL server can be had here; the message says what failed."""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "postgresql: runs against the throwaway PostgreSQL server "
        "(deselect with -m 'not postgresql' to run on SQLite only)")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test using the server is a PostgreSQL test, whatever else it is marked with."""
    for item in items:
        if "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgresql)


def find_server_binaries() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres: PATH first, then Debian's
    /usr/lib/postgresql/<version>/bin, newest version first."""
    candidates: list[Path] = []
    on_path = shutil.which("pg_ctl")
    if on_path:
        # Debian links some binaries into PATH; postgres itself sits beside the real pg_ctl.
        candidates.append(Path(on_path).resolve().parent)
    debian = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += [Path(p) for p in sorted(debian, key=_version_key, reverse=True)]
    for folder in candidates:
        if all(os.access(folder / name, os.X_OK) for name in _SERVER_BINARIES):
            return folder
    return None


def _version_key(path: str) -> tuple[int, ...]:
    version = Path(path).parent.name
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def _memory_folder() -> str | None:
    """/dev/shm when there is one with room: copying a template database there takes
    25 ms instead of 400 ms on a disk. None means the usual temporary folder."""
    shm = "/dev/shm"
    with contextlib.suppress(OSError):
        if os.access(shm, os.W_OK | os.X_OK) and shutil.disk_usage(shm).free > MEMORY_NEEDED:
            return shm
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """One initdb'd cluster in a temporary folder, started with pg_ctl."""

    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.root: Path | None = None
        self.port = 0
        self._names = itertools.count(1)
        self._running = False
        self._watchdog: subprocess.Popen[bytes] | None = None
        self.version = 0

    @property
    def data(self) -> Path:
        assert self.root is not None
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        assert self.root is not None
        return self.root / "server.log"

    # --- running the server binaries ----------------------------------------------------

    def _as_server_user(self) -> list[str]:
        """The prefix that runs a command as the server account when we are root."""
        if os.geteuid() != 0:
            return []
        runuser = shutil.which("runuser")
        if runuser:
            return [runuser, "-u", SERVER_ACCOUNT, "--"]
        setpriv = shutil.which("setpriv")
        if setpriv:
            return [setpriv, f"--reuid={SERVER_ACCOUNT}", f"--regid={SERVER_ACCOUNT}",
                    "--init-groups"]
        raise PostgresUnavailableError(
            "running as root, and neither runuser nor setpriv is there to run PostgreSQL as "
            f"the '{SERVER_ACCOUNT}' user")

    def _run(self, what: str, *args: str, timeout: float = START_TIMEOUT_S) -> None:
        command = [*self._as_server_user(), str(self.bin_dir / args[0]), *args[1:]]
        try:
            done = subprocess.run(command, cwd=self.root, capture_output=True, text=True,
                                  timeout=timeout, env={**os.environ, "LC_ALL": "C"})
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PostgresUnavailableError(f"{what} failed: {exc}") from exc
        if done.returncode != 0:
            raise PostgresUnavailableError(
                f"{what} failed (exit {done.returncode}): "
                f"{(done.stderr or done.stdout).strip()[-800:]}{self._log_tail()}")

    def _log_tail(self) -> str:
        if self.root is None or not self.log_file.exists():
            return ""
        with contextlib.suppress(OSError):
            lines = self.log_file.read_text(errors="replace").strip().splitlines()
            if lines:
                return "; server log: " + " | ".join(lines[-8:])
        return ""

    # --- life cycle -------------------------------------------------------------------------

    def start(self) -> None:
        """initdb, configure and start; raises PostgresUnavailableError saying what failed."""
        self.root = Path(tempfile.mkdtemp(prefix="sahel-desk-pg-", dir=_memory_folder()))
        if os.geteuid() == 0:
            import pwd

            try:
                account = pwd.getpwnam(SERVER_ACCOUNT)
            except KeyError as exc:
                raise PostgresUnavailableError(
                    f"running as root and there is no '{SERVER_ACCOUNT}' system user to run "
                    "PostgreSQL as (Debian's postgresql package creates it)") from exc
            os.chown(self.root, account.pw_uid, account.pw_gid)
        self.root.chmod(0o700)
        self._run("initdb", "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "--encoding=UTF8", "--no-locale", "--no-sync")
        settings = {**SERVER_SETTINGS, "unix_socket_directories": f"'{self.root}'"}
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# sahel-desk tests\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        last_error: PostgresUnavailableError | None = None
        for _attempt in range(3):  # another process may take the free port meanwhile
            self.port = _free_port()
            try:
                self._run("pg_ctl start", "pg_ctl", "-D", str(self.data), "-l",
                          str(self.log_file), "-o", f"-p {self.port}", "-w", "-t",
                          str(START_TIMEOUT_S), "start", timeout=START_TIMEOUT_S + 10)
            except PostgresUnavailableError as exc:
                last_error = exc
                continue
            self._running = True
            atexit.register(self.stop)
            self._start_watchdog()
            self.version = int((self.data / "PG_VERSION").read_text().split(".")[0])
            return
        assert last_error is not None
        raise last_error

    def _start_watchdog(self) -> None:
        """A small shell that stops the server if this process dies without cleaning up
        (killed, or a crash): pg_ctl detaches the server, so nothing else would."""
        script = (f'while [ -d /proc/{os.getpid()} ]; do sleep 1; done; '
                  f'"{self.bin_dir / "pg_ctl"}" -D "{self.data}" -m immediate -w stop; '
                  f'rm -rf "{self.root}"')
        with contextlib.suppress(OSError, PostgresUnavailableError):
            self._watchdog = subprocess.Popen(
                [*self._as_server_user(), "/bin/sh", "-c", script], cwd=self.root,
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, start_new_session=True)

    def stop(self) -> None:
        """Stop at once (nothing to keep) and remove the folder; safe to call twice."""
        if self._watchdog is not None:
            # runuser forks the shell: end the whole process group it leads.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._watchdog.pid, signal.SIGKILL)
            self._watchdog.wait()
            self._watchdog = None
        if self._running:
            self._running = False
            with contextlib.suppress(PostgresUnavailableError):
                self._run("pg_ctl stop", "pg_ctl", "-D", str(self.data), "-m", "immediate",
                          "-w", "stop")
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    # --- databases ------------------------------------------------------------------------------

    def url(self, database: str) -> str:
        """The SQLAlchemy URL of one database on this server."""
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE need that)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(sql, params)

    def new_name(self, stem: str = "t") -> str:
        return f"{stem}_{os.getpid()}_{next(self._names)}"

    def create_database(self, name: str, template: str = "template0") -> str:
        """A new database (a copy of ``template``); returns its URL."""
        # PostgreSQL 15 copies through the WAL by default; copying the files is faster here.
        strategy = " STRATEGY FILE_COPY" if self.version >= 15 else ""
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"{strategy}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database even if a test left connections open to it."""
        self.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
        self.execute(f'DROP DATABASE IF EXISTS "{name}"')


def postgres_unavailable(reason: str) -> None:
    """Skip with the reason; under CI (CI=true) fail instead, since CI must run these."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL tests cannot run: {reason}. CI=true, so they are not "
                    "skipped.", pytrace=False)
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """The session's PostgreSQL server, started on first use."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        postgres_unavailable(f"the psycopg driver is missing ({exc}); "
                             "install it with pip install -e '.[postgres]'")
    bin_dir = find_server_binaries()
    if bin_dir is None:
        postgres_unavailable(
            "no PostgreSQL server binaries (initdb, pg_ctl, postgres) on PATH or under "
            "/usr/lib/postgresql/*/bin; install Debian's postgresql package (make postgres)")
    assert bin_dir is not None
    server = PostgresServer(bin_dir)
    try:
        server.start()
    except PostgresUnavailableError as exc:
        server.stop()
        postgres_unavailable(f"the throwaway server in {bin_dir} did not start: {exc}")
    try:
        yield server
    finally:
        server.stop()

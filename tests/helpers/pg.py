"""A throw-away PostgreSQL cluster for tests: initdb in a temporary folder, a free port, stopped
at the end. Runs as an unprivileged user (initdb refuses root): as root, through `runuser` as
the `postgres` account that Debian's package creates; otherwise as the current user.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

SUPERUSER = "agentdesk_admin"
ENV_BINDIR = "AGENTDESK_PG_BINDIR"


class PostgresMissingError(RuntimeError):
    pass


def find_bindir() -> Path:
    """The newest installed PostgreSQL server's bin folder (Debian: /usr/lib/postgresql/N/bin)."""
    if os.environ.get(ENV_BINDIR):
        return Path(os.environ[ENV_BINDIR])
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    raise PostgresMissingError(
        "PostgreSQL server programs not found: install Debian's `postgresql` package "
        f"(.ci/run does) or set {ENV_BINDIR}."
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if runuser is None:
        raise PostgresMissingError("running as root needs `runuser` to start PostgreSQL")
    return [runuser, "-u", "postgres", "--"]


@dataclass
class PgCluster:
    """One running server; ``url(db)`` gives a SQLAlchemy URL as the superuser."""

    root: Path
    port: int
    password: str
    bindir: Path
    databases: list[str] = field(default_factory=list)
    durable: bool = False  # commits flushed to WAL (for tests that crash the server)

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "run"

    def url(
        self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None
    ) -> str:
        secret = self.password if password is None else password
        return f"postgresql+psycopg://{user}:{secret}@127.0.0.1:{self.port}/{database}"

    def dsn(
        self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None
    ) -> str:
        secret = self.password if password is None else password
        return f"host=127.0.0.1 port={self.port} dbname={database} user={user} password={secret}"

    def admin(self, sql: str, database: str = "postgres") -> None:
        with psycopg.connect(self.dsn(database), autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self, name: str | None = None, template: str | None = None) -> str:
        name = name or f"t_{secrets.token_hex(6)}"
        clause = f" TEMPLATE {template}" if template else ""
        self.admin(f'CREATE DATABASE "{name}"{clause}')
        self.databases.append(name)
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*_as_user(), *args], check=check, capture_output=True, text=True, timeout=120
        )

    def pg_ctl(self, action: str, *extra: str, check: bool = True) -> subprocess.CompletedProcess:
        return self.run(
            str(self.bindir / "pg_ctl"), action, "-D", str(self.datadir), *extra, check=check
        )

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
            "-c max_connections=200 "
        )
        if self.durable:
            # Crash tests: a commit the client was told about survives the server's death.
            options += "-c fsync=on -c synchronous_commit=on"
        else:
            # A test cluster: durability is not what these tests measure.
            options += "-c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        self.pg_ctl("start", "-w", "-t", "60", "-l", str(self.root / "server.log"), "-o", options)

    def stop(self, mode: str = "fast") -> None:
        self.pg_ctl("stop", "-m", mode, "-w", check=False)

    def kill(self) -> None:
        """SIGKILL the postmaster (a crash, not a shutdown)."""
        pid_file = self.datadir / "postmaster.pid"
        pid = int(pid_file.read_text().split()[0])
        self.run("kill", "-9", str(pid), check=False)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)

    def crash(self) -> None:
        """SIGKILL the postmaster and every server process (a machine losing power, for the
        server: what was committed is in the WAL, everything in flight is gone)."""
        pid = int((self.datadir / "postmaster.pid").read_text().split()[0])
        children = [
            int(p)
            for p in subprocess.run(
                ["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False
            ).stdout.split()
        ]
        self.run("kill", "-9", str(pid), *map(str, children), check=False)
        deadline = time.monotonic() + 30
        for each in (pid, *children):
            while time.monotonic() < deadline:
                try:
                    os.kill(each, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.05)

    def is_running(self) -> bool:
        return self.pg_ctl("status", check=False).returncode == 0


def start_cluster(*, durable: bool = False) -> PgCluster:
    bindir = find_bindir()
    root = Path(tempfile.mkdtemp(prefix="agentdesk-pg-"))
    password = secrets.token_urlsafe(18)
    cluster = PgCluster(root, free_port(), password, bindir, durable=durable)
    cluster.socket_dir.mkdir()
    pwfile = root / "pw"
    pwfile.write_text(password + "\n")
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(cluster.socket_dir, "postgres")
        shutil.chown(pwfile, "postgres")
    cluster.run(
        str(bindir / "initdb"),
        "-D",
        str(cluster.datadir),
        "-U",
        SUPERUSER,
        f"--pwfile={pwfile}",
        "--auth-local=scram-sha-256",
        "--auth-host=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C",
        "--no-sync",
    )
    pwfile.unlink()
    cluster.start()
    return cluster


def stop_cluster(cluster: PgCluster) -> None:
    cluster.stop("immediate" if not cluster.is_running() else "fast")
    shutil.rmtree(cluster.root, ignore_errors=True)

"""The call journal: every call event on disk the moment it happens, before the database has it.

The engine the call screen holds must not wait for the database (a slow disk, a backup, a
busy lock would freeze the window mid-call), yet an event the screen already shows must
survive the app being killed. So each event is first appended to a small per-call file —
one line, already encrypted exactly as its database row will be — with a plain ``write``:
the kernel holds it from that moment, whatever happens to the process. The database write
follows on the worker, in order (``CallRecorder.flush``). At the next start, and before a
call is resumed, ``replay`` puts any journaled event the database lacks into it.

A power cut in the instant between the two writes can lose the newest events: the file is
not fsynced on the GUI thread (that is the freeze the journal exists to avoid); the worker's
commit, a few milliseconds later, is.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from agentdesk.errors import KnownError

SUFFIX = ".journal"


class JournalWriteError(KnownError):
    """The call journal could not be written (disk full, folder gone)."""

    code = "journal.write"


@dataclass(frozen=True)
class JournalEntry:
    """One event as its database row will hold it (``data_ct`` already encrypted)."""

    id: uuid.UUID
    seq: int
    kind: str
    step: str | None
    at: float
    wall: str
    data_ct: bytes

    def to_line(self) -> bytes:
        record = {
            "id": str(self.id),
            "seq": self.seq,
            "kind": self.kind,
            "step": self.step,
            "at": self.at,
            "wall": self.wall,
            "ct": base64.b64encode(self.data_ct).decode("ascii"),
        }
        return json.dumps(record, separators=(",", ":")).encode("ascii") + b"\n"

    @classmethod
    def from_line(cls, line: bytes) -> JournalEntry:
        record = json.loads(line)
        return cls(
            uuid.UUID(record["id"]),
            int(record["seq"]),
            str(record["kind"]),
            record["step"],
            float(record["at"]),
            str(record["wall"]),
            base64.b64decode(record["ct"], validate=True),
        )


class CallJournal:
    """One append-only file per interaction in ``folder`` (created on first use, mode 0600)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._fds: dict[uuid.UUID, int] = {}
        self._lock = threading.Lock()  # appends on the GUI thread, discards on the worker

    def path(self, interaction_id: uuid.UUID) -> Path:
        return self.folder / f"{interaction_id}{SUFFIX}"

    def append(self, interaction_id: uuid.UUID, entry: JournalEntry) -> None:
        """Append one line; returns once the kernel has it (no fsync: see the module doc)."""
        line = entry.to_line()
        try:
            with self._lock:
                self._write(interaction_id, line)
        except OSError as exc:
            raise JournalWriteError(
                "The call step could not be kept on disk; check the free space of the data folder."
            ) from exc

    def _write(self, interaction_id: uuid.UUID, line: bytes) -> None:
        fd = self._fds.get(interaction_id)
        if fd is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
            fd = os.open(self.path(interaction_id), flags, 0o600)
            self._fds[interaction_id] = fd
        if os.write(fd, line) != len(line):
            raise OSError("short write")

    def entries(self, interaction_id: uuid.UUID) -> list[JournalEntry]:
        """The journaled events of one call in order; a torn last line (power cut) is skipped."""
        try:
            raw = self.path(interaction_id).read_bytes()
        except FileNotFoundError:
            return []
        found = []
        for line in raw.split(b"\n"):
            if not line:
                continue
            try:
                found.append(JournalEntry.from_line(line))
            except (ValueError, KeyError, TypeError):
                continue  # only ever the last, half-written line
        return sorted(found, key=lambda e: e.seq)

    def interactions(self) -> list[uuid.UUID]:
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob(f"*{SUFFIX}"):
            with contextlib.suppress(ValueError):
                found.append(uuid.UUID(path.name.removesuffix(SUFFIX)))
        return found

    def discard(self, interaction_id: uuid.UUID) -> None:
        """Every event of this call is in the database: the file is no longer needed."""
        with self._lock:
            fd = self._fds.pop(interaction_id, None)
            if fd is not None:
                os.close(fd)
            with contextlib.suppress(FileNotFoundError):
                self.path(interaction_id).unlink()

    def close(self) -> None:
        with self._lock:
            for fd in self._fds.values():
                os.close(fd)
            self._fds.clear()

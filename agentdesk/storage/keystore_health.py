"""The two key-store copies at start: recover from the intact one, refuse when none is (#15 10).

``keys.sqlite3`` and ``keys-mirror.sqlite3`` hold the same wrapped data keys. Before they are
opened, each copy is checked read-only (opens, passes ``quick_check``, has the key table).
A copy that is missing, emptied or damaged while the other is intact is set aside (renamed,
never deleted) and rebuilt from the intact one, and the repair is reported. When no intact
copy holds the keys, opening is refused: a key store recreated empty would make every
customer look erased.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from agentdesk.storage.backup import fsync_dir, fsync_file
from agentdesk.storage.session import storage_error


@dataclass(frozen=True)
class CopyState:
    path: Path
    status: str  # "missing", "empty" (no key table), "damaged", "ok"
    keys: int = 0


def inspect_copy(path: Path) -> CopyState:
    if not path.exists():
        return CopyState(path, "missing")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return CopyState(path, "damaged")
    try:
        if conn.execute("PRAGMA quick_check").fetchone() != ("ok",):
            return CopyState(path, "damaged")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "data_key" not in tables:
            return CopyState(path, "empty")
        return CopyState(path, "ok", conn.execute("SELECT count(*) FROM data_key").fetchone()[0])
    except sqlite3.DatabaseError:
        return CopyState(path, "damaged")
    finally:
        conn.close()


def stored_key_count(paths: tuple[Path, Path]) -> int:
    """Keys in the best copy (0 when none is readable)."""
    return max((inspect_copy(p).keys for p in paths), default=0)


def heal_key_stores(primary: Path, mirror: Path) -> list[str]:
    """Repair a bad copy from the good one; returns what was done, in words. Raises
    StorageError when neither copy can be trusted and one of them is damaged."""
    states = [inspect_copy(primary), inspect_copy(mirror)]
    good = [s for s in states if s.status == "ok"]
    if not good:
        if any(s.status == "damaged" for s in states):
            raise storage_error("storage.key_stores_damaged")
        return []  # a new data folder (or two empty copies): created when first opened
    source = max(good, key=lambda s: s.keys)
    done = []
    for state in states:
        if state is source:
            continue
        if state.status == "ok":
            # Both readable: a difference in content is a write or an erasure cut between
            # the copies, settled key by key (reads fall back, erasures are journalled).
            continue
        kept = _set_aside(state.path) if state.status != "missing" else None
        _copy(source.path, state.path)
        note = f"{state.path.name} was {state.status}; rebuilt from {source.path.name}"
        done.append(note + (f" (the old file is kept as {kept.name})" if kept else ""))
    return done


def _set_aside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    return target


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    fsync_file(target)
    fsync_dir(target.parent)

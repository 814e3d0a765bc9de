"""The data folder is its user's only: folders 0700, files 0600, whatever the umask (#15 16)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from agentdesk.paths import DataPaths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_made_by_a_command_are_private_under_a_loose_umask(tmp_path):
    root = tmp_path / "data"
    for command in (["db", "upgrade"], ["db", "backup"]):
        subprocess.run(
            [sys.executable, "-m", "agentdesk", "--data-dir", str(root), *command],
            check=True,
            capture_output=True,
            preexec_fn=lambda: os.umask(0o022),
        )
    folders = [root, root / "backups", root / "logs"]
    files = [p for p in root.rglob("*") if p.is_file()]
    assert any(p.name == "agentdesk.sqlite3" for p in files)
    assert any(p.parent.name == "backups" for p in files)
    for folder in folders:
        assert _mode(folder) == 0o700, folder
    for path in files:
        assert _mode(path) & 0o077 == 0, path


def test_an_older_folder_is_tightened(tmp_path):
    root = tmp_path / "data"
    (root / "backups").mkdir(parents=True)
    (root / "agentdesk.sqlite3").write_bytes(b"")
    root.chmod(0o755)
    (root / "agentdesk.sqlite3").chmod(0o644)
    DataPaths(root).ensure()
    assert _mode(root) == 0o700 and _mode(root / "agentdesk.sqlite3") == 0o600

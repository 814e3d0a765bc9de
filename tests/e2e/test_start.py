"""Starting the real entry point on a temporary data folder."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from agentdesk.__main__ import main


def test_python_m_agentdesk_version():
    result = subprocess.run(
        [sys.executable, "-m", "agentdesk", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and result.stdout.startswith("agentdesk ")


@pytest.mark.parametrize("problem", ["corrupt", "unwritable"])
def test_gui_start_refuses_with_a_message(tmp_path, monkeypatch, qapp, problem):
    shown = []
    monkeypatch.setattr(
        "agentdesk.ui.launch.QMessageBox.critical",
        lambda parent, title, text: shown.append((title, text)),
    )
    data = tmp_path / "data"
    data.mkdir()
    if problem == "corrupt":
        (data / "agentdesk.sqlite3").write_bytes(b"not sqlite" * 50)
    else:
        data = tmp_path / "a-file"
        data.write_text("x")
    assert main(["--data-dir", str(data)]) == 1
    assert shown and ("untouched" in shown[0][1] or "data folder" in shown[0][1])
    if problem == "corrupt":
        assert (data / "agentdesk.sqlite3").read_bytes() == b"not sqlite" * 50


def test_console_script_is_installed():
    exe = os.path.join(os.path.dirname(sys.executable), "agentdesk")
    result = subprocess.run([exe, "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "db" in result.stdout

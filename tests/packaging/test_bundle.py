"""The PyInstaller bundle works on its own: `pytest -m bundle` (not in the default run).

Builds the bundle with packaging/build_bundle.py (several minutes), or tests the one named by
$AGENTDESK_BUNDLE (the folder holding the `agentdesk` executable). Every command runs the
bundled executable from another folder, with an environment that names no Python.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.bundle
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def executable(tmp_path_factory) -> Path:
    existing = os.environ.get("AGENTDESK_BUNDLE")
    if existing:
        folder = Path(existing)
    else:
        out = tmp_path_factory.mktemp("bundle")
        subprocess.run(
            [sys.executable, str(REPO / "packaging" / "build_bundle.py"), "--out", str(out)],
            check=True, timeout=3600,
        )  # fmt: skip
        folder = out / "agentdesk"
    exe = folder / "agentdesk"
    assert exe.is_file(), f"no bundled executable at {exe}"
    return exe


@pytest.fixture
def run(executable, tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV")) and k != "AGENTDESK_DATA_DIR"
    }
    env.update(QT_QPA_PLATFORM="offscreen", AGENTDESK_DATA_DIR=str(tmp_path / "data"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def call(*args: str, extra_env: dict[str, str] | None = None):
        return subprocess.run(
            [str(executable), *args], capture_output=True, text=True, timeout=300,
            cwd=elsewhere, env={**env, **(extra_env or {})},
        )  # fmt: skip

    return call


def test_the_bundle_starts_offscreen_to_its_first_dialog(run):
    result = run(extra_env={"AGENTDESK_QUIT_AT_FIRST_WINDOW": "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        ("first window: PassphraseDialog:", "first window: FirstRunDialog:")
    ), result.stdout


def test_the_bundle_plans_staffing(run):
    result = run("staffing", "--calls", "600", "--interval", "30m", "--aht", "180s",
                 "--target", "80/20")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Required agents   66" in result.stdout


def test_the_bundle_checks_its_own_flows(run):
    result = run("flows", "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(": ok (flow ") >= 2


def test_the_bundle_migrates_and_searches(run):
    assert run("db", "upgrade").returncode == 0
    assert run("kb", "import").returncode == 0
    result = run("kb", "search", "refund")
    assert result.returncode == 0 and "1. " in result.stdout, result.stdout + result.stderr

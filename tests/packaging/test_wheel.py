"""The sdist and wheel carry every file of resources/ and migrations/ inside the package."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# What the build reads; copied so the test never writes build output into the checkout.
BUILD_INPUTS = ("pyproject.toml", "setup.py", "README.md", "agentdesk", "resources", "migrations")
DATA_FOLDERS = ("resources", "migrations")


def shipped_files(folder: str) -> set[str]:
    """Every file of a data folder, relative to the repository, without bytecode caches."""
    root = REPO / folder
    return {
        path.relative_to(REPO).as_posix()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in BUILD_INPUTS:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, source / name, ignore=ignore)
        else:
            shutil.copy2(src, source / name)
    out = tmp_path_factory.mktemp("dist")
    # sdist first, then the wheel from the unpacked sdist: what `python -m build` does.
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


@pytest.mark.parametrize("folder", DATA_FOLDERS)
def test_wheel_holds_every_data_file(dist, folder):
    (wheel,) = dist.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"agentdesk/{name}" for name in shipped_files(folder)}
    assert len(expected) > 3
    assert expected - names == set(), f"missing from {wheel.name}"
    assert not [n for n in names if n.endswith(".pyc") or "__pycache__" in n]


@pytest.mark.parametrize("folder", DATA_FOLDERS)
def test_sdist_holds_every_data_file(dist, folder):
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    assert shipped_files(folder) - names == set(), f"missing from {sdist.name}"


def test_wheel_has_the_entry_points(dist):
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as zf:
        points = next(n for n in zf.namelist() if n.endswith("entry_points.txt"))
        text = zf.read(points).decode()
    assert "agentdesk = agentdesk.__main__:main" in text
    assert "agentdesk-gui = agentdesk.__main__:main" in text

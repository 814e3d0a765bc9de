"""Build a self-contained one-folder bundle of agentdesk with PyInstaller (no Python needed).

Run from anywhere: python packaging/build_bundle.py [--out DIR]

The bundle is made from what the wheel ships, not from the checkout: the script builds the
wheel, installs it with PyInstaller into a private virtual environment, and freezes that
installation. The result is DIR/agentdesk/ (default dist/bundle/agentdesk/) holding the
`agentdesk` executable, the bundled content and the migrations; copy the folder anywhere and
run DIR/agentdesk/agentdesk (every command works, and no command starts the GUI). The
smoke test is tests/packaging/test_bundle.py (pytest -m bundle).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYINSTALLER = "pyinstaller>=6.10"
# The entry point PyInstaller freezes: the same main() as the `agentdesk` command.
ENTRY = """import sys
from agentdesk.__main__ import main
sys.exit(main())
"""


def run(cmd: list[str], **kw) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)


def build(out: Path, work: Path) -> Path:
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    run([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip", "build", PYINSTALLER])
    run([str(python), "-m", "build", "--wheel", "--outdir", str(work / "dist"), str(REPO)])
    (wheel,) = (work / "dist").glob("agentdesk-*.whl")
    run([str(python), "-m", "pip", "install", "-q", str(wheel)])
    where = "import agentdesk, pathlib; print(pathlib.Path(agentdesk.__file__).parent)"
    found = subprocess.run([str(python), "-c", where], check=True, capture_output=True, text=True)
    package = Path(found.stdout.strip())
    entry = work / "agentdesk_entry.py"
    entry.write_text(ENTRY)
    sep = os.pathsep
    run(
        [
            str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--onedir",
            "--name", "agentdesk",
            "--distpath", str(out), "--workpath", str(work / "build"),
            "--specpath", str(work),
            # Command groups and main-window features are imported by name or lazily.
            "--collect-submodules", "agentdesk",
            # Content and migrations as real files (alembic runs env.py from disk), with their
            # packages importable so importlib.resources finds them as in a wheel install.
            "--add-data", f"{package / 'resources'}{sep}agentdesk/resources",
            "--add-data", f"{package / 'migrations'}{sep}agentdesk/migrations",
            "--hidden-import", "agentdesk.resources",
            "--hidden-import", "agentdesk.migrations",
            # keyring finds its backends through entry points.
            "--copy-metadata", "keyring",
            "--collect-submodules", "keyring.backends",
            str(entry),
        ]
        # PyInstaller embeds an icon only in Windows and macOS executables; on Linux the
        # desktop entry names it (agentdesk desktop-entry install).
        + (["--icon", str(package / "resources" / "icons" / "agentdesk-256.png")]
           if sys.platform in ("win32", "darwin") else [])
    )  # fmt: skip
    return out / "agentdesk"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "dist" / "bundle", help="output folder")
    parser.add_argument("--keep-work", action="store_true", help="keep the build folder")
    options = parser.parse_args()
    out = options.out.resolve()
    work = Path(tempfile.mkdtemp(prefix="agentdesk-bundle-"))
    try:
        folder = build(out, work)
    finally:
        if not options.keep_work:
            shutil.rmtree(work, ignore_errors=True)
    executable = folder / "agentdesk"
    print(f"bundle: {folder} (run {executable})")
    return 0 if executable.is_file() else 1


if __name__ == "__main__":
    sys.exit(main())

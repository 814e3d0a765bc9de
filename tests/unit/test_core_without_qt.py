"""Every module outside agentdesk/ui imports with PySide6 blocked: the core needs no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import agentdesk

PACKAGE = Path(agentdesk.__file__).parent

SCRIPT = r"""
import importlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "shiboken6":
            raise ImportError(f"core module imported Qt: {name}")
        return None
sys.meta_path.insert(0, Block())
failed = []
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed.append(f"{name}: {exc}")
print("\n".join(failed))
sys.exit(1 if failed else 0)
"""


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = rel.parts
        if "ui" in parts[1:2] or parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def test_core_modules_import_without_qt():
    modules = core_modules()
    assert "agentdesk.storage.engine" in modules
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *modules], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_models_import_only_sqlalchemy():
    for path in (PACKAGE / "models").glob("*.py"):
        text = path.read_text()
        for line in text.splitlines():
            if line.startswith(("import ", "from ")):
                module = line.split()[1]
                assert module.split(".")[0] in {
                    "__future__",
                    "sqlalchemy",
                    "agentdesk",
                    "uuid",
                    "datetime",
                    "typing",
                    "enum",
                }, f"{path.name}: {line}"
                if module.startswith("agentdesk"):
                    assert module.startswith("agentdesk.models"), f"{path.name}: {line}"

"""The command line as installed: every group present, each command importing only its needs."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from agentdesk.cli import GROUPS, build_parser

HEAVY = ("sqlalchemy", "PySide6", "cryptography", "alembic", "keyring")


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_every_group_module_registers_its_command(group):
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="group")
    importlib.import_module(GROUPS[group][0]).register(sub)
    assert group in sub.choices


def test_a_group_named_after_data_dir_value_is_not_taken_for_the_command(tmp_path):
    folder = tmp_path / "staffing"
    args = build_parser(["--data-dir", str(folder), "flows", "check"]).parse_args(
        ["--data-dir", str(folder), "flows", "check"]
    )
    assert args.group == "flows" and args.handler is not None


def imported_by(argv: list[str]) -> tuple[int, set[str]]:
    """Run the entry point in a fresh interpreter; its exit status and top-level modules."""
    code = (
        "import json, sys\n"
        "from agentdesk.__main__ import main\n"
        "try:\n"
        f"    status = main({argv!r})\n"
        "except SystemExit as exit:\n"
        "    status = exit.code\n"
        "print(json.dumps([status, sorted({m.split('.')[0] for m in sys.modules})]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    status, modules = json.loads(result.stdout.strip().splitlines()[-1])
    return status, set(modules)


@pytest.mark.parametrize(
    "argv",
    [
        ["staffing", "--calls", "120", "--interval", "30m", "--aht", "180s", "--target", "80/20"],
        [
            "staffing",
            "--calls",
            "40",
            "--interval",
            "15m",
            "--aht",
            "4m",
            "--target",
            "90/30",
            "--patience",
            "90s",
            "--json",
        ],
        ["--version"],
    ],
    ids=["erlang-c", "erlang-a-json", "version"],
)
def test_light_commands_import_no_database_qt_or_crypto(argv):
    status, modules = imported_by(argv)
    assert status == 0
    assert modules.isdisjoint(HEAVY), sorted(modules & set(HEAVY))


def test_a_week_plan_imports_no_database_qt_or_crypto(tmp_path):
    forecast = tmp_path / "week.csv"
    forecast.write_text("start,calls\n" + "".join(f"{i},{100 + i}\n" for i in range(336)))
    argv = ["staffing", "--plan", str(forecast), "--interval", "30m", "--aht", "180s",
            "--target", "80/20", "--out", str(tmp_path / "plan.csv")]  # fmt: skip
    status, modules = imported_by(argv)
    assert status == 0
    assert modules.isdisjoint(HEAVY), sorted(modules & set(HEAVY))


def test_flows_check_without_files_checks_the_bundled_flows(capsys):
    from agentdesk.__main__ import main
    from agentdesk.flows import bundled_flows_dir

    assert main(["flows", "check"]) == 0
    out = capsys.readouterr().out
    for flow in bundled_flows_dir().glob("*.yaml"):
        assert f"{flow}: ok" in out


def test_kb_import_without_folder_imports_the_starter_articles(tmp_path, capsys):
    from agentdesk.__main__ import main

    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "kb", "import"]) == 0
    assert " 0 added" not in capsys.readouterr().out.splitlines()[0]
    assert main(["--data-dir", data, "kb", "search", "refund"]) == 0
    assert "1. " in capsys.readouterr().out


def test_the_gui_starts_to_its_first_dialog(tmp_path):
    """The real entry point in its own process, offscreen, ends at the first dialog."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AGENTDESK_QUIT_AT_FIRST_WINDOW": "1",
        "AGENTDESK_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "agentdesk"], capture_output=True, text=True, timeout=120,
        env=env, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first window: "), result.stdout
    assert result.stdout.split(":")[1].strip() in ("PassphraseDialog", "FirstRunDialog")


def test_a_checkout_without_the_mapping_still_finds_its_folders(tmp_path):
    """An editable install made before the folders were mapped, or PYTHONPATH=checkout."""
    code = (
        "import importlib.resources as r, sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name in ('agentdesk.resources', 'agentdesk.migrations'):\n"
        "            raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "from agentdesk.paths import migrations_dir, resources_dir\n"
        "print(resources_dir() / 'flows', migrations_dir() / 'env.py')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    flows, env = (Path(p) for p in result.stdout.split())
    assert flows.is_dir() and env.is_file()

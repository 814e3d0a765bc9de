"""`agentdesk translations update|check`: the interface catalogues (resources/i18n/*.ts).

``update`` runs ``pyside6-lupdate`` (shipped with PySide6) over the application's source, so
every catalogue lists every text the interface can show; ``check`` lists what is missing or
broken in each. docs/translating.md walks through adding a language.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

EXIT_OK, EXIT_PROBLEMS = 0, 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "translations",
        help="interface translations: update and check the catalogues",
        description="Keep resources/i18n/agentdesk_<language>.ts in step with the interface.",
    )
    cmds = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    update = cmds.add_parser("update", help="add every new interface text to the catalogues")
    update.add_argument(
        "--add", metavar="CODE", help="start a catalogue for a new language (e.g. fr, pt_BR)"
    )
    update.set_defaults(handler=_update)
    check = cmds.add_parser(
        "check", help="list untranslated texts and dropped placeholders (exit 1 if any)"
    )
    check.add_argument("languages", nargs="*", metavar="CODE", help="default: every catalogue")
    check.add_argument("--summary", action="store_true", help="counts only")
    check.set_defaults(handler=_check)


def i18n_dir() -> Path:
    from agentdesk.paths import resources_dir

    return resources_dir() / "i18n"


def source_files() -> list[Path]:
    """Every module of the application that can show text (the whole package: cheap)."""
    package = Path(__file__).resolve().parents[1]
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate_command() -> str:
    """pyside6-lupdate next to this Python (a venv's bin/) or on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found: install PySide6 (it ships the tool).")
    return found


def update_catalogues(folder: Path, add: str | None = None) -> list[Path]:
    """Run lupdate for every catalogue in ``folder`` (and a new one for ``add``)."""
    targets = sorted(folder.glob("agentdesk_*.ts"))
    if add:
        new = folder / f"agentdesk_{add.split('_')[0]}.ts"
        if new not in targets:
            targets.append(new)
    for target in targets:
        code = target.stem.split("_", 1)[1]
        language = add if add and add.split("_")[0] == code else code
        # No file:line locations: they change with every edit elsewhere and make merges hard.
        subprocess.run(
            [
                lupdate_command(),
                *map(str, source_files()),
                "-locations", "none",
                "-no-obsolete",
                "-target-language", language,
                "-ts", str(target),
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip
    return targets


def _update(args: argparse.Namespace) -> int:
    for target in update_catalogues(i18n_dir(), args.add):
        print(f"updated {target}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from agentdesk.i18n_catalogue import check_catalogue, messages

    folder = i18n_dir()
    paths = [folder / f"agentdesk_{code}.ts" for code in args.languages] or sorted(
        folder.glob("agentdesk_*.ts")
    )
    worst = EXIT_OK
    for path in paths:
        if not path.exists():
            print(f"{path}: no such catalogue", file=sys.stderr)
            worst = EXIT_PROBLEMS
            continue
        problems = check_catalogue(path)
        total = len(messages(path))
        missing = sum(p.kind == "missing" for p in problems)
        print(f"{path.name}: {total - missing}/{total} translated, {len(problems) - missing} "
              "with wrong placeholders")  # fmt: skip
        if not args.summary:
            for problem in problems:
                print(f"  {problem}")
        if problems:
            worst = EXIT_PROBLEMS
    return worst

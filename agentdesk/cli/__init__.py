"""Command-line tree: `agentdesk <group> <command> ...`; no group starts the GUI.

Each group lives in its own module exposing ``register(subparsers)``; its handlers are
``handler(args) -> int`` set with ``parser.set_defaults(handler=...)``. Group modules are
imported only when their group is chosen, so a command starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from agentdesk import __version__

# group name -> (module, one-line help). Keep sorted.
GROUPS: dict[str, tuple[str, str]] = {
    "call": ("agentdesk.cli.call", "hand an incoming call to the running app"),
    "coach": ("agentdesk.cli.coach", "check texts with the phrase coach"),
    "customers": ("agentdesk.cli.customers", "import customer records"),
    "db": ("agentdesk.cli.db", "database upgrade, check, backup and restore"),
    "flows": ("agentdesk.cli.flows", "validate call-flow files"),
    "gdpr": ("agentdesk.cli.gdpr", "export, erase, purge, audit and key rotation"),
    "kb": ("agentdesk.cli.kb", "knowledge base import, export and search"),
    "staffing": ("agentdesk.cli.staffing", "Erlang C/A staffing estimates"),
    "user": ("agentdesk.cli.user", "local accounts"),
}


def available_groups() -> dict[str, tuple[str, str]]:
    """Groups whose module exists (issues land one at a time)."""
    found = {}
    for name, (module, help_text) in GROUPS.items():
        if importlib.util.find_spec(module) is not None:
            found[name] = (module, help_text)
    return found


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="agentdesk",
        description="agentdesk: guided calls, notes, knowledge and queue for contact centres. "
        "Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"agentdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help="folder for the database, keys, backups and logs "
        "(default: $AGENTDESK_DATA_DIR or the platform's user data folder)",
    )
    parser.add_argument(
        "--simulate-queue",
        action="store_true",
        help="GUI: feed the queue dock from the built-in simulator (training and demos)",
    )
    sub = parser.add_subparsers(dest="group", metavar="COMMAND")
    groups = available_groups()
    argv = sys.argv[1:] if argv is None else argv
    chosen = next((a for a in argv if a in groups), None)
    for name, (module, help_text) in groups.items():
        if name == chosen:
            importlib.import_module(module).register(sub)
        else:
            # Listed in --help without importing its module.
            sub.add_parser(name, help=help_text)
    return parser

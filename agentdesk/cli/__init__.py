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
    "desktop-entry": ("agentdesk.cli.desktop_entry", "add or remove the application menu entry"),
    "flows": ("agentdesk.cli.flows", "validate call-flow files"),
    "gdpr": ("agentdesk.cli.gdpr", "export, erase, purge, audit and key rotation"),
    "kb": ("agentdesk.cli.kb", "knowledge base import, export and search"),
    "staffing": ("agentdesk.cli.staffing", "Erlang C/A staffing estimates"),
    "survey": ("agentdesk.cli.survey", "import survey results (CSAT, CES, NPS)"),
    "team": ("agentdesk.cli.team", "the shared team database (PostgreSQL)"),
    "translations": ("agentdesk.cli.translations", "interface translations: update and check"),
    "user": ("agentdesk.cli.user", "local accounts"),
}


def _chosen_group(argv: list[str]) -> str | None:
    """The command group named on the command line (skipping --data-dir's value), if any."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--data-dir":
            skip = True
        elif not arg.startswith("-"):
            return arg if arg in GROUPS else None
    return None


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
    argv = sys.argv[1:] if argv is None else argv
    chosen = _chosen_group(argv)
    for name, (module, help_text) in GROUPS.items():
        if name == chosen:
            importlib.import_module(module).register(sub)
        else:
            # Listed in --help without importing its module.
            sub.add_parser(name, help=help_text)
    return parser

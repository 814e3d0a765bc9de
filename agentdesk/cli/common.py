"""Helpers shared by command groups: data folder, database, passwords from stdin."""

from __future__ import annotations

import argparse
import getpass
import sys

from agentdesk.logs import setup_logging
from agentdesk.paths import DataPaths, resolve_data_dir
from agentdesk.storage.session import Database


def data_paths(args: argparse.Namespace) -> DataPaths:
    paths = resolve_data_dir(getattr(args, "data_dir", None)).ensure()
    setup_logging(paths.logs)
    return paths


def database(args: argparse.Namespace) -> Database:
    from agentdesk.storage.open import open_database

    return open_database(data_paths(args))


def read_secret(prompt: str, *, from_stdin: bool, confirm: bool = False) -> str:
    """A secret from stdin (one line, for automation) or an interactive prompt, never argv."""
    if from_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise SystemExit("agentdesk: the two entries differ; nothing was changed.")
    return first

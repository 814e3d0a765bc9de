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


def database(args: argparse.Namespace, paths: DataPaths | None = None) -> Database:
    """Open the data folder's database for this command; closed when the command ends."""
    from agentdesk.storage.open import open_database

    db = open_database(paths or data_paths(args))
    opened = getattr(args, "opened_databases", None)
    if opened is None:
        opened = []
        args.opened_databases = opened
    opened.append(db)
    return db


def close_databases(args: argparse.Namespace) -> None:
    """Release pooled connections, so the files are settled when the command returns."""
    for db in getattr(args, "opened_databases", ()):
        db.dispose()


def read_secret(prompt: str, *, from_stdin: bool, confirm: bool = False) -> str:
    """A secret from stdin (one line, for automation) or an interactive prompt, never argv."""
    if from_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise SystemExit("agentdesk: the two entries differ; nothing was changed.")
    return first

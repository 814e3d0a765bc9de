"""`agentdesk db upgrade|check`: schema migrations and integrity from the command line."""

from __future__ import annotations

import argparse

from agentdesk.cli.common import data_paths


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("db", help="database upgrade and check", description="Database upkeep.")
    cmds = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    cmds.add_parser("upgrade", help="apply migrations up to this version").set_defaults(
        handler=_upgrade
    )
    cmds.add_parser(
        "check", help="integrity check and schema revision (exit 1 on a problem)"
    ).set_defaults(handler=_check)


def _upgrade(args: argparse.Namespace) -> int:
    from agentdesk.storage.migrate import current_revision
    from agentdesk.storage.open import open_database

    db = open_database(data_paths(args))
    print(f"Database is at schema {current_revision(db.engine)} (latest).")
    return 0


def _check(args: argparse.Namespace) -> int:
    from agentdesk.errors import KnownError
    from agentdesk.storage.migrate import check_openable, inspect_sqlite

    paths = data_paths(args)
    path = paths.database
    print(f"Database: {path}")
    try:
        report = inspect_sqlite(path, full=True)
    except KnownError as exc:
        print(f"Problem: {exc}")
        return 1
    if not report.exists:
        print("No database yet (it is created at first start or by `agentdesk db upgrade`).")
        return 1
    print(f"Integrity: {report.integrity}")
    print(f"Schema: {report.revision or 'none'} (this version expects {report.head})")
    try:
        check_openable(report, path)
    except KnownError as exc:
        print(f"Problem: {exc}")
        return 1
    if report.pending:
        print("Problem: migrations are pending; run `agentdesk db upgrade`.")
        return 1
    print("OK")
    return 0

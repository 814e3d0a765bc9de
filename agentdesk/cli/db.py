"""`agentdesk db upgrade|check|backup|backups|restore`: database upkeep from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from agentdesk.cli.common import data_paths, database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "db", help="database upgrade, check, backup and restore", description="Database upkeep."
    )
    cmds = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    cmds.add_parser("upgrade", help="apply migrations up to this version").set_defaults(
        handler=_upgrade
    )
    cmds.add_parser(
        "check", help="integrity check and schema revision (exit 1 on a problem)"
    ).set_defaults(handler=_check)
    backup = cmds.add_parser(
        "backup",
        help="write a verified backup (into the backups folder, rotated, unless --out)",
        description="Copy the database with SQLite's online backup API and verify the copy. "
        "The key files are never copied: a backup holds ciphertext only.",
    )
    backup.add_argument("--out", metavar="FILE", help="write the backup to FILE (must not exist)")
    backup.set_defaults(handler=_backup)
    cmds.add_parser("backups", help="list the backups folder, newest first").set_defaults(
        handler=_backups
    )
    restore = cmds.add_parser(
        "restore",
        help="replace the database with a backup (the current one is backed up first)",
        description="Checks the backup (integrity, schema, master key), copies the current "
        "database into the backups folder, then replaces it atomically. Close agentdesk first.",
    )
    source = restore.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", metavar="FILE", help="the backup file to restore")
    source.add_argument(
        "--newest", action="store_true", help="the newest backup in the folder that passes checks"
    )
    restore.set_defaults(handler=_restore)


def _upgrade(args: argparse.Namespace) -> int:
    from agentdesk.storage.migrate import current_revision

    db = database(args)
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


def _backup(args: argparse.Namespace) -> int:
    from agentdesk.services.backups import BackupService
    from agentdesk.settings import load_settings
    from agentdesk.storage.backup import BackupError, backup_sqlite

    paths = data_paths(args)
    db = database(args, paths)  # refuses a damaged or newer database; migrates a pending one
    try:
        if args.out:
            out = Path(args.out).expanduser().resolve()
            if out.exists():
                raise BackupError(f"{out} already exists; choose a new file name.")
            backup_sqlite(paths.database, out)
            print(f"Backup written and verified: {out}")
            return 0
        keep = load_settings(paths.settings_file).settings.backup_count
        done = BackupService(paths, db, keep=keep).backup_now("manual")
    finally:
        db.dispose()
    print(f"Backup written and verified: {done.path} ({done.size:,} bytes)")
    if done.removed:
        print(f"Removed {len(done.removed)} older backup(s); {keep} are kept.")
    return 0


def _backups(args: argparse.Namespace) -> int:
    from agentdesk.storage.backup import list_backups

    paths = data_paths(args)
    found = list_backups(paths.backups)
    if not found:
        print(f"No backups in {paths.backups}.")
        return 0
    for b in found:
        print(f"{b.taken_at:%Y-%m-%d %H:%M:%S} UTC  {b.reason:<28} {b.path}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from agentdesk.storage.restore import newest_good_backup, restore_database

    paths = data_paths(args)
    if args.newest:
        source = newest_good_backup(paths)
        if source is None:
            print(f"No backup in {paths.backups} passes the checks; nothing was changed.")
            return 1
    else:
        source = Path(args.file).expanduser().resolve()
    result = restore_database(paths, source)
    print(f"Restored {result.restored_from} (schema {result.revision}).")
    if result.safety_copy is not None:
        print(f"The database as it was is kept in {result.safety_copy}.")
    if result.erased_since:
        print(
            f"{len(result.erased_since)} customer(s) in this backup were erased after it was "
            "made; their keys are gone, so their details cannot be read. Remove what is left:"
        )
        for cid in result.erased_since:
            print(f"  agentdesk gdpr erase --customer {cid} --yes")
    return 0

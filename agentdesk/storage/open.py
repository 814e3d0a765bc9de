"""Open the data folder's database: checks, backup before migrating, upgrade to head."""

from __future__ import annotations

import os
from pathlib import Path

from agentdesk.errors import KnownError
from agentdesk.paths import DataPaths
from agentdesk.storage.backup import backup_name, backup_sqlite
from agentdesk.storage.engine import make_engine
from agentdesk.storage.keystore_health import stored_key_count
from agentdesk.storage.migrate import prepare_sqlite, upgrade
from agentdesk.storage.session import Database

ENV_DATABASE_URL = "AGENTDESK_DATABASE_URL"
TEAM_FILE = "team.json"  # agentdesk/team/config.py: this folder is joined to a team database


def database_url(paths: DataPaths) -> str:
    """The embedded SQLite file by default; $AGENTDESK_DATABASE_URL for a server database."""
    return os.environ.get(ENV_DATABASE_URL) or paths.database_url


class LostDatabaseError(KnownError):
    """The database is missing or empty while the key store holds keys: not a new folder."""


def refuse_lost_database(paths: DataPaths) -> None:
    """A missing or 0-byte database beside key stores that hold keys was lost or emptied;
    creating a new one over it would hide that (#15 item 10). Refused; nothing is changed."""
    db = paths.database
    if db.exists() and db.stat().st_size > 0:
        return
    if stored_key_count(paths.data_keys) == 0:
        return  # a new data folder
    state, code = ("is empty (0 bytes)", "empty") if db.exists() else ("is missing", "missing")
    raise LostDatabaseError(
        f"The database {db.name} {state}, but this data folder's key store holds keys for "
        "existing data. Nothing was changed. Restore a backup (agentdesk db restore --newest) "
        "or the file itself.",
        code=f"database.lost_{code}",
        name=db.name,
    )


def open_database(paths: DataPaths, url: str | None = None) -> Database:
    """Ready-to-use database; raises KnownError (corrupt, too new, unwritable) untouched."""
    paths.ensure()
    url = url or database_url(paths)

    def before_migration(path: Path, revision: str) -> None:
        backup_sqlite(path, paths.backups / backup_name(f"before-upgrade-from-{revision}"))

    if url.startswith("sqlite"):
        if url == paths.database_url:
            refuse_lost_database(paths)
        engine = prepare_sqlite(url, make_engine, backup=before_migration)
    else:
        engine = make_engine(url)
        upgrade(engine)
    db = Database(engine)
    if (paths.root / TEAM_FILE).exists():
        # A team replica: every write from now on (app, command line) keeps the sync outbox.
        from agentdesk.sync.outbox import install

        install(db)
    return db

"""Open the data folder's database: checks, backup before migrating, upgrade to head."""

from __future__ import annotations

import os
from pathlib import Path

from agentdesk.paths import DataPaths
from agentdesk.storage.backup import backup_name, backup_sqlite
from agentdesk.storage.engine import make_engine
from agentdesk.storage.migrate import prepare_sqlite, upgrade
from agentdesk.storage.session import Database

ENV_DATABASE_URL = "AGENTDESK_DATABASE_URL"
TEAM_FILE = "team.json"  # agentdesk/team/config.py: this folder is joined to a team database


def database_url(paths: DataPaths) -> str:
    """The embedded SQLite file by default; $AGENTDESK_DATABASE_URL for a server database."""
    return os.environ.get(ENV_DATABASE_URL) or paths.database_url


def open_database(paths: DataPaths, url: str | None = None) -> Database:
    """Ready-to-use database; raises KnownError (corrupt, too new, unwritable) untouched."""
    paths.ensure()
    url = url or database_url(paths)

    def before_migration(path: Path, revision: str) -> None:
        backup_sqlite(path, paths.backups / backup_name(f"before-upgrade-from-{revision}"))

    if url.startswith("sqlite"):
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

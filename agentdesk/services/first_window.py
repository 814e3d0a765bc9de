"""Which dialog a start opens first, decided before the storage layer is loaded.

Start-up speed (#18): the first window must not wait for SQLAlchemy, the models, keyring and
the services. This look at the data folder uses only the standard library: the key file and
one read-only ``sqlite3`` query. It is a guess the session confirms once everything has
loaded (ui/session.py): a keyring that holds the key after all replaces the passphrase
dialog with the login; a keyring that needs a passphrase replaces the login with it.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum

from agentdesk.paths import DataPaths


class FirstWindow(StrEnum):
    PASSPHRASE = "passphrase"  # the key is kept in the passphrase-protected key file
    LOGIN = "login"  # accounts exist; the key is expected in the keyring
    UNKNOWN = "unknown"  # a first start, or a database this look cannot read: load first


def first_window(paths: DataPaths) -> FirstWindow:
    """The dialog to show while the services load; UNKNOWN when only they can tell."""
    if not paths.database.is_file():
        return FirstWindow.UNKNOWN  # a first start: the database is created and migrated first
    try:
        accounts = _live_accounts(paths)
    except sqlite3.Error:
        return FirstWindow.UNKNOWN  # damaged, locked, not migrated yet: the full start decides
    if paths.key_file.exists():
        return FirstWindow.PASSPHRASE
    return FirstWindow.LOGIN if accounts else FirstWindow.UNKNOWN


def _live_accounts(paths: DataPaths) -> int:
    uri = f"{paths.database.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=0.5)
    try:
        row = conn.execute("SELECT count(*) FROM account").fetchone()
    finally:
        conn.close()
    return int(row[0])

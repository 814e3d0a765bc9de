"""Opening a data folder whose database is damaged: the newest good backup, if the user agrees.

The storage layer restores (checked, atomic, the damaged file kept aside); this service decides
when, and asks through a callback so the UI only words the question.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from agentdesk.paths import DataPaths
from agentdesk.storage.migrate import DatabaseCorruptError
from agentdesk.storage.restore import newest_good_backup, restore_database

T = TypeVar("T")

# (the error that stopped the start, the backup that would replace the database) -> restore?
AskRestore = Callable[[DatabaseCorruptError, Path], bool]


def open_or_restore(paths: DataPaths, build: Callable[[DataPaths], T], ask: AskRestore) -> T:
    """``build(paths)``; on a damaged database offer its newest good backup, then build again.

    A damaged database is never written. Without a good backup, or when the user declines,
    the original error propagates.
    """
    try:
        return build(paths)
    except DatabaseCorruptError as exc:
        backup = newest_good_backup(paths)
        if backup is None or not ask(exc, backup):
            raise
        restore_database(paths, backup)
        return build(paths)

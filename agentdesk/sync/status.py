"""What the status bar says about the team database: codes and figures, no words (ui/ words)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class SyncState(StrEnum):
    STANDALONE = "standalone"  # no team database: nothing to say
    UP_TO_DATE = "up-to-date"
    SYNCING = "syncing"
    OFFLINE = "offline"  # the server cannot be reached; work goes on locally
    PROBLEM = "problem"  # reached, but something was refused or failed


@dataclass(frozen=True)
class SyncStatus:
    state: SyncState
    pending: int = 0  # local changes waiting to be pushed
    since: datetime | None = None  # offline since, or last success
    problem: str | None = None  # a code: "refused", "server-error", ...
    detail: str | None = None  # table names and counts only, never personal data
    # Accounts whose changes wait here for their next login (agentdesk.sync.push): user
    # names, staff data only.
    waiting_for: tuple[str, ...] = ()

"""Who is acting: passed to every service call that reads or writes on someone's behalf."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from agentdesk.errors import PermissionDeniedError


class Role(StrEnum):
    REPRESENTATIVE = "representative"
    TEAM_LEADER = "team-leader"


@dataclass(frozen=True)
class Identity:
    """A logged-in account, as services see it."""

    account_id: uuid.UUID
    username: str
    display_name: str
    role: Role
    language: str = ""  # the account's interface language; "" follows the system locale

    @property
    def is_team_leader(self) -> bool:
        return self.role is Role.TEAM_LEADER


SYSTEM = Identity(uuid.UUID(int=0), "system", "System", Role.TEAM_LEADER)
"""Identity for command-line administration run by whoever owns the data folder."""


def require_team_leader(who: Identity, action: str) -> None:
    """Refuse unless ``who`` is a team leader; ``action`` names what was refused."""
    if not who.is_team_leader:
        raise PermissionDeniedError(
            f"Only a team leader can {action}.", code="denied.team_leader_only", action=action
        )

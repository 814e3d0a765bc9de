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


# What only a team leader may do: the action's code, and its English words for logs and the
# command line. The refusal's code is ``denied.team_leader.<action>``; error_texts/access.py has one
# whole translatable sentence for each (a sentence, not a phrase slotted into one).
LEADER_ACTIONS: dict[str, str] = {
    "add_accounts": "add accounts",
    "rename_accounts": "change display names",
    "set_others_language": "change another account's language",
    "list_accounts": "list accounts",
    "calibrate_checks": "calibrate checks",
    "review_queue": "open the review queue",
    "review_interactions": "review interactions",
    "edit_snippets": "edit canned responses",
    "delete_snippets": "delete canned responses",
    "import_snippets": "import canned responses",
    "read_article_feedback": "read article feedback",
    "edit_articles": "edit knowledge base articles",
    "delete_articles": "delete knowledge base articles",
    "import_articles": "import knowledge base articles",
    "rebuild_search_index": "rebuild the search index",
    "team_figures": "see the team's figures",
    "others_figures": "see another representative's figures",
    "change_settings": "change settings",
    "export_customer": "export a customer's data",
    "erase_customer": "erase a customer",
    "give_feedback": "give coaching feedback",
    "read_audit_log": "read the audit log",
    "change_forecast": "change the forecast",
    "import_forecast": "import the forecast",
    "team_followups": "see the team's follow-ups",
    "change_directory": "change the transfer directory",
    "import_directory": "import the transfer directory",
    "import_surveys": "import survey results",
    "review_sync_conflicts": "review sync conflicts",
    "confirm_sync_conflicts": "confirm sync conflicts",
    "rotate_team_key": "rotate the team key",
    "check_team_audit": "check the team's audit chains",
    "start_team_database": "start a team database",
    "join_team_database": "join this workstation to a team database",
    "remove_accounts": "remove accounts",
}


def require_team_leader(who: Identity, action: str) -> None:
    """Refuse unless ``who`` is a team leader; ``action`` is a key of ``LEADER_ACTIONS``."""
    if not who.is_team_leader:
        raise PermissionDeniedError(
            f"Only a team leader can {LEADER_ACTIONS[action]}.",
            code=f"denied.team_leader.{action}",
            action=action,
        )

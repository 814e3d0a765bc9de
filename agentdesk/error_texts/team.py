"""The team database (services/team.py, services/team_audit.py, team/)."""

from __future__ import annotations

from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    # Moving audit entries of a workstation (services/team_audit.py).
    "team.bad_workstation": QT_TRANSLATE_NOOP(
        "Errors", "Give the workstation's id as `agentdesk team status` shows it."
    ),
    "team.bad_seq": QT_TRANSLATE_NOOP("Errors", "Give the seq of each entry to move (1 or more)."),
    "team.no_audit_entry": QT_TRANSLATE_NOOP(
        "Errors", "That workstation has no entry at those seqs on the team database."
    ),
    "team.no_audit_registration": QT_TRANSLATE_NOOP(
        "Errors", "That workstation has no audit registration on the team database."
    ),
}

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
    # Joining, reaching and syncing with the team database (services/team.py, sync/).
    "team.password_needs_server": QT_TRANSLATE_NOOP(
        "Errors",
        "Changing the password needs the team database; try again when it can be reached.",
    ),
    "team.no_conflict": QT_TRANSLATE_NOOP("Errors", "That conflict is not open any more."),
    "team.refused_login": QT_TRANSLATE_NOOP(
        "Errors", "The team database refused this user name or password."
    ),
    "team.unreachable": QT_TRANSLATE_NOOP(
        "Errors", "The team database cannot be reached; check the address and network."
    ),
    "team.not_joined": QT_TRANSLATE_NOOP(
        "Errors", "This data folder is not joined to a team database."
    ),
    "team.no_account": QT_TRANSLATE_NOOP("Errors", "No account named '{account}'."),
    "team.remove_self": QT_TRANSLATE_NOOP("Errors", "You cannot remove your own account."),
    "team.not_member": QT_TRANSLATE_NOOP(
        "Errors", "This account is not a member of the team database."
    ),
    "team.key_password": QT_TRANSLATE_NOOP(
        "Errors", "The team key could not be opened with this password; ask a team leader."
    ),
    "team.tls": QT_TRANSLATE_NOOP(
        "Errors",
        "The secure (TLS) connection to the team database failed; check the address's "
        "sslmode and the server's certificate with your IT team.",
    ),
    "team.join_has_customers": QT_TRANSLATE_NOOP(
        "Errors",
        "This workstation holds customer data of its own, so it cannot join a team "
        "database; a team leader can start a team database from it instead, which "
        "uploads that data.",
    ),
    "team.already_joined": QT_TRANSLATE_NOOP(
        "Errors", "This data folder is already joined to a team database."
    ),
    "team.folder_has_data": QT_TRANSLATE_NOOP(
        "Errors", "This data folder already holds data of its own; join with an empty folder."
    ),
    "team.folder_encrypted": QT_TRANSLATE_NOOP(
        "Errors", "This data folder holds encrypted data; join with an empty folder."
    ),
    "team.has_members": QT_TRANSLATE_NOOP(
        "Errors", "That team database already has members: use join."
    ),
    "team.url_missing_database": QT_TRANSLATE_NOOP(
        "Errors", "Team database: give a postgresql://host/database address."
    ),
    "team.url_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Team database: not a valid postgresql:// address."
    ),
    "team.key_changed": QT_TRANSLATE_NOOP(
        "Errors", "The team key was changed by a team leader; log in again to continue."
    ),
    "team.key_unproven": QT_TRANSLATE_NOOP(
        "Errors",
        "The team key on the team database changed without proof from the key this "
        "workstation holds; it was not adopted. Tell a team leader.",
    ),
    "sync.audit_conflict": QT_TRANSLATE_NOOP(
        "Errors",
        "The team database holds different audit entries for this workstation (seq {seqs}): "
        "they were not sent; tell a team leader.",
    ),
    "sync.audit_credential": QT_TRANSLATE_NOOP(
        "Errors",
        "The team database refused this workstation's audit credential: its audit entries "
        "were not sent; tell a team leader.",
    ),
}

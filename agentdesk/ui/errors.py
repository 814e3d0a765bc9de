"""Known errors in the user's language: one translatable text per error code.

Services raise KnownError with an English default, a ``code`` and parameters; widgets show
``error_text(exc)``, which looks the code up here and fills ``{name}`` parameters in the
translated text. An error without a code (or with one this table does not know) falls back
to its English sentence, so nothing is ever shown blank. The English texts here are the
services' sentences word for word: only the translations differ.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agentdesk import error_texts
from agentdesk.error_texts import CONTEXT
from agentdesk.error_texts.wording import Wording
from agentdesk.problems import Problem

TEXTS: dict[str, str] = {
    "not_found.interaction": QT_TRANSLATE_NOOP("Errors", "No such interaction."),
    "not_found.customer": QT_TRANSLATE_NOOP("Errors", "No such customer."),
    "purge.too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "Retention would remove {count} of {total} {kind}: more than half, so nothing was "
        "removed. Check the retention settings and the computer's clock.",
    ),
    "not_found.customer_contact": QT_TRANSLATE_NOOP(
        "Errors", "No customer has that phone number or e-mail address."
    ),
    "not_found.note": QT_TRANSLATE_NOOP("Errors", "No such note."),
    "note.empty": QT_TRANSLATE_NOOP("Errors", "Note: write something first."),
    "note.too_long": QT_TRANSLATE_NOOP(
        "Errors", "Note: at most {limit} characters; split it into two notes."
    ),
    "memory.too_long": QT_TRANSLATE_NOOP("Errors", "Note: at most {limit} characters in all."),
    "feedback.empty": QT_TRANSLATE_NOOP("Errors", "Feedback: write something first."),
    "feedback.too_long": QT_TRANSLATE_NOOP("Errors", "Feedback: at most {limit} characters."),
    "snippet.title_length": QT_TRANSLATE_NOOP("Errors", "Title: 1 to 200 characters."),
    "snippet.language": QT_TRANSLATE_NOOP("Errors", "Language: one of {choices}."),
    "kb_feedback.kind": QT_TRANSLATE_NOOP("Errors", "Feedback is 'helpful' or 'out_of_date'."),
    "kb_feedback.comment_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Comment: at most {limit} characters."
    ),
    "article.title_too_long": QT_TRANSLATE_NOOP("Errors", "Title: at most {limit} characters."),
    "article.category_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Category: at most {limit} characters."
    ),
    "assertive.empty": QT_TRANSLATE_NOOP("Errors", "Fill in at least one part of the statement."),
    "assertive.too_many": QT_TRANSLATE_NOOP(
        "Errors", "You can keep up to {limit} snippets; remove one first."
    ),
    "assertive.part_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Keep each part under {limit} characters."
    ),
    "surveys.range_reversed": QT_TRANSLATE_NOOP(
        "Errors", "The end of the period is before its start."
    ),
    "followup.done": QT_TRANSLATE_NOOP("Errors", "This follow-up is already done."),
    "followup.no_colleague": QT_TRANSLATE_NOOP("Errors", "Choose a colleague."),
    "followup.note_too_long": QT_TRANSLATE_NOOP("Errors", "The note: at most {limit} characters."),
    "followup.no_owner": QT_TRANSLATE_NOOP(
        "Errors", "This follow-up has no call or customer to keep a note."
    ),
    "draft.too_long": QT_TRANSLATE_NOOP(
        "Errors", "Draft: too long to keep; save or shorten the text."
    ),
    "account.username_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "User name: 2–32 characters, letters a–z, digits, dot, dash or underscore, "
        "starting with a letter or digit.",
    ),
    "account.username_taken": QT_TRANSLATE_NOOP(
        "Errors", "The user name '{username}' is already taken."
    ),
    "account.password_short": QT_TRANSLATE_NOOP(
        "Errors", "Password: Use at least {minimum} characters."
    ),
    "account.password_spaces": QT_TRANSLATE_NOOP(
        "Errors", "Password: The password must not start or end with a space."
    ),
    "account.password_same": QT_TRANSLATE_NOOP(
        "Errors", "Password: the new password is the same as the old one."
    ),
    "team.password_needs_server": QT_TRANSLATE_NOOP(
        "Errors",
        "Changing the password needs the team database; try again when it can be reached.",
    ),
    "followup.needs_zone": QT_TRANSLATE_NOOP("Errors", "The new time needs a time zone."),
    "followup.move_reason": QT_TRANSLATE_NOOP(
        "Errors", "Say why it moves (the customer will be told what?)."
    ),
    "followup.handover_note": QT_TRANSLATE_NOOP("Errors", "Say what the colleague needs to know."),
    "review.no_such_check": QT_TRANSLATE_NOOP("Errors", "No such check in this call."),
    "review.check_not_ticked": QT_TRANSLATE_NOOP(
        "Errors", "Only a check the representative ticked can be reviewed."
    ),
    "kpi.range_reversed": QT_TRANSLATE_NOOP(
        "Errors", "The end of the date range must be after its start."
    ),
    "customer.name_required": QT_TRANSLATE_NOOP(
        "Errors", "Name: enter at least a first name or a surname."
    ),
    "customer.phone_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Phone: a number with its area code, or +country code for abroad "
        "(e.g. 020 7946 0958 or +44 20 7946 0958).",
    ),
    "customer.email_invalid": QT_TRANSLATE_NOOP(
        "Errors", "E-mail: an address like name@example.com."
    ),
    "customer.type_invalid": QT_TRANSLATE_NOOP("Errors", "Customer type: one of {choices}."),
    "customer.lawful_basis_invalid": QT_TRANSLATE_NOOP("Errors", "Lawful basis: one of {choices}."),
    "customer.imported": QT_TRANSLATE_NOOP("Errors", "This record was already imported."),
    "customer.number_shared": QT_TRANSLATE_NOOP(
        "Errors", "{count} customers share that number; use the customer id instead."
    ),
    "retention.invalid": QT_TRANSLATE_NOOP(
        "Errors", "A retention period is a whole number of days, 0 or more (0 keeps)."
    ),
    "not_found.account": QT_TRANSLATE_NOOP(
        "Errors", "No account named '{account}' (see `agentdesk user list`)."
    ),
    "not_found.followup": QT_TRANSLATE_NOOP("Errors", "No such follow-up."),
    "denied.followup_owner": QT_TRANSLATE_NOOP(
        "Errors", "Only its owner or a team leader can change a follow-up."
    ),
    "accounts.exist": QT_TRANSLATE_NOOP(
        "Errors", "An account already exists; ask a team leader to add you."
    ),
    "backup.server_database": QT_TRANSLATE_NOOP(
        "Errors", "A server database is backed up by its server, not by agentdesk."
    ),
    "not_found.message": QT_TRANSLATE_NOOP("Errors", "No such message."),
    "not_found.feedback": QT_TRANSLATE_NOOP("Errors", "No such feedback."),
    "not_found.directory_entry": QT_TRANSLATE_NOOP("Errors", "No such directory entry."),
    "not_found.article": QT_TRANSLATE_NOOP("Errors", "There is no article '{article}'."),
    "not_found.article_version": QT_TRANSLATE_NOOP(
        "Errors", "That version of the article does not exist."
    ),
    "not_found.snippet": QT_TRANSLATE_NOOP("Errors", "There is no canned response '{snippet}'."),
    "not_found.flow": QT_TRANSLATE_NOOP("Errors", "No call flow '{flow}' is loaded."),
    "denied.own_interactions": QT_TRANSLATE_NOOP(
        "Errors", "You can only open your own interactions."
    ),
    "denied.notes_own_customers": QT_TRANSLATE_NOOP(
        "Errors", "You can add notes to customers you serve."
    ),
    "denied.customers_served": QT_TRANSLATE_NOOP(
        "Errors", "You can open customers you have served; ask a team leader for others."
    ),
    "denied.edit_note": QT_TRANSLATE_NOOP(
        "Errors", "Only the author or a team leader can edit a note."
    ),
    "denied.note_versions": QT_TRANSLATE_NOOP(
        "Errors", "Only the author or a team leader can read versions."
    ),
    "denied.message_notes": QT_TRANSLATE_NOOP(
        "Errors", "Only the taker or a team leader can add notes."
    ),
    "denied.message_status": QT_TRANSLATE_NOOP(
        "Errors",
        "Only the person a message is for, whoever took it or a team leader can change its status.",
    ),
    "invalid.message_status": QT_TRANSLATE_NOOP("Errors", "Message status: one of {choices}."),
    "denied.call_linked_other": QT_TRANSLATE_NOOP(
        "Errors",
        "This call is already linked to another customer; you can open customers you have served.",
    ),
    "denied.link_reason": QT_TRANSLATE_NOOP(
        "Errors",
        "This record's phone number is not the number calling: link it to the call only once "
        "the caller has answered the security questions, and say so.",
    ),
    "denied.link_outside_call": QT_TRANSLATE_NOOP(
        "Errors", "Outside a live call you can link only customers you have served."
    ),
    "denied.acknowledge_feedback": QT_TRANSLATE_NOOP(
        "Errors", "Only the representative it is for can acknowledge it."
    ),
    # One sentence per action only a team leader may take (services/identity.py).
    "denied.team_leader.add_accounts": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can add accounts."
    ),
    "denied.team_leader.rename_accounts": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can change display names."
    ),
    "denied.team_leader.set_others_language": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can change another account's language."
    ),
    "denied.team_leader.list_accounts": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can list accounts."
    ),
    "denied.team_leader.calibrate_checks": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can calibrate checks."
    ),
    "denied.team_leader.review_queue": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can open the review queue."
    ),
    "denied.team_leader.review_interactions": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can review interactions."
    ),
    "denied.team_leader.edit_snippets": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can edit canned responses."
    ),
    "denied.team_leader.delete_snippets": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can delete canned responses."
    ),
    "denied.team_leader.import_snippets": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can import canned responses."
    ),
    "denied.team_leader.read_article_feedback": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can read article feedback."
    ),
    "denied.team_leader.edit_articles": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can edit knowledge base articles."
    ),
    "denied.team_leader.delete_articles": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can delete knowledge base articles."
    ),
    "denied.team_leader.import_articles": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can import knowledge base articles."
    ),
    "denied.team_leader.rebuild_search_index": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can rebuild the search index."
    ),
    "denied.team_leader.team_figures": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can see the team's figures."
    ),
    "denied.team_leader.others_figures": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can see another representative's figures."
    ),
    "denied.team_leader.change_settings": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can change settings."
    ),
    "denied.team_leader.export_customer": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can export a customer's data."
    ),
    "denied.team_leader.erase_customer": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can erase a customer."
    ),
    "denied.team_leader.give_feedback": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can give coaching feedback."
    ),
    "denied.team_leader.read_audit_log": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can read the audit log."
    ),
    "denied.team_leader.change_forecast": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can change the forecast."
    ),
    "denied.team_leader.import_forecast": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can import the forecast."
    ),
    "denied.team_leader.team_followups": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can see the team's follow-ups."
    ),
    "denied.team_leader.change_directory": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can change the transfer directory."
    ),
    "denied.team_leader.import_directory": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can import the transfer directory."
    ),
    "denied.team_leader.import_surveys": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can import survey results."
    ),
    "denied.team_leader.review_sync_conflicts": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can review sync conflicts."
    ),
    "denied.team_leader.confirm_sync_conflicts": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can confirm sync conflicts."
    ),
    "denied.team_leader.rotate_team_key": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can rotate the team key."
    ),
    "denied.team_leader.check_team_audit": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can check the team's audit chains."
    ),
    "denied.team_leader.start_team_database": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can start a team database."
    ),
    "denied.team_leader.join_team_database": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can join this workstation to a team database."
    ),
    "denied.team_leader.remove_accounts": QT_TRANSLATE_NOOP(
        "Errors", "Only a team leader can remove accounts."
    ),
    "team.no_conflict": QT_TRANSLATE_NOOP("Errors", "That conflict is not open any more."),
    # The team database (services/team.py, team/members.py, team/rekey.py).
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
    "rotation.audit_broken": QT_TRANSLATE_NOOP(
        "Errors",
        "The audit log fails verification; rotating the key would hide that. Investigate first.",
    ),
    "rotation.needs_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "The key is kept in a passphrase file: give the passphrase."
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
    "data_file": QT_TRANSLATE_NOOP("Errors", "{problems}"),  # file:line: problem, one a line
    "survey.unknown_kind": QT_TRANSLATE_NOOP("Errors", "Survey: one of {choices}."),
    "survey.score_range": QT_TRANSLATE_NOOP(
        "Errors", "{kind} score: a whole number from {low} to {high}."
    ),
    "support.unknown_needs": QT_TRANSLATE_NOOP("Errors", "Unknown needs: {values}."),
    "support.unknown_adjustments": QT_TRANSLATE_NOOP("Errors", "Unknown adjustments: {values}."),
    "support.unknown_channel": QT_TRANSLATE_NOOP("Errors", "Confirm by: one of {choices}."),
    "login.failed": QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."),
    "login.throttled": QT_TRANSLATE_NOOP(
        "Errors", "Too many failed attempts. Try again in {seconds} s."
    ),
    "journal.write": QT_TRANSLATE_NOOP(
        "Errors",
        "The call step could not be kept on disk; check the free space of the data folder.",
    ),
    # A day's forecast (services/forecast.py SLOT_TEXTS).
    "forecast.interval_length": QT_TRANSLATE_NOOP(
        "Errors", "Forecast: intervals must be {choices} minutes long."
    ),
    "forecast.slot_start": QT_TRANSLATE_NOOP(
        "Errors", "Forecast: {where}: intervals start every {minutes} minutes."
    ),
    "forecast.slot_twice": QT_TRANSLATE_NOOP("Errors", "Forecast: {where}: appears twice."),
    "forecast.slot_calls": QT_TRANSLATE_NOOP(
        "Errors", "Forecast: {where}: calls must be between 0 and {limit}."
    ),
    "forecast.slot_aht": QT_TRANSLATE_NOOP(
        "Errors", "Forecast: {where}: the handle time must be above 0 and at most a day."
    ),
    # The transfer directory's form (services/directory.py ENTRY_TEXTS).
    "directory.kind": QT_TRANSLATE_NOOP("Errors", "Directory: kind must be department or person."),
    "directory.name_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Directory: name: at most {limit} characters."
    ),
    "directory.department_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Directory: department: at most {limit} characters."
    ),
    "directory.availability_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Directory: availability: at most {limit} characters."
    ),
    "directory.name_missing": QT_TRANSLATE_NOOP("Errors", "Directory: name is missing."),
    "directory.number_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Directory: number '{number}' is not a phone number."
    ),
    "directory.extension_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Directory: extension: up to 8 digits."
    ),
    "directory.number_or_extension": QT_TRANSLATE_NOOP(
        "Errors", "Directory: give a number or an extension."
    ),
    "directory.topics_too_many": QT_TRANSLATE_NOOP(
        "Errors", "Directory: topics: at most {limit}, each up to 80 characters."
    ),
    "directory.too_large": QT_TRANSLATE_NOOP(
        "Errors", "Directory: the file is too large to be a directory."
    ),
    # Storage (storage/session.py STORAGE_TEXTS): what a failed read or write says.
    "storage.busy": QT_TRANSLATE_NOOP(
        "Errors", "The database is busy in another window or program; try again in a moment."
    ),
    "storage.disk_full": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full: nothing was saved. Free some space and save again."
    ),
    "storage.read_only": QT_TRANSLATE_NOOP(
        "Errors", "The data folder is read-only: nothing was saved."
    ),
    "storage.damaged": QT_TRANSLATE_NOOP(
        "Errors", "The database file is damaged; it was not changed. Restore a backup."
    ),
    "storage.cannot_open": QT_TRANSLATE_NOOP(
        "Errors", "The database file cannot be opened (missing folder or no permission)."
    ),
    "storage.conflict": QT_TRANSLATE_NOOP(
        "Errors", "The change conflicts with data already stored."
    ),
    "storage.failed": QT_TRANSLATE_NOOP(
        "Errors", "The database reported an error; nothing was saved."
    ),
    "storage.folder_unusable": QT_TRANSLATE_NOOP(
        "Errors", "The data folder could not be used ({reason})."
    ),
    "storage.key_stores_damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "Both key stores (keys.sqlite3 and keys-mirror.sqlite3) are damaged or missing, so "
        "customer data cannot be opened. Nothing was changed; restore them from a copy of "
        "this data folder.",
    ),
    "keys.missing": QT_TRANSLATE_NOOP(
        "Errors",
        "This data folder holds encrypted data but both key stores (keys.sqlite3 and "
        "keys-mirror.sqlite3) are missing. Nothing was changed; restore them from a copy of "
        "this data folder.",
    ),
    # Opening the database (storage/migrate.py, storage/open.py).
    "database.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The database file {path} cannot be read ({reason})."
    ),
    "database.not_agentdesk": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file {path} is not an agentdesk database or is damaged; it was left "
        "untouched. Restore a backup or choose another data folder.",
    ),
    "database.cannot_open": QT_TRANSLATE_NOOP(
        "Errors", "The database file {path} cannot be opened."
    ),
    "database.damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file {path} is damaged; it was left untouched. Restore a backup.",
    ),
    "database.integrity": QT_TRANSLATE_NOOP(
        "Errors",
        "The database file {path} failed its integrity check ({integrity}); it was left "
        "untouched. Restore a backup.",
    ),
    "database.too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "The database in {folder} was written by a newer version of agentdesk (schema "
        "{revision}); it was left untouched. Install that version or newer.",
    ),
    "database.lost_empty": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {name} is empty (0 bytes), but this data folder's key store holds keys "
        "for existing data. Nothing was changed. Restore a backup (agentdesk db restore "
        "--newest) or the file itself.",
    ),
    "database.lost_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {name} is missing, but this data folder's key store holds keys for "
        "existing data. Nothing was changed. Restore a backup (agentdesk db restore --newest) "
        "or the file itself.",
    ),
    # Backups and restoring them (storage/backup.py BACKUP_TEXTS, storage/restore.py).
    "backup.db_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The database could not be read ({reason})."
    ),
    "backup.unwritable": QT_TRANSLATE_NOOP("Errors", "The backup could not be written ({reason})."),
    "backup.integrity": QT_TRANSLATE_NOOP(
        "Errors", "The backup failed its integrity check and was discarded."
    ),
    "backup.check_after_write": QT_TRANSLATE_NOOP(
        "Errors", "The backup failed its check after writing and was discarded."
    ),
    "backup.file_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The backup file cannot be read ({reason})."
    ),
    "backup.not_sqlite": QT_TRANSLATE_NOOP(
        "Errors", "The file is not an agentdesk backup (not a SQLite database)."
    ),
    "backup.truncated": QT_TRANSLATE_NOOP(
        "Errors", "The backup file is incomplete (truncated); it cannot be restored."
    ),
    "backup.cannot_open": QT_TRANSLATE_NOOP("Errors", "The backup file cannot be opened."),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "Errors", "The backup file is damaged; it cannot be restored."
    ),
    "backup.file_integrity": QT_TRANSLATE_NOOP(
        "Errors", "The backup file failed its integrity check; it cannot be restored."
    ),
    "restore.no_schema": QT_TRANSLATE_NOOP(
        "Errors", "The file is not an agentdesk backup (it has no schema version)."
    ),
    "restore.too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup was made by a newer version of agentdesk (schema {revision}); install "
        "that version or newer to restore it.",
    ),
    "restore.no_key_record": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup does not say which master key its data was written under; it cannot be "
        "restored.",
    ),
    "restore.other_key": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup was made under a different master key than this data folder's (another "
        "data folder, or before a key rotation); its data could not be opened here.",
    ),
    "restore.same_file": QT_TRANSLATE_NOOP(
        "Errors", "That file is the database itself; choose a backup."
    ),
    "restore.copy_failed": QT_TRANSLATE_NOOP(
        "Errors", "The backup could not be copied ({reason})."
    ),
    "restore.copy_unsound": QT_TRANSLATE_NOOP(
        "Errors", "The copy of the backup is not sound: {problem}"
    ),
    "restore.aside_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The current database could not be copied aside ({reason}); nothing was changed.",
    ),
    "restore.database_open": QT_TRANSLATE_NOOP(
        "Errors",
        "The database is open in agentdesk or another program; close it and try again. "
        "Nothing was changed.",
    ),
    # The vault (vault/errors.py): keyring, key file, passphrase, decryption.
    "vault.keyring.no-secure-backend": QT_TRANSLATE_NOOP(
        "Errors", "No secure system keyring is available."
    ),
    "vault.keyring.keyring-failed": QT_TRANSLATE_NOOP(
        "Errors", "The system keyring reported an error."
    ),
    "vault.keyring.locked": QT_TRANSLATE_NOOP("Errors", "The system keyring is locked."),
    "vault.keyring.timeout": QT_TRANSLATE_NOOP(
        "Errors", "The system keyring did not answer in time."
    ),
    "vault.keyring.invalid-key": QT_TRANSLATE_NOOP(
        "Errors", "The key stored in the system keyring is not a valid key."
    ),
    "vault.key-file-missing": QT_TRANSLATE_NOOP("Errors", "The key file does not exist."),
    "vault.key-file-exists": QT_TRANSLATE_NOOP(
        "Errors", "A key file already exists; it was not replaced."
    ),
    "vault.key-file-corrupt": QT_TRANSLATE_NOOP(
        "Errors", "The key file is damaged and cannot be read."
    ),
    "vault.key-file-unsupported": QT_TRANSLATE_NOOP(
        "Errors", "The key file was written by a newer or unknown version."
    ),
    "vault.key-file-unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The key file could not be read from disk."
    ),
    "vault.key-file-unwritable": QT_TRANSLATE_NOOP(
        "Errors", "The key file could not be written to disk."
    ),
    "vault.wrong_passphrase": QT_TRANSLATE_NOOP("Errors", "The passphrase is not correct."),
    "vault.decrypt.malformed": QT_TRANSLATE_NOOP("Errors", "Encrypted data is malformed."),
    "vault.decrypt.unsupported-version": QT_TRANSLATE_NOOP(
        "Errors", "Encrypted data uses an unknown format version."
    ),
    "denied.survey_imported": QT_TRANSLATE_NOOP(
        "Errors",
        "The customer's answer came from the survey import; only a team leader can change it.",
    ),
    "vault.decrypt.authentication-failed": QT_TRANSLATE_NOOP(
        "Errors",
        "Encrypted data could not be authenticated: wrong key, wrong record, or tampered data.",
    ),
}


# The areas already moved to agentdesk/error_texts (Qt-free: the command line words them too).
TEXTS.update(error_texts.TEXTS)


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


_WORDING = Wording(_translate, TEXTS)


def error_text(exc: BaseException) -> str:
    """What to show for ``exc``: its code's text in the user's language, parameters filled
    (a cause given as a parameter worded too); its own sentence when it has no known code."""
    return _WORDING.error(exc)


def problem_text(problem: Problem) -> str:
    """A problem in a user's file: "file:line: what is wrong" in the user's language."""
    return _WORDING.problem(problem)


def problem_message(problem: Problem) -> str:
    """What is wrong, without the place (a list that shows "Line 4: ..." itself)."""
    return _WORDING.message(problem)

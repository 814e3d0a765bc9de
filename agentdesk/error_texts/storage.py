"""The data folder and its database: reads and writes, opening and upgrading, backups,
restoring, the journal and retention (agentdesk/storage, services/gdpr.py)."""

from __future__ import annotations

from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "purge.too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "Retention would remove {count} of {total} {kind}: more than half, so nothing was "
        "removed. Check the retention settings and the computer's clock.",
    ),
    "retention.invalid": QT_TRANSLATE_NOOP(
        "Errors", "A retention period is a whole number of days, 0 or more (0 keeps)."
    ),
    "backup.server_database": QT_TRANSLATE_NOOP(
        "Errors", "A server database is backed up by its server, not by agentdesk."
    ),
    "data_file": QT_TRANSLATE_NOOP("Errors", "{problems}"),
    "journal.write": QT_TRANSLATE_NOOP(
        "Errors",
        "The call step could not be kept on disk; check the free space of the data folder.",
    ),
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
    "unexpected": QT_TRANSLATE_NOOP(
        "Errors",
        "Something unexpected went wrong ({kind}); nothing more is shown, as the details may "
        "hold personal data. Try again; if it happens again, tell your IT team.",
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
    "settings_file.too_deep": QT_TRANSLATE_NOOP(
        "Errors", "{path}: settings file is nested too deeply to be settings."
    ),
    "settings_file.not_json": QT_TRANSLATE_NOOP(
        "Errors", "{path}: settings file is not readable JSON ({reason})."
    ),
    "settings_file.not_object": QT_TRANSLATE_NOOP(
        "Errors", "{path}: settings file must hold a JSON object."
    ),
    "queue_settings_file.too_deep": QT_TRANSLATE_NOOP(
        "Errors", "{path}: queue settings file is nested too deeply to be settings."
    ),
    "queue_settings_file.not_json": QT_TRANSLATE_NOOP(
        "Errors", "{path}: queue settings file is not readable JSON ({reason})."
    ),
    "queue_settings_file.not_object": QT_TRANSLATE_NOOP(
        "Errors", "{path}: queue settings file must hold a JSON object."
    ),
    "paths.data_dir_empty": QT_TRANSLATE_NOOP(
        "Errors", "--data-dir is empty; give a folder, or leave the option out."
    ),
    "paths.bundled_missing": QT_TRANSLATE_NOOP(
        "Errors", "The bundled data folder is missing ({package})."
    ),
    "paths.bundled_not_folder": QT_TRANSLATE_NOOP(
        "Errors", "The bundled data folder is not a folder on disk ({folder})."
    ),
}

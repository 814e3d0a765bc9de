"""The vault: the keyring, the key file and its passphrase, decryption, key rotation
(agentdesk/vault, services/keys.py)."""

from __future__ import annotations

from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "rotation.audit_broken": QT_TRANSLATE_NOOP(
        "Errors",
        "The audit log fails verification; rotating the key would hide that. Investigate first.",
    ),
    "rotation.needs_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "The key is kept in a passphrase file: give the passphrase."
    ),
    "keys.missing": QT_TRANSLATE_NOOP(
        "Errors",
        "This data folder holds encrypted data but both key stores (keys.sqlite3 and "
        "keys-mirror.sqlite3) are missing. Nothing was changed; restore them from a copy of "
        "this data folder.",
    ),
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
    "vault.decrypt.authentication-failed": QT_TRANSLATE_NOOP(
        "Errors",
        "Encrypted data could not be authenticated: wrong key, wrong record, or tampered data.",
    ),
    "vault.key_destroyed": QT_TRANSLATE_NOOP(
        "Errors", "This record's key has been destroyed; it cannot be read."
    ),
    "vault.passphrase_short": QT_TRANSLATE_NOOP(
        "Errors", "The passphrase must have at least {minimum} characters."
    ),
}

"""Vault failures; messages and reason codes never carry plaintext or key bytes."""

from __future__ import annotations

from enum import StrEnum

from agentdesk.errors import KnownError


class UnavailableReason(StrEnum):
    """Why the OS keyring could not give or keep the master key."""

    NO_SECURE_BACKEND = "no-secure-backend"
    KEYRING_FAILED = "keyring-failed"
    LOCKED = "locked"
    TIMEOUT = "timeout"
    INVALID_KEY = "invalid-key"


class KeyFileReason(StrEnum):
    """Why the passphrase-wrapped key file could not be used."""

    MISSING = "key-file-missing"
    EXISTS = "key-file-exists"
    CORRUPT = "key-file-corrupt"
    UNSUPPORTED = "key-file-unsupported"
    UNREADABLE = "key-file-unreadable"
    UNWRITABLE = "key-file-unwritable"


class DecryptReason(StrEnum):
    """Why a blob could not be decrypted."""

    MALFORMED = "malformed"
    UNSUPPORTED_VERSION = "unsupported-version"
    AUTHENTICATION_FAILED = "authentication-failed"


_UNAVAILABLE_TEXT = {
    UnavailableReason.NO_SECURE_BACKEND: "No secure system keyring is available.",
    UnavailableReason.KEYRING_FAILED: "The system keyring reported an error.",
    UnavailableReason.LOCKED: "The system keyring is locked.",
    UnavailableReason.TIMEOUT: "The system keyring did not answer in time.",
    UnavailableReason.INVALID_KEY: "The key stored in the system keyring is not a valid key.",
}

_KEY_FILE_TEXT = {
    KeyFileReason.MISSING: "The key file does not exist.",
    KeyFileReason.EXISTS: "A key file already exists; it was not replaced.",
    KeyFileReason.CORRUPT: "The key file is damaged and cannot be read.",
    KeyFileReason.UNSUPPORTED: "The key file was written by a newer or unknown version.",
    KeyFileReason.UNREADABLE: "The key file could not be read from disk.",
    KeyFileReason.UNWRITABLE: "The key file could not be written to disk.",
}

_DECRYPT_TEXT = {
    DecryptReason.MALFORMED: "Encrypted data is malformed.",
    DecryptReason.UNSUPPORTED_VERSION: "Encrypted data uses an unknown format version.",
    DecryptReason.AUTHENTICATION_FAILED: (
        "Encrypted data could not be authenticated: wrong key, wrong record, or tampered data."
    ),
}


class VaultError(KnownError):
    """Base class for every vault failure."""


class KeyUnavailableError(VaultError):
    """The keyring cannot be used for the master key; `reason` says why."""

    def __init__(self, reason: UnavailableReason | str) -> None:
        self.reason = UnavailableReason(reason)
        super().__init__(_UNAVAILABLE_TEXT[self.reason], code=f"vault.keyring.{self.reason}")


class KeyFileError(VaultError):
    """The passphrase key file is missing, damaged or cannot be written; the file is untouched."""

    def __init__(self, reason: KeyFileReason | str) -> None:
        self.reason = KeyFileReason(reason)
        super().__init__(_KEY_FILE_TEXT[self.reason], code=f"vault.{self.reason}")


class WrongPassphraseError(VaultError):
    """The passphrase does not open the key file."""

    def __init__(self) -> None:
        super().__init__("The passphrase is not correct.", code="vault.wrong_passphrase")


class DecryptionError(VaultError):
    """A blob failed to decrypt or authenticate; says nothing about its content."""

    def __init__(self, reason: DecryptReason | str) -> None:
        self.reason = DecryptReason(reason)
        super().__init__(_DECRYPT_TEXT[self.reason], code=f"vault.decrypt.{self.reason}")

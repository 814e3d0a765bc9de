"""The start-up decision: where the master key comes from, or why the app cannot open the data."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from agentdesk.errors import ValidationError
from agentdesk.vault.derive import key_fingerprint
from agentdesk.vault.errors import KeyFileError, KeyUnavailableError, WrongPassphraseError
from agentdesk.vault.keyfile import PassphraseKeyFile
from agentdesk.vault.keystore import KeyStore, new_master_key

__all__ = [
    "KeySource",
    "KeyState",
    "KeyStatus",
    "PassphraseMode",
    "PassphraseProvider",
    "PassphraseRequest",
    "key_fingerprint",
    "resolve_key",
]

KEY_IN_FILE = "key-in-file"  # keyring works, but the key was kept in the key file
WRONG_KEY = "wrong-key"
KEY_MISSING = "key-missing"


class KeyStatus(StrEnum):
    READY = "ready"
    NEEDS_PASSPHRASE = "needs-passphrase"
    REFUSED = "refused"


class KeySource(StrEnum):
    KEYRING = "keyring"
    KEY_FILE = "key-file"


class PassphraseMode(StrEnum):
    UNLOCK = "unlock"
    CREATE = "create"


@dataclass(frozen=True)
class PassphraseRequest:
    """What the passphrase dialog is asked for; `problem` is set when re-asking."""

    mode: PassphraseMode
    reason: str
    attempt: int = 1
    problem: str | None = None


PassphraseProvider = Callable[[PassphraseRequest], str | None]
"""Returns the passphrase, or None when the user cancels."""


@dataclass(frozen=True)
class KeyState:
    """Outcome of resolve_key.

    READY: `key` and `source` are set; `created` means a new key was made (store its
    fingerprint). `reason` is "found" or "created".
    NEEDS_PASSPHRASE: `mode` says unlock or create; `reason` says why the keyring is not used
    (an UnavailableReason value, "key-in-file" or "wrong-key"); `problem` is how the last ask
    ended: "no-provider", "cancelled", "wrong-passphrase" or "too-short".
    REFUSED: `reason` is "key-missing" (encrypted data but no key anywhere), "wrong-key" (the
    key found does not match the stored fingerprint) or a KeyFileReason value.
    `keyring_reason` is why the keyring could not be used, if it could not.
    """

    status: KeyStatus
    reason: str
    key: bytes | None = field(default=None, repr=False)
    source: KeySource | None = None
    created: bool = False
    mode: PassphraseMode | None = None
    problem: str | None = None
    keyring_reason: str | None = None


def resolve_key(
    keyring_store: KeyStore,
    key_file: PassphraseKeyFile,
    *,
    has_encrypted_data: bool,
    ask_passphrase: PassphraseProvider | None = None,
    expected_fingerprint: str | None = None,
    max_attempts: int = 3,
) -> KeyState:
    """Find or make the master key; never makes a new key while encrypted data exists.

    A stored `expected_fingerprint` counts as existing data and is checked against the key found.
    """
    has_data = has_encrypted_data or expected_fingerprint is not None
    resolver = _Resolver(key_file, has_data, ask_passphrase, expected_fingerprint, max_attempts)
    try:
        key = keyring_store.load()
    except KeyUnavailableError as exc:
        return resolver.from_key_file(exc.reason)
    if key is not None:
        if resolver.matches(key):
            return KeyState(KeyStatus.READY, "found", key=key, source=KeySource.KEYRING)
        if key_file.exists():
            return resolver.unlock(WRONG_KEY)
        return KeyState(KeyStatus.REFUSED, WRONG_KEY, keyring_reason=WRONG_KEY)
    if key_file.exists():
        return resolver.unlock(KEY_IN_FILE)
    if has_data:
        return KeyState(KeyStatus.REFUSED, KEY_MISSING)
    key = new_master_key()
    try:
        keyring_store.save(key)
    except KeyUnavailableError as exc:
        return resolver.create(exc.reason)
    return KeyState(KeyStatus.READY, "created", key=key, source=KeySource.KEYRING, created=True)


@dataclass(frozen=True)
class _Resolver:
    key_file: PassphraseKeyFile
    has_data: bool
    ask: PassphraseProvider | None
    expected_fingerprint: str | None
    max_attempts: int

    def matches(self, key: bytes) -> bool:
        if self.expected_fingerprint is None:
            return True
        return hmac.compare_digest(key_fingerprint(key), self.expected_fingerprint)

    def from_key_file(self, keyring_reason: str) -> KeyState:
        if self.key_file.exists():
            return self.unlock(keyring_reason)
        if self.has_data:
            return KeyState(KeyStatus.REFUSED, KEY_MISSING, keyring_reason=keyring_reason)
        return self.create(keyring_reason)

    def unlock(self, why: str) -> KeyState:
        return self._ask_loop(PassphraseMode.UNLOCK, why)

    def create(self, why: str) -> KeyState:
        return self._ask_loop(PassphraseMode.CREATE, why)

    def _ask_loop(self, mode: PassphraseMode, why: str) -> KeyState:
        problem: str | None = None
        for attempt in range(1, self.max_attempts + 1):
            if self.ask is None:
                return self._needs(mode, why, "no-provider")
            passphrase = self.ask(PassphraseRequest(mode, why, attempt, problem))
            if passphrase is None:
                return self._needs(mode, why, "cancelled")
            try:
                if mode is PassphraseMode.UNLOCK:
                    key = self.key_file.unlock(passphrase)
                else:
                    key = self.key_file.create(passphrase)
            except WrongPassphraseError:
                problem = "wrong-passphrase"
                continue
            except ValidationError:
                problem = "too-short"
                continue
            except KeyFileError as exc:
                return KeyState(KeyStatus.REFUSED, exc.reason, keyring_reason=why)
            if not self.matches(key):
                return KeyState(KeyStatus.REFUSED, WRONG_KEY, keyring_reason=why)
            created = mode is PassphraseMode.CREATE
            return KeyState(
                KeyStatus.READY,
                "created" if created else "found",
                key=key,
                source=KeySource.KEY_FILE,
                created=created,
                keyring_reason=why,
            )
        return self._needs(mode, why, problem)

    def _needs(self, mode: PassphraseMode, why: str, problem: str | None) -> KeyState:
        return KeyState(
            KeyStatus.NEEDS_PASSPHRASE, why, mode=mode, problem=problem, keyring_reason=why
        )

"""Unlocking the vault at start: keyring first, passphrase key file as the fallback."""

from __future__ import annotations

import logging

from sqlalchemy import func, select

from agentdesk.errors import KnownError
from agentdesk.models.audit import AppMeta
from agentdesk.models.customer import Customer
from agentdesk.paths import DataPaths
from agentdesk.services.rotation import (
    finish_interrupted_rotation,
    finish_key_file_rotation,
    pending_key_file,
    pending_keyring_store,
)
from agentdesk.services.vault import VaultService
from agentdesk.storage.datakeys import DataKeyStore
from agentdesk.storage.session import Database
from agentdesk.vault.keyfile import PassphraseKeyFile
from agentdesk.vault.keystore import KeyringKeyStore, KeyStore, MemoryKeyStore
from agentdesk.vault.resolve import (
    KeySource,
    KeyState,
    KeyStatus,
    PassphraseProvider,
    key_fingerprint,
    resolve_key,
)

FINGERPRINT_KEY = "master_key_fingerprint"
log = logging.getLogger(__name__)

# One sentence per reason, for the passphrase dialog and the refusal message.
WHY = {
    "no-secure-backend": "This computer has no secure keyring, so the key is kept in a file "
    "protected by a passphrase.",
    "keyring-failed": "The system keyring reported an error, so the key file is used instead.",
    "locked": "The system keyring is locked, so the key file is used instead.",
    "timeout": "The system keyring did not answer within a few seconds, so the key file is "
    "used instead.",
    "key-in-file": "This data folder keeps its key in a passphrase-protected file.",
    "wrong-key": "The keyring holds a different key, so the key file is used instead.",
    "invalid-key": "The keyring entry is damaged, so the key file is used instead.",
}
REFUSED = {
    "key-missing": "This data folder holds encrypted data but its key cannot be found "
    "(keyring and key file). Nothing was changed. Restore the key or use another data folder.",
    "wrong-key": "The key found does not belong to this data folder's encrypted data. "
    "Nothing was changed.",
}


class VaultLockedError(KnownError):
    """The vault could not be opened; ``state`` says why and what to ask for."""

    def __init__(self, state: KeyState) -> None:
        self.state = state
        if state.status is KeyStatus.REFUSED:
            text = REFUSED.get(
                state.reason,
                f"The key file cannot be used ({state.reason}). Nothing was changed.",
            )
        elif state.problem == "wrong-passphrase":
            text = "Wrong passphrase for the key file."
        elif state.problem == "too-short":
            text = "The passphrase must have at least 8 characters."
        else:
            text = "A passphrase is needed to open this data folder's key file."
        super().__init__(text)


def _finish_rotation(db, keys, keyring_store, key_file, pending_store) -> None:
    """A rotation interrupted by a crash is completed (or undone) before anything else."""
    try:
        pending = pending_store.load()
        current = keyring_store.load() if pending is not None else None
    except KnownError:
        return
    if pending is not None:
        finish_interrupted_rotation(
            stored_fingerprint(db), keyring_store, key_file, pending_store, keys, current, pending
        )


def stored_fingerprint(db: Database) -> str | None:
    with db.read() as s:
        row = s.get(AppMeta, FINGERPRINT_KEY)
        return row.value if row else None


class KeyStoreMissingError(KnownError):
    """Both copies of the key store are gone while the database holds encrypted data."""


def encrypted_rows(db: Database) -> int:
    """Rows sealed with data keys (customers, calls, messages, drafts, feedback)."""
    from agentdesk.models.draft import Draft
    from agentdesk.models.interaction import Interaction
    from agentdesk.models.message import Message
    from agentdesk.models.review import Feedback

    with db.read() as s:
        return sum(
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (Customer, Interaction, Message, Draft, Feedback)
        )


def has_encrypted_data(db: Database, keys: DataKeyStore) -> bool:
    with db.read() as s:
        customers = s.scalar(select(func.count()).select_from(Customer)) or 0
    return bool(customers) or keys.count() > 0


def unlock_vault(
    paths: DataPaths,
    db: Database,
    *,
    ask_passphrase: PassphraseProvider | None,
    keyring_store: KeyStore | None = None,
    key_file: PassphraseKeyFile | None = None,
    pending_store: KeyStore | None = None,
    pending_file: PassphraseKeyFile | None = None,
    region: str = "GB",
) -> VaultService:
    """Return the open vault, or raise VaultLockedError; never writes unless a key is ready."""
    if not any(p.exists() for p in paths.data_keys) and encrypted_rows(db):
        # Both key stores gone: recreating them empty would make all data look erased.
        raise KeyStoreMissingError(
            "This data folder holds encrypted data but both key stores (keys.sqlite3 and "
            "keys-mirror.sqlite3) are missing. Nothing was changed; restore them from a copy "
            "of this data folder.",
            code="keys.missing",
        )
    keys = DataKeyStore(*paths.data_keys)
    for repair in keys.repairs:
        log.warning("key store: %s", repair)
    if pending_store is None:
        # The pending slot lives beside the real keyring; an injected keystore (tests,
        # tools) brings its own or has none.
        pending_store = pending_keyring_store(paths) if keyring_store is None else MemoryKeyStore()
    keyring_store = keyring_store or KeyringKeyStore(paths.root)
    key_file = key_file or PassphraseKeyFile(paths.key_file)
    _finish_rotation(db, keys, keyring_store, key_file, pending_store)
    pending_file = pending_file or pending_key_file(paths, key_file)
    typed: list[str] = []

    def remembering(request):
        answer = ask_passphrase(request) if ask_passphrase is not None else None
        if answer is not None:
            typed.append(answer)
        return answer

    state = resolve_key(
        keyring_store,
        key_file,
        has_encrypted_data=has_encrypted_data(db, keys),
        ask_passphrase=remembering if ask_passphrase is not None else None,
        expected_fingerprint=stored_fingerprint(db),
    )
    if state.status is KeyStatus.REFUSED and state.reason == "wrong-key" and typed:
        # A key-file rotation stopped after the database switched to the new key.
        try:
            new = finish_key_file_rotation(
                stored_fingerprint(db), key_file, pending_file, keys, typed[-1]
            )
        except KnownError:
            new = None
        if new is not None:
            state = KeyState(KeyStatus.READY, "found", key=new, source=KeySource.KEY_FILE)
    elif state.status is KeyStatus.READY and pending_file.exists() and typed:
        pending_file.path.unlink(missing_ok=True)  # a rotation that never switched
    if state.status is not KeyStatus.READY or state.key is None:
        keys.dispose()
        raise VaultLockedError(state)
    if state.created or stored_fingerprint(db) is None:
        fingerprint = key_fingerprint(state.key)
        with db.write() as s:
            s.merge(AppMeta(key=FINGERPRINT_KEY, value=fingerprint))
        keys.set_fingerprint(fingerprint)
    vault = VaultService(state.key, keys, region)
    finish_upkeep(db, vault)
    return vault


def finish_upkeep(db: Database, vault: VaultService) -> None:
    """Work that needs the open vault and must be done before anyone reads data."""
    from agentdesk.services.upkeep import run_upkeep

    run_upkeep(db, vault)

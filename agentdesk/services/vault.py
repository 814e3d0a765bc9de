"""The unlocked vault: master key, data keys per customer or interaction, blind indexes."""

from __future__ import annotations

import logging
import uuid
from collections import OrderedDict

from agentdesk.errors import KnownError
from agentdesk.storage.datakeys import DataKeyStore
from agentdesk.vault.audit_chain import audit_key
from agentdesk.vault.blind_index import BlindIndexer
from agentdesk.vault.derive import key_fingerprint
from agentdesk.vault.envelope import (
    CustomerCipher,
    new_data_key,
    unwrap_data_key,
    wrap_data_key,
)
from agentdesk.vault.errors import DecryptionError

CACHE_SIZE = 512
log = logging.getLogger(__name__)


class KeyDestroyedError(KnownError):
    """The data key is gone (the customer was erased): the content cannot be read."""


class VaultService:
    """Holds the master key for the session; hands out ciphers, never keys."""

    def __init__(self, master_key: bytes, keys: DataKeyStore, region: str = "GB") -> None:
        self._master = master_key
        self.keys = keys
        self.indexer = BlindIndexer(master_key, region)
        self.audit_key = audit_key(master_key)
        self.fingerprint = key_fingerprint(master_key)
        self._cache: OrderedDict[uuid.UUID, CustomerCipher] = OrderedDict()

    def __repr__(self) -> str:
        return f"VaultService(fingerprint={self.fingerprint[:8]}…)"

    def new_cipher(
        self, owner_id: uuid.UUID, kind: str, customer_id: uuid.UUID | None = None
    ) -> CustomerCipher:
        """Create, wrap and store a fresh data key for a new customer or interaction."""
        key = new_data_key()
        self.keys.put(owner_id, kind, customer_id, wrap_data_key(self._master, key, owner_id))
        cipher = CustomerCipher(key, owner_id)
        self._remember(owner_id, cipher)
        return cipher

    def cipher(self, owner_id: uuid.UUID) -> CustomerCipher:
        cached = self._cache.get(owner_id)
        if cached is not None:
            self._cache.move_to_end(owner_id)
            return cached
        candidates = self.keys.candidates(owner_id)
        if not candidates:
            raise KeyDestroyedError(
                "This record's key has been destroyed; it cannot be read.",
                code="vault.key_destroyed",
            )
        key = None
        for n, candidate in enumerate(candidates):
            try:
                key = unwrap_data_key(self._master, candidate.wrapped, owner_id)
            except DecryptionError:
                if n == len(candidates) - 1:
                    raise  # no copy unwraps: damaged everywhere (or a foreign key)
                continue
            if n > 0 or len({c.wrapped for c in candidates}) > 1:
                # A damaged copy (a flipped bit) was read past: repair it from this one.
                log.warning("a wrapped data key was damaged in one key store; repaired")
                self.keys.repair(candidate)
            break
        cipher = CustomerCipher(key, owner_id)
        self._remember(owner_id, cipher)
        return cipher

    def workstation_secret(self, workstation_id: uuid.UUID) -> bytes:
        """This workstation's secret for appending to its own audit chain on the team
        database: 32 random bytes made once, kept wrapped by the team key in both key store
        copies (re-wrapped with the data keys at every rotation), never sent anywhere in
        clear; the server keeps only its hash."""
        wrapped = self.keys.local_secret(workstation_id)
        if wrapped is not None:
            return unwrap_data_key(self._master, wrapped, workstation_id)
        secret = new_data_key()
        self.keys.put_local_secret(
            workstation_id, wrap_data_key(self._master, secret, workstation_id)
        )
        return secret

    def kept_secret(self, owner_id: uuid.UUID) -> bytes | None:
        """A 32-byte secret this workstation keeps wrapped by the team key (None: none kept);
        DecryptionError if the copy does not open."""
        wrapped = self.keys.local_secret(owner_id)
        return None if wrapped is None else unwrap_data_key(self._master, wrapped, owner_id)

    def keep_secret(self, owner_id: uuid.UUID, secret: bytes) -> None:
        """Keep a 32-byte secret wrapped by the team key (re-wrapped at every rotation)."""
        self.keys.put_local_secret(owner_id, wrap_data_key(self._master, secret, owner_id))

    def switch_key(self, master_key: bytes) -> None:
        """Use a new master key from now on (the team's rotated key, once this folder's data
        keys, blind indexes and audit chain were switched to it)."""
        self._master = master_key
        self.indexer = BlindIndexer(master_key, self.indexer.default_region)
        self.audit_key = audit_key(master_key)
        self.fingerprint = key_fingerprint(master_key)
        self._cache.clear()

    def forget(self, *owner_ids: uuid.UUID) -> None:
        for owner_id in owner_ids:
            self._cache.pop(owner_id, None)

    def _remember(self, owner_id: uuid.UUID, cipher: CustomerCipher) -> None:
        self._cache[owner_id] = cipher
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

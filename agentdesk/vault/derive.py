"""Master-key checks and HKDF sub-key derivation shared by the vault modules."""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_SIZE = 32


def check_key(key: bytes, what: str = "master key") -> None:
    """Raise ValueError (a bug, not a user error) unless `key` is 32 bytes."""
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_SIZE:
        raise ValueError(f"{what} must be {KEY_SIZE} bytes")


def derive_key(master_key: bytes, info: bytes, length: int = KEY_SIZE) -> bytes:
    """Derive an independent sub-key for one purpose (named by `info`) from the master key."""
    check_key(master_key)
    hkdf = HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info)
    return hkdf.derive(bytes(master_key))


def key_fingerprint(master_key: bytes) -> str:
    """A 32-hex-digit fingerprint, safe to store, that recognises the master key later."""
    return derive_key(master_key, b"agentdesk key fingerprint v1", 16).hex()

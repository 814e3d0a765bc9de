"""MAC chain for the append-only audit log: each entry's MAC covers the previous MAC."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from typing import Any

from agentdesk.vault.derive import derive_key

AUDIT_INFO = b"agentdesk audit v1"
MAC_SIZE = 32
GENESIS_MAC = bytes(MAC_SIZE)
"""The `prev_mac` of the first entry in a log."""


def audit_key(master_key: bytes) -> bytes:
    """The audit MAC key, derived from the master key (HKDF, info "agentdesk audit v1")."""
    return derive_key(master_key, AUDIT_INFO)


def canonical(entry: Mapping[str, Any]) -> bytes:
    """Sorted-key, compact, UTF-8 JSON; NaN and non-JSON values raise ValueError/TypeError."""
    text = json.dumps(
        entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


def chain_mac(key: bytes, prev_mac: bytes, entry: bytes) -> bytes:
    """HMAC-SHA256(key, prev_mac ‖ entry); prev_mac is fixed-size, so the join is unambiguous."""
    if len(prev_mac) != MAC_SIZE:
        raise ValueError(f"prev_mac must be {MAC_SIZE} bytes")
    return hmac.new(key, prev_mac + entry, hashlib.sha256).digest()


def verify_chain(
    key: bytes, entries: Iterable[tuple[bytes, bytes]], start_mac: bytes = GENESIS_MAC
) -> int | None:
    """Index of the first entry whose MAC does not match, or None when the chain is intact.

    `start_mac` lets a caller verify from a checkpoint. Truncation of the newest entries is not
    visible here: the caller must compare the last MAC with a head it keeps elsewhere.
    """
    prev = start_mac
    for index, (entry, mac) in enumerate(entries):
        expected = chain_mac(key, prev, entry)
        if not hmac.compare_digest(expected, mac):
            return index
        prev = mac
    return None

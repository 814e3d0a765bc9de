"""Concurrent edits of the same field on two workstations: which fields count, and how the
value that lost is kept (as stored: a ciphertext stays a ciphertext)."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from agentdesk.sync.tables import LOCAL_COLUMNS

# Fields people edit, where two workstations apart can each change the same one. Notes,
# events and versions are append-only (two edits become two versions), never conflicts.
CONFLICT_TABLES = frozenset({"customer", "article", "directory_entry", "canned_response"})
# Bookkeeping and values derived from others (blind indexes follow the ciphertexts).
NOT_CONFLICTS = frozenset(
    {"id", "version", "created_at", "updated_at", "deleted_at", "revision", "updated_on"}
)


def conflict_columns(table_name: str, columns) -> set[str]:
    if table_name not in CONFLICT_TABLES:
        return set()
    local = LOCAL_COLUMNS.get(table_name, frozenset())
    return {
        c for c in columns if c not in NOT_CONFLICTS and c not in local and not c.endswith("_bidx")
    }


def encode_value(value: Any) -> str:
    """A column value as text, its type kept (bytes, dates, JSON values)."""
    if isinstance(value, bytes | bytearray | memoryview):
        return json.dumps({"b": base64.b64encode(bytes(value)).decode("ascii")})
    if isinstance(value, datetime):
        return json.dumps({"t": value.isoformat()})
    if isinstance(value, date):
        return json.dumps({"d": value.isoformat()})
    return json.dumps({"v": value})


def decode_value(text: str | None) -> Any:
    if text is None:
        return None
    found = json.loads(text)
    if "b" in found:
        return base64.b64decode(found["b"])
    if "t" in found:
        return datetime.fromisoformat(found["t"])
    if "d" in found:
        return date.fromisoformat(found["d"])
    return found["v"]


def same_plaintext(vault) -> Callable[[str, str, str, Any, Any], bool]:
    """Whether two stored values of a column say the same thing: ciphertexts of personal
    data differ on every write (fresh nonces) and are compared decrypted, with this
    replica's keys, on this workstation (the server never can)."""

    def same(table_name: str, row_id: str, column: str, a: Any, b: Any) -> bool:
        if a == b:
            return True
        if table_name != "customer" or not column.endswith("_ct") or a is None or b is None:
            return False
        owner = uuid.UUID(row_id)
        cipher = vault.cipher(owner)
        field = column.removesuffix("_ct")
        return cipher.decrypt(table_name, owner, field, bytes(a)) == cipher.decrypt(
            table_name, owner, field, bytes(b)
        )

    return same

"""Envelope encryption: per-customer data keys wrapped by the master key, fields sealed with AD."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from agentdesk.vault.derive import KEY_SIZE, check_key
from agentdesk.vault.errors import DecryptionError, DecryptReason
from agentdesk.vault.pci import redact_text, redact_tree

BLOB_VERSION = 1
NONCE_SIZE = 12
TAG_SIZE = 16
OVERHEAD = 1 + NONCE_SIZE + TAG_SIZE
"""Bytes a blob adds to its plaintext: version byte, nonce, GCM tag."""

Id = str | int


@dataclass(frozen=True)
class FieldContext:
    """Where a field value lives; bound to its ciphertext, so a blob moved elsewhere fails."""

    table: str
    row_id: Id
    customer_id: Id
    column: str

    def associated_data(self) -> bytes:
        return _ad("field", self.table, self.row_id, self.customer_id, self.column)


def _ad(purpose: str, *parts: Id) -> bytes:
    # A JSON array is unambiguous: no choice of strings makes two different tuples collide.
    # Ids become text, so row 7 and row "7" (int key vs. text from a URL or CLI) are the same.
    values = [str(p) for p in parts]
    return json.dumps(["agentdesk", purpose, BLOB_VERSION, *values], ensure_ascii=True).encode()


def _seal(aead: AESGCM, plaintext: bytes, ad: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE_SIZE)
    return bytes((BLOB_VERSION,)) + nonce + aead.encrypt(nonce, plaintext, ad)


def _open(aead: AESGCM, blob: bytes, ad: bytes) -> bytes:
    if not isinstance(blob, bytes | bytearray | memoryview) or len(blob) < OVERHEAD:
        raise DecryptionError(DecryptReason.MALFORMED)
    blob = bytes(blob)
    if blob[0] != BLOB_VERSION:
        raise DecryptionError(DecryptReason.UNSUPPORTED_VERSION)
    try:
        return aead.decrypt(blob[1 : 1 + NONCE_SIZE], blob[1 + NONCE_SIZE :], ad)
    except InvalidTag:
        raise DecryptionError(DecryptReason.AUTHENTICATION_FAILED) from None


def new_data_key() -> bytes:
    """A fresh random 32-byte data key for one customer."""
    return secrets.token_bytes(KEY_SIZE)


def wrap_data_key(master_key: bytes, data_key: bytes, customer_id: Id) -> bytes:
    """Seal a customer's data key under the master key; only that customer id unwraps it."""
    check_key(master_key)
    check_key(data_key, "data key")
    return _seal(AESGCM(master_key), data_key, _ad("data-key", customer_id))


def unwrap_data_key(master_key: bytes, wrapped: bytes, customer_id: Id) -> bytes:
    """The data key; DecryptionError for a wrong master key, wrong customer or tampering."""
    check_key(master_key)
    data_key = _open(AESGCM(master_key), wrapped, _ad("data-key", customer_id))
    if len(data_key) != KEY_SIZE:
        raise DecryptionError(DecryptReason.MALFORMED)
    return data_key


def rewrap_data_key(old_master: bytes, new_master: bytes, wrapped: bytes, customer_id: Id) -> bytes:
    """Key rotation step: unwrap under the old master key, wrap under the new one."""
    return wrap_data_key(new_master, unwrap_data_key(old_master, wrapped, customer_id), customer_id)


def encrypt_field(data_key: bytes, plaintext: str, ad: FieldContext) -> bytes:
    """Blob = version byte + 12-byte random nonce + AES-256-GCM ciphertext and tag."""
    check_key(data_key, "data key")
    return _seal(AESGCM(data_key), plaintext.encode("utf-8"), ad.associated_data())


def decrypt_field(data_key: bytes, blob: bytes, ad: FieldContext) -> str:
    """The field text; DecryptionError when key, context or blob do not match."""
    check_key(data_key, "data key")
    return _decode(_open(AESGCM(data_key), blob, ad.associated_data()))


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise DecryptionError(DecryptReason.MALFORMED) from None


class CustomerCipher:
    """One customer's data key, ready to seal and open that customer's fields (cache this)."""

    __slots__ = ("_aead", "customer_id")

    def __init__(self, data_key: bytes, customer_id: Id) -> None:
        check_key(data_key, "data key")
        self._aead = AESGCM(data_key)
        self.customer_id = customer_id

    def __repr__(self) -> str:
        return f"CustomerCipher(customer_id={self.customer_id!r})"

    def context(self, table: str, row_id: Id, column: str) -> FieldContext:
        return FieldContext(table, row_id, self.customer_id, column)

    def encrypt(self, table: str, row_id: Id, column: str, text: str) -> bytes:
        """Seal free text. Card numbers are masked and security codes removed first: this is
        the one boundary every stored personal text crosses (PCI DSS: no complete card number
        or security code is kept, not even encrypted)."""
        return self._seal_text(table, row_id, column, redact_text(text))

    def encrypt_json(self, table: str, row_id: Id, column: str, value: Any, **dumps: Any) -> bytes:
        """Seal JSON-like data; every string inside it is redacted before it is serialised
        (redacting serialised JSON would miss escaped separators and could break escapes)."""
        clean, _, _ = redact_tree(value)
        return self._seal_text(table, row_id, column, json.dumps(clean, **dumps))

    def _seal_text(self, table: str, row_id: Id, column: str, text: str) -> bytes:
        ad = self.context(table, row_id, column).associated_data()
        return _seal(self._aead, text.encode("utf-8"), ad)

    def decrypt(self, table: str, row_id: Id, column: str, blob: bytes) -> str:
        ad = self.context(table, row_id, column).associated_data()
        return _decode(_open(self._aead, blob, ad))

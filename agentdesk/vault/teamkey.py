"""The team key for hot-desking: kept on the server wrapped once per account, never in clear.

From an account's password, scrypt (salted per team and account) gives one secret; HKDF splits
it into two independent keys with distinct labels: the PostgreSQL login secret (the server only
ever holds its SCRAM verifier) and the key that wraps the team key. Knowing the verifier, or
the login secret itself, says nothing about the wrapping key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from agentdesk.accounts.passwords import DEFAULT_PARAMS, ScryptParams
from agentdesk.vault.derive import KEY_SIZE, check_key, derive_key
from agentdesk.vault.errors import DecryptionError, DecryptReason

LOGIN_INFO = b"agentdesk team login v1"
WRAP_INFO = b"agentdesk team key wrap v1"
SCRAM_ITERATIONS = 4096
_VERSION = 1


@dataclass(frozen=True)
class AccountSecrets:
    login_secret: str  # the PostgreSQL role's password; never stored, sent only over SCRAM
    wrap_key: bytes

    def __repr__(self) -> str:
        return "AccountSecrets(…)"


def member_salt(team_id: str, username: str) -> bytes:
    """Per team and account, known before logging in (the server is asked nothing first)."""
    return hashlib.sha256(f"agentdesk team salt v1|{team_id}|{username}".encode()).digest()[:16]


def derive_account_secrets(
    password: str, team_id: str, username: str, params: ScryptParams = DEFAULT_PARAMS
) -> AccountSecrets:
    kdf = Scrypt(
        salt=member_salt(team_id, username), length=KEY_SIZE, n=params.n, r=params.r, p=params.p
    )
    base = kdf.derive(password.encode("utf-8"))
    login = base64.urlsafe_b64encode(derive_key(base, LOGIN_INFO)).decode("ascii").rstrip("=")
    return AccountSecrets(login, derive_key(base, WRAP_INFO))


def _ad(account_id: str) -> bytes:
    return json.dumps(["agentdesk", "team-key", _VERSION, str(account_id)]).encode()


def wrap_team_key(wrap_key: bytes, team_key: bytes, account_id: str) -> bytes:
    check_key(wrap_key, "wrapping key")
    check_key(team_key, "team key")
    nonce = secrets.token_bytes(12)
    return bytes((_VERSION,)) + nonce + AESGCM(wrap_key).encrypt(nonce, team_key, _ad(account_id))


def unwrap_team_key(wrap_key: bytes, wrapped: bytes, account_id: str) -> bytes:
    """The team key; DecryptionError for a wrong password, another account's copy or tampering."""
    check_key(wrap_key, "wrapping key")
    wrapped = bytes(wrapped)
    if len(wrapped) < 1 + 12 + 16 or wrapped[0] != _VERSION:
        raise DecryptionError(DecryptReason.MALFORMED)
    try:
        key = AESGCM(wrap_key).decrypt(wrapped[1:13], wrapped[13:], _ad(account_id))
    except InvalidTag:
        raise DecryptionError(DecryptReason.AUTHENTICATION_FAILED) from None
    if len(key) != KEY_SIZE:
        raise DecryptionError(DecryptReason.MALFORMED)
    return key


def scram_verifier(secret: str, salt: bytes | None = None) -> str:
    """PostgreSQL's SCRAM-SHA-256 verifier for ``secret``, computed here so the server is
    given the verifier (CREATE ROLE ... PASSWORD 'SCRAM-SHA-256$...'), never the secret."""
    salt = salt or secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", secret.encode("utf-8"), salt, SCRAM_ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${SCRAM_ITERATIONS}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


# Each member also has an X25519 key pair: the private key wrapped under the member's wrapping
# key, the public key in clear. A team leader seals the team key to a member's public key, so
# adding a member, or rotating the key after removing one, needs nobody else's password.
def new_member_keypair(wrap_key: bytes, account_id: str) -> tuple[bytes, bytes]:
    """(public key, private key wrapped under ``wrap_key``)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    private = X25519PrivateKey.generate()
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return public, wrap_team_key(wrap_key, raw, f"private-key:{account_id}")


def unwrap_private_key(wrap_key: bytes, wrapped: bytes, account_id: str) -> bytes:
    return unwrap_team_key(wrap_key, wrapped, f"private-key:{account_id}")


def _seal_key(shared: bytes, public: bytes, ephemeral: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_SIZE,
        salt=ephemeral + public,
        info=b"agentdesk team key seal v1",
    ).derive(shared)


def seal_team_key(public: bytes, team_key: bytes, account_id: str) -> bytes:
    """Encrypt the team key so only the holder of ``public``'s private key opens it."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes(public)))
    key = _seal_key(shared, bytes(public), eph_public)
    return eph_public + wrap_team_key(key, team_key, account_id)


def open_team_key(private_raw: bytes, sealed: bytes, account_id: str) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    sealed = bytes(sealed)
    private = X25519PrivateKey.from_private_bytes(private_raw)
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    eph_public, rest = sealed[:32], sealed[32:]
    shared = private.exchange(X25519PublicKey.from_public_bytes(eph_public))
    return unwrap_team_key(_seal_key(shared, public, eph_public), rest, account_id)

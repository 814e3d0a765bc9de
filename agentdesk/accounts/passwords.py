"""Password hashing with scrypt; parameters stored with each hash so they can be raised later."""

from __future__ import annotations

import base64
import hmac
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt


@dataclass(frozen=True)
class ScryptParams:
    n: int = 2**17
    r: int = 8
    p: int = 1
    length: int = 32

    def at_least(self, other: ScryptParams) -> bool:
        return self.n >= other.n and self.r >= other.r and self.p >= other.p


DEFAULT_PARAMS = ScryptParams()
MIN_PASSWORD_LENGTH = 8


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, params: ScryptParams) -> bytes:
    kdf = Scrypt(salt=salt, length=params.length, n=params.n, r=params.r, p=params.p)
    return kdf.derive(password.encode("utf-8"))


def hash_password(password: str, params: ScryptParams = DEFAULT_PARAMS) -> str:
    """Return "scrypt$n=..,r=..,p=..$salt$hash" (base64)."""
    salt = os.urandom(16)
    digest = _derive(password, salt, params)
    return f"scrypt$n={params.n},r={params.r},p={params.p}${_b64(salt)}${_b64(digest)}"


def parse_hash(stored: str) -> tuple[ScryptParams, bytes, bytes]:
    scheme, param_text, salt_b64, digest_b64 = stored.split("$")
    if scheme != "scrypt":
        raise ValueError("unknown password hash scheme")
    values = dict(item.split("=") for item in param_text.split(","))
    digest = base64.b64decode(digest_b64)
    params = ScryptParams(int(values["n"]), int(values["r"]), int(values["p"]), len(digest))
    return params, base64.b64decode(salt_b64), digest


def verify_password(password: str, stored: str) -> bool:
    """Constant-time comparison; a malformed stored hash never verifies."""
    try:
        params, salt, digest = parse_hash(stored)
    except (ValueError, KeyError):
        return False
    return hmac.compare_digest(_derive(password, salt, params), digest)


def needs_rehash(stored: str, params: ScryptParams = DEFAULT_PARAMS) -> bool:
    try:
        current, _salt, _digest = parse_hash(stored)
    except (ValueError, KeyError):
        return True
    return not current.at_least(params)


def password_problem(password: str) -> str | None:
    """Why a new password is not acceptable, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Use at least {MIN_PASSWORD_LENGTH} characters."
    if password.strip() != password:
        return "The password must not start or end with a space."
    return None

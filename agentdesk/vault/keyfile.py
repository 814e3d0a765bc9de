"""The fallback key store: the master key wrapped with a passphrase (scrypt + AES-256-GCM)."""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from agentdesk.errors import ValidationError
from agentdesk.vault.derive import KEY_SIZE, check_key
from agentdesk.vault.errors import KeyFileError, KeyFileReason, WrongPassphraseError

FORMAT = "agentdesk-key-file"
VERSION = 1
MIN_PASSPHRASE_LENGTH = 8
SALT_SIZE = 16
NONCE_SIZE = 12
_MAX_SCRYPT_MEMORY = 1 << 30  # refuse files that would make unlock allocate more than 1 GiB


@dataclass(frozen=True)
class ScryptParams:
    """scrypt cost parameters; the defaults are the ones production files use."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def is_sane(self) -> bool:
        """Power-of-two n and bounded memory, so a crafted file cannot exhaust the machine."""
        return (
            2 <= self.n <= 2**20
            and self.n & (self.n - 1) == 0
            and 1 <= self.r <= 32
            and 1 <= self.p <= 16
            and 128 * self.r * self.n * self.p <= _MAX_SCRYPT_MEMORY
        )


class PassphraseKeyFile:
    """A JSON key file in the data folder; written atomically with mode 0o600."""

    def __init__(self, path: Path, *, params: ScryptParams | None = None) -> None:
        self.path = Path(path)
        self._params = params or ScryptParams()
        if not self._params.is_sane():
            raise ValueError("scrypt parameters out of range")

    def __repr__(self) -> str:
        return f"PassphraseKeyFile({str(self.path)!r})"

    def exists(self) -> bool:
        return self.path.exists()

    def create(self, passphrase: str, key: bytes | None = None, *, replace: bool = False) -> bytes:
        """Wrap `key` (a new random one by default) under `passphrase`; return the key.

        Refuses to overwrite an existing file unless `replace` is true (key rotation).
        """
        check_passphrase(passphrase)
        if key is None:
            key = secrets.token_bytes(KEY_SIZE)
        check_key(key)
        if self.exists() and not replace:
            raise KeyFileError(KeyFileReason.EXISTS)
        self._write(_seal(bytes(key), passphrase, self._params))
        return bytes(key)

    def unlock(self, passphrase: str) -> bytes:
        """The master key; WrongPassphraseError or KeyFileError (the file is never modified)."""
        return _open(self._read(), passphrase)

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the same key under a new passphrase, with a fresh salt and nonce."""
        check_passphrase(new)
        key = self.unlock(old)
        self._write(_seal(key, new, self._params))

    def _read(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raise KeyFileError(KeyFileReason.MISSING) from None
        except OSError:
            raise KeyFileError(KeyFileReason.UNREADABLE) from None
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):  # nesting: #15 item 11
            raise KeyFileError(KeyFileReason.CORRUPT) from None
        if not isinstance(document, dict):
            raise KeyFileError(KeyFileReason.CORRUPT)
        return document

    def _write(self, document: dict[str, Any]) -> None:
        data = json.dumps(document, indent=2, sort_keys=True).encode("utf-8") + b"\n"
        try:
            _write_atomic(self.path, data)
        except OSError:
            raise KeyFileError(KeyFileReason.UNWRITABLE) from None


def check_passphrase(passphrase: str) -> None:
    """ValidationError unless the passphrase is long enough (the UI shows its own words)."""
    if len(_normalise(passphrase)) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            f"The passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters.",
            field="passphrase",
            code="vault.passphrase_short",
            params={"minimum": MIN_PASSPHRASE_LENGTH},
        )


def _normalise(passphrase: str) -> str:
    # NFC: the same passphrase typed on two systems may arrive composed or decomposed.
    return unicodedata.normalize("NFC", passphrase)


def _wrapping_key(passphrase: str, salt: bytes, params: ScryptParams) -> bytes:
    kdf = Scrypt(salt=salt, length=KEY_SIZE, n=params.n, r=params.r, p=params.p)
    return kdf.derive(_normalise(passphrase).encode("utf-8"))


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _checksum(document: dict[str, Any]) -> str:
    """Unkeyed digest that tells accidental damage apart from a wrong passphrase."""
    body = {k: v for k, v in document.items() if k != "check"}
    return hashlib.sha256(_canonical(body)).hexdigest()


def _header(params: ScryptParams, salt: bytes) -> dict[str, Any]:
    kdf = {"name": "scrypt", "n": params.n, "r": params.r, "p": params.p, "salt": _b64(salt)}
    return {"format": FORMAT, "version": VERSION, "kdf": kdf}


def _seal(key: bytes, passphrase: str, params: ScryptParams) -> dict[str, Any]:
    salt = secrets.token_bytes(SALT_SIZE)
    nonce = secrets.token_bytes(NONCE_SIZE)
    header = _header(params, salt)
    # The header is associated data: its parameters cannot be swapped without failing the tag.
    sealed = AESGCM(_wrapping_key(passphrase, salt, params)).encrypt(nonce, key, _canonical(header))
    cipher = {"name": "aes-256-gcm", "nonce": _b64(nonce), "ciphertext": _b64(sealed)}
    document = {**header, "cipher": cipher}
    document["check"] = _checksum(document)
    return document


def _open(document: dict[str, Any], passphrase: str) -> bytes:
    if document.get("format") != FORMAT:
        raise KeyFileError(KeyFileReason.CORRUPT)
    if document.get("version") != VERSION:
        raise KeyFileError(KeyFileReason.UNSUPPORTED)
    check = document.get("check")
    if not isinstance(check, str) or not hmac.compare_digest(check, _checksum(document)):
        raise KeyFileError(KeyFileReason.CORRUPT)
    try:
        kdf, cipher = document["kdf"], document["cipher"]
        if kdf["name"] != "scrypt" or cipher["name"] != "aes-256-gcm":
            raise KeyFileError(KeyFileReason.UNSUPPORTED)
        params = ScryptParams(n=kdf["n"], r=kdf["r"], p=kdf["p"])
        salt, nonce = _unb64(kdf["salt"]), _unb64(cipher["nonce"])
        sealed = _unb64(cipher["ciphertext"])
        sane = all(type(v) is int for v in (params.n, params.r, params.p)) and params.is_sane()
    except (KeyError, TypeError):
        raise KeyFileError(KeyFileReason.CORRUPT) from None
    if not sane or len(salt) < SALT_SIZE or len(nonce) != NONCE_SIZE:
        raise KeyFileError(KeyFileReason.CORRUPT)
    if len(sealed) != KEY_SIZE + 16:
        raise KeyFileError(KeyFileReason.CORRUPT)
    header = _header(params, salt)
    try:
        wrapping_key = _wrapping_key(passphrase, salt, params)
        return AESGCM(wrapping_key).decrypt(nonce, sealed, _canonical(header))
    except InvalidTag:
        raise WrongPassphraseError() from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise TypeError("expected base64 text") from None


def _write_atomic(path: Path, data: bytes) -> None:
    """Temp file in the same folder, fsync, os.replace, fsync the folder: all or nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            with contextlib.suppress(OSError):  # not every platform honours POSIX modes
                os.chmod(tmp_name, 0o600)
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if os.name == "posix":  # make the rename itself durable; best effort
        with contextlib.suppress(OSError):
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)

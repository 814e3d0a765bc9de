"""Where the master key lives: the KeyStore protocol, the OS keyring store and an in-memory one."""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import secrets
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from agentdesk.vault.derive import KEY_SIZE, check_key
from agentdesk.vault.errors import KeyUnavailableError, UnavailableReason

log = logging.getLogger(__name__)

KEYRING_USERNAME = "master-key"
DEFAULT_KEYRING_TIMEOUT = 3.0

T = TypeVar("T")


class KeyStore(Protocol):
    """Somewhere that keeps one master key."""

    def load(self) -> bytes | None:
        """The stored key, or None when nothing is stored yet."""
        ...

    def save(self, key: bytes) -> None:
        """Store `key`, replacing any earlier one."""
        ...

    def delete(self) -> None:
        """Forget the stored key; nothing happens when none is stored."""
        ...


def new_master_key() -> bytes:
    """32 fresh random bytes from the OS CSPRNG."""
    return secrets.token_bytes(KEY_SIZE)


class MemoryKeyStore:
    """A KeyStore in process memory, for tests and throw-away data folders."""

    def __init__(self, key: bytes | None = None) -> None:
        if key is not None:
            check_key(key)
        self._key = key

    def __repr__(self) -> str:
        return f"MemoryKeyStore(has_key={self._key is not None})"

    def load(self) -> bytes | None:
        return self._key

    def save(self, key: bytes) -> None:
        check_key(key)
        self._key = bytes(key)

    def delete(self) -> None:
        self._key = None


def keyring_service_name(data_dir: Path) -> str:
    """Keyring service tied to one data folder, so two folders never share a key."""
    resolved = str(Path(data_dir).expanduser().resolve())
    return "agentdesk:" + hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:16]


def is_secure_backend(backend: KeyringBackend) -> bool:
    """True when `backend` keeps secrets encrypted by the OS (not fail, null, plaintext, alt).

    A chainer writes to its highest-priority backend, so it is judged by that one. Anything
    keyring itself would not recommend (priority below 1) is refused too.
    """
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        return bool(chained) and is_secure_backend(chained[0])
    cls = type(backend)
    if cls.__module__.startswith("keyrings.alt") or "plaintext" in cls.__name__.lower():
        return False
    try:
        return float(cls.priority) >= 1
    except Exception:  # a backend that is not viable here raises from `priority`
        return False


class KeyringKeyStore:
    """The master key in the OS keyring, base64 encoded, under a per-data-folder service name.

    Every keyring call runs in a daemon thread and is abandoned after `timeout` seconds, so a
    keyring daemon that never answers cannot freeze start-up. Failures raise KeyUnavailableError.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        timeout: float = DEFAULT_KEYRING_TIMEOUT,
        backend: KeyringBackend | None = None,
    ) -> None:
        self.service = keyring_service_name(data_dir)
        self.timeout = timeout
        self._backend = backend
        self._stuck: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"KeyringKeyStore(service={self.service!r})"

    def load(self) -> bytes | None:
        return self._call(self._load)

    def save(self, key: bytes) -> None:
        check_key(key)
        self._call(lambda: self._save(bytes(key)))

    def delete(self) -> None:
        self._call(self._delete)

    # The methods below run inside the worker thread.

    def _secure_backend(self) -> KeyringBackend:
        backend = self._backend if self._backend is not None else keyring.get_keyring()
        if not is_secure_backend(backend):
            log.warning("keyring backend %s is not secure; not used", type(backend).__name__)
            raise KeyUnavailableError(UnavailableReason.NO_SECURE_BACKEND)
        return backend

    def _load(self) -> bytes | None:
        stored = self._secure_backend().get_password(self.service, KEYRING_USERNAME)
        if stored is None:
            return None
        try:
            key = base64.b64decode(stored.encode("ascii"), validate=True)
        except (UnicodeEncodeError, binascii.Error):
            key = b""
        if len(key) != KEY_SIZE:
            raise KeyUnavailableError(UnavailableReason.INVALID_KEY)
        return key

    def _save(self, key: bytes) -> None:
        backend = self._secure_backend()
        backend.set_password(self.service, KEYRING_USERNAME, base64.b64encode(key).decode("ascii"))
        # A backend that accepts writes and drops them (null-like) must not pass as storage.
        if self._load() != key:
            log.warning("keyring backend %s did not keep the key", type(backend).__name__)
            raise KeyUnavailableError(UnavailableReason.NO_SECURE_BACKEND)

    def _delete(self) -> None:
        backend = self._secure_backend()
        try:
            backend.delete_password(self.service, KEYRING_USERNAME)
        except keyring.errors.PasswordDeleteError:
            if self._load() is not None:  # it really failed, rather than "nothing stored"
                raise

    # Thread plumbing.

    def _call(self, action: Callable[[], T]) -> T:
        if self._stuck is not None and self._stuck.is_alive():
            raise KeyUnavailableError(UnavailableReason.TIMEOUT)
        self._stuck = None
        outcome: dict[str, object] = {}
        done = threading.Event()

        def run() -> None:
            try:
                outcome["value"] = action()
            except BaseException as exc:  # handed to the caller's thread below
                outcome["error"] = exc
            finally:
                done.set()

        worker = threading.Thread(target=run, name="agentdesk-keyring", daemon=True)
        worker.start()
        if not done.wait(self.timeout):
            self._stuck = worker
            log.warning("keyring call gave up after %.1f s", self.timeout)
            raise KeyUnavailableError(UnavailableReason.TIMEOUT)
        if "error" in outcome:
            raise _translate(outcome["error"])
        return outcome["value"]  # type: ignore[return-value]


def _translate(exc: object) -> BaseException:
    """Map a keyring failure to KeyUnavailableError; logs the type only, never the message."""
    if isinstance(exc, KeyUnavailableError) or not isinstance(exc, Exception):
        return exc  # type: ignore[return-value]
    if isinstance(exc, keyring.errors.KeyringLocked):
        reason = UnavailableReason.LOCKED
    elif isinstance(exc, keyring.errors.NoKeyringError):
        reason = UnavailableReason.NO_SECURE_BACKEND
    else:
        # KeyringError, InitError, D-Bus and OS errors from backends all end up here.
        reason = UnavailableReason.KEYRING_FAILED
    # The backend's own message is not chained or logged: we cannot vouch for its content.
    log.warning("keyring call failed: %s", type(exc).__name__)
    return KeyUnavailableError(reason)

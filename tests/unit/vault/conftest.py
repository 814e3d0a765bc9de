"""Keyring test doubles (memory, fail, null, plaintext, hanging); never the real keyring."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import keyring
import keyring.core
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from agentdesk.vault.keyfile import ScryptParams

FAST_SCRYPT = ScryptParams(n=2**4, r=8, p=1)
"""Scrypt cost for tests; production files use ScryptParams() (n=2**17)."""


class _TestBackend(KeyringBackend):
    """Base for the doubles: high priority, but never picked by keyring's own detection."""

    priority = 5  # type: ignore[assignment]
    viable = False  # type: ignore[assignment]  # keeps keyring.init_backend from choosing it

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None


class InMemoryKeyring(_TestBackend):
    """A working, 'secure' keyring held in a dict."""

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("not found") from None


class PlaintextKeyring(InMemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring (recognised by name)."""


class AltFileKeyring(InMemoryKeyring):
    """Stands in for any keyrings.alt backend (recognised by module)."""


AltFileKeyring.__module__ = "keyrings.alt.file"


class LowPriorityKeyring(InMemoryKeyring):
    """A backend keyring itself would not recommend (priority below 1)."""

    priority = 0.5  # type: ignore[assignment]


class DroppingKeyring(_TestBackend):
    """Null-like but high priority: accepts writes, keeps nothing."""


class RaisingKeyring(_TestBackend):
    """Every call raises the exception the test gives it."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


class HangingKeyring(InMemoryKeyring):
    """Blocks every call until the test sets `release`; `entered` counts the calls that began."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.entered = 0
        self._lock = threading.Lock()

    def _block(self) -> None:
        with self._lock:
            self.entered += 1
        self.release.wait(60)  # upper bound only, so a broken test cannot leak a thread forever

    def get_password(self, service: str, username: str) -> str | None:
        self._block()
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._block()
        super().set_password(service, username, password)


def make_chainer(*backends: KeyringBackend) -> chainer.ChainerBackend:
    """A ChainerBackend over exactly `backends`, without keyring's discovery of real ones."""
    cls = type("FixedChainer", (chainer.ChainerBackend,), {"backends": list(backends)})
    cls.viable = False  # type: ignore[attr-defined]
    return cls()


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every vault test starts on the fail backend; monkeypatch restores the original after."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def install_keyring() -> Callable[[KeyringBackend], KeyringBackend]:
    """Make a backend the process-wide keyring for this test (undone by _no_real_keyring)."""

    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    return install


@pytest.fixture
def memory_keyring(install_keyring: Callable[[KeyringBackend], KeyringBackend]) -> InMemoryKeyring:
    backend = InMemoryKeyring()
    install_keyring(backend)
    return backend


@pytest.fixture
def null_keyring(install_keyring: Callable[[KeyringBackend], KeyringBackend]) -> KeyringBackend:
    return install_keyring(null.Keyring())


@pytest.fixture
def hanging_keyring(
    install_keyring: Callable[[KeyringBackend], KeyringBackend],
) -> Iterator[HangingKeyring]:
    backend = HangingKeyring()
    install_keyring(backend)
    yield backend
    backend.release.set()


@pytest.fixture
def fast_params() -> ScryptParams:
    return FAST_SCRYPT


class KeyringDoubles:
    """The backend classes above, handed to tests as a fixture (conftest is not importable)."""

    InMemory = InMemoryKeyring
    Plaintext = PlaintextKeyring
    AltFile = AltFileKeyring
    LowPriority = LowPriorityKeyring
    Dropping = DroppingKeyring
    Raising = RaisingKeyring
    Hanging = HangingKeyring
    chainer = staticmethod(make_chainer)


@pytest.fixture
def doubles() -> type[KeyringDoubles]:
    return KeyringDoubles

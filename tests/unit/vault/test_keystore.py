"""KeyringKeyStore over every kind of backend, MemoryKeyStore, and the service name."""

from __future__ import annotations

import base64
import logging
import time
from pathlib import Path

import keyring.errors
import pytest
from keyring.backends import fail, null

from agentdesk.vault.errors import KeyUnavailableError, UnavailableReason
from agentdesk.vault.keystore import (
    KEYRING_USERNAME,
    KeyringKeyStore,
    MemoryKeyStore,
    is_secure_backend,
    keyring_service_name,
    new_master_key,
)

KEY = bytes(range(32))


def test_service_name_is_tied_to_the_resolved_folder(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    name = keyring_service_name(tmp_path / "a")
    assert name.startswith("agentdesk:")
    assert len(name) == len("agentdesk:") + 16
    assert name == keyring_service_name(tmp_path / "b" / ".." / "a")
    assert name != keyring_service_name(tmp_path / "b")


def test_memory_keystore_round_trip() -> None:
    store = MemoryKeyStore()
    assert store.load() is None
    store.save(KEY)
    assert store.load() == KEY
    assert KEY.hex() not in repr(store)
    store.delete()
    store.delete()
    assert store.load() is None


def test_memory_keystore_rejects_a_short_key() -> None:
    with pytest.raises(ValueError):
        MemoryKeyStore().save(b"short")


def test_new_master_key_is_random_32_bytes() -> None:
    assert len(new_master_key()) == 32
    assert new_master_key() != new_master_key()


def test_keyring_round_trip_through_the_active_backend(tmp_path: Path, memory_keyring) -> None:
    store = KeyringKeyStore(tmp_path)
    assert store.load() is None
    store.save(KEY)
    assert store.load() == KEY
    stored = memory_keyring.passwords[(store.service, KEYRING_USERNAME)]
    assert base64.b64decode(stored) == KEY
    store.delete()
    assert store.load() is None
    store.delete()  # deleting nothing is fine


def test_two_data_folders_never_share_a_key(tmp_path: Path, memory_keyring) -> None:
    first, second = KeyringKeyStore(tmp_path / "one"), KeyringKeyStore(tmp_path / "two")
    first.save(KEY)
    assert second.load() is None


def test_explicit_backend_is_used_instead_of_the_global_one(tmp_path: Path, doubles) -> None:
    backend = doubles.InMemory()
    store = KeyringKeyStore(tmp_path, backend=backend)  # global backend is the fail one
    store.save(KEY)
    assert store.load() == KEY


@pytest.mark.parametrize("method", ["load", "save", "delete"])
def test_fail_backend_means_no_secure_backend(tmp_path: Path, method: str) -> None:
    store = KeyringKeyStore(tmp_path)  # the autouse fixture installed keyring's fail backend
    args = (KEY,) if method == "save" else ()
    with pytest.raises(KeyUnavailableError) as caught:
        getattr(store, method)(*args)
    assert caught.value.reason == UnavailableReason.NO_SECURE_BACKEND


def test_null_backend_means_no_secure_backend(tmp_path: Path, null_keyring) -> None:
    with pytest.raises(KeyUnavailableError) as caught:
        KeyringKeyStore(tmp_path).load()
    assert caught.value.reason == "no-secure-backend"


@pytest.mark.parametrize("name", ["Plaintext", "AltFile", "LowPriority"])
def test_insecure_backends_are_refused(tmp_path: Path, doubles, name: str) -> None:
    backend = getattr(doubles, name)()
    store = KeyringKeyStore(tmp_path, backend=backend)
    with pytest.raises(KeyUnavailableError) as caught:
        store.save(KEY)
    assert caught.value.reason == "no-secure-backend"
    assert backend.passwords == {}  # nothing was written in clear


def test_backend_that_drops_writes_is_detected_by_reading_back(tmp_path: Path, doubles) -> None:
    store = KeyringKeyStore(tmp_path, backend=doubles.Dropping())
    assert store.load() is None  # looks like a working, empty keyring...
    with pytest.raises(KeyUnavailableError) as caught:
        store.save(KEY)  # ...until the key does not come back
    assert caught.value.reason == "no-secure-backend"


def test_is_secure_backend_judges_chainers_by_their_first_backend(doubles) -> None:
    assert is_secure_backend(doubles.InMemory())
    assert not is_secure_backend(fail.Keyring())
    assert not is_secure_backend(null.Keyring())
    assert not is_secure_backend(doubles.chainer())
    assert not is_secure_backend(doubles.chainer(doubles.Plaintext(), doubles.InMemory()))
    assert is_secure_backend(doubles.chainer(doubles.InMemory(), doubles.Plaintext()))


def test_empty_chainer_is_refused(tmp_path: Path, doubles, install_keyring) -> None:
    install_keyring(doubles.chainer())
    with pytest.raises(KeyUnavailableError) as caught:
        KeyringKeyStore(tmp_path).load()
    assert caught.value.reason == "no-secure-backend"


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (keyring.errors.NoKeyringError("none"), UnavailableReason.NO_SECURE_BACKEND),
        (keyring.errors.KeyringLocked("locked"), UnavailableReason.LOCKED),
        (keyring.errors.KeyringError("boom"), UnavailableReason.KEYRING_FAILED),
        (keyring.errors.InitError("init"), UnavailableReason.KEYRING_FAILED),
        (keyring.errors.PasswordSetError("set"), UnavailableReason.KEYRING_FAILED),
        (RuntimeError("dbus went away"), UnavailableReason.KEYRING_FAILED),
    ],
)
def test_backend_errors_map_to_reasons(
    tmp_path: Path, doubles, error: Exception, reason: UnavailableReason
) -> None:
    store = KeyringKeyStore(tmp_path, backend=doubles.Raising(error))
    for call in (store.load, lambda: store.save(KEY), store.delete):
        with pytest.raises(KeyUnavailableError) as caught:
            call()
        assert caught.value.reason == reason


def test_backend_messages_never_reach_errors_or_logs(
    tmp_path: Path, doubles, caplog: pytest.LogCaptureFixture
) -> None:
    secret = base64.b64encode(KEY).decode()
    store = KeyringKeyStore(tmp_path, backend=doubles.Raising(keyring.errors.KeyringError(secret)))
    caplog.set_level(logging.DEBUG)
    with pytest.raises(KeyUnavailableError) as caught:
        store.save(KEY)
    error = caught.value
    chained = [error.__cause__, error.__context__]
    assert secret not in str(error)
    assert all(c is None or secret not in str(c) for c in chained)
    assert secret not in caplog.text
    assert caplog.records  # the failure is logged, by type


@pytest.mark.parametrize("stored", ["not base64!", base64.b64encode(b"short").decode(), "é"])
def test_garbage_in_the_keyring_is_an_invalid_key(tmp_path: Path, memory_keyring, stored) -> None:
    store = KeyringKeyStore(tmp_path)
    memory_keyring.passwords[(store.service, KEYRING_USERNAME)] = stored
    with pytest.raises(KeyUnavailableError) as caught:
        store.load()
    assert caught.value.reason == "invalid-key"


def test_hanging_keyring_gives_up_after_the_timeout(tmp_path: Path, hanging_keyring) -> None:
    store = KeyringKeyStore(tmp_path, timeout=0.05)
    started = time.monotonic()
    with pytest.raises(KeyUnavailableError) as caught:
        store.load()
    assert caught.value.reason == "timeout"
    assert time.monotonic() - started < 2
    # While the first call is still stuck, later calls fail at once without piling up threads.
    with pytest.raises(KeyUnavailableError) as again:
        store.save(KEY)
    assert again.value.reason == "timeout"
    assert hanging_keyring.entered == 1


def test_keyring_is_usable_again_once_the_stuck_call_returns(
    tmp_path: Path, hanging_keyring
) -> None:
    store = KeyringKeyStore(tmp_path, timeout=0.05)
    with pytest.raises(KeyUnavailableError):
        store.load()
    hanging_keyring.release.set()
    store._stuck.join(5)  # the abandoned worker finishes once released
    store.timeout = 5.0
    store.save(KEY)
    assert store.load() == KEY


def test_default_timeout_is_three_seconds(tmp_path: Path) -> None:
    assert KeyringKeyStore(tmp_path).timeout == 3.0
    assert "agentdesk:" in repr(KeyringKeyStore(tmp_path))

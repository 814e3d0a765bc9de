"""The start-up key decision, over every combination of keyring, key file and existing data."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from agentdesk.vault.errors import KeyUnavailableError, UnavailableReason
from agentdesk.vault.keyfile import PassphraseKeyFile, ScryptParams
from agentdesk.vault.keystore import KeyringKeyStore, MemoryKeyStore
from agentdesk.vault.resolve import (
    KeySource,
    KeyStatus,
    PassphraseMode,
    PassphraseRequest,
    key_fingerprint,
    resolve_key,
)

PASS = "correct horse battery"
KEY = bytes(range(32))
OTHER_KEY = bytes(32)


class BrokenKeyStore:
    """A keyring that cannot be used, for the given reason."""

    def __init__(self, reason: UnavailableReason) -> None:
        self.reason = reason

    def load(self) -> bytes | None:
        raise KeyUnavailableError(self.reason)

    def save(self, key: bytes) -> None:
        raise KeyUnavailableError(self.reason)

    def delete(self) -> None:
        raise KeyUnavailableError(self.reason)


class Answers:
    """A passphrase provider that replays answers and records each request."""

    def __init__(self, answers: Iterable[str | None]) -> None:
        self._answers = list(answers)
        self.requests: list[PassphraseRequest] = []

    def __call__(self, request: PassphraseRequest) -> str | None:
        self.requests.append(request)
        return self._answers.pop(0)


@pytest.fixture
def key_file(tmp_path: Path, fast_params: ScryptParams) -> PassphraseKeyFile:
    return PassphraseKeyFile(tmp_path / "master.key", params=fast_params)


BROKEN = BrokenKeyStore(UnavailableReason.NO_SECURE_BACKEND)


def test_key_in_keyring_is_ready(key_file: PassphraseKeyFile) -> None:
    state = resolve_key(MemoryKeyStore(KEY), key_file, has_encrypted_data=True)
    assert state.status is KeyStatus.READY
    assert (state.key, state.source, state.created) == (KEY, KeySource.KEYRING, False)


def test_empty_keyring_and_no_data_makes_and_stores_a_new_key(
    key_file: PassphraseKeyFile,
) -> None:
    store = MemoryKeyStore()
    state = resolve_key(store, key_file, has_encrypted_data=False)
    assert state.status is KeyStatus.READY
    assert state.created
    assert state.key is not None and len(state.key) == 32
    assert store.load() == state.key
    assert not key_file.exists()


def test_empty_keyring_with_existing_data_refuses(key_file: PassphraseKeyFile) -> None:
    store = MemoryKeyStore()
    state = resolve_key(store, key_file, has_encrypted_data=True)
    assert (state.status, state.reason, state.key) == (KeyStatus.REFUSED, "key-missing", None)
    assert store.load() is None  # never a new key over existing data


def test_stored_fingerprint_counts_as_existing_data(key_file: PassphraseKeyFile) -> None:
    state = resolve_key(
        MemoryKeyStore(), key_file, has_encrypted_data=False, expected_fingerprint="0" * 32
    )
    assert (state.status, state.reason) == (KeyStatus.REFUSED, "key-missing")


def test_unusable_keyring_with_data_and_no_file_refuses(key_file: PassphraseKeyFile) -> None:
    store = BrokenKeyStore(UnavailableReason.LOCKED)
    state = resolve_key(store, key_file, has_encrypted_data=True, ask_passphrase=Answers([]))
    assert (state.status, state.reason, state.keyring_reason) == (
        KeyStatus.REFUSED,
        "key-missing",
        "locked",
    )
    assert not key_file.exists()


def test_unusable_keyring_unlocks_the_key_file(key_file: PassphraseKeyFile) -> None:
    key_file.create(PASS, KEY)
    ask = Answers([PASS])
    state = resolve_key(BROKEN, key_file, has_encrypted_data=True, ask_passphrase=ask)
    assert state.status is KeyStatus.READY
    assert (state.key, state.source, state.created) == (KEY, KeySource.KEY_FILE, False)
    assert ask.requests == [PassphraseRequest(PassphraseMode.UNLOCK, "no-secure-backend", 1)]


def test_wrong_passphrase_is_asked_again_then_gives_up(key_file: PassphraseKeyFile) -> None:
    key_file.create(PASS, KEY)
    ask = Answers(["nope nope", "still wrong", "wrong again"])
    state = resolve_key(BROKEN, key_file, has_encrypted_data=True, ask_passphrase=ask)
    assert state.status is KeyStatus.NEEDS_PASSPHRASE
    assert (state.mode, state.problem, state.key) == (
        PassphraseMode.UNLOCK,
        "wrong-passphrase",
        None,
    )
    assert [r.attempt for r in ask.requests] == [1, 2, 3]
    assert [r.problem for r in ask.requests] == [None, "wrong-passphrase", "wrong-passphrase"]


def test_second_attempt_can_succeed(key_file: PassphraseKeyFile) -> None:
    key_file.create(PASS, KEY)
    state = resolve_key(
        BROKEN, key_file, has_encrypted_data=True, ask_passphrase=Answers(["nope nope", PASS])
    )
    assert state.key == KEY


def test_cancel_and_no_provider_leave_it_needing_a_passphrase(
    key_file: PassphraseKeyFile,
) -> None:
    key_file.create(PASS, KEY)
    cancelled = resolve_key(
        BROKEN, key_file, has_encrypted_data=True, ask_passphrase=Answers([None])
    )
    assert (cancelled.status, cancelled.problem) == (KeyStatus.NEEDS_PASSPHRASE, "cancelled")
    headless = resolve_key(BROKEN, key_file, has_encrypted_data=True)
    assert (headless.status, headless.mode, headless.problem, headless.reason) == (
        KeyStatus.NEEDS_PASSPHRASE,
        PassphraseMode.UNLOCK,
        "no-provider",
        "no-secure-backend",
    )


def test_unusable_keyring_without_data_creates_a_key_file(key_file: PassphraseKeyFile) -> None:
    ask = Answers(["short", PASS])
    store = BrokenKeyStore(UnavailableReason.TIMEOUT)
    state = resolve_key(store, key_file, has_encrypted_data=False, ask_passphrase=ask)
    assert state.status is KeyStatus.READY
    assert (state.source, state.created, state.keyring_reason) == (
        KeySource.KEY_FILE,
        True,
        "timeout",
    )
    assert key_file.unlock(PASS) == state.key
    assert [(r.mode, r.problem) for r in ask.requests] == [
        (PassphraseMode.CREATE, None),
        (PassphraseMode.CREATE, "too-short"),
    ]


def test_working_but_empty_keyring_uses_an_existing_key_file(key_file: PassphraseKeyFile) -> None:
    key_file.create(PASS, KEY)
    store = MemoryKeyStore()
    ask = Answers([PASS])
    state = resolve_key(store, key_file, has_encrypted_data=False, ask_passphrase=ask)
    assert (state.key, state.source) == (KEY, KeySource.KEY_FILE)
    assert ask.requests[0].reason == "key-in-file"
    assert store.load() is None  # no second key was generated


def test_keyring_that_drops_the_key_falls_back_to_a_key_file(
    tmp_path: Path, key_file: PassphraseKeyFile, doubles
) -> None:
    store = KeyringKeyStore(tmp_path, backend=doubles.Dropping())
    state = resolve_key(store, key_file, has_encrypted_data=False, ask_passphrase=Answers([PASS]))
    assert (state.status, state.source, state.keyring_reason) == (
        KeyStatus.READY,
        KeySource.KEY_FILE,
        "no-secure-backend",
    )


def test_real_keystore_over_memory_backend(tmp_path: Path, key_file, memory_keyring) -> None:
    first = resolve_key(KeyringKeyStore(tmp_path), key_file, has_encrypted_data=False)
    again = resolve_key(KeyringKeyStore(tmp_path), key_file, has_encrypted_data=True)
    assert first.created and not again.created
    assert first.key == again.key


def test_hanging_keyring_falls_back_without_blocking(
    tmp_path: Path, key_file: PassphraseKeyFile, hanging_keyring
) -> None:
    key_file.create(PASS, KEY)
    store = KeyringKeyStore(tmp_path, timeout=0.05)
    state = resolve_key(store, key_file, has_encrypted_data=True, ask_passphrase=Answers([PASS]))
    assert (state.key, state.keyring_reason) == (KEY, "timeout")


def test_fingerprint_match_and_mismatch(key_file: PassphraseKeyFile) -> None:
    good = resolve_key(
        MemoryKeyStore(KEY),
        key_file,
        has_encrypted_data=True,
        expected_fingerprint=key_fingerprint(KEY),
    )
    assert good.status is KeyStatus.READY
    wrong = resolve_key(
        MemoryKeyStore(OTHER_KEY),
        key_file,
        has_encrypted_data=True,
        expected_fingerprint=key_fingerprint(KEY),
    )
    assert (wrong.status, wrong.reason, wrong.key) == (KeyStatus.REFUSED, "wrong-key", None)


def test_wrong_key_in_keyring_tries_the_key_file(key_file: PassphraseKeyFile) -> None:
    key_file.create(PASS, KEY)
    ask = Answers([PASS])
    state = resolve_key(
        MemoryKeyStore(OTHER_KEY),
        key_file,
        has_encrypted_data=True,
        ask_passphrase=ask,
        expected_fingerprint=key_fingerprint(KEY),
    )
    assert (state.key, state.source) == (KEY, KeySource.KEY_FILE)
    assert ask.requests[0].reason == "wrong-key"


def test_key_file_holding_another_key_is_refused(key_file: PassphraseKeyFile) -> None:
    key_file.create(PASS, OTHER_KEY)
    state = resolve_key(
        BROKEN,
        key_file,
        has_encrypted_data=True,
        ask_passphrase=Answers([PASS]),
        expected_fingerprint=key_fingerprint(KEY),
    )
    assert (state.status, state.reason) == (KeyStatus.REFUSED, "wrong-key")


def test_corrupt_key_file_is_refused_and_kept(key_file: PassphraseKeyFile) -> None:
    key_file.path.write_text("{broken")
    state = resolve_key(BROKEN, key_file, has_encrypted_data=False, ask_passphrase=Answers([PASS]))
    assert (state.status, state.reason) == (KeyStatus.REFUSED, "key-file-corrupt")
    assert key_file.path.read_text() == "{broken"


def test_key_never_appears_in_repr(key_file: PassphraseKeyFile) -> None:
    state = resolve_key(MemoryKeyStore(KEY), key_file, has_encrypted_data=True)
    assert KEY.hex() not in repr(state)
    assert repr(KEY) not in repr(state)


def test_fingerprint_is_stable_short_and_not_the_key() -> None:
    fingerprint = key_fingerprint(KEY)
    assert fingerprint == key_fingerprint(bytes(KEY))
    assert len(fingerprint) == 32
    assert int(fingerprint, 16) >= 0
    assert fingerprint != key_fingerprint(OTHER_KEY)
    assert fingerprint not in KEY.hex()

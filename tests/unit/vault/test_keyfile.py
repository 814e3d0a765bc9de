"""PassphraseKeyFile: create, unlock, wrong passphrase, damaged files, atomic writes."""

from __future__ import annotations

import json
import os
import stat
import unicodedata
from pathlib import Path

import pytest

from agentdesk.errors import ValidationError
from agentdesk.vault import keyfile
from agentdesk.vault.errors import KeyFileError, KeyFileReason, WrongPassphraseError
from agentdesk.vault.keyfile import PassphraseKeyFile, ScryptParams

PASS = "correct horse battery"
KEY = bytes(range(32))


@pytest.fixture
def key_file(tmp_path: Path, fast_params: ScryptParams) -> PassphraseKeyFile:
    return PassphraseKeyFile(tmp_path / "master.key", params=fast_params)


def _rewrite(path: Path, change) -> None:
    """Edit the JSON document and recompute its checksum, as a deliberate tamperer would."""
    document = json.loads(path.read_text())
    change(document)
    document["check"] = keyfile._checksum(document)
    path.write_text(json.dumps(document))


def test_create_then_unlock_returns_the_same_key(key_file: PassphraseKeyFile) -> None:
    assert not key_file.exists()
    key = key_file.create(PASS)
    assert len(key) == 32
    assert key_file.exists()
    assert key_file.unlock(PASS) == key


def test_create_wraps_a_given_key(key_file: PassphraseKeyFile) -> None:
    assert key_file.create(PASS, KEY) == KEY
    assert key_file.unlock(PASS) == KEY


def test_file_is_private_json_without_the_key(key_file: PassphraseKeyFile) -> None:
    key_file.create(PASS, KEY)
    if os.name == "posix":
        assert stat.S_IMODE(key_file.path.stat().st_mode) == 0o600
    text = key_file.path.read_text()
    document = json.loads(text)
    assert document["kdf"]["name"] == "scrypt"
    assert document["cipher"]["name"] == "aes-256-gcm"
    assert KEY.hex() not in text
    assert PASS not in text
    assert list(key_file.path.parent.iterdir()) == [key_file.path]  # no temp file left


def test_default_parameters_are_stored_as_2_17(tmp_path: Path) -> None:
    assert ScryptParams() == ScryptParams(n=2**17, r=8, p=1)
    default_file = PassphraseKeyFile(tmp_path / "master.key")
    default_file.create(PASS, KEY)  # the one deliberately slow test (~0.5 s)
    kdf = json.loads(default_file.path.read_text())["kdf"]
    assert (kdf["n"], kdf["r"], kdf["p"]) == (2**17, 8, 1)


def test_wrong_passphrase_leaves_the_file_untouched(key_file: PassphraseKeyFile) -> None:
    key_file.create(PASS)
    before = key_file.path.read_bytes()
    with pytest.raises(WrongPassphraseError) as caught:
        key_file.unlock("not the passphrase")
    assert "not the passphrase" not in str(caught.value)
    assert key_file.path.read_bytes() == before


def test_passphrase_is_compared_after_unicode_normalisation(key_file: PassphraseKeyFile) -> None:
    composed = "café crème brûlée"
    key = key_file.create(composed)
    assert key_file.unlock(unicodedata.normalize("NFD", composed)) == key


def test_short_passphrase_is_a_validation_error(key_file: PassphraseKeyFile) -> None:
    with pytest.raises(ValidationError) as caught:
        key_file.create("short")
    assert caught.value.field == "passphrase"
    assert not key_file.exists()


def test_create_refuses_to_replace_an_existing_file(key_file: PassphraseKeyFile) -> None:
    key_file.create(PASS, KEY)
    before = key_file.path.read_bytes()
    with pytest.raises(KeyFileError) as caught:
        key_file.create(PASS)
    assert caught.value.reason == KeyFileReason.EXISTS
    assert key_file.path.read_bytes() == before
    other = bytes(32)
    key_file.create(PASS, other, replace=True)  # rotation replaces on purpose
    assert key_file.unlock(PASS) == other


def test_change_passphrase_keeps_the_key(key_file: PassphraseKeyFile) -> None:
    key_file.create(PASS, KEY)
    key_file.change_passphrase(PASS, "a brand new passphrase")
    assert key_file.unlock("a brand new passphrase") == KEY
    with pytest.raises(WrongPassphraseError):
        key_file.unlock(PASS)


def test_change_passphrase_with_wrong_old_one_changes_nothing(
    key_file: PassphraseKeyFile,
) -> None:
    key_file.create(PASS, KEY)
    before = key_file.path.read_bytes()
    with pytest.raises(WrongPassphraseError):
        key_file.change_passphrase("wrong old passphrase", "a brand new passphrase")
    assert key_file.path.read_bytes() == before


def test_missing_file(key_file: PassphraseKeyFile) -> None:
    with pytest.raises(KeyFileError) as caught:
        key_file.unlock(PASS)
    assert caught.value.reason == KeyFileReason.MISSING


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe garbage", b"{not json", b"[1, 2, 3]", b'"text"', b"{}"],
)
def test_unparsable_file_is_corrupt(key_file: PassphraseKeyFile, content: bytes) -> None:
    key_file.path.write_bytes(content)
    with pytest.raises(KeyFileError) as caught:
        key_file.unlock(PASS)
    assert caught.value.reason == KeyFileReason.CORRUPT
    assert key_file.path.read_bytes() == content


def test_damaged_ciphertext_is_corrupt_not_wrong_passphrase(key_file: PassphraseKeyFile) -> None:
    key_file.create(PASS, KEY)
    document = json.loads(key_file.path.read_text())
    sealed = document["cipher"]["ciphertext"]
    document["cipher"]["ciphertext"] = ("B" if sealed[0] == "A" else "A") + sealed[1:]
    key_file.path.write_text(json.dumps(document))
    before = key_file.path.read_bytes()
    with pytest.raises(KeyFileError) as caught:
        key_file.unlock(PASS)
    assert caught.value.reason == KeyFileReason.CORRUPT
    assert key_file.path.read_bytes() == before


def test_truncated_file_is_corrupt(key_file: PassphraseKeyFile) -> None:
    key_file.create(PASS, KEY)
    key_file.path.write_bytes(key_file.path.read_bytes()[:40])
    with pytest.raises(KeyFileError) as caught:
        key_file.unlock(PASS)
    assert caught.value.reason == KeyFileReason.CORRUPT


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.pop("kdf"),
        lambda d: d["kdf"].pop("salt"),
        lambda d: d["kdf"].update(salt="***"),
        lambda d: d["kdf"].update(salt="AAAA"),
        lambda d: d["kdf"].update(n=2**30),
        lambda d: d["kdf"].update(n=1000),
        lambda d: d["kdf"].update(n="16"),
        lambda d: d["kdf"].update(r=True),
        lambda d: d["cipher"].update(nonce="AAAA"),
        lambda d: d["cipher"].update(ciphertext="AAAA"),
        lambda d: d.update(format="something-else"),
        lambda d: d.update(cipher=[]),
    ],
)
def test_structurally_bad_file_is_corrupt(key_file: PassphraseKeyFile, change) -> None:
    key_file.create(PASS, KEY)
    _rewrite(key_file.path, change)
    with pytest.raises(KeyFileError) as caught:
        key_file.unlock(PASS)
    assert caught.value.reason == KeyFileReason.CORRUPT


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(version=2),
        lambda d: d["kdf"].update(name="argon2id"),
        lambda d: d["cipher"].update(name="chacha20-poly1305"),
    ],
)
def test_unknown_version_or_algorithm_is_unsupported(key_file: PassphraseKeyFile, change) -> None:
    key_file.create(PASS, KEY)
    _rewrite(key_file.path, change)
    with pytest.raises(KeyFileError) as caught:
        key_file.unlock(PASS)
    assert caught.value.reason == KeyFileReason.UNSUPPORTED


def test_swapped_parameters_fail_authentication(key_file: PassphraseKeyFile) -> None:
    key_file.create(PASS, KEY)
    _rewrite(key_file.path, lambda d: d["kdf"].update(n=2**5))
    with pytest.raises(WrongPassphraseError):
        key_file.unlock(PASS)


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(
    key_file: PassphraseKeyFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file.create(PASS, KEY)
    before = key_file.path.read_bytes()

    def refuse(src: str, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(keyfile.os, "replace", refuse)
    with pytest.raises(KeyFileError) as caught:
        key_file.change_passphrase(PASS, "a brand new passphrase")
    assert caught.value.reason == KeyFileReason.UNWRITABLE
    assert key_file.path.read_bytes() == before
    assert list(key_file.path.parent.iterdir()) == [key_file.path]


def test_insane_parameters_are_refused_up_front(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        PassphraseKeyFile(tmp_path / "k", params=ScryptParams(n=3))
    assert "master.key" in repr(PassphraseKeyFile(tmp_path / "master.key"))

"""Envelope encryption: data-key wrapping, field blobs bound to their place, tamper detection."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.vault.envelope import (
    BLOB_VERSION,
    OVERHEAD,
    CustomerCipher,
    FieldContext,
    decrypt_field,
    encrypt_field,
    new_data_key,
    rewrap_data_key,
    unwrap_data_key,
    wrap_data_key,
)
from agentdesk.vault.errors import DecryptionError, DecryptReason

MASTER = bytes(range(32))
OTHER_MASTER = bytes(range(1, 33))
DATA_KEY = bytes(range(100, 132))
CONTEXT = FieldContext("notes", 7, 42, "body")
SECRET = "Mrs Example's account 12345678, sort code 00-00-00"


def _reason(call) -> DecryptReason:
    with pytest.raises(DecryptionError) as caught:
        call()
    assert SECRET not in str(caught.value)
    return caught.value.reason


def test_new_data_keys_are_random_32_bytes() -> None:
    assert len(new_data_key()) == 32
    assert new_data_key() != new_data_key()


def test_wrap_unwrap_round_trip() -> None:
    wrapped = wrap_data_key(MASTER, DATA_KEY, 42)
    assert DATA_KEY not in wrapped
    assert unwrap_data_key(MASTER, wrapped, 42) == DATA_KEY


def test_unwrap_with_the_wrong_master_or_customer_fails() -> None:
    wrapped = wrap_data_key(MASTER, DATA_KEY, 42)
    assert _reason(lambda: unwrap_data_key(OTHER_MASTER, wrapped, 42)) == "authentication-failed"
    assert _reason(lambda: unwrap_data_key(MASTER, wrapped, 43)) == "authentication-failed"


def test_a_wrapped_key_is_not_a_field_blob() -> None:
    """Purpose is part of the AD: a wrapped key cannot be opened as a field and vice versa."""
    wrapped = wrap_data_key(MASTER, DATA_KEY, 42)
    context = FieldContext("data-key", 42, 42, "data-key")
    assert _reason(lambda: decrypt_field(MASTER, wrapped, context)) == "authentication-failed"


def test_rewrap_moves_a_data_key_to_a_new_master() -> None:
    wrapped = wrap_data_key(MASTER, DATA_KEY, 42)
    rewrapped = rewrap_data_key(MASTER, OTHER_MASTER, wrapped, 42)
    assert unwrap_data_key(OTHER_MASTER, rewrapped, 42) == DATA_KEY
    assert _reason(lambda: unwrap_data_key(MASTER, rewrapped, 42)) == "authentication-failed"
    assert _reason(lambda: rewrap_data_key(OTHER_MASTER, MASTER, wrapped, 42))


@pytest.mark.parametrize("text", ["", "a", SECRET, "ünïcödé 🙂 中文", "x" * 2048])
def test_field_round_trip(text: str) -> None:
    blob = encrypt_field(DATA_KEY, text, CONTEXT)
    assert blob[0] == BLOB_VERSION
    assert len(blob) == len(text.encode()) + OVERHEAD
    assert decrypt_field(DATA_KEY, blob, CONTEXT) == text


def test_each_encryption_uses_a_fresh_nonce() -> None:
    first, second = (encrypt_field(DATA_KEY, SECRET, CONTEXT) for _ in range(2))
    assert first[1:13] != second[1:13]
    assert first != second


@pytest.mark.parametrize(
    "moved",
    [
        FieldContext("customers", 7, 42, "body"),
        FieldContext("notes", 8, 42, "body"),
        FieldContext("notes", 7, 43, "body"),
        FieldContext("notes", 7, 42, "summary"),
    ],
)
def test_blob_copied_to_another_place_fails(moved: FieldContext) -> None:
    blob = encrypt_field(DATA_KEY, SECRET, CONTEXT)
    assert _reason(lambda: decrypt_field(DATA_KEY, blob, moved)) == "authentication-failed"


def test_wrong_data_key_fails() -> None:
    blob = encrypt_field(DATA_KEY, SECRET, CONTEXT)
    assert _reason(lambda: decrypt_field(MASTER, blob, CONTEXT)) == "authentication-failed"


def test_int_and_text_ids_name_the_same_row() -> None:
    blob = encrypt_field(DATA_KEY, SECRET, FieldContext("notes", 7, 42, "body"))
    assert decrypt_field(DATA_KEY, blob, FieldContext("notes", "7", "42", "body")) == SECRET


@given(position=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_any_flipped_bit_is_detected(position: int, bit: int) -> None:
    blob = bytearray(encrypt_field(DATA_KEY, SECRET, CONTEXT))
    blob[position % len(blob)] ^= 1 << bit
    reason = _reason(lambda: decrypt_field(DATA_KEY, bytes(blob), CONTEXT))
    expected = "unsupported-version" if position % len(blob) == 0 else "authentication-failed"
    assert reason == expected


@pytest.mark.parametrize("blob", [b"", b"\x01", bytes(OVERHEAD - 1), "text"])
def test_short_or_odd_blobs_are_malformed(blob) -> None:
    assert _reason(lambda: decrypt_field(DATA_KEY, blob, CONTEXT)) == "malformed"


def test_truncated_blob_fails() -> None:
    blob = encrypt_field(DATA_KEY, SECRET, CONTEXT)
    assert _reason(lambda: decrypt_field(DATA_KEY, blob[:-1], CONTEXT)) == "authentication-failed"


names = st.text(max_size=12)
ids = st.one_of(st.integers(), names)


@given(a=st.tuples(names, ids, ids, names), b=st.tuples(names, ids, ids, names))
def test_associated_data_is_unambiguous(a: tuple, b: tuple) -> None:
    same = tuple(map(str, a)) == tuple(map(str, b))
    assert (FieldContext(*a).associated_data() == FieldContext(*b).associated_data()) == same


def test_tricky_contexts_do_not_collide() -> None:
    left = FieldContext('a","b', "1", "2", "c").associated_data()
    right = FieldContext("a", '"b', "1", '2","c').associated_data()
    assert left != right


def test_customer_cipher_interoperates_with_the_functions() -> None:
    cipher = CustomerCipher(DATA_KEY, 42)
    blob = cipher.encrypt("notes", 7, "body", SECRET)
    assert decrypt_field(DATA_KEY, blob, CONTEXT) == SECRET
    assert cipher.decrypt("notes", 7, "body", encrypt_field(DATA_KEY, SECRET, CONTEXT)) == SECRET
    assert _reason(lambda: CustomerCipher(DATA_KEY, 43).decrypt("notes", 7, "body", blob))
    assert DATA_KEY.hex() not in repr(cipher) and "42" in repr(cipher)


@pytest.mark.parametrize("key", [b"", bytes(16), bytes(33), "x" * 32])
def test_keys_of_the_wrong_size_are_bugs(key) -> None:
    with pytest.raises(ValueError):
        encrypt_field(key, "x", CONTEXT)
    with pytest.raises(ValueError):
        wrap_data_key(key, DATA_KEY, 1)
    with pytest.raises(ValueError):
        CustomerCipher(key, 1)


def test_a_2kb_note_round_trips_well_under_a_millisecond() -> None:
    cipher = CustomerCipher(DATA_KEY, 42)
    note = "n" * 2048
    rounds = 200
    started = time.perf_counter()
    for row in range(rounds):
        cipher.decrypt("notes", row, "body", cipher.encrypt("notes", row, "body", note))
    assert (time.perf_counter() - started) / rounds < 1e-3

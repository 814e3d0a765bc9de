from hypothesis import given
from hypothesis import strategies as st

from agentdesk.accounts.passwords import (
    DEFAULT_PARAMS,
    ScryptParams,
    hash_password,
    needs_rehash,
    parse_hash,
    password_problem,
    verify_password,
)
from agentdesk.accounts.throttle import FREE_ATTEMPTS, LoginThrottle, delay_after


def test_default_parameters_are_memory_hard():
    assert DEFAULT_PARAMS.n >= 2**17 and DEFAULT_PARAMS.r >= 8 and DEFAULT_PARAMS.p >= 1
    stored = hash_password("correct horse", DEFAULT_PARAMS)
    params, salt, digest = parse_hash(stored)
    assert params.n == 2**17 and len(salt) == 16 and len(digest) == 32
    assert "correct horse" not in stored
    assert verify_password("correct horse", stored)


def test_verify_and_reject(fast_params):
    stored = hash_password("s3cret-pass", fast_params)
    assert verify_password("s3cret-pass", stored)
    assert not verify_password("s3cret-pasS", stored)
    assert hash_password("s3cret-pass", fast_params) != stored  # salted


def test_rehash_when_parameters_rise(fast_params):
    stored = hash_password("s3cret-pass", fast_params)
    assert needs_rehash(stored, ScryptParams(n=2**9))
    assert not needs_rehash(stored, fast_params)
    assert needs_rehash("garbage", fast_params)


@given(st.text(max_size=80))
def test_malformed_hash_never_verifies(stored):
    assert verify_password("anything", stored) is False


def test_password_rules():
    assert password_problem("short") is not None
    assert password_problem(" leading-space") is not None
    assert password_problem("long-enough") is None


def test_throttle_delays_grow_and_reset():
    now = [0.0]
    throttle = LoginThrottle(lambda: now[0])
    for _ in range(FREE_ATTEMPTS):
        throttle.failed("Anna")
    assert throttle.wait_remaining("anna") == delay_after(FREE_ATTEMPTS) > 0
    now[0] += 100
    assert throttle.wait_remaining("anna") == 0
    throttle.succeeded("anna")
    throttle.failed("anna")
    assert throttle.wait_remaining("anna") == 0
    assert delay_after(100) == 300.0

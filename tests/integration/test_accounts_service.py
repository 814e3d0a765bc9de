"""Accounts through the service: first run, roles, duplicates, login, throttling."""

from __future__ import annotations

import pytest

from agentdesk.accounts.passwords import ScryptParams, parse_hash
from agentdesk.errors import KnownError, PermissionDeniedError, ValidationError
from agentdesk.services.accounts import (
    AccountService,
    DuplicateUserError,
    LoginFailedError,
    LoginThrottledError,
)
from agentdesk.services.identity import Role


@pytest.fixture
def clock():
    return [1000.0]


@pytest.fixture
def accounts(db, fast_params, clock):
    return AccountService(db, params=fast_params, clock=lambda: clock[0])


@pytest.fixture
def leader(accounts):
    return accounts.create_first_team_leader("Anna", "Anna Rossi", "leader-pass")


def test_first_run_creates_a_team_leader_once(accounts, leader):
    assert leader.role is Role.TEAM_LEADER and leader.username == "anna"
    with pytest.raises(KnownError):
        accounts.create_first_team_leader("other", "Other", "other-pass")


def test_representative_cannot_use_team_leader_services(accounts, leader):
    _rep, _ = accounts.add_user(leader, "bob", "Bob", "bob-password", Role.REPRESENTATIVE)
    bob = accounts.login("bob", "bob-password")
    assert bob.role is Role.REPRESENTATIVE
    with pytest.raises(PermissionDeniedError):
        accounts.add_user(bob, "eve", "Eve", "eve-password", Role.TEAM_LEADER)
    with pytest.raises(PermissionDeniedError):
        accounts.list_users(bob)


def test_duplicate_user_name_is_refused(accounts, leader):
    with pytest.raises(DuplicateUserError, match="already taken"):
        accounts.add_user(leader, "ANNA", "Another Anna", "another-pass", Role.REPRESENTATIVE)


@pytest.mark.parametrize(
    "name,password,field",
    [
        ("a", "long-enough", "username"),
        ("bad name", "long-enough", "username"),
        ("carla", "short", "password"),
    ],
)
def test_invalid_fields_say_what_is_expected(accounts, leader, name, password, field):
    with pytest.raises(ValidationError) as err:
        accounts.add_user(leader, name, "X", password, Role.REPRESENTATIVE)
    assert err.value.field == field


def test_failed_login_does_not_reveal_whether_the_name_exists(accounts, leader):
    with pytest.raises(LoginFailedError) as known:
        accounts.login("anna", "wrong-password")
    with pytest.raises(LoginFailedError) as unknown:
        accounts.login("nobody", "wrong-password")
    assert str(known.value) == str(unknown.value)


def test_repeated_failures_are_throttled_for_known_and_unknown_names(accounts, leader, clock):
    for name in ("anna", "nobody"):
        for _ in range(3):
            with pytest.raises(LoginFailedError):
                accounts.login(name, "wrong-password")
        with pytest.raises(LoginThrottledError):
            accounts.login(name, "leader-pass")
    clock[0] += 10
    assert accounts.login("anna", "leader-pass").username == "anna"


def test_old_hashes_upgrade_at_next_login(db, fast_params):
    weak = AccountService(db, params=fast_params)
    weak.create_first_team_leader("anna", "Anna", "leader-pass")
    stronger = ScryptParams(n=2**9, r=8, p=1)
    strong = AccountService(db, params=stronger)
    strong.login("anna", "leader-pass")
    from sqlalchemy import select

    from agentdesk.models import Account

    with db.read() as s:
        stored = s.scalar(select(Account.password_hash))
    assert parse_hash(stored)[0] == stronger
    assert strong.login("anna", "leader-pass").username == "anna"


def test_password_never_stored_in_clear(accounts, leader, data_paths, db):
    db.dispose()
    for path in data_paths.root.rglob("*"):
        if path.is_file():
            assert b"leader-pass" not in path.read_bytes()


def test_the_login_throttle_survives_a_restart(db, fast_params, leader, clock):
    first = AccountService(db, params=fast_params, clock=lambda: clock[0])
    for _ in range(8):  # eight failures: the next wait is a minute
        clock[0] += 1000  # past this process's own wait
        with pytest.raises(LoginFailedError):
            first.login("anna", "wrong-password")
    restarted = AccountService(db, params=fast_params, clock=lambda: clock[0])  # a new process
    with pytest.raises(LoginThrottledError):
        restarted.login("anna", "leader-pass")


def test_a_password_change_checks_the_old_one_and_takes_the_new_one(accounts, leader, clock):
    with pytest.raises(LoginFailedError):
        accounts.change_password(leader, "wrong-pass", "brand-new-pass")
    for code, new in (
        ("account.password_short", "short"),
        ("account.password_spaces", " spaced-password "),
        ("account.password_same", "leader-pass"),
    ):
        with pytest.raises(ValidationError) as refused:
            accounts.change_password(leader, "leader-pass", new)
        assert refused.value.code == code
    accounts.change_password(leader, "leader-pass", "brand-new-pass")
    assert accounts.login("anna", "brand-new-pass").account_id == leader.account_id
    with pytest.raises(LoginFailedError):
        accounts.login("anna", "leader-pass")


def test_guessing_the_old_password_is_throttled_as_a_login_is(accounts, leader, clock):
    for _ in range(20):
        with pytest.raises((LoginFailedError, LoginThrottledError)):
            accounts.change_password(leader, "guess", "brand-new-pass")
    with pytest.raises(LoginThrottledError):
        accounts.change_password(leader, "leader-pass", "brand-new-pass")


def test_a_refusal_before_commit_keeps_the_old_password(accounts, leader):
    def server_says_no():
        raise KnownError("offline", code="team.password_needs_server")

    with pytest.raises(KnownError):
        accounts.change_password(
            leader, "leader-pass", "brand-new-pass", before_commit=server_says_no
        )
    assert accounts.login("anna", "leader-pass").account_id == leader.account_id


def test_the_change_is_audited(db, vault_parts, accounts, leader):
    from sqlalchemy import select

    from agentdesk.models.audit import AuditEntry
    from agentdesk.services.audit import AuditLog

    vault, _store = vault_parts
    accounts.change_password(
        leader, "leader-pass", "brand-new-pass", audit=AuditLog(vault.audit_key)
    )
    with db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.actor == "anna")))
    assert actions == ["account.password_changed"]

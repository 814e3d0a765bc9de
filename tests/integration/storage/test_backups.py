"""Scheduled backups: verified, ciphertext only, rotated, due by interval whatever the clock."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.services.backups import CLOCK_SLACK, BackupService
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.storage.backup import (
    BackupError,
    backup_name,
    backup_sqlite,
    inspect_backup,
    list_backups,
    parse_backup_name,
    rotate_backups,
)
from agentdesk.storage.migrate import head_revision

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture
def backups(people, data_paths):
    return BackupService(data_paths, people.db, keep=3, interval=timedelta(hours=4))


def test_a_backup_is_verified_and_holds_ciphertext_only(people, backups, data_paths):
    cid, _ = people.customers.create_customer(
        people.leader, CustomerDraft(surname="Zebulonsky", phone="020 7946 0111")
    )
    people.notes.add_note(people.leader, cid, "marker-note-text", permission_given=True)
    done = backups.backup_now(now=T0)
    report = inspect_backup(done.path)
    assert report.revision == head_revision()
    assert report.fingerprint == people.vault.fingerprint
    raw = done.path.read_bytes()
    assert b"Zebulonsky" not in raw and b"marker-note-text" not in raw
    with closing(sqlite3.connect(done.path)) as conn:  # the note is there, as ciphertext
        assert conn.execute("SELECT count(*) FROM note").fetchone() == (1,)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "data_key" not in tables  # the wrapped keys live only in keys.sqlite3
    assert [p.name for p in data_paths.backups.iterdir()] == [done.path.name]
    assert backups.last_backup_at() == T0


def test_rotation_keeps_the_newest_of_each_group(backups, data_paths):
    for hour in range(5):
        backups.backup_now("scheduled", T0 + timedelta(hours=hour))
    safety = [
        backup_sqlite(data_paths.database, data_paths.backups / backup_name(f"before-x{i}", T0))
        for i in range(2)
    ]
    left = list_backups(data_paths.backups)
    assert [b.taken_at for b in left if b.reason == "scheduled"] == [
        T0 + timedelta(hours=h) for h in (4, 3, 2)
    ]
    assert all(p.exists() for p in safety)  # safety copies are not pushed out by regular ones
    assert rotate_backups(data_paths.backups, 1) and len(list_backups(data_paths.backups)) == 2


def test_two_backups_in_the_same_instant_get_two_files(backups):
    first = backups.backup_now(now=T0)
    second = backups.backup_now(now=T0)
    assert first.path != second.path and first.path.exists() and second.path.exists()


def test_backup_if_due_follows_the_interval(backups):
    assert backups.backup_if_due(T0) is not None  # never backed up: due
    assert backups.backup_if_due(T0 + timedelta(hours=3, minutes=59)) is None
    assert backups.backup_if_due(T0 + timedelta(hours=4)) is not None


def test_a_clock_that_jumps_back_makes_a_backup_due(backups):
    backups.backup_now(now=T0 + timedelta(days=365))  # the clock ran a year fast
    done = backups.backup_if_due(T0)  # fixed: without this rule, no backup for a year
    assert done is not None and backups.last_backup_at() == T0


@settings(max_examples=60)
@given(offset=st.timedeltas(min_value=timedelta(days=-400), max_value=timedelta(days=400)))
def test_is_due_exactly_when_interval_passed_or_clock_went_back(backups, offset):
    if backups.last_backup_at() is None:
        backups.backup_now(now=T0)
    due = backups.is_due(T0 + offset)
    assert due == (offset >= backups.interval or offset < -CLOCK_SLACK)


def test_a_backup_that_fails_its_check_after_writing_is_discarded(data_paths, db, monkeypatch):
    import agentdesk.storage.backup as module

    def failing(path):
        raise BackupError("damaged")

    monkeypatch.setattr(module, "inspect_backup", failing)
    target = data_paths.backups / "agentdesk-x.sqlite3"
    with pytest.raises(BackupError, match="after writing"):
        backup_sqlite(data_paths.database, target)
    assert not target.exists() and list(data_paths.backups.iterdir()) == []


def test_backup_settings_are_checked(data_paths, db):
    with pytest.raises(ValueError):
        BackupService(data_paths, db, keep=0)
    with pytest.raises(ValueError):
        BackupService(data_paths, db, interval=timedelta(0))


@given(reason=st.text(max_size=80), when=st.datetimes(timezones=st.just(UTC)))
def test_backup_names_are_safe_and_parse_back(reason, when):
    name = backup_name(reason, when)
    assert name.isascii() and "/" not in name and "\\" not in name and len(name) < 100
    parsed = parse_backup_name(name)
    assert parsed is not None and parsed.taken_at == when


@given(name=st.text(max_size=60))
def test_other_file_names_are_never_taken_for_backups(name):
    parsed = parse_backup_name(name)
    if parsed is not None:
        assert name.startswith("agentdesk-") and name.endswith(".sqlite3")

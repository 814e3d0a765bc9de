"""The audit log's length is anchored in the key store (#15 item 6): emptying the log with its
head, or cutting it back to an older backup's head, is reported; a restore is recorded."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing

from agentdesk.services.audit import AuditLog
from agentdesk.services.backups import BackupService
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.keys import unlock_vault
from agentdesk.storage.open import open_database
from agentdesk.storage.restore import restore_database


def _sql(path, *statements):
    with closing(sqlite3.connect(path)) as conn, conn:
        for statement, *params in statements:
            conn.execute(statement, *params)


def _some_history(people) -> str:
    cid, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Doe"))
    people.notes.add_note(people.leader, cid, "called", permission_given=True)
    other, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Roe"))
    people.gdpr.erase_customer(people.leader, other)  # anchors the log's length
    return cid


def test_deleting_every_entry_with_the_head_is_reported(people, data_paths):
    _some_history(people)
    assert people.gdpr.verify_audit().ok
    _sql(
        data_paths.database,
        ("DELETE FROM audit_entry",),
        ("DELETE FROM app_meta WHERE key = 'audit_head'",),
    )
    check = people.gdpr.verify_audit()
    assert check.entries == 0 and check.rolled_back and not check.ok
    assert check.anchored and check.anchored > 0


def test_cutting_back_to_an_older_backup_s_head_is_reported(people, data_paths):
    cid = _some_history(people)
    backup = BackupService(data_paths, people.db).backup_now().path
    with closing(sqlite3.connect(backup)) as conn:
        last, head = conn.execute(
            "SELECT (SELECT max(seq) FROM audit_entry), "
            "(SELECT value FROM app_meta WHERE key = 'audit_head')"
        ).fetchone()
    people.customers.open_card(people.leader, cid)  # views after the backup …
    people.gdpr.export_customer(people.leader, cid)
    other, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Poe"))
    people.gdpr.erase_customer(people.leader, other)  # … anchored
    _sql(
        data_paths.database,
        ("DELETE FROM audit_entry WHERE seq > ?", (last,)),
        ("UPDATE app_meta SET value = ? WHERE key = 'audit_head'", (head,)),
    )
    check = people.gdpr.verify_audit()
    assert check.first_broken is None and not check.truncated  # the old checks pass …
    assert check.rolled_back and not check.ok  # … the anchor does not


def test_a_restore_is_audited_with_how_far_the_log_went(people, data_paths):
    _some_history(people)
    backup = data_paths.root / "old.sqlite3"
    shutil.copy(BackupService(data_paths, people.db).backup_now().path, backup)
    other, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Poe"))
    people.gdpr.erase_customer(people.leader, other)
    people.vault.keys.dispose()
    people.db.dispose()
    restore_database(data_paths, backup)
    db = open_database(data_paths)
    vault = unlock_vault(data_paths, db, ask_passphrase=None, keyring_store=people.store)
    try:
        from agentdesk.services.audit import AuditLog

        audit = AuditLog(vault.audit_key)
        assert audit.verify(db, vault.keys).ok
        with closing(sqlite3.connect(data_paths.database)) as conn:
            rows = conn.execute("SELECT action, details FROM audit_entry ORDER BY seq").fetchall()
        actions = [a for a, _ in rows]
        assert actions[-1] == "db.restored"  # written at the first unlock after it
        details = json.loads(rows[-1][1])
        assert details["log_entries_before"] > details["log_entries_restored"]
    finally:
        vault.keys.dispose()
        db.dispose()


def test_a_cut_back_log_that_grew_again_is_recorded_at_the_next_start(people, data_paths):
    _some_history(people)
    anchored = people.gdpr.verify_audit().anchored
    _sql(
        data_paths.database,
        ("DELETE FROM audit_entry WHERE seq > 1",),
        ("DELETE FROM app_meta WHERE key = 'audit_head'",),
    )
    for n in range(anchored + 2):  # new entries push the log past the anchored length
        people.customers.lookup(people.leader, f"Nobody{n}")
    people.vault.keys.dispose()
    people.db.dispose()
    db = open_database(data_paths)
    vault = unlock_vault(data_paths, db, ask_passphrase=None, keyring_store=people.store)
    try:
        with closing(sqlite3.connect(data_paths.database)) as conn:
            actions = [r[0] for r in conn.execute("SELECT action FROM audit_entry")]
        assert "audit.rolled_back" in actions
    finally:
        vault.keys.dispose()
        db.dispose()


def test_a_team_leader_added_on_the_command_line_is_audited(people, data_paths, monkeypatch):
    import io

    from agentdesk.__main__ import main

    monkeypatch.setattr("sys.stdin", io.StringIO("new-leader-pass\n"))
    argv = ["--data-dir", str(data_paths.root), "user", "add", "boss", "--role", "team-leader"]
    assert main([*argv, "--password-stdin"]) == 0
    people.vault.keys.dispose()
    people.db.dispose()
    db = open_database(data_paths)
    vault = unlock_vault(data_paths, db, ask_passphrase=None, keyring_store=people.store)
    try:
        with closing(sqlite3.connect(data_paths.database)) as conn:
            rows = conn.execute(
                "SELECT details FROM audit_entry WHERE action = 'account.created'"
            ).fetchall()
        assert [json.loads(r[0])["role"] for r in rows] == ["team-leader"]
    finally:
        vault.keys.dispose()
        db.dispose()


def _reopen(people, data_paths):
    """Close and unlock again, as the next start does; returns (db, vault)."""
    people.vault.keys.dispose()
    people.db.dispose()
    db = open_database(data_paths)
    return db, unlock_vault(data_paths, db, ask_passphrase=None, keyring_store=people.store)


def _actions(data_paths) -> list[str]:
    with closing(sqlite3.connect(data_paths.database)) as conn:
        return [r[0] for r in conn.execute("SELECT action FROM audit_entry ORDER BY seq")]


def test_every_durable_audited_write_moves_the_anchor(people):
    cid = _some_history(people)
    entries = people.gdpr.verify_audit().entries
    assert people.gdpr.verify_audit().anchored == entries
    people.customers.open_card(people.leader, cid)
    assert people.gdpr.verify_audit().anchored == entries + 1
    people.customers.lookup(people.leader, "Doe")  # no fsync: anchored by the next durable one
    assert people.gdpr.verify_audit().anchored == entries + 1
    people.notes.add_note(people.leader, cid, "called back", permission_given=True)
    check = people.gdpr.verify_audit()
    assert check.anchored == check.entries == entries + 3 and check.ok


def test_cutting_off_what_was_written_since_the_last_unlock_is_found_and_kept(people, data_paths):
    # No erasure, purge or restore after the backup: before, the anchor stopped at the last
    # one of those, and the entries after it could go with the head copied from a backup.
    cid = _some_history(people)
    backup = BackupService(data_paths, people.db).backup_now().path
    with closing(sqlite3.connect(backup)) as conn:
        last, head = conn.execute(
            "SELECT (SELECT max(seq) FROM audit_entry), "
            "(SELECT value FROM app_meta WHERE key = 'audit_head')"
        ).fetchone()
    people.customers.open_card(people.leader, cid)  # what someone would rather hide
    people.gdpr.export_customer(people.leader, cid)
    _sql(
        data_paths.database,
        ("DELETE FROM audit_entry WHERE seq > ?", (last,)),
        ("UPDATE app_meta SET value = ? WHERE key = 'audit_head'", (head,)),
    )
    check = people.gdpr.verify_audit()
    assert check.first_broken is None and not check.truncated  # the chain and head agree …
    assert check.rolled_back and check.anchored > last + 1 and not check.ok  # … the anchor not
    db, vault = _reopen(people, data_paths)
    try:
        assert _actions(data_paths)[-1] == "audit.rolled_back"  # recorded at the next start
        check = AuditLog(vault.audit_key).verify(db, vault.keys)
        assert check.cut_backs == (last + 1,) and not check.ok  # and reported from then on
        assert not check.rolled_back  # anchored afresh after saying so
    finally:
        vault.keys.dispose()
        db.dispose()


def test_a_log_cut_back_while_the_app_runs_never_drags_the_anchor_back(people, data_paths):
    cid = _some_history(people)
    people.customers.open_card(people.leader, cid)
    people.customers.open_card(people.leader, cid)
    anchored = people.gdpr.verify_audit().anchored
    _sql(
        data_paths.database,
        ("DELETE FROM audit_entry WHERE seq > ?", (anchored - 2,)),
        ("DELETE FROM app_meta WHERE key = 'audit_head'",),
    )
    people.notes.add_note(people.leader, cid, "again", permission_given=True)  # seq anchored-1
    assert people.gdpr.verify_audit().anchored == anchored  # not moved back to it
    db, vault = _reopen(people, data_paths)
    try:
        assert "audit.rolled_back" in _actions(data_paths)
        assert AuditLog(vault.audit_key).verify(db, vault.keys).cut_backs
    finally:
        vault.keys.dispose()
        db.dispose()


def test_an_anchor_that_could_not_be_written_loses_nothing_and_raises_no_alarm(
    people, data_paths, monkeypatch, caplog
):
    """The key store busy or full after the database committed: the write stands (it was
    committed), the anchor stays behind, and the next start finds nothing wrong."""
    from agentdesk.storage.session import StorageError

    cid = _some_history(people)
    before = people.gdpr.verify_audit().anchored

    def refuse(*_args, **_kwargs):
        raise StorageError("The disk is full: nothing was saved.")

    monkeypatch.setattr(people.vault.keys.audit, "advance_anchor", refuse)
    people.notes.add_note(people.leader, cid, "kept", permission_given=True)
    assert "audit anchor could not be moved on" in caplog.text
    monkeypatch.undo()
    check = people.gdpr.verify_audit()
    assert check.ok and check.anchored == before and check.entries == before + 1
    db, vault = _reopen(people, data_paths)
    try:
        check = AuditLog(vault.audit_key).verify(db, vault.keys)
        assert check.ok and check.anchored == check.entries
        assert "audit.rolled_back" not in _actions(data_paths)
    finally:
        vault.keys.dispose()
        db.dispose()


def test_deleting_the_anchor_from_both_key_stores_is_reported(people, data_paths):
    cid = _some_history(people)
    people.customers.open_card(people.leader, cid)
    people.vault.keys.dispose()
    for store in data_paths.data_keys:  # the attacker's next move: the anchor goes too
        _sql(store, ("DELETE FROM store_meta WHERE key = 'audit_anchor'",))
    _sql(
        data_paths.database,
        ("DELETE FROM audit_entry WHERE seq > 2",),
        ("DELETE FROM app_meta WHERE key = 'audit_head'",),
    )
    assert not people.gdpr.verify_audit().ok
    db, vault = _reopen(people, data_paths)
    try:
        assert _actions(data_paths)[-1] == "audit.anchor_missing"
        assert not AuditLog(vault.audit_key).verify(db, vault.keys).ok
    finally:
        vault.keys.dispose()
        db.dispose()


def test_a_new_data_folder_raises_no_alarm(people, data_paths):
    """The first unlock anchors the empty log (entry 0), so "no anchor" is never normal."""
    assert people.gdpr.verify_audit().anchored == 0
    _some_history(people)
    db, vault = _reopen(people, data_paths)
    try:
        check = AuditLog(vault.audit_key).verify(db, vault.keys)
        assert check.ok and check.anchored == check.entries
    finally:
        vault.keys.dispose()
        db.dispose()

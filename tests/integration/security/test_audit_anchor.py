"""The audit log's length is anchored in the key store (#15 item 6): emptying the log with its
head, or cutting it back to an older backup's head, is reported; a restore is recorded."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing

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

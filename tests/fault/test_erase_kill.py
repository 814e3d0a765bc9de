"""Erasure and import killed with SIGKILL at every step (#15 items 3 and 9).

Erasure: after the primary key copy, after both copies, inside the row transaction, after
it. Whatever the instant, the next start leaves no row and no key of the customer (their
calls, messages and drafts included), the erasure is in the audit log, a restore of a backup
taken before brings nothing back. Import: killed at each note of a 3-row file, then imported
again: every row whole, nothing twice. One step of each runs in the default suite; the full
sweep is behind the ``fault`` marker.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import uuid
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

try:
    from tests.fault import faultkit
except ImportError:  # run as a script from tests/fault
    import faultkit

from agentdesk.flows.message import MessageDraft, MessageTaking
from agentdesk.flows.placeholders import ScriptContext
from agentdesk.models.customer import Customer, Note
from agentdesk.services.audit import AuditLog
from agentdesk.services.backups import BackupService
from agentdesk.services.customer_import import CustomerImporter, parse_csv
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.messages import MessageService
from agentdesk.storage.restore import restore_database

WORKER = Path(__file__).with_name("erase_worker.py")
STEPS = ("keys-one-copy", "keys-both-copies", "rows-uncommitted", "rows-committed")
CSV = "name,phone,notes,notes_2\n" + "".join(
    f"Person{i} Doe,020 7946 {i:04d},first {i},second {i}\n" for i in range(3)
)


def _worker(root: Path, *args: str) -> int:
    return subprocess.run(
        [sys.executable, str(WORKER), str(root), *args], cwd=WORKER.parent, timeout=120
    ).returncode


def _customer_with_everything(root: Path) -> tuple[str, list[uuid.UUID]]:
    faultkit.create_data_folder(root)
    setup = faultkit.load_setup(root)
    s = faultkit.open_services(root)
    try:
        who = setup.who
        cid, _ = s.customers.create_customer(
            who, CustomerDraft(first_name="Vera", surname="Erased", phone="020 7946 0777")
        )
        s.notes.add_note(who, cid, "wants everything deleted", permission_given=True)
        start = s.calls.start_call(
            who, "inbound", ScriptContext("N", "C", "Lea"), caller_number="020 7946 0777"
        )
        start.engine.capture("first_name", "Vera")
        draft = MessageDraft(
            to_whom="Priya", from_name="Vera Erased", phone="020 7946 0777", what="call back",
            action_requested="call", action_promised="today", by_whom="Lea",
            when="2026-03-02T10:15",
        )  # fmt: skip
        confirmed = MessageTaking(None, "GB").confirm_read_back(draft)
        saved, _ = MessageService(s.db, s.vault, AuditLog(s.vault.audit_key)).take_message(
            who, draft, confirmed=confirmed
        )
        s.drafts.save_draft(who, "note", cid, {"text": "half typed"}, customer_id=cid)
        BackupService(s.paths, s.db).backup_now("before-erasure")
        owners = [uuid.UUID(cid), uuid.UUID(start.interaction_id), uuid.UUID(saved.id)]
    finally:
        faultkit.close_services(s)
    return cid, owners


def _check_erased(root: Path, cid: str, owners: list[uuid.UUID]) -> None:
    s = faultkit.open_services(root)  # the next start: completes what the kill cut off
    try:
        with s.db.read() as session:
            assert session.get(Customer, uuid.UUID(cid)) is None
        for path in s.paths.data_keys:
            with closing(sqlite3.connect(path)) as conn:
                left = conn.execute(
                    "SELECT count(*) FROM data_key WHERE customer_id = ? OR owner_id IN (?,?,?)",
                    (cid, *map(str, owners)),
                ).fetchone()[0]
            assert left == 0, path.name
        assert AuditLog(s.vault.audit_key).verify(s.db, s.vault.keys).ok
        with closing(sqlite3.connect(s.paths.database)) as conn:
            actions = {r[0] for r in conn.execute("SELECT action FROM audit_entry")}
        assert actions & {"customer.erased", "customer.erasure_completed"}
        backup = next(p for p in s.paths.backups.iterdir() if "before-erasure" in p.name)
    finally:
        faultkit.close_services(s)
    restore_database(faultkit.DataPaths(root), backup)
    s = faultkit.open_services(root)
    try:
        with s.db.read() as session:
            assert session.get(Customer, uuid.UUID(cid)) is None  # not resurrected
    finally:
        faultkit.close_services(s)


def _erase_killed_at(tmp_path: Path, step: str) -> None:
    root = tmp_path / step
    cid, owners = _customer_with_everything(root)
    assert _worker(root, "erase", step, cid) == -9
    _check_erased(root, cid, owners)


def _import_killed_at(tmp_path: Path, note: int) -> None:
    root = tmp_path / f"import-{note}"
    faultkit.create_data_folder(root)
    csv = root / "customers.csv"
    csv.write_text(CSV, encoding="utf-8")
    assert _worker(root, "import", str(note), str(csv)) == -9
    s = faultkit.open_services(root)
    try:
        setup = faultkit.load_setup(root)
        report = CustomerImporter(s.customers, s.notes).import_rows(
            setup.who, parse_csv(CSV.encode(), "GB")
        )
        assert report.imported + report.already_imported == 3
        with s.db.read() as session:
            per_customer = session.execute(
                select(func.count(Note.id))
                .select_from(Customer)
                .outerjoin(Note)
                .where(Customer.id != uuid.UUID(setup.customer_id))
                .group_by(Customer.id)
            ).all()
        assert sorted(n for (n,) in per_customer) == [2, 2, 2]
    finally:
        faultkit.close_services(s)


def test_erasure_killed_between_keys_and_rows(tmp_path):
    _erase_killed_at(tmp_path, "keys-both-copies")


def test_import_killed_between_a_row_s_notes(tmp_path):
    _import_killed_at(tmp_path, 4)


@pytest.mark.fault
@pytest.mark.parametrize("step", STEPS)
def test_erasure_killed_at_every_step(tmp_path, step):
    _erase_killed_at(tmp_path, step)


@pytest.mark.fault
@pytest.mark.parametrize("note", range(1, 7))
def test_import_killed_at_every_note(tmp_path, note):
    _import_killed_at(tmp_path, note)

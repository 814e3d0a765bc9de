"""Proof that personal data never reaches the disk, the logs or error messages in clear.

Every personal field carries a unique marker and goes through the real services (customers,
notes and their edits, an import, a call with captured fields and a follow-up task). Then every
file in the data folder (database, WAL, keys, key file, logs, settings, backups) is searched
for the markers in UTF-8, UTF-16-LE and UTF-16-BE, before and after the WAL is checkpointed.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from agentdesk.logs import setup_logging
from agentdesk.services.customer_types import CustomerDraft

MARK = "qzvmarkerx"  # lower case: files are searched case-insensitively
PHONE = "+44 20 7946 0731"
CARD = "4111 1111 1111 1111"
PASSPHRASE = "correct horse battery"
NEEDLES = (MARK, "+442079460731", "2079460731", "020 7946 0731", CARD, CARD.replace(" ", ""))
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def no_keyring(paths):
    """This machine has no secure keyring: the key lives in the passphrase key file."""
    from keyring.backends import fail

    from agentdesk.vault.keystore import KeyringKeyStore

    return KeyringKeyStore(paths.root, backend=fail.Keyring())


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch):
    import keyring
    import keyring.core
    from keyring.backends import fail

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def debug_logs(data_paths, caplog):
    """Everything logged at DEBUG, to the data folder's log file and to caplog; SQLAlchemy
    logs every statement with its parameters, so no plaintext may even reach a query."""
    root, sql = logging.getLogger(), logging.getLogger("sqlalchemy.engine")
    levels = root.level, sql.level
    setup_logging(data_paths.logs, logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    sql.setLevel(logging.INFO)
    yield caplog
    setup_logging(None)
    root.setLevel(levels[0])
    sql.setLevel(levels[1])


@pytest.fixture
def world(debug_logs, data_paths, db, fast_params):
    from agentdesk.services.accounts import AccountService
    from agentdesk.services.audit import AuditLog
    from agentdesk.services.customers import CustomerService
    from agentdesk.services.gdpr import GdprService
    from agentdesk.services.identity import Role
    from agentdesk.services.keys import unlock_vault
    from agentdesk.services.notes import NotesService
    from agentdesk.services.settings import SettingsService
    from agentdesk.settings import Settings
    from agentdesk.vault.keyfile import PassphraseKeyFile, ScryptParams
    from agentdesk.vault.keystore import MemoryKeyStore

    SettingsService(data_paths.settings_file).save(Settings(organisation="Northwind Energy"))
    key_file = PassphraseKeyFile(data_paths.key_file, params=ScryptParams(n=2**4))
    vault = unlock_vault(
        data_paths,
        db,
        ask_passphrase=lambda request: PASSPHRASE,
        keyring_store=no_keyring(data_paths),
        key_file=key_file,
        pending_store=MemoryKeyStore(),
    )
    accounts = AccountService(db, params=fast_params)
    leader = accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    audit = AuditLog(vault.audit_key)
    customers = CustomerService(db, vault, audit)
    yield SimpleNamespace(
        paths=data_paths,
        db=db,
        vault=vault,
        key_file=key_file,
        leader=leader,
        rep=accounts.login("rep", "rep-password"),
        audit=audit,
        customers=customers,
        notes=NotesService(db, vault, audit),
        gdpr=GdprService(db, vault, audit, customers),
        logs=debug_logs,
    )
    vault.keys.dispose()


def write_everything(w) -> str:
    """Personal data through every service that stores it; returns the marked customer's id."""
    from agentdesk.flows.placeholders import ScriptContext
    from agentdesk.services.customer_import import CustomerImporter, parse_csv
    from agentdesk.services.flow_library import FlowLibrary
    from agentdesk.services.interactions import InteractionService

    draft = CustomerDraft(
        first_name=f"{MARK}first",
        surname=f"{MARK}sur",
        phone=PHONE,
        email=f"{MARK}.mail@example.org",
        form_of_address="Ms.",
        type_tags=("returning",),
        free_tags=(f"{MARK}tag", "prefers mornings"),
        lawful_basis="contract",
    )
    cid, _ = w.customers.create_customer(w.leader, draft)
    calls = InteractionService(w.db, w.vault, w.audit, w.customers, FlowLibrary().flows)
    start = calls.start_call(
        w.rep, "inbound", ScriptContext("Northwind", "Care", "Rita"), caller_number=PHONE
    )
    assert start.customer_id == cid
    engine = start.engine
    engine.capture("first_name", f"{MARK}call")
    engine.capture("surname", f"{MARK}sur")
    engine.end_call()
    engine.capture("outcome", "follow_up")
    engine.capture("first_contact_resolution", False)
    engine.capture("follow_up_task", f"call {MARK}task back on {PHONE}")
    engine.capture("follow_up_due", "2030-01-31")
    engine.capture("notes_permission", True)
    engine.save_wrap_up()

    saved, _ = w.notes.add_note(
        w.rep, cid, f"first {MARK}note card {CARD} cvv 123", permission_given=True
    )
    w.notes.edit_note(w.rep, saved.note_id, f"edited {MARK}edit")
    w.notes.edit_note(w.leader, saved.note_id, f"edited again {MARK}again")
    w.customers.update_customer(w.leader, cid, draft)
    csv = (
        "name,phone,email,tags,notes\n"
        f'"{MARK}imp, Ann",020 7946 0732,{MARK}@x.org,{MARK},"{MARK}n"\n'
    )
    report = CustomerImporter(w.customers, w.notes).import_rows(
        w.leader, parse_csv(csv.encode(), "GB")
    )
    assert report.imported == 1 and report.notes == 1

    # Reads write audit entries too: they must hold ids and counts only.
    w.customers.lookup(w.rep, PHONE)
    w.customers.lookup(w.leader, f"{MARK}sur")
    w.customers.open_card(w.leader, cid)
    w.notes.versions(w.leader, saved.note_id)
    w.gdpr.export_customer(w.leader, cid)
    return cid


def provoke_failures(w, cid: str) -> list[BaseException]:
    """Bad input carrying the marker, and tampered data: every error raised is returned."""
    from agentdesk.services.customer_import import parse_csv
    from agentdesk.services.keys import unlock_vault
    from agentdesk.services.notes import MAX_NOTE_LENGTH
    from agentdesk.vault.keystore import MemoryKeyStore

    errors: list[BaseException] = []

    def expect_error(action: Callable[[], object]) -> None:
        try:
            action()
        except Exception as exc:
            errors.append(exc)
        else:
            pytest.fail("expected an error")

    bad = CustomerDraft(surname=f"{MARK}sur", phone=f"{MARK} 12")
    expect_error(lambda: w.customers.create_customer(w.leader, bad))
    bad_mail = CustomerDraft(surname=f"{MARK}sur", email=f"{MARK} at example")
    expect_error(lambda: w.customers.create_customer(w.leader, bad_mail))
    long_name = CustomerDraft(surname=MARK * 40)
    expect_error(lambda: w.customers.create_customer(w.leader, long_name))
    expect_error(lambda: w.customers.resolve(w.leader, f"{MARK}@nowhere.example"))
    expect_error(lambda: w.customers.resolve(w.leader, "020 7946 0999"))
    expect_error(lambda: w.customers.open_card(w.leader, MARK))
    expect_error(lambda: w.customers.open_card(w.rep, str(uuid.uuid4())))
    expect_error(
        lambda: w.notes.add_note(w.rep, cid, MARK * MAX_NOTE_LENGTH, permission_given=True)
    )
    expect_error(lambda: w.notes.add_note(w.rep, cid, "   ", permission_given=True))
    expect_error(lambda: w.gdpr.export_customer(w.rep, cid))
    csv = f"name,phone,type\n{MARK} A,{MARK},{MARK}\n{MARK} B,1,{MARK}\n".encode()
    # A problem's words and its parameters (what another language fills in) are checked too.
    errors.extend(ValueError(str(p), dict(p.params)) for p in parse_csv(csv, "GB").problems)
    expect_error(lambda: parse_csv(f"{MARK},x\n".encode(), "GB"))
    wrong = MemoryKeyStore()
    expect_error(
        lambda: unlock_vault(
            w.paths,
            w.db,
            ask_passphrase=lambda request: f"{MARK} wrong passphrase",
            keyring_store=no_keyring(w.paths),
            key_file=w.key_file,
            pending_store=wrong,
        )
    )
    expect_error(lambda: w.key_file.unlock(MARK))
    # Tampering: another customer's name ciphertext copied onto the marked row.
    other, _ = w.customers.create_customer(w.leader, CustomerDraft(surname="Other"))
    with sqlite3.connect(w.paths.database) as conn:
        conn.execute(
            "UPDATE customer SET name_ct = (SELECT name_ct FROM customer WHERE id = ?) "
            "WHERE id = ?",
            (uuid.UUID(other).hex, uuid.UUID(cid).hex),
        )
    conn.close()
    w.vault.forget(uuid.UUID(cid))
    expect_error(lambda: w.customers.open_card(w.leader, cid))
    expect_error(lambda: w.gdpr.export_customer(w.leader, cid))
    return errors


def chain(exc: BaseException | None) -> Iterator[BaseException]:
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def hits(folder: Path) -> list[str]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        content = path.read_bytes().lower()
        for needle in NEEDLES:
            for encoding in ENCODINGS:
                if needle.lower().encode(encoding) in content:
                    found.append(f"{path.relative_to(folder)}: {needle!r} in {encoding}")
    return found


def checkpoint_all(paths) -> None:
    from agentdesk.storage.engine import checkpoint, make_engine

    for path in (paths.database, *paths.data_keys):
        engine = make_engine(f"sqlite:///{path}")
        checkpoint(engine)
        engine.dispose()


def test_no_personal_data_in_files_logs_or_errors(world):
    from agentdesk.storage.backup import backup_name, backup_sqlite

    # An idle connection keeps each WAL file in place (the last one to close would fold it into
    # the database and delete it), so the first search sees the WAL as a crash would leave it.
    keepers = [sqlite3.connect(p) for p in (world.paths.database, *world.paths.data_keys)]
    for conn in keepers:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    cid = write_everything(world)
    world.logs.clear()  # the write path is checked through the log file below
    errors = provoke_failures(world, cid)
    for path in (world.paths.database, *world.paths.data_keys):
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
    assert hits(world.paths.root) == []
    for conn in keepers:
        conn.close()

    checkpoint_all(world.paths)
    backup_sqlite(world.paths.database, world.paths.backups / backup_name("proof"))
    for path in world.paths.data_keys:
        backup_sqlite(path, world.paths.backups / f"{path.stem}-copy.sqlite3")
    names = {p.name for p in world.paths.root.rglob("*") if p.is_file()}
    assert {"agentdesk.sqlite3", "keys.sqlite3", "keys-mirror.sqlite3"} <= names
    assert {"master-key.json", "settings.json", "agentdesk.log"} <= names
    assert len(list(world.paths.backups.iterdir())) == 3
    assert hits(world.paths.root) == []

    assert len(errors) >= 15
    for exc in errors:
        for link in chain(exc):
            text = f"{link} {link!r} {link.args!r}".casefold()
            assert MARK not in text and "2079460" not in text, type(link).__name__
    for record in world.logs.records:
        text = f"{record.getMessage()} {record.args!r} {record.exc_text or ''}".casefold()
        assert MARK not in text and "2079460" not in text, record.name
    log_text = (world.paths.logs / "agentdesk.log").read_text(encoding="utf-8").casefold()
    assert "insert into note" in log_text and "keyring backend" in log_text  # logging was on
    assert MARK not in log_text


def test_the_data_really_was_written(world):
    """Guards the proof above: the marker is readable through the services, so it was stored."""
    cid = write_everything(world)
    data = world.gdpr.export_customer(world.leader, cid)
    assert data["customer"]["first_name"] == f"{MARK}first"
    assert data["notes"][0]["earlier_versions"][0].startswith(f"first {MARK}note card ••••")
    assert any(e["data"] and MARK in str(e["data"]) for e in data["interactions"][0]["events"])
    assert MARK in str(data["tasks"])

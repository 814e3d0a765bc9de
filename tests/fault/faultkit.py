"""Shared by the kill test and its worker: the data folder, the services, what each save holds.

The master key lives in the passphrase key file (cheap scrypt), never the real keyring: the
keyring stand-in always says "no secure backend", so unlock goes to the key file every time.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from agentdesk.accounts.passwords import ScryptParams
from agentdesk.flows.placeholders import ScriptContext
from agentdesk.paths import DataPaths
from agentdesk.services.accounts import AccountService
from agentdesk.services.audit import AuditLog
from agentdesk.services.call_journal import CallJournal
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.customers import CustomerService
from agentdesk.services.drafts import DraftService
from agentdesk.services.flow_library import FlowLibrary
from agentdesk.services.identity import Identity, Role
from agentdesk.services.interactions import InteractionService
from agentdesk.services.keys import unlock_vault
from agentdesk.services.notes import NotesService
from agentdesk.storage.open import open_database
from agentdesk.vault.errors import KeyUnavailableError, UnavailableReason
from agentdesk.vault.keyfile import PassphraseKeyFile
from agentdesk.vault.keyfile import ScryptParams as KeyFileParams
from agentdesk.vault.keystore import MemoryKeyStore

PASSPHRASE = "fault-injection passphrase"
KEY_FILE_PARAMS = KeyFileParams(n=2**4, r=8, p=1)
SETUP_FILE = "fault-setup.json"
CONTEXT = ScriptContext("Northwind Energy", "Customer Care", "Lea")
STEPS = ("name", "notes", "need", "resolve")
MESSAGE_REFS = ("m0", "m1", "m2")


class NoKeyring:
    """A keyring that is never there: the key file is the keystore."""

    def load(self) -> bytes | None:
        raise KeyUnavailableError(UnavailableReason.NO_SECURE_BACKEND)

    def save(self, key: bytes) -> None:
        raise KeyUnavailableError(UnavailableReason.NO_SECURE_BACKEND)

    def delete(self) -> None:
        raise KeyUnavailableError(UnavailableReason.NO_SECURE_BACKEND)


@dataclass(frozen=True)
class Setup:
    account_id: str
    customer_id: str

    @property
    def who(self) -> Identity:
        return Identity(uuid.UUID(self.account_id), "lead", "Lea Leader", Role.TEAM_LEADER)


def open_services(root: Path, library: FlowLibrary | None = None) -> SimpleNamespace:
    """What the app builds at start: database (checked), vault (key file), services."""
    paths = DataPaths(root).ensure()
    db = open_database(paths)
    vault = unlock_vault(
        paths,
        db,
        ask_passphrase=lambda request: PASSPHRASE,
        keyring_store=NoKeyring(),
        key_file=PassphraseKeyFile(paths.key_file, params=KEY_FILE_PARAMS),
        pending_store=MemoryKeyStore(),
    )
    audit = AuditLog(vault.audit_key, vault.keys)  # as the app: anchored at each commit
    customers = CustomerService(db, vault, audit)
    library = library or FlowLibrary()
    services = SimpleNamespace(
        paths=paths,
        db=db,
        vault=vault,
        audit=audit,
        customers=customers,
        notes=NotesService(db, vault, audit),
        drafts=DraftService(db, vault),
        calls=InteractionService(
            db, vault, audit, customers, library.flows, CallJournal(paths.root / "journal")
        ),
    )
    # As the call screen does when it opens: call steps journaled but never written go in.
    services.calls.replay_journal()
    return services


def close_services(services: SimpleNamespace) -> None:
    services.vault.keys.dispose()
    services.db.dispose()


def create_data_folder(root: Path) -> Setup:
    """A fresh data folder with a key file, a team leader and one customer."""
    services = open_services(root)
    try:
        accounts = AccountService(services.db, params=ScryptParams(n=2**4, r=8, p=1))
        leader = accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
        cid, _ = services.customers.create_customer(leader, CustomerDraft(surname="Okafor"))
    finally:
        close_services(services)
    setup = Setup(str(leader.account_id), cid)
    (root / SETUP_FILE).write_text(json.dumps(setup.__dict__))
    return setup


def load_setup(root: Path) -> Setup:
    return Setup(**json.loads((root / SETUP_FILE).read_text()))


# What each save holds is a pure function of (run, i), so the checker recomputes it and the
# worker's acknowledgement lines stay short (one atomic pipe write each).


def note_text(run: int, i: int) -> str:
    return f"Note {run}.{i}: caller Zoë asked for a refund — ₤{i % 97}.{run % 100:02d}\n✓ done"


def draft_payload(run: int, i: int) -> dict:
    text = f"typed {run}.{i} " + "Grüße, 🙂 " * (i % 7)
    return {"text": text, "run": run, "i": i, "caret": len(text), "fields": {"n": [i, run]}}


def capture_value(run: int, i: int) -> str:
    return f"Reason {run}.{i}: the bill — ¾ higher than usual"

"""Workstations for team-database tests: each its own data folder, database and vault, all
holding the same team key, synced with one PostgreSQL database."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from agentdesk.accounts.passwords import ScryptParams
from agentdesk.paths import DataPaths
from agentdesk.storage.engine import make_engine
from agentdesk.storage.migrate import upgrade

FAST = ScryptParams(n=2**8, r=8, p=1)


def migrated_server(url: str):
    """The team database's engine with the schema built by alembic, as `team init` does."""
    engine = make_engine(url)
    upgrade(engine)
    return engine


def workstation(root: Path, team_key: bytes, server_engine) -> SimpleNamespace:
    """A replica with the real services, a sync engine, and the team key in memory."""
    from agentdesk.services.accounts import AccountService
    from agentdesk.services.audit import AuditLog
    from agentdesk.services.customers import CustomerService
    from agentdesk.services.gdpr import GdprService
    from agentdesk.services.kb import KnowledgeService
    from agentdesk.services.keys import unlock_vault
    from agentdesk.services.notes import NotesService
    from agentdesk.storage.open import open_database
    from agentdesk.sync.conflicts import same_plaintext
    from agentdesk.sync.engine import SyncEngine
    from agentdesk.vault.keystore import MemoryKeyStore

    paths = DataPaths(root).ensure()
    db = open_database(paths)
    vault = unlock_vault(paths, db, ask_passphrase=None, keyring_store=MemoryKeyStore(team_key))
    sync = SyncEngine(
        db,
        vault.keys,
        server_engine,
        forget_keys=vault.forget,
        same_value=same_plaintext(vault),
        audit_secret=vault.workstation_secret,
    )
    audit = AuditLog(vault.audit_key)
    customers = CustomerService(db, vault, audit)
    return SimpleNamespace(
        paths=paths,
        db=db,
        vault=vault,
        sync=sync,
        accounts=AccountService(db, params=FAST),
        audit=audit,
        customers=customers,
        notes=NotesService(db, vault, audit),
        gdpr=GdprService(db, vault, audit, customers),
        kb=KnowledgeService(db),
    )


def close(ws: SimpleNamespace) -> None:
    ws.vault.keys.dispose()
    ws.db.dispose()


def standalone(root: Path, keyring_store) -> SimpleNamespace:
    """A data folder as the app opens it, with no sync yet: the services and TeamService."""
    from agentdesk.services.accounts import AccountService
    from agentdesk.services.audit import AuditLog
    from agentdesk.services.customers import CustomerService
    from agentdesk.services.keys import unlock_vault
    from agentdesk.services.notes import NotesService
    from agentdesk.services.team import TeamService
    from agentdesk.storage.open import open_database

    paths = DataPaths(root).ensure()
    db = open_database(paths)
    vault = unlock_vault(paths, db, ask_passphrase=None, keyring_store=keyring_store)
    audit = AuditLog(vault.audit_key)
    accounts = AccountService(db, params=FAST)
    customers = CustomerService(db, vault, audit)
    return SimpleNamespace(
        paths=paths,
        db=db,
        vault=vault,
        keyring=keyring_store,
        accounts=accounts,
        customers=customers,
        notes=NotesService(db, vault, audit),
        team=TeamService(
            paths, db, vault, accounts, params=FAST, keyring_store=keyring_store, audits=(audit,)
        ),
    )

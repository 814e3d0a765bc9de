"""Test configuration: Qt offscreen for every run, `gui` marker for widget tests, fixtures."""

from __future__ import annotations

import os
from pathlib import Path

# Set before any Qt import, once, here: widget tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")
# The command line words what it says about the user's data in the system's language
# (cli/words.py): English for every test, whatever the machine's locale, unless a test says.
os.environ["LC_ALL"] = "C.UTF-8"

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "agentdesk", deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
settings.load_profile("agentdesk")

ROOT = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if Path(str(item.fspath)).resolve().is_relative_to(ROOT / "ui"):
            item.add_marker(pytest.mark.gui)
        if "pg_cluster" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def pg_cluster():
    """A real PostgreSQL server for the whole run (tests/helpers/pg.py), stopped at the end."""
    from tests.helpers.pg import start_cluster, stop_cluster

    cluster = start_cluster()
    yield cluster
    stop_cluster(cluster)


@pytest.fixture
def pg_url(pg_cluster):
    """A fresh, empty database on the test server; dropped afterwards."""
    name = pg_cluster.create_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture
def data_paths(tmp_path):
    from agentdesk.paths import DataPaths

    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def fast_params():
    """Cheap scrypt for tests; one test checks the real default separately."""
    from agentdesk.accounts.passwords import ScryptParams

    return ScryptParams(n=2**8, r=8, p=1)


@pytest.fixture
def db(data_paths):
    from agentdesk.storage.open import open_database

    database = open_database(data_paths)
    yield database
    database.dispose()


@pytest.fixture
def vault_parts(data_paths, db):
    """An unlocked vault on an in-memory keystore (never the real keyring)."""
    from agentdesk.services.keys import unlock_vault
    from agentdesk.vault.keystore import MemoryKeyStore

    store = MemoryKeyStore()
    vault = unlock_vault(data_paths, db, ask_passphrase=None, keyring_store=store)
    yield vault, store
    vault.keys.dispose()


@pytest.fixture
def people(db, vault_parts, fast_params):
    """Services for notes work plus a team leader and a representative."""
    from types import SimpleNamespace

    from agentdesk.services.accounts import AccountService
    from agentdesk.services.audit import AuditLog
    from agentdesk.services.customers import CustomerService
    from agentdesk.services.gdpr import GdprService
    from agentdesk.services.identity import Role
    from agentdesk.services.notes import NotesService

    vault, store = vault_parts
    accounts = AccountService(db, params=fast_params)
    leader = accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    rep = accounts.login("rep", "rep-password")
    audit = AuditLog(vault.audit_key, vault.keys)
    customers = CustomerService(db, vault, audit)
    return SimpleNamespace(
        db=db,
        vault=vault,
        store=store,
        accounts=accounts,
        leader=leader,
        rep=rep,
        audit=audit,
        customers=customers,
        notes=NotesService(db, vault, audit),
        gdpr=GdprService(db, vault, audit, customers),
    )

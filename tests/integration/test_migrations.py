"""Models and migrations agree; upgrade/downgrade works; bad files are refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from agentdesk.models import Base
from agentdesk.storage.engine import make_engine
from agentdesk.storage.migrate import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    current_revision,
    downgrade,
    head_revision,
    include_name,
    upgrade,
)
from agentdesk.storage.open import open_database


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _diff(engine):
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_name}
        )
        return compare_metadata(ctx, Base.metadata)


def test_models_and_migrations_agree(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    upgrade(engine)
    assert _diff(engine) == []


def test_upgrade_downgrade_upgrade(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    downgrade(engine, "base")
    assert current_revision(engine) is None
    with engine.connect() as conn:
        tables = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'"
        ).fetchall()
    assert tables == []
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert _diff(engine) == []


def test_models_and_migrations_agree_on_postgresql(pg_url):
    """The team database is built by the same migrations and equals the models."""
    engine = make_engine(pg_url)
    try:
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        assert _diff(engine) == []
    finally:
        engine.dispose()


def test_upgrade_downgrade_upgrade_on_postgresql(pg_url):
    engine = make_engine(pg_url)
    try:
        upgrade(engine)
        downgrade(engine, "base")
        with engine.connect() as conn:
            tables = conn.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename != 'alembic_version'"
            ).fetchall()
        assert tables == []
        upgrade(engine)
        assert _diff(engine) == []
    finally:
        engine.dispose()


def test_pragmas_on_every_connection(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_write_transactions_take_the_lock_up_front(db, data_paths):
    """A second writer waits for the busy timeout instead of failing mid-transaction."""
    other = sqlite3.connect(data_paths.database, timeout=0.05, isolation_level=None)
    with db.write() as session:
        session.execute(Base.metadata.tables["account"].select())
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()


def test_newer_database_is_refused_untouched(data_paths):
    open_database(data_paths).dispose()
    path = data_paths.database
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(data_paths)
    assert _digest(path) == before


def test_corrupt_database_is_refused_untouched(data_paths):
    path = data_paths.database
    path.write_bytes(b"this is not a database" * 100)
    before = _digest(path)
    with pytest.raises(DatabaseCorruptError, match="untouched"):
        open_database(data_paths)
    assert _digest(path) == before


def test_damaged_pages_are_refused_untouched(data_paths):
    open_database(data_paths).dispose()
    path = data_paths.database
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page after the header
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(DatabaseCorruptError):
        open_database(data_paths)
    assert _digest(path) == before


def test_backup_before_migrating_an_existing_database(data_paths):
    old = make_engine(data_paths.database_url)
    upgrade(old, "0001")
    old.dispose()
    open_database(data_paths).dispose()
    backups = list(data_paths.backups.iterdir())
    assert len(backups) == 1 and "before-upgrade" in backups[0].name


def test_relaxed_writes_never_leave_a_connection_relaxed(db):
    from sqlalchemy import text

    with db.write(durable=False) as s:
        assert s.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
    with db.write() as s:
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL again

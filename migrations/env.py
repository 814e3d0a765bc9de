"""Alembic environment: run with a connection handed in by agentdesk.storage.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from agentdesk.models import Base
from agentdesk.storage.engine import make_engine, set_sqlite_foreign_keys
from agentdesk.storage.migrate import include_name

config = context.config
target_metadata = Base.metadata


def _render_item(type_, obj, autogen_context):
    """Render our UTCDateTime as the plain type it wraps, so migrations stay stable."""
    if type_ == "type" and obj.__class__.__name__ == "UTCDateTime":
        return "sa.DateTime(timezone=True)"
    return False


def _configure_and_run(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch migrations copy tables; foreign keys are off only while that happens.
        set_sqlite_foreign_keys(connection, False)
    try:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=sqlite,
            compare_type=True,
            render_item=_render_item,
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left {len(broken)} broken foreign keys")
        if connection.in_transaction():  # autogenerate's inspection autobegins; end it
            connection.commit()
    except BaseException:
        if connection.in_transaction():
            connection.rollback()
        raise
    finally:
        if sqlite:
            set_sqlite_foreign_keys(connection, True)


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as conn:
        _configure_and_run(conn)
        conn.commit()


if context.is_offline_mode():
    raise SystemExit("agentdesk migrations run online only (agentdesk db upgrade)")
run_migrations_online()

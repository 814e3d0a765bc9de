"""sync: the outbox on every replica; the change log and wrapped keys on the team database

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 17:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# PostgreSQL only. Each change records the id of the transaction that wrote it (xid8): pulls
# read in (xid, id) order and only below the oldest running transaction, so a change whose
# transaction commits late is never skipped (see docs/team-database.md).
SERVER_UP = (
    """CREATE TABLE sync_change (
        id bigserial PRIMARY KEY,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        change_id uuid NOT NULL UNIQUE,
        origin uuid NOT NULL,
        table_name text NOT NULL,
        row_id text NOT NULL,
        op text NOT NULL CHECK (op IN ('upsert', 'delete')),
        columns jsonb,
        at timestamptz NOT NULL DEFAULT now()
    )""",
    "CREATE INDEX ix_sync_change_xid_id ON sync_change (xid, id)",
    # Data keys wrapped under the team key, as in each workstation's key store.
    """CREATE TABLE sync_data_key (
        owner_id text PRIMARY KEY,
        kind text NOT NULL,
        customer_id text,
        wrapped bytea NOT NULL
    )""",
    "CREATE INDEX ix_sync_data_key_customer_id ON sync_data_key (customer_id)",
    # article.doc_id is each SQLite replica's own full-text rowid; the server numbers its own.
    "CREATE SEQUENCE article_doc_id_seq OWNED BY article.doc_id",
    "ALTER TABLE article ALTER COLUMN doc_id SET DEFAULT nextval('article_doc_id_seq')",
)
SERVER_DOWN = (
    "ALTER TABLE article ALTER COLUMN doc_id DROP DEFAULT",
    "DROP SEQUENCE IF EXISTS article_doc_id_seq",
    "DROP TABLE IF EXISTS sync_data_key",
    "DROP TABLE IF EXISTS sync_change",
)


def _is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("columns", sa.JSON(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("change_id", name=op.f("uq_sync_outbox_change_id")),
    )
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_outbox_row_id"), ["row_id"], unique=False)
    if _is_postgresql():
        for statement in SERVER_UP:
            op.execute(statement)


def downgrade() -> None:
    if _is_postgresql():
        for statement in SERVER_DOWN:
            op.execute(statement)
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_outbox_row_id"))
    op.drop_table("sync_outbox")

"""audit chains on the team database: every workstation's audit log, each chain verifiable

PostgreSQL only. Each workstation uploads its own audit entries, MACs included, keyed by
(workstation, seq): one chain per workstation in one table, each verifiable by a team leader
holding the team key; representatives may only add entries.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 21:10:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """CREATE TABLE audit_chain (
                workstation uuid NOT NULL,
                seq integer NOT NULL,
                id uuid NOT NULL,
                at timestamptz NOT NULL,
                actor_id uuid,
                actor text NOT NULL,
                action text NOT NULL,
                customer_id uuid,
                details jsonb NOT NULL,
                mac bytea NOT NULL,
                PRIMARY KEY (workstation, seq)
            )"""
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS audit_chain")

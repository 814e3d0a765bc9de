"""team key successors: a rotated team key is adopted only with proof under the old one

A workstation whose member's sealed team key changed adopted the new key on the server's
word: the owner role (or anyone who can write team_member) could seal a key of its own to a
member's public key and read what that workstation wrote afterwards. Each rotation now
records the new key wrapped under the old one (team leaders add, every member reads); a
workstation follows that chain from the key it holds (agentdesk/team/succession.py).
PostgreSQL only (a server-only table, like sync_change).

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07 02:45:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TABLE team_key_successor ("
            "old_fingerprint text PRIMARY KEY, new_fingerprint text NOT NULL, "
            "proof bytea NOT NULL, created_at timestamptz NOT NULL DEFAULT now())"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS team_key_successor")

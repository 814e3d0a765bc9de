"""sync outbox: each change names the account that made it

A workstation is shared (hot-desking): changes made while the team database was unreachable
used to be pushed under whoever was logged in when it came back, so the server refused a
colleague's notes, calls and follow-ups (her rows, not the pusher's) and they ended up as
"refused changes". The author (a username; NULL for the system's own writes) lets the push
use her own role, or keep her changes waiting for her.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07 01:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("author", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_column("author")

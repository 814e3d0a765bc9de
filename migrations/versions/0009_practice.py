"""practice gaps (#19): check calibration by reviewers; task history

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 17:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "check_calibration",
        sa.Column("interaction_id", sa.Uuid(), nullable=False),
        sa.Column("check_id", sa.String(length=64), nullable=False),
        sa.Column("reviewer_id", sa.Uuid(), nullable=False),
        sa.Column("not_done", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_check_calibration_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["account.id"], name=op.f("fk_check_calibration_reviewer_id_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_calibration")),
        sa.UniqueConstraint(
            "interaction_id", "check_id", name=op.f("uq_check_calibration_interaction_id_check_id")
        ),
    )
    with op.batch_alter_table("check_calibration", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_check_calibration_interaction_id"), ["interaction_id"], unique=False
        )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.add_column(sa.Column("history_ct", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_column("history_ct")
    with op.batch_alter_table("check_calibration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_check_calibration_interaction_id"))
    op.drop_table("check_calibration")

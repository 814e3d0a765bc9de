"""versions made apart: note and article version numbers no longer unique per record

Two workstations of a team editing the same note or article while apart each make "the next"
version; both are kept (nothing lost) instead of one being refused by the server or breaking
the other replica's pull.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 20:50:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("note_version", schema=None) as batch_op:
        batch_op.drop_constraint("uq_note_version_note_id_number", type_="unique")
    with op.batch_alter_table("article_version", schema=None) as batch_op:
        batch_op.drop_index("ix_article_version_article_id_number")
        batch_op.create_index(
            "ix_article_version_article_id_number", ["article_id", "number"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("article_version", schema=None) as batch_op:
        batch_op.drop_index("ix_article_version_article_id_number")
        batch_op.create_index(
            "ix_article_version_article_id_number", ["article_id", "number"], unique=True
        )
    with op.batch_alter_table("note_version", schema=None) as batch_op:
        batch_op.create_unique_constraint("uq_note_version_note_id_number", ["note_id", "number"])

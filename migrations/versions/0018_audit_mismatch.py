"""audit chains: a workstation learns which of its entries differ from the server's copy

PostgreSQL only. Representatives may only add audit entries (no SELECT on audit_chain), so an
entry already stored at the same (workstation, seq) was silently kept by ON CONFLICT DO NOTHING
and the sender marked its own entry as sent: a forged or squatted entry replaced the real one
unnoticed (#17 security review). This SECURITY DEFINER function tells the sender which of its
seqs are stored with a different MAC, without revealing any stored content.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 22:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """CREATE FUNCTION agentdesk_audit_mismatch(ws uuid, seqs integer[], macs bytea[])
            RETURNS integer[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
                SELECT coalesce(array_agg(c.seq ORDER BY c.seq), '{}')
                FROM audit_chain c JOIN unnest(seqs, macs) AS u(seq, mac)
                    ON c.workstation = ws AND c.seq = u.seq
                WHERE c.mac <> u.mac
            $$"""
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS agentdesk_audit_mismatch(uuid, integer[], bytea[])")

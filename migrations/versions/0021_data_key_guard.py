"""wrapped data keys: a representative's role cannot replace one on the team database

PostgreSQL only. Members may INSERT and UPDATE ``sync_data_key`` (a workstation pushes the
wrapped key with each customer, call, message or feedback row it sends, ON CONFLICT DO
UPDATE), so a representative's role could overwrite every wrapped key with garbage: each
workstation pulling a changed row, and every workstation joining later, would replace its
key with one that opens nothing (#17 security review). For a representative member this
trigger keeps the stored key's owner, kind and wrapped bytes on UPDATE; only the customer
link may move (a call linked to another customer). Her workstation's own copy of a key wraps
the same data key under the same team key, so keeping the server's copy loses nothing. New
keys (INSERT) are hers to add; team leaders (a rotation re-wraps every key), the owner and the
migrations are not affected.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 23:40:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SERVER_UP = (
    """CREATE FUNCTION agentdesk_data_key_guard() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM team_member WHERE role_name = session_user
                       AND team_role = 'representative') THEN
                NEW.owner_id := OLD.owner_id;
                NEW.kind := OLD.kind;
                NEW.wrapped := OLD.wrapped;
            END IF;
            RETURN NEW;
        END $$""",
    "REVOKE ALL ON FUNCTION agentdesk_data_key_guard() FROM PUBLIC",
    """CREATE TRIGGER sync_data_key_guard BEFORE UPDATE ON sync_data_key
        FOR EACH ROW EXECUTE FUNCTION agentdesk_data_key_guard()""",
)
SERVER_DOWN = (
    "DROP TRIGGER IF EXISTS sync_data_key_guard ON sync_data_key",
    "DROP FUNCTION IF EXISTS agentdesk_data_key_guard()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in SERVER_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in SERVER_DOWN:
            op.execute(statement)

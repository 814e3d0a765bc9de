"""customers: a representative's role changes on the server only the customers she serves

PostgreSQL only. Representatives may UPDATE ``customer`` (their workstations push the cards
they edit), so grants let a representative's role rewrite every customer's record, blind
indexes included (#17 security review). The app lets a representative open, and so change,
only a customer she serves (``call_access.may_open``): one she created, one linked to a call of
hers, or one she wrote a note about. This BEFORE UPDATE trigger (SECURITY DEFINER, search_path
pinned) checks the same on the server's rows for a representative member, and keeps who
created the record. Team leaders, the owner and the migrations are not affected.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07 00:20:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SERVER_UP = (
    """CREATE FUNCTION agentdesk_customer_guard() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        DECLARE me uuid := agentdesk_rep_account();
        BEGIN
            IF me IS NULL THEN
                RETURN NEW;
            END IF;
            IF NEW.created_by IS NOT DISTINCT FROM OLD.created_by AND (
                OLD.created_by = me
                OR EXISTS (SELECT 1 FROM interaction WHERE customer_id = OLD.id AND agent_id = me)
                OR EXISTS (SELECT 1 FROM note WHERE customer_id = OLD.id AND author_id = me)
            ) THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'agentdesk: a customer she does not serve' USING ERRCODE = '42501';
        END $$""",
    "REVOKE ALL ON FUNCTION agentdesk_customer_guard() FROM PUBLIC",
    """CREATE TRIGGER customer_guard BEFORE UPDATE ON customer
        FOR EACH ROW EXECUTE FUNCTION agentdesk_customer_guard()""",
)
SERVER_DOWN = (
    "DROP TRIGGER IF EXISTS customer_guard ON customer",
    "DROP FUNCTION IF EXISTS agentdesk_customer_guard()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in SERVER_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in SERVER_DOWN:
            op.execute(statement)
